// @vitest-environment node
/**
 * The public API as a host compiling under `strict`, `exactOptionalPropertyTypes` and
 * `noUncheckedIndexedAccess` (this repository's settings) uses it: props that may be `undefined`,
 * `readonly` data and `as const` lists, custom tier-list columns. Imports only the public entry.
 * `pnpm typecheck` is the main assertion: these props failed to compile before the public types
 * accepted `| undefined` and readonly arrays.
 */
import { DEFAULT_TIERS, type MrrSnapshot, SCORECARD_ADOPTION_FIRST } from '@vitals/metrics';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  HealthTierList,
  type HealthTierListProps,
  MetricCard,
  NrrWaterfall,
  type TierListColumnDef,
  VitalsProvider,
  type VitalsTheme,
  defaultTierListColumns,
  tierListColumnHelper,
} from './index';

/** A value the compiler only knows as `T | undefined`, as a host's own optional prop would be. */
function maybe<T>(value: T | undefined): T | undefined {
  return value;
}

const snapshots = [
  { accountId: 'a', period: '2025-01', mrr: 100 },
  { accountId: 'a', period: '2025-02', mrr: 120 },
  { accountId: 'b', period: '2025-01', mrr: 50 },
] as const satisfies readonly MrrSnapshot[];

describe('public props', () => {
  it('take `string | undefined` for optional props', () => {
    const html = renderToString(
      <VitalsProvider theme={maybe<VitalsTheme>(undefined)} locale={maybe<string>(undefined)}>
        <MetricCard label="NRR" value={null} reason={maybe('Billing data is late')} />
        <NrrWaterfall snapshots={snapshots} from={maybe('2025-01')} to={maybe('2025-02')} />
      </VitalsProvider>,
    );
    expect(html).toContain('Billing data is late');
    expect(html).toContain('Net revenue retention 80.0%');
  });

  it('take readonly tiers, readonly columns and state slices that may be undefined', () => {
    const seats = tierListColumnHelper.accessor((row) => row.account?.signals['seats'], {
      id: 'seats',
      header: 'Seats',
    });
    const columns: readonly TierListColumnDef[] = [...defaultTierListColumns, seats];
    const props: HealthTierListProps = {
      accounts: [{ id: 'a', name: 'Acme', signals: {} }] as const,
      scorecard: SCORECARD_ADOPTION_FIRST,
      tiers: DEFAULT_TIERS,
      columns,
      initialState: { sorting: maybe(undefined), globalFilter: maybe<string>(undefined) },
      asOf: '2025-06-01',
    };
    const html = renderToString(<HealthTierList {...props} />);
    expect(html).toContain('Seats');
    expect(html).toContain('Acme');
  });
});
