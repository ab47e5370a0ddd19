/**
 * The page the tier-list bench loads in Chromium (bundled by esbuild in tier-list.bench.ts): the
 * same 100,000 scored accounts drawn by `HealthTierList` and by a bare TanStack Table v9 +
 * react-virtual table written here, with timing hooks on `window.tierListBench`.
 */
import {
  type ColumnDef,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { DEFAULT_TIERS, SCORECARD_ADOPTION_FIRST, scoreHealth } from '@vitals/metrics';
import { generateHealthAccounts } from '@vitals/sample-data';
import { useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { HealthTierList } from '../src/health-tier-list';
import '../src/styles.css';

const COUNT = 100_000;
const HEIGHT = 600;
const ROW = 52;

const accounts = generateHealthAccounts({ seed: 7, accounts: COUNT, asOf: '2025-12-31' });
const scores = scoreHealth(accounts, SCORECARD_ADOPTION_FIRST);

// ---- the bare table ------------------------------------------------------------------------
interface BareRow {
  id: string;
  name: string;
  segment: string;
  mrr: number;
  score: number | null;
  tier: string;
  severity: number;
  renewalDate: string;
  owner: string;
}

const severity = new Map(
  [...DEFAULT_TIERS].sort((a, b) => a.min - b.min).map((tier, index) => [tier.id, index]),
);
const label = new Map(DEFAULT_TIERS.map((tier) => [tier.id, tier.label]));
const money = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

function joinRows(): BareRow[] {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  return scores.accounts.map((result) => {
    const account = byId.get(result.accountId)!;
    return {
      id: result.accountId,
      name: account.name,
      segment: account.segment,
      mrr: account.mrr,
      score: result.score,
      tier: result.tier,
      severity: severity.get(result.tier) ?? 3,
      renewalDate: account.renewalDate,
      owner: account.owner,
    };
  });
}

const bareFeatures = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
const bareColumns: Array<ColumnDef<typeof bareFeatures, BareRow, unknown>> = [
  { id: 'account', accessorFn: (r) => r.name, header: 'Account' },
  { id: 'segment', accessorFn: (r) => r.segment, header: 'Segment' },
  {
    id: 'mrr',
    accessorFn: (r) => r.mrr,
    header: 'MRR',
    cell: (c) => money.format(c.getValue() as number),
  },
  {
    id: 'score',
    accessorFn: (r) => r.score ?? undefined,
    header: 'Score',
    sortUndefined: 'last',
    sortDescFirst: false,
  },
  {
    id: 'tier',
    accessorFn: (r) => r.tier,
    header: 'Tier',
    sortFn: (a, b) => a.original.severity - b.original.severity,
    cell: (c) => label.get(c.getValue() as string),
  },
  { id: 'renewal', accessorFn: (r) => r.renewalDate, header: 'Renewal' },
  { id: 'owner', accessorFn: (r) => r.owner, header: 'Owner' },
];

function BareTable() {
  const data = useRef<BareRow[] | null>(null);
  data.current ??= joinRows();
  const table = useTable({
    features: bareFeatures,
    columns: bareColumns,
    data: data.current,
    getRowId: (row) => row.id,
    initialState: {
      sorting: [
        { id: 'tier', desc: false },
        { id: 'mrr', desc: true },
      ],
    },
  });
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual, not compiled
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <div ref={scrollRef} className="bench-scroll" style={{ height: HEIGHT, overflow: 'auto' }}>
      <table style={{ tableLayout: 'fixed', width: '100%' }}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id}>
                  <button type="button" onClick={header.column.getToggleSortingHandler()}>
                    <table.FlexRender header={header} />
                  </button>
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {top > 0 && (
            <tr>
              <td style={{ height: top }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr key={row.id} className="bench-row" style={{ height: ROW }}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={cell.column.id === 'account' ? 'name' : undefined}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
          {bottom > 0 && (
            <tr>
              <td style={{ height: bottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

// ---- timing hooks --------------------------------------------------------------------------
type Kind = 'list' | 'bare';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const container = document.getElementById('root')!;
const scroller = () =>
  container.querySelector<HTMLElement>('.vitals-tier-list-scroll, .bench-scroll')!;

function firstNames(kind: Kind): string[] {
  const selector = kind === 'list' ? 'tr .vitals-tier-list-name' : 'tr.bench-row td.name';
  return [...container.querySelectorAll(selector)].slice(0, 10).map((n) => n.textContent ?? '');
}

/**
 * Time from `render()` to the first frame after the one in which the list's rows are in the DOM:
 * React commits, the browser paints that frame, and the next animation frame begins.
 */
async function render(kind: Kind): Promise<{ ms: number; names: string[]; rows: number }> {
  const start = performance.now();
  const root = createRoot(container);
  root.render(
    kind === 'list' ? (
      <HealthTierList
        data={scores}
        accounts={accounts}
        scorecard={SCORECARD_ADOPTION_FIRST}
        asOf="2025-12-31"
        height={HEIGHT}
      />
    ) : (
      <BareTable />
    ),
  );
  const selector = kind === 'list' ? 'tr.vitals-tier-list-row' : 'tr.bench-row';
  for (let i = 0; i < 2_000 && !container.querySelector(selector); i++) await frame();
  if (!container.querySelector(selector)) {
    throw new Error(`nothing rendered: ${container.innerHTML.slice(0, 600)}`);
  }
  await frame();
  const ms = performance.now() - start;
  return { ms, names: firstNames(kind), rows: container.querySelectorAll('tr').length };
}

/** Scrolls 300 frames (120 px each, then back) and returns every frame's duration. */
async function scroll(): Promise<number[]> {
  const element = scroller();
  const times: number[] = [];
  let last = await frame();
  for (let i = 0; i < 300; i++) {
    element.scrollTop += i < 150 ? 120 : -120;
    const now = await frame();
    times.push(now - last);
    last = now;
  }
  return times;
}

/** Clicks the Score header and times until the re-sorted rows are painted. */
async function sortByScore(kind: Kind): Promise<{ ms: number; names: string[] }> {
  const button = [...container.querySelectorAll<HTMLButtonElement>('thead button')].find((b) =>
    b.textContent?.startsWith('Score'),
  )!;
  const start = performance.now();
  flushSync(() => button.click());
  await frame();
  await frame();
  return { ms: performance.now() - start, names: firstNames(kind) };
}

declare global {
  interface Window {
    tierListBench: {
      render: typeof render;
      scroll: typeof scroll;
      sortByScore: typeof sortByScore;
    };
  }
}
window.tierListBench = { render, scroll, sortByScore };
