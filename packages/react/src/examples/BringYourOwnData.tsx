import { type MrrSnapshot, mrrMovements } from '@vitals/metrics';
import {
  type CsvIssue,
  type CsvRows,
  readMrrSnapshotsCsv,
  withCsvLines,
} from '@vitals/metrics/csv';
import { type ChangeEvent, useId, useMemo, useState } from 'react';
import { CohortHeatmap } from '../cohort-heatmap';
import { RowLinesProvider } from '../internal/rowLines';
import { NrrWaterfall } from '../waterfall';

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

/**
 * Reads the pasted text with `@vitals/metrics/csv`, skipping bad lines. A header it cannot use is
 * the one problem that stops the reading: then there are no rows, only that problem.
 */
function readCsv(text: string): CsvRows<MrrSnapshot> {
  try {
    return readMrrSnapshotsCsv(text, { onInvalid: 'skip' });
  } catch (error) {
    return { rows: [], lines: [], issues: withCsvLines(error, { lines: [] }), delimiter: ',' };
  }
}

/** A problem as one line of text: `Line 304, mrr: 'forty' is not a number: …`. */
function problemText(issue: CsvIssue): string {
  return `${issue.line === null ? '' : `Line ${issue.line}, `}${issue.field}: ${issue.message}.`;
}

/**
 * Paste or upload MRR snapshots as CSV and see the waterfall and cohorts. The text is read with
 * `@vitals/metrics/csv`; bad lines are listed with their CSV line numbers (true across quoted
 * fields that span lines), and the charts, drawn from the good rows, name the lines they skipped.
 */
export function BringYourOwnData({ defaultCsv }: BringYourOwnDataProps) {
  const [csv, setCsv] = useState(defaultCsv);
  const id = useId();
  const parsed = useMemo(() => readCsv(csv), [csv]);
  const { window, engineIssues } = useMemo(() => {
    // The CSV reader gives periods as text.
    const periods = parsed.rows
      .flatMap((row: MrrSnapshot) =>
        typeof row.period === 'string' ? [row.period.slice(0, 7)] : [],
      )
      .filter((p) => /^\d{4}-(0[1-9]|1[0-2])$/.test(p));
    const last = periods.reduce((max, p) => (p > max ? p : max), '');
    if (!last) return { window: null, engineIssues: [] as CsvIssue[] };
    const first = periods.reduce((min, p) => (p < min ? p : min), last);
    const from = addMonths(last, -12) < first ? first : addMonths(last, -12);
    const check = mrrMovements(parsed.rows, {
      from: from === last ? addMonths(last, -1) : from,
      to: last,
      onInvalid: 'skip',
    });
    // The engine's issues name rows by index; withCsvLines turns them into CSV lines.
    return {
      window: { from: check.from, to: check.to },
      engineIssues: withCsvLines(check.issues, parsed),
    };
  }, [parsed]);
  const listed = [...parsed.issues, ...engineIssues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

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
              <li key={index}>{problemText(problem)}</li>
            ))}
          </ul>
        )}
      </section>
      {window && (
        <RowLinesProvider lines={parsed.lines}>
          <NrrWaterfall
            snapshots={parsed.rows}
            from={window.from}
            to={window.to}
            onInvalid="skip"
          />
          <CohortHeatmap snapshots={parsed.rows} onInvalid="skip" />
        </RowLinesProvider>
      )}
    </div>
  );
}
