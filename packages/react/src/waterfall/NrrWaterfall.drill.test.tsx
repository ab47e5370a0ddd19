import { type MrrSnapshot, compensatedSum, mrrMovements } from '@vitals/metrics';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ChartSelection } from '../internal/chart';
import { NrrWaterfall } from './NrrWaterfall';

/** A year: two churn (one with split subscriptions), one contracts, one expands, one arrives. */
const snapshots: MrrSnapshot[] = [
  { accountId: 'acme', period: '2024-12', mrr: 1_200.1 },
  { accountId: 'acme', period: '2025-12', mrr: 1_500.2 },
  { accountId: 'globex', period: '2024-12', mrr: 800.3, subscriptionId: 'g-1' },
  { accountId: 'globex', period: '2024-12', mrr: 99.9, subscriptionId: 'g-2' },
  { accountId: 'initech', period: '2024-12', mrr: 450.45 },
  { accountId: 'umbrella', period: '2024-12', mrr: 2_000 },
  { accountId: 'umbrella', period: '2025-12', mrr: 1_700.05 },
  { accountId: 'hooli', period: '2025-12', mrr: 300 },
];

async function selectStep(name: RegExp, props: Partial<Parameters<typeof NrrWaterfall>[0]>) {
  const user = userEvent.setup();
  const onSelect = vi.fn<(selection: ChartSelection) => void>();
  render(<NrrWaterfall onSelect={onSelect} {...props} />);
  await user.tab();
  await user.tab();
  // Arrow to the step by its accessible name, then Enter on the focused mark.
  for (
    let i = 0;
    i < 8 && !name.test(document.activeElement?.getAttribute('aria-label') ?? '');
    i++
  )
    await user.keyboard('{ArrowRight}');
  expect(document.activeElement).toHaveAccessibleName(name);
  await user.keyboard('{Enter}');
  expect(onSelect).toHaveBeenCalledTimes(1);
  return onSelect.mock.calls[0]![0];
}

describe('NrrWaterfall drill-through', () => {
  it('Enter on the churn step gives the churned accounts, summing to the step', async () => {
    const selection = await selectStep(/^Churn/, { snapshots, from: '2024-12', to: '2025-12' });
    const year = mrrMovements(snapshots, { from: '2024-12', to: '2025-12' });
    expect(selection).toMatchObject({
      component: 'NrrWaterfall',
      movement: 'churn',
      period: '2025-12',
    });
    expect(selection.accounts!.map((a) => a.accountId)).toEqual(['globex', 'initech']);
    expect(compensatedSum(selection.accounts!.map((a) => a.value!))).toBeCloseTo(
      year.churnedMrr,
      9,
    );
  });

  it('every step of an mrrMovements() result sums to the step', async () => {
    const year = mrrMovements(snapshots, { from: '2024-12', to: '2025-12' });
    for (const [name, amount] of [
      [/^Expansion/, year.expansionMrr],
      [/^Contraction/, year.contractionMrr],
      [/^New/, year.newMrr],
      [/^Ending MRR/, year.endingMrr],
    ] as const) {
      const selection = await selectStep(name, { data: year, showNewAndReactivation: true });
      expect(compensatedSum(selection.accounts!.map((a) => a.value!))).toBeCloseTo(amount, 9);
      document.body.innerHTML = '';
    }
  });

  it('pre-aggregated totals have no accounts to give', async () => {
    const selection = await selectStep(/^Churn/, {
      data: { startingMrr: 1_000, expansionMrr: 100, contractionMrr: 50, churnedMrr: 200 },
    });
    expect(selection).toEqual({ component: 'NrrWaterfall', movement: 'churn' });
    expect(screen.getAllByRole('img').length).toBeGreaterThan(0);
  });
});
