/**
 * Voice of the customer at scale: `nps` and `csat` over 1,000,000 survey answers (objects with a
 * score, an account, a date, a segment and a channel, as a survey export gives them), timed against
 * a straightforward loop written here that only counts scores (no validation, no distribution
 * objects). Both must agree on the score, the counts and (NPS) the margin of error before any time
 * is printed.
 *
 * Run: `pnpm bench voice` (from packages/metrics).
 */
import { generateSurveyResponses } from '../../sample-data/src/index.ts';
import { csat } from '../src/voice/csat.ts';
import { nps } from '../src/voice/nps.ts';
import { assertAgree, report, time } from './lib.ts';

const RESPONSES = 1_000_000;

const npsAnswers = generateSurveyResponses({
  seed: 1,
  survey: 'nps',
  responses: RESPONSES,
  accounts: 50_000,
});
const csatAnswers = generateSurveyResponses({
  seed: 2,
  survey: 'csat',
  responses: RESPONSES,
  accounts: 50_000,
});

function bareNps(rows: ReadonlyArray<{ score: number }>) {
  let promoters = 0;
  let detractors = 0;
  for (const row of rows) {
    if (row.score >= 9) promoters++;
    else if (row.score <= 6) detractors++;
  }
  const total = rows.length;
  const p = promoters / total;
  const d = detractors / total;
  return {
    score: (100 * (promoters - detractors)) / total,
    promoters,
    detractors,
    marginOfError: 1.96 * 100 * Math.sqrt((p + d - (p - d) ** 2) / total),
  };
}

function bareCsat(rows: ReadonlyArray<{ score: number }>) {
  let satisfied = 0;
  for (const row of rows) if (row.score >= 4) satisfied++;
  return { score: satisfied / rows.length, satisfied };
}

const round = (value: number | null) => (value === null ? null : Math.round(value * 1e9) / 1e9);

const npsResult = nps(npsAnswers);
assertAgree({
  nps: {
    score: round(npsResult.score),
    promoters: npsResult.promoters,
    detractors: npsResult.detractors,
    marginOfError: round(npsResult.marginOfError),
  },
  bare: (() => {
    const bare = bareNps(npsAnswers);
    return { ...bare, score: round(bare.score), marginOfError: round(bare.marginOfError) };
  })(),
});
const csatResult = csat(csatAnswers);
assertAgree({
  csat: { score: round(csatResult.score), satisfied: csatResult.satisfied },
  bare: (() => {
    const bare = bareCsat(csatAnswers);
    return { ...bare, score: round(bare.score) };
  })(),
});

report(
  `Voice: nps over ${RESPONSES.toLocaleString('en-US')} answers`,
  time('nps (validation, distribution, margin of error)', () => nps(npsAnswers)),
  [time('bare counting loop', () => bareNps(npsAnswers))],
  {
    answers: RESPONSES.toLocaleString('en-US'),
    agreement: 'score, counts and margin of error agree to 1e-9',
  },
);
report(
  `Voice: csat over ${RESPONSES.toLocaleString('en-US')} answers`,
  time('csat (validation, distribution, mean)', () => csat(csatAnswers)),
  [time('bare counting loop', () => bareCsat(csatAnswers))],
  {
    answers: RESPONSES.toLocaleString('en-US'),
    agreement: 'score and satisfied count agree to 1e-9',
  },
);
