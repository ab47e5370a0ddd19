import type { MrrSnapshot } from '@vitals/metrics';
import userEvent from '@testing-library/user-event';
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChartSelection } from '../internal/chart';
import { RetentionTrend } from './RetentionTrend';

const snapshots: MrrSnapshot[] = [
  { accountId: 'a', period: '2025-01', mrr: 1_000 },
  { accountId: 'a', period: '2025-02', mrr: 1_100 },
  { accountId: 'b', period: '2025-01', mrr: 1_000 },
  { accountId: 'c', period: '2025-01', mrr: 300 },
  { accountId: 'c', period: '2025-02', mrr: 300 },
];

describe('RetentionTrend drill-through', () => {
  it("Enter on a logo churn point gives the churned accounts of the point's window", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn<(selection: ChartSelection) => void>();
    render(
      <RetentionTrend
        snapshots={snapshots}
        from="2025-01"
        to="2025-02"
        metrics={['logoChurn']}
        onSelect={onSelect}
      />,
    );
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith({
      component: 'RetentionTrend',
      metric: 'logoChurn',
      period: '2025-02',
      accounts: [{ accountId: 'b', value: 1_000 }],
    });
  });

  it('points given as data have no accounts to give', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn<(selection: ChartSelection) => void>();
    const data = [{ period: '2025-02', nrr: 0.6, grr: 0.6, logoChurn: 1 / 3 }];
    render(<RetentionTrend data={data} metrics={['nrr']} onSelect={onSelect} />);
    await user.tab();
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName(/^NRR, February 2025/);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith({
      component: 'RetentionTrend',
      metric: 'nrr',
      period: '2025-02',
    });
  });
});
