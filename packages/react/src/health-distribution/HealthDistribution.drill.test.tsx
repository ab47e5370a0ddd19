import {
  type HealthAccount,
  type Scorecard,
  healthTierDistribution,
  scoreHealth,
} from '@vitals/metrics';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ChartSelection } from '../internal/chart';
import { HealthDistribution } from './HealthDistribution';

const scorecard: Scorecard = {
  categories: [
    {
      id: 'usage',
      weight: 1,
      measures: [{ id: 'usage', signal: 'usage', normalize: { type: 'range', min: 0, max: 100 } }],
    },
  ],
};
const accounts: HealthAccount[] = [
  { id: 'a', mrr: 5_000, signals: { usage: 90 } },
  { id: 'b', mrr: 700, signals: { usage: 10 } },
  { id: 'c', mrr: 1_500, signals: { usage: 30 } },
  { id: 'd', signals: { usage: 5 } },
];

async function enterOnCritical(props: Parameters<typeof HealthDistribution>[0]) {
  const user = userEvent.setup();
  const onSelect = vi.fn<(selection: ChartSelection) => void>();
  render(<HealthDistribution {...props} measure="accounts" onSelect={onSelect} />);
  await user.tab(); // the data-table toggle
  await user.tab();
  await user.keyboard('{End}');
  expect(document.activeElement).toHaveAccessibleName(/^Critical: 3 accounts/);
  await user.keyboard('{Enter}');
  return onSelect.mock.calls[0]![0];
}

describe('HealthDistribution drill-through', () => {
  const critical = [
    { accountId: 'c', value: 1_500 },
    { accountId: 'b', value: 700 },
    { accountId: 'd' },
  ];

  it("Enter on a tier bar gives the tier's accounts with their MRR, from accounts and a scorecard", async () => {
    expect((await enterOnCritical({ accounts, scorecard })).accounts).toEqual(critical);
  });

  it('reads a scoreHealth() result; a precomputed distribution has no accounts to give', async () => {
    const scores = scoreHealth(accounts, scorecard);
    expect((await enterOnCritical({ data: scores, accounts })).accounts).toEqual(critical);
    document.body.innerHTML = '';
    const totals = await enterOnCritical({
      data: healthTierDistribution(scores.accounts, accounts),
    });
    expect(totals).toEqual({ component: 'HealthDistribution', tier: 'critical' });
  });
});
