import type { CellContext } from '@tanstack/react-table';
import {
  type TierListColumnDef,
  type TierListFeatures,
  tierListColumnHelper as col,
} from './tierList.features';
import type { TierListRow } from './tierList.model';
import {
  type TierListTableMeta,
  driversText,
  nextTierText,
  topDrivers,
  trendLabel,
  trendText,
} from './tierList.text';
import { VitalsErrorBoundary } from '../internal/chart/ErrorBoundary';
import { displayedNumber, roundAsShown } from '../internal/csv';
import { plural } from '../messages/template';
import { AccountLink } from './AccountLink';

type Context<TValue> = CellContext<TierListFeatures, TierListRow, TValue>;

/** The table's formatters (set by `HealthTierList` on `table.options.meta`). */
export function tierListMeta(context: {
  table: { options: { meta?: unknown } };
}): TierListTableMeta {
  return context.table.options.meta as TierListTableMeta;
}

// The default sort (tier, then MRR) compares rows through these, which read the row itself, with
// `sortUndefined: false` on both columns (their values are never undefined): the built-in sort
// functions, and TanStack's default `sortUndefined: 1` check before them, read every value through
// the per-row value cache (`row.getValue`, a dictionary lookup per read), which was about half the
// time of sorting 100,000 rows.
const compareSeverity = (a: { original: TierListRow }, b: { original: TierListRow }): number =>
  a.original.severity - b.original.severity;

/** MRR with a missing MRR as −∞, as the column's value (so it sorts last by MRR at stake). */
const compareMrr = (a: { original: TierListRow }, b: { original: TierListRow }): number => {
  const x = a.original.mrr ?? Number.NEGATIVE_INFINITY;
  const y = b.original.mrr ?? Number.NEGATIVE_INFINITY;
  return x === y ? 0 : x > y ? 1 : -1;
};

/**
 * MRR in the CSV as the cell shows it (whole units from 100 on, cents below), read back from the
 * formatted cell so a host's `valueFormatter` rounds the export too.
 */
function mrrAsShown(mrr: number | null, meta: TierListTableMeta): number | null {
  if (mrr === null) return null;
  return (
    displayedNumber(meta.format.currency(mrr), meta.format.locale, meta.format.currencyCode) ??
    roundAsShown(mrr, 2)
  );
}

/** Keeps rows whose value is one of the filter's values (an array of tier ids). */
function isOneOf(row: { getValue: (id: string) => unknown }, columnId: string, filter: unknown) {
  return !Array.isArray(filter) || filter.length === 0 || filter.includes(row.getValue(columnId));
}

/**
 * A small line of the trend window's daily scores (decorative: the change is in words beside it),
 * inside its own error boundary so one bad row never takes the list down.
 */
export function Sparkline({ values }: { values: readonly number[] }) {
  return (
    <VitalsErrorBoundary noun="sparkline">
      <SparklineLine values={values} />
    </VitalsErrorBoundary>
  );
}

function SparklineLine({ values }: { values: readonly number[] }) {
  if (values.length < 2) return null;
  const width = 40;
  const height = 16;
  let low = Infinity;
  let high = -Infinity;
  for (const v of values) {
    low = Math.min(low, v);
    high = Math.max(high, v);
  }
  const span = high - low || 1;
  const points = values
    .map((v, i) => {
      const x = (i / (values.length - 1)) * width;
      const y = height - 1 - ((v - low) / span) * (height - 2);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
  return (
    <svg
      className="vitals-tier-list-sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      <polyline points={points} fill="none" strokeWidth="1.5" />
    </svg>
  );
}

/**
 * Text that may not fit its column: cut to two lines (drivers, next tier) or one (owner) with an
 * ellipsis in the table, whole in the cards; the full text is in the DOM and in `title`.
 */
const clipped = (text: string) => (
  <span className="vitals-tier-list-clip" title={text}>
    {text}
  </span>
);

function AccountCell(context: Context<string>) {
  const data = context.row.original;
  const href = tierListMeta(context).getAccountHref?.(data.id);
  return (
    <div className="vitals-tier-list-account">
      {href === undefined ? (
        <span className="vitals-tier-list-name" title={data.name}>
          {data.name}
        </span>
      ) : (
        <AccountLink href={href} name={data.name} />
      )}
      {data.segment !== null && <span className="vitals-tier-list-segment">{data.segment}</span>}
    </div>
  );
}

function ScoreCell(context: Context<number | undefined>) {
  const data = context.row.original;
  if (data.score === null) return <span className="vitals-tier-list-missing">—</span>;
  const width = Math.max(0, Math.min(100, data.score));
  return (
    <div className="vitals-tier-list-score" data-tone={data.tone}>
      <span className="vitals-tier-list-score-bar" aria-hidden="true">
        <span className="vitals-tier-list-score-fill" style={{ width: `${width}%` }} />
      </span>
      <span className="vitals-tier-list-score-value">
        {tierListMeta(context).format.count(data.score)}
      </span>
    </div>
  );
}

function TrendCell(context: Context<number | undefined>) {
  const data = context.row.original;
  const { format, trendDays, messages } = tierListMeta(context);
  if (data.trend === null) return <span className="vitals-tier-list-missing">—</span>;
  const direction = data.trend > 0.05 ? 'up' : data.trend < -0.05 ? 'down' : 'flat';
  return (
    <span className="vitals-tier-list-trend" data-direction={direction}>
      {data.sparkline && <Sparkline values={data.sparkline} />}
      <span aria-hidden="true">{trendLabel(data.trend, format.locale)}</span>
      <span className="vitals-visually-hidden">
        {trendText(data.trend, trendDays, format.locale, messages)}
      </span>
    </span>
  );
}

function RenewalCell(context: Context<string | undefined>) {
  const date = context.row.original.renewalDate;
  if (date === null) return <span className="vitals-tier-list-missing">—</span>;
  const { dates } = tierListMeta(context);
  const days = dates.daysUntil(date);
  return (
    <div className="vitals-tier-list-renewal" data-soon={days >= 0 && days <= 30 ? '' : undefined}>
      <span>{dates.relative(date)}</span>
      <time className="vitals-tier-list-date" dateTime={date}>
        {dates.absolute(date)}
      </time>
    </div>
  );
}

/**
 * The list's default columns (account, MRR, score, tier, trend, drivers, next step, renewal,
 * owner), built with {@link tierListColumnHelper}. Spread them to add, drop or reorder columns.
 */
export const defaultTierListColumns: readonly TierListColumnDef[] = [
  col.accessor((row) => row.name, {
    id: 'account',
    header: (context) => tierListMeta(context).messages.columns.account,
    sortFn: 'alphanumeric',
    cell: AccountCell,
    meta: {
      width: 168,
      isSearchable: true,
      exportAs: [
        { header: (meta) => meta.messages.columns.account, value: (row) => row.name },
        { header: (meta) => meta.messages.columns.segment, value: (row) => row.segment },
      ],
    },
  }),
  col.accessor((row) => row.segment ?? undefined, {
    id: 'segment',
    header: (context) => tierListMeta(context).messages.columns.segment,
    filterFn: 'equalsString',
    sortUndefined: 'last',
    cell: (context) => context.getValue() ?? '—',
    meta: { width: 120, exportAs: false },
  }),
  // Missing MRR sorts as −∞ (last when sorting by MRR at stake) without `sortUndefined`, which
  // doubles the value reads of every comparison in the default sort over 100,000 rows.
  col.accessor((row) => row.mrr ?? Number.NEGATIVE_INFINITY, {
    id: 'mrr',
    header: (context) => tierListMeta(context).messages.columns.mrr,
    sortFn: compareMrr,
    sortUndefined: false,
    sortDescFirst: true,
    cell: (context) => {
      const value = context.row.original.mrr;
      return value === null ? '—' : tierListMeta(context).format.currency(value);
    },
    meta: {
      width: 88,
      align: 'end',
      exportAs: [
        {
          header: (meta) => meta.messages.columns.mrr,
          value: (row, meta) => mrrAsShown(row.mrr, meta),
        },
      ],
    },
  }),
  col.accessor((row) => row.score ?? undefined, {
    id: 'score',
    header: (context) => tierListMeta(context).messages.columns.score,
    sortUndefined: 'last',
    // Lowest first: the queue is about risk.
    sortDescFirst: false,
    cell: ScoreCell,
    meta: {
      width: 100,
      exportAs: [
        {
          header: (meta) => meta.messages.columns.score,
          value: (row) => (row.score === null ? null : roundAsShown(row.score, 0)),
        },
      ],
    },
  }),
  col.accessor((row) => row.tier, {
    id: 'tier',
    header: (context) => tierListMeta(context).messages.columns.tier,
    sortFn: compareSeverity,
    sortUndefined: false,
    filterFn: isOneOf,
    cell: (context) => {
      const data = context.row.original;
      return (
        <span className="vitals-tier-list-badge" data-tier={data.tier} data-tone={data.tone}>
          {tierListMeta(context).tierLabel(data.tier)}
        </span>
      );
    },
    meta: {
      width: 92,
      exportAs: [
        {
          header: (meta) => meta.messages.columns.tier,
          value: (row, meta) => meta.tierLabel(row.tier),
        },
      ],
    },
  }),
  col.accessor((row) => row.trend ?? undefined, {
    id: 'trend',
    header: (context) => {
      const { messages, trendDays, format } = tierListMeta(context);
      return plural(messages.trendHeader, format.locale, trendDays, {
        count: format.count(trendDays),
      });
    },
    sortUndefined: 'last',
    // Biggest drops first.
    sortDescFirst: false,
    cell: TrendCell,
    meta: {
      width: 104,
      exportAs: [
        {
          header: (meta) => meta.messages.csvHeaders.scoreChange,
          value: (row) => (row.trend === null ? null : roundAsShown(row.trend, 1)),
        },
      ],
    },
  }),
  col.display({
    id: 'drivers',
    header: (context) => tierListMeta(context).messages.columns.drivers,
    cell: (context) => {
      const { format, messages } = tierListMeta(context);
      return clipped(driversText(topDrivers(context.row.original), format.locale, messages));
    },
    meta: {
      width: 168,
      exportAs: [
        {
          header: (meta) => meta.messages.columns.drivers,
          value: (row, meta) => driversText(topDrivers(row), meta.format.locale, meta.messages),
        },
      ],
    },
  }),
  col.display({
    id: 'nextStep',
    header: (context) => tierListMeta(context).messages.columns.nextStep,
    cell: (context) => {
      const meta = tierListMeta(context);
      return clipped(
        nextTierText(context.row.original, meta.tierLabel, meta.format.locale, meta.messages),
      );
    },
    meta: {
      width: 168,
      exportAs: [
        {
          header: (meta) => meta.messages.columns.nextStep,
          value: (row, meta) =>
            nextTierText(row, meta.tierLabel, meta.format.locale, meta.messages),
        },
      ],
    },
  }),
  col.accessor((row) => row.renewalDate ?? undefined, {
    id: 'renewal',
    header: (context) => tierListMeta(context).messages.columns.renewal,
    sortUndefined: 'last',
    sortFn: 'text',
    cell: RenewalCell,
    meta: {
      width: 100,
      exportAs: [
        { header: (meta) => meta.messages.csvHeaders.renewalDate, value: (row) => row.renewalDate },
      ],
    },
  }),
  col.accessor((row) => row.owner ?? undefined, {
    id: 'owner',
    header: (context) => tierListMeta(context).messages.columns.owner,
    sortUndefined: 'last',
    sortFn: 'text',
    cell: (context) => clipped(context.getValue() ?? '—'),
    meta: {
      width: 112,
      isSearchable: true,
      exportAs: [{ header: (meta) => meta.messages.columns.owner, value: (row) => row.owner }],
    },
  }),
];

/** Hidden by default: the segment column exists for the segment filter and for vendors to show. */
export const DEFAULT_COLUMN_VISIBILITY = { segment: false };
