import { type MrrSnapshot, compensatedSum, mrrMovementsSeries } from '@vitals/metrics';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ChartSelection } from '../internal/chart';
import { MrrMovementsChart } from './MrrMovementsChart';

const snapshots: MrrSnapshot[] = [
  { accountId: 'a', period: '2025-01', mrr: 1_000.1 },
  { accountId: 'a', period: '2025-02', mrr: 1_500.25 },
  { accountId: 'b', period: '2025-01', mrr: 800.7 },
  { accountId: 'c', period: '2025-02', mrr: 400.05 },
  { accountId: 'd', period: '2025-01', mrr: 500 },
  { accountId: 'd', period: '2025-02', mrr: 500 },
];

/** Tabs into the chart, arrows down to the mark named `name`, and presses Enter on it. */
async function enterOn(name: string, props: Parameters<typeof MrrMovementsChart>[0]) {
  const user = userEvent.setup();
  const onSelect = vi.fn<(selection: ChartSelection) => void>();
  render(<MrrMovementsChart {...props} onSelect={onSelect} />);
  await user.tab();
  await user.tab();
  for (
    let i = 0;
    i < 5 && !document.activeElement?.getAttribute('aria-label')?.startsWith(name);
    i++
  )
    await user.keyboard('{ArrowDown}');
  expect(document.activeElement).toHaveAccessibleName(new RegExp(`^${name}, February 2025`));
  await user.keyboard('{Enter}');
  return onSelect.mock.calls[0]![0];
}

describe('MrrMovementsChart drill-through', () => {
  const options = { from: '2025-01', to: '2025-02' };

  it("Enter on a segment gives that period's accounts for that movement, summing to it", async () => {
    const [entry] = mrrMovementsSeries(snapshots, options);
    const amounts = {
      Expansion: entry!.expansionMrr,
      New: entry!.newMrr,
      Churn: entry!.churnedMrr,
    };
    const ids = { Expansion: ['a'], New: ['c'], Churn: ['b'] };
    for (const name of ['Expansion', 'New', 'Churn'] as const) {
      const selection = await enterOn(name, { snapshots, ...options });
      expect(selection.movement).toBe(name.toLowerCase());
      expect(selection.period).toBe('2025-02');
      expect(selection.accounts!.map((a) => a.accountId)).toEqual(ids[name]);
      expect(compensatedSum(selection.accounts!.map((a) => a.value!))).toBeCloseTo(
        amounts[name],
        9,
      );
      document.body.innerHTML = '';
    }
  });

  it('reads the accounts a series carries, and has none for one without them', async () => {
    const full = await enterOn('Churn', {
      data: mrrMovementsSeries(snapshots, { ...options, includeAccounts: true }),
    });
    expect(full.accounts).toEqual([{ accountId: 'b', value: 800.7 }]);
    document.body.innerHTML = '';
    const totals = await enterOn('Churn', { data: mrrMovementsSeries(snapshots, options) });
    expect(totals).toEqual({
      component: 'MrrMovementsChart',
      period: '2025-02',
      movement: 'churn',
    });
  });
});
