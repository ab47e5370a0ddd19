import { type MrrSnapshot, mrrMovements, type ValidationIssue } from '@vitals/metrics';
import { type ChangeEvent, useId, useMemo, useState } from 'react';
import { CohortHeatmap } from '../cohort-heatmap';
import { NrrWaterfall } from '../waterfall';
import { type CsvLineIssue, parseSnapshotsCsv } from './csvSnapshots';

/** Props of {@link BringYourOwnData}. */
export interface BringYourOwnDataProps {
  /** The CSV shown when the story opens. */
  defaultCsv: string;
}

function addMonths(period: string, months: number): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  const index = year * 12 + month - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every problem, in CSV line order: structural ones from parsing, then the engine's row checks. */
function problems(
  parsedIssues: CsvLineIssue[],
  engineIssues: readonly ValidationIssue[],
  lines: number[],
) {
  const fromEngine = engineIssues.map((issue) => ({
    line: issue.index === null ? 0 : lines[issue.index]!,
    message: `${issue.field}: ${issue.message}`,
  }));
  return [...parsedIssues, ...fromEngine].sort((a, b) => a.line - b.line);
}

/**
 * Paste or upload MRR snapshots as CSV and see the waterfall and cohorts. Bad lines are listed
 * with their line numbers; the charts are drawn from the good rows and say how many they skipped.
 */
export function BringYourOwnData({ defaultCsv }: BringYourOwnDataProps) {
  const [csv, setCsv] = useState(defaultCsv);
  const id = useId();
  const parsed = useMemo(() => parseSnapshotsCsv(csv), [csv]);
  const { window, engineIssues } = useMemo(() => {
    const periods = parsed.rows
      .map((row: MrrSnapshot) => row.period.slice(0, 7))
      .filter((p) => /^\d{4}-(0[1-9]|1[0-2])$/.test(p));
    const last = periods.reduce((max, p) => (p > max ? p : max), '');
    if (!last) return { window: null, engineIssues: [] as ValidationIssue[] };
    const first = periods.reduce((min, p) => (p < min ? p : min), last);
    const from = addMonths(last, -12) < first ? first : addMonths(last, -12);
    const check = mrrMovements(parsed.rows, {
      from: from === last ? addMonths(last, -1) : from,
      to: last,
      onInvalid: 'skip',
    });
    return { window: { from: check.from, to: check.to }, engineIssues: check.issues };
  }, [parsed.rows]);
  const listed = problems(parsed.issues, engineIssues, parsed.lines);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  };

  return (
    <div className="vitals-byod">
      <div className="vitals-byod-input">
        <label htmlFor={`${id}-csv`}>
          MRR snapshots as CSV (accountId, period, mrr, optional currency and segment)
        </label>
        <textarea
          id={`${id}-csv`}
          value={csv}
          onChange={(event) => setCsv(event.target.value)}
          rows={10}
          spellCheck={false}
        />
        <label htmlFor={`${id}-file`}>Or upload a .csv file</label>
        <input id={`${id}-file`} type="file" accept=".csv,text/csv" onChange={onFile} />
      </div>
      <section aria-labelledby={`${id}-problems`} className="vitals-byod-problems">
        <h3 id={`${id}-problems`}>
          {listed.length === 0
            ? 'Every line was read'
            : `${listed.length} line${listed.length === 1 ? '' : 's'} could not be used`}
        </h3>
        {listed.length > 0 && (
          <ul>
            {listed.map((problem, index) => (
              <li key={index}>
                {problem.line > 0 ? `Line ${problem.line}: ` : ''}
                {problem.message}
              </li>
            ))}
          </ul>
        )}
      </section>
      {window && (
        <>
          <NrrWaterfall
            snapshots={parsed.rows}
            from={window.from}
            to={window.to}
            onInvalid="skip"
          />
          <CohortHeatmap snapshots={parsed.rows} onInvalid="skip" />
        </>
      )}
    </div>
  );
}
