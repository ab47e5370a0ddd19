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

async function enterOnFirstColumn(props: Parameters<typeof MrrMovementsChart>[0]) {
  const user = userEvent.setup();
  const onSelect = vi.fn<(selection: ChartSelection) => void>();
  render(<MrrMovementsChart {...props} onSelect={onSelect} />);
  await user.tab();
  await user.tab();
  expect(document.activeElement).toHaveAccessibleName(/^February 2025/);
  await user.keyboard('{Enter}');
  return onSelect.mock.calls[0]![0];
}

describe('MrrMovementsChart drill-through', () => {
  const options = { from: '2025-01', to: '2025-02' };

  it("Enter on a column gives the period's moving accounts, their changes summing to the net", async () => {
    const selection = await enterOnFirstColumn({ snapshots, ...options });
    const [entry] = mrrMovementsSeries(snapshots, options);
    const net =
      entry!.newMrr +
      entry!.expansionMrr +
      entry!.reactivationMrr -
      entry!.contractionMrr -
      entry!.churnedMrr;
    expect(selection.accounts!.map((a) => a.accountId)).toEqual(['a', 'c', 'b']);
    expect(compensatedSum(selection.accounts!.map((a) => a.value!))).toBeCloseTo(net, 9);
  });

  it('reads the accounts a series carries, and has none for one without them', async () => {
    const full = await enterOnFirstColumn({
      data: mrrMovementsSeries(snapshots, { ...options, includeAccounts: true }),
    });
    expect(full.accounts!.map((a) => a.accountId)).toEqual(['a', 'c', 'b']);
    document.body.innerHTML = '';
    const totals = await enterOnFirstColumn({ data: mrrMovementsSeries(snapshots, options) });
    expect(totals).toEqual({ component: 'MrrMovementsChart', period: '2025-02' });
  });
});
