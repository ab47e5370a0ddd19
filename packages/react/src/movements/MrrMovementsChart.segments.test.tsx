import type { MrrSnapshot } from '@vitals/metrics';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { MrrMovementsChart } from './MrrMovementsChart';

/** SMB adds 100 a month; Enterprise loses 5,000 in March. */
const snapshots: MrrSnapshot[] = [
  { accountId: 's', period: '2025-01', mrr: 100, segment: 'SMB' },
  { accountId: 's', period: '2025-02', mrr: 200, segment: 'SMB' },
  { accountId: 's', period: '2025-03', mrr: 300, segment: 'SMB' },
  { accountId: 'e', period: '2025-01', mrr: 5_000, segment: 'Enterprise' },
  { accountId: 'e', period: '2025-02', mrr: 5_000, segment: 'Enterprise' },
];

const ticks = (figure: HTMLElement) =>
  [...figure.querySelectorAll('.vitals-axis-tick')].map((tick) => tick.textContent);

describe('MrrMovementsChart segments', () => {
  it('segment filters the snapshots', () => {
    render(<MrrMovementsChart snapshots={snapshots} from="2025-01" to="2025-03" segment="SMB" />);
    const figure = screen.getByRole('figure', { name: 'MRR movements' });
    expect(figure).toHaveAccessibleDescription(expect.stringContaining('churn $0'));
    expect(figure.querySelector('.vitals-kpi')).toHaveTextContent('Net new MRR +$200');
  });

  it("compareBy='segment' draws one chart per segment on one shared scale", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const { container } = render(
      <MrrMovementsChart
        snapshots={snapshots}
        from="2025-01"
        to="2025-03"
        compareBy="segment"
        onSelect={onSelect}
      />,
    );
    const group = screen.getByRole('region', { name: 'MRR movements' });
    const smb = within(group).getByRole('figure', { name: 'SMB' });
    const enterprise = within(group).getByRole('figure', { name: 'Enterprise' });
    expect(smb.querySelector('.vitals-kpi')).toHaveTextContent('+$200');
    expect(enterprise.querySelector('.vitals-kpi')).toHaveTextContent('−$5,000');
    expect(ticks(smb)).toEqual(ticks(enterprise));
    await user.click(within(smb).getAllByRole('img')[0]!);
    expect(onSelect).toHaveBeenCalledWith(
      expect.objectContaining({
        component: 'MrrMovementsChart',
        period: '2025-02',
        segment: 'SMB',
      }),
    );
    await expectNoAxeViolations(container);
  });

  it('shows the error state for a bad segment filter', () => {
    render(
      <MrrMovementsChart
        snapshots={snapshots}
        from="2025-01"
        to="2025-03"
        segment={[] as string[]}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('options.segment');
  });
});
