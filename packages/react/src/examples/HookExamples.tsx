import { SCORECARD_ADOPTION_FIRST, type HookResult } from '@vitals/metrics';
import {
  useCes,
  useCohortRetention,
  useCsat,
  useEngagementRate,
  useHealthScores,
  useHealthTierRows,
  useHealthTiers,
  useMrrMovements,
  useMrrMovementsSeries,
  useNps,
  usePooledRetentionByAge,
  useReconcileConventions,
  useRetention,
  useRetentionSeries,
  useSustainedRisk,
  useTimeToValue,
} from '@vitals/metrics/react';
import {
  generateHealthAccounts,
  generateHealthHistory,
  generateSampleData,
  generateSurveyResponses,
} from '@vitals/sample-data';
import type { ReactNode } from 'react';
import { useVitals } from '../provider/context';

/*
 * Each example calls one hook and draws its result with plain markup: the point is to show how a
 * developer composes a custom visual from a hook's `{ data, error, issues }`, not a finished chart.
 */

const revenue = generateSampleData({ seed: 42, accounts: 240 });
const accounts = generateHealthAccounts({ seed: 42, accounts: 300 });
const history = generateHealthHistory(
  accounts
    .slice(0, 40)
    .map((account, index) => ({ id: account.id, currentScore: 40 + index * 1.5 })),
  { days: 20, gapShare: 0 },
);
const POOLED_AGES = [1, 3, 6];
/** Onboarding of twelve accounts: days to first value 3, 6, … 30; the last two still waiting. */
const onboarding = Array.from({ length: 12 }, (_, index) => ({
  accountId: `acct-${index + 1}`,
  startedAt: '2025-03-01',
  firstValueAt: index < 10 ? `2025-03-${String(1 + 3 * (index + 1)).padStart(2, '0')}` : null,
}));
const ACTIVATION = { rate: 'activation', activated: 42, signedUp: 60 } as const;
const npsAnswers = generateSurveyResponses({ responses: 500 });
const csatAnswers = generateSurveyResponses({ survey: 'csat', responses: 300 });
const cesAnswers = generateSurveyResponses({ survey: 'ces', responses: 300 });

function Example<TData>({
  title,
  result,
  children,
}: {
  title: string;
  result: HookResult<TData>;
  children: (data: TData) => ReactNode;
}) {
  return (
    <section className="vitals-hook-example" aria-label={title}>
      <h3>{title}</h3>
      {result.error ? (
        <p role="alert">{result.error.message}</p>
      ) : result.data ? (
        children(result.data)
      ) : null}
    </section>
  );
}

/** A labelled horizontal meter: the simplest custom visual there is. */
function Meter({
  label,
  value,
  max = 1,
  text,
}: {
  label: string;
  value: number;
  max?: number;
  text: string;
}) {
  return (
    <div className="vitals-hook-meter">
      <span>{label}</span>
      <meter
        min={0}
        max={max}
        value={Math.max(0, Math.min(max, value))}
        aria-label={`${label}: ${text}`}
      />
      <strong>{text}</strong>
    </div>
  );
}

/** `useRetention`: NRR, GRR and churn rates for a window, as meters. */
export function UseRetentionExample() {
  const { format } = useVitals();
  const result = useRetention({ snapshots: revenue.snapshots, from: '2024-12', to: '2025-12' });
  return (
    <Example title="Trailing-twelve-month retention" result={result}>
      {(data) => (
        <>
          <Meter
            label="NRR"
            value={data.netRevenueRetention ?? 0}
            max={1.5}
            text={
              data.netRevenueRetention === null ? '—' : format.percent(data.netRevenueRetention)
            }
          />
          <Meter
            label="GRR"
            value={data.grossRevenueRetention ?? 0}
            text={
              data.grossRevenueRetention === null ? '—' : format.percent(data.grossRevenueRetention)
            }
          />
          <Meter
            label="Logo churn"
            value={data.logoChurnRate ?? 0}
            max={0.5}
            text={data.logoChurnRate === null ? '—' : format.percent(data.logoChurnRate)}
          />
        </>
      )}
    </Example>
  );
}

/** `useMrrMovements`: the window's movements as a sentence and a list of the biggest expansions. */
export function UseMrrMovementsExample() {
  const { format } = useVitals();
  const result = useMrrMovements({ snapshots: revenue.snapshots, period: '2025-12' });
  return (
    <Example title="December's movements" result={result}>
      {(data) => (
        <>
          <p>
            {format.count(data.newAccounts)} new accounts brought {format.currency(data.newMrr)};{' '}
            {format.count(data.churnedAccounts)} churned accounts took{' '}
            {format.currency(data.churnedMrr)}.
          </p>
          <ol>
            {data.accounts
              .filter((account) => account.movement === 'expansion')
              .sort((a, b) => b.amount - a.amount)
              .slice(0, 3)
              .map((account) => (
                <li key={account.accountId}>
                  {account.accountId}: {format.signedCurrency(account.amount)}
                </li>
              ))}
          </ol>
        </>
      )}
    </Example>
  );
}

/** `useMrrMovementsSeries`: net new MRR per month as a text sparkline table. */
export function UseMrrMovementsSeriesExample() {
  const { format } = useVitals();
  const result = useMrrMovementsSeries({
    snapshots: revenue.snapshots,
    from: '2025-06',
    to: '2025-12',
    includeAccounts: false,
  });
  return (
    <Example title="Net new MRR per month" result={result}>
      {(series) => (
        <ul className="vitals-hook-list">
          {series.map((entry) => {
            const net =
              entry.newMrr +
              entry.reactivationMrr +
              entry.expansionMrr -
              entry.contractionMrr -
              entry.churnedMrr;
            return (
              <li key={entry.period}>
                {entry.period}: <strong>{format.signedCurrency(net)}</strong>
              </li>
            );
          })}
        </ul>
      )}
    </Example>
  );
}

/** `useRetentionSeries`: trailing-twelve-month NRR per month as a list. */
export function UseRetentionSeriesExample() {
  const { format } = useVitals();
  const result = useRetentionSeries({
    snapshots: revenue.snapshots,
    from: '2025-06',
    to: '2025-12',
    window: 'ttm',
  });
  return (
    <Example title="Trailing-twelve-month NRR" result={result}>
      {(series) => (
        <ul className="vitals-hook-list">
          {series.points.map((point) => (
            <li key={point.period}>
              {point.period}:{' '}
              <strong>{point.nrr === null ? '—' : format.percent(point.nrr)}</strong>
            </li>
          ))}
        </ul>
      )}
    </Example>
  );
}

/** `useCohortRetention`: month-3 logo retention per cohort. */
export function UseCohortRetentionExample() {
  const { format } = useVitals();
  const result = useCohortRetention({
    snapshots: revenue.snapshots,
    from: '2024-06',
    to: '2025-06',
  });
  return (
    <Example title="Logo retention after three months" result={result}>
      {(data) =>
        data.cohorts.map((cohort) => {
          const cell = cohort.cells.find((c) => c.age === 3);
          return cell === undefined ? null : (
            <Meter
              key={cohort.cohort}
              label={`${cohort.cohort} (${cohort.size})`}
              value={cell.logoRetention}
              text={format.percent(cell.logoRetention)}
            />
          );
        })
      }
    </Example>
  );
}

/** `usePooledRetentionByAge`: logo retention at months 1, 3 and 6 over every cohort. */
export function UsePooledRetentionByAgeExample() {
  const { format } = useVitals();
  const result = usePooledRetentionByAge({
    snapshots: revenue.snapshots,
    metric: 'logo',
    ages: POOLED_AGES,
  });
  return (
    <Example title="Logo retention by age, all cohorts" result={result}>
      {(averages) => (
        <ul className="vitals-hook-list">
          {averages.map((average) => (
            <li key={average.age}>
              Month {average.age}:{' '}
              <strong>
                {average.retention === null ? '—' : format.percent(average.retention)}
              </strong>{' '}
              ({average.cohorts} cohorts)
            </li>
          ))}
        </ul>
      )}
    </Example>
  );
}

/** `useEngagementRate` and `useTimeToValue`: activation and days to first value, in sentences. */
export function UseEngagementExample() {
  const { format } = useVitals();
  const activation = useEngagementRate(ACTIVATION);
  const ttv = useTimeToValue({ accounts: onboarding });
  return (
    <Example title="Onboarding" result={ttv}>
      {(result) => (
        <ul className="vitals-hook-list">
          <li>
            Activation:{' '}
            <strong>{activation.data == null ? '—' : format.percent(activation.data)}</strong>
          </li>
          <li>
            Median time to value: <strong>{format.count(result.median ?? 0)} days</strong>,{' '}
            {format.count(result.waiting)} accounts still waiting
          </li>
        </ul>
      )}
    </Example>
  );
}

/** `useHealthScores`: the five lowest scores and why. */
export function UseHealthScoresExample() {
  const result = useHealthScores({ accounts, scorecard: SCORECARD_ADOPTION_FIRST });
  return (
    <Example title="Lowest health scores" result={result}>
      {(data) => (
        <ol>
          {[...data.accounts]
            .sort((a, b) => (a.score ?? 101) - (b.score ?? 101))
            .slice(0, 5)
            .map((account) => (
              <li key={account.accountId}>
                {account.accountId}: {account.score?.toFixed(0) ?? '—'} ({account.tier}); weakest
                measure{' '}
                {
                  [...account.contributions].sort((a, b) => (a.score ?? 100) - (b.score ?? 100))[0]
                    ?.measureId
                }
              </li>
            ))}
        </ol>
      )}
    </Example>
  );
}

/** `useHealthTiers`: accounts and MRR per tier as meters. */
export function UseHealthTiersExample() {
  const { format } = useVitals();
  const result = useHealthTiers({ accounts, scorecard: SCORECARD_ADOPTION_FIRST });
  return (
    <Example title="MRR by health tier" result={result}>
      {(data) =>
        data.buckets.map((bucket) => (
          <Meter
            key={bucket.tier}
            label={`${bucket.label} (${format.count(bucket.count)})`}
            value={bucket.mrrShare ?? 0}
            text={format.currency(bucket.mrr)}
          />
        ))
      }
    </Example>
  );
}

/** `useHealthTierRows`: the work queue's five most severe accounts, with their trend. */
export function UseHealthTierRowsExample() {
  const { format } = useVitals();
  const result = useHealthTierRows({
    accounts,
    scorecard: SCORECARD_ADOPTION_FIRST,
    history,
    trendDays: 14,
  });
  return (
    <Example title="Most at risk, with their 14-day trend" result={result}>
      {(data) => (
        <ol>
          {[...data.rows]
            .sort((a, b) => a.severity - b.severity || (b.mrr ?? 0) - (a.mrr ?? 0))
            .slice(0, 5)
            .map((row) => (
              <li key={row.id}>
                {row.name}: {row.tierLabel}, {format.currency(row.mrr ?? 0)} MRR, trend{' '}
                {row.trend === null ? '—' : format.count(row.trend)} over{' '}
                {format.count(row.sparkline?.length ?? 0)} daily scores
              </li>
            ))}
        </ol>
      )}
    </Example>
  );
}

/** `useSustainedRisk`: the at-risk playbook's trigger list. */
export function UseSustainedRiskExample() {
  const result = useSustainedRisk({ history, asOf: '2025-12-31' });
  return (
    <Example title="Below 70 for five days in a row" result={result}>
      {(data) => (
        <ul className="vitals-hook-list">
          {data.accounts.slice(0, 8).map((run) => (
            <li key={run.accountId}>
              {run.accountId} since {run.since}
            </li>
          ))}
        </ul>
      )}
    </Example>
  );
}

/** `useNps`, `useCsat`, `useCes`: three survey results side by side, NPS with its segments. */
export function UseSurveyHooksExample() {
  const { format } = useVitals();
  const nps = useNps({ responses: npsAnswers, groupBy: 'segment', maxGroups: 4 });
  const csat = useCsat({ responses: csatAnswers });
  const ces = useCes({ responses: cesAnswers });
  return (
    <div className="vitals-hook-row">
      <Example title="useNps" result={nps}>
        {(data) => (
          <p>
            NPS <strong>{data.score === null ? '—' : format.count(data.score)}</strong> ±{' '}
            {format.count(data.marginOfError ?? 0)} from {format.count(data.total)} answers;{' '}
            {(data.groups ?? [])
              .map(
                (group) =>
                  `${group.name} ${group.result.score === null ? '—' : format.count(group.result.score)}`,
              )
              .join(', ')}
          </p>
        )}
      </Example>
      <Example title="useCsat" result={csat}>
        {(data) => (
          <Meter
            label="Satisfied"
            value={data.score ?? 0}
            text={data.score === null ? '—' : format.percent(data.score)}
          />
        )}
      </Example>
      <Example title="useCes" result={ces}>
        {(data) => (
          <Meter
            label="Agree it was easy"
            value={data.agreeShare ?? 0}
            text={data.agreeShare === null ? '—' : format.percent(data.agreeShare)}
          />
        )}
      </Example>
    </div>
  );
}

/** `useReconcileConventions`: logo churn under each vendor's rules, and why each differs. */
export function UseReconcileConventionsExample() {
  const { format } = useVitals();
  const result = useReconcileConventions({
    snapshots: revenue.snapshots,
    from: '2024-12',
    to: '2025-12',
  });
  return (
    <Example title="Logo churn under each vendor's rules" result={result}>
      {(data) => (
        <ul>
          {data.conventions.map((convention) => {
            const value = convention.metrics.logoChurnRate;
            const causes = data.differences
              .filter(
                (d) =>
                  d.metric === 'logoChurnRate' &&
                  d.conventions[0] === 'vitals' &&
                  d.conventions[1] === convention.id,
              )
              .flatMap((d) => d.causes.map((cause) => cause.rule));
            return (
              <li key={convention.id}>
                {convention.label}: {value === null ? '—' : format.percent(value)}
                {causes.length > 0 && ` (${causes.join(', ')})`}
              </li>
            );
          })}
        </ul>
      )}
    </Example>
  );
}
