/**
 * Health scoring at scale: 100,000 accounts × 10 signals in 4 categories, with contributions,
 * timed against a bare loop (written here) that computes only the weighted scores on the same data
 * in the same run. The two must agree on every score before any time is printed.
 *
 * Run: `pnpm exec tsx bench/index.ts health` (from packages/metrics).
 */
import { createRandom } from '../../sample-data/src/index.ts';
import { scoreHealth } from '../src/health/scoreHealth.ts';
import type { HealthAccount, Scorecard } from '../src/health/types.ts';
import { assertAgree, report, time } from './lib.ts';

const ACCOUNTS = 100_000;
const MISSING_RATE = 0.05;

type RangeSpec = { signal: string; min: number; max: number; invert: boolean; weight: number };
const CATEGORIES: Array<{ id: string; weight: number; measures: RangeSpec[] }> = [
  {
    id: 'adoption',
    weight: 40,
    measures: [
      { signal: 'weeklyLogins', min: 0, max: 20, invert: false, weight: 2 },
      { signal: 'activeUserRatio', min: 0, max: 1, invert: false, weight: 1 },
      { signal: 'featureAdoption', min: 0, max: 1, invert: false, weight: 1 },
    ],
  },
  {
    id: 'feedback',
    weight: 25,
    measures: [
      { signal: 'nps', min: -100, max: 100, invert: false, weight: 1 },
      { signal: 'csat', min: 0, max: 1, invert: false, weight: 1 },
      { signal: 'ces', min: 1, max: 7, invert: true, weight: 1 },
    ],
  },
  {
    id: 'support',
    weight: 20,
    measures: [
      { signal: 'openTickets', min: 0, max: 10, invert: true, weight: 2 },
      { signal: 'escalations', min: 0, max: 3, invert: true, weight: 1 },
    ],
  },
  {
    id: 'relationship',
    weight: 15,
    measures: [
      { signal: 'csmSentiment', min: 1, max: 5, invert: false, weight: 1 },
      { signal: 'execMeetings', min: 0, max: 4, invert: false, weight: 1 },
    ],
  },
];

const scorecard: Scorecard = {
  categories: CATEGORIES.map((c) => ({
    id: c.id,
    weight: c.weight,
    measures: c.measures.map((m) => ({
      id: m.signal,
      signal: m.signal,
      weight: m.weight,
      normalize: { type: 'range', min: m.min, max: m.max, invert: m.invert },
    })),
  })),
};

function generate(): HealthAccount[] {
  const random = createRandom(20_250_401);
  const accounts: HealthAccount[] = new Array<HealthAccount>(ACCOUNTS);
  for (let i = 0; i < ACCOUNTS; i++) {
    const signals: HealthAccount['signals'] = {};
    for (const category of CATEGORIES) {
      for (const m of category.measures) {
        // Slightly wider than the range, so that clamping is exercised.
        const span = m.max - m.min;
        signals[m.signal] = random.chance(MISSING_RATE)
          ? null
          : m.min - 0.1 * span + random.next() * 1.2 * span;
      }
    }
    accounts[i] = { id: `acct-${i}`, mrr: random.int(50, 5_000), signals };
  }
  return accounts;
}

/** The baseline: weighted scores with reweighting, no contributions, no validation, no tiers. */
function bareLoop(accounts: readonly HealthAccount[]): Array<number | null> {
  const scores = new Array<number | null>(accounts.length);
  for (let i = 0; i < accounts.length; i++) {
    const signals = accounts[i]!.signals;
    let total = 0;
    let totalWeight = 0;
    for (const category of CATEGORIES) {
      let num = 0;
      let den = 0;
      for (const m of category.measures) {
        const x = signals[m.signal];
        if (x == null) continue;
        let t = ((x as number) - m.min) / (m.max - m.min);
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        const score = m.invert ? 100 - t * 100 : t * 100;
        num += m.weight * score;
        den += m.weight;
      }
      if (den > 0) {
        total += category.weight * (num / den);
        totalWeight += category.weight;
      }
    }
    scores[i] = totalWeight > 0 ? total / totalWeight : null;
  }
  return scores;
}

/**
 * The allocation floor: builds the result shape SPEC §6 fixes (one result, 4 category scores and 10
 * contribution objects per account) with no maths and no validation. No implementation that returns
 * that shape eagerly can be faster than this; it shows how much of the gap to the bare loop is
 * object allocation rather than scoring.
 */
function shapeOnly(accounts: readonly HealthAccount[]): unknown[] {
  const out = new Array<unknown>(accounts.length);
  for (let i = 0; i < accounts.length; i++) {
    const signals = accounts[i]!.signals;
    // Fractional placeholders, so that every number field holds a double as the real result does.
    const filler = i + 0.5;
    const categories = [];
    for (const category of CATEGORIES) categories.push({ id: category.id, score: filler });
    const contributions = [];
    for (const category of CATEGORIES) {
      for (const m of category.measures) {
        const value = signals[m.signal] ?? null;
        contributions.push({
          categoryId: category.id,
          measureId: m.signal,
          value,
          score: filler,
          points: filler,
        });
      }
    }
    out[i] = {
      accountId: accounts[i]!.id,
      score: filler,
      tier: 'healthy',
      categories,
      contributions,
    };
  }
  return out;
}

const accounts = generate();
const rounded = (scores: Array<number | null>) =>
  scores.map((s) => (s === null ? null : Math.round(s * 1e9) / 1e9));

const full = scoreHealth(accounts, scorecard);
const contributions = full.accounts.reduce((n, r) => n + r.contributions.length, 0);
assertAgree({
  scoreHealth: rounded(full.accounts.map((r) => r.score)),
  'bare loop': rounded(bareLoop(accounts)),
});

const subject = time('scoreHealth (validation, tiers, contributions)', () =>
  scoreHealth(accounts, scorecard),
);
const baseline = time('bare loop (weighted scores only)', () => bareLoop(accounts));
const floor = time('allocation floor (result shape only, no maths)', () => shapeOnly(accounts));
const ratio = subject.medianMs / baseline.medianMs;
report(
  `Health scoring: ${ACCOUNTS.toLocaleString('en')} accounts × 10 signals in 4 categories`,
  subject,
  [baseline, floor],
  {
    'scoreHealth / bare loop': `${ratio.toFixed(2)}× (target ≤ 2×: ${ratio <= 2 ? 'met' : 'NOT met'})`,
    'scoreHealth / allocation floor': `${(subject.medianMs / floor.medianMs).toFixed(2)}×`,
    contributions: contributions.toLocaleString('en'),
  },
);
