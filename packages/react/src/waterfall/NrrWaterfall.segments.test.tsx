import type { MrrSnapshot } from '@vitals/metrics';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { NrrWaterfall } from './NrrWaterfall';

/** Two segments: SMB grows 1,000 → 1,500; Enterprise keeps 9,000 and loses 1,000 to churn. */
const snapshots: MrrSnapshot[] = [
  { accountId: 'small', period: '2025-01', mrr: 1_000, segment: 'SMB' },
  { accountId: 'small', period: '2025-02', mrr: 1_500, segment: 'SMB' },
  { accountId: 'big', period: '2025-01', mrr: 9_000, segment: 'Enterprise' },
  { accountId: 'big', period: '2025-02', mrr: 9_000, segment: 'Enterprise' },
  { accountId: 'gone', period: '2025-01', mrr: 1_000, segment: 'Enterprise' },
];

const ticks = (figure: HTMLElement) =>
  [...figure.querySelectorAll('.vitals-axis-tick')].map((tick) => tick.textContent);

describe('NrrWaterfall segments, grain and windows', () => {
  it('segment filters the snapshots to that segment’s accounts', () => {
    render(<NrrWaterfall snapshots={snapshots} period="2025-02" segment="SMB" />);
    expect(
      screen.getByRole('figure', { name: 'Net revenue retention' }),
    ).toHaveAccessibleDescription(
      expect.stringContaining('Net revenue retention 150.0%, gross revenue retention 100.0%.'),
    );
  });

  it("compareBy='segment' draws one titled waterfall per segment on one shared scale", async () => {
    const { container } = render(
      <NrrWaterfall snapshots={snapshots} period="2025-02" compareBy="segment" />,
    );
    const group = screen.getByRole('region', { name: 'Net revenue retention' });
    expect(group).toHaveAttribute('data-compare-by', 'segment');
    expect(group).toHaveTextContent('One chart per segment, all on the same scale.');
    const enterprise = within(group).getByRole('figure', { name: 'Enterprise' });
    const smb = within(group).getByRole('figure', { name: 'SMB' });
    expect(enterprise).toHaveAccessibleDescription(expect.stringContaining('retention 90.0%'));
    expect(smb).toHaveAccessibleDescription(expect.stringContaining('retention 150.0%'));
    // SMB alone would end its axis near $1,500: sharing Enterprise's scale, both read the same.
    expect(ticks(smb)).toEqual(ticks(enterprise));
    expect(ticks(smb).at(-1)).toBe('$10K');
    await expectNoAxeViolations(container);
  });

  it('a segment list picks and orders the small multiples; a mark names its segment', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(
      <NrrWaterfall
        snapshots={snapshots}
        period="2025-02"
        compareBy="segment"
        segment={['SMB', 'Enterprise']}
        onSelect={onSelect}
      />,
    );
    const figures = screen.getAllByRole('figure');
    expect(
      figures.map((figure) => figure.querySelector('.vitals-chart-title')?.textContent),
    ).toEqual(['SMB', 'Enterprise']);
    await user.click(within(figures[0]!).getAllByRole('img')[0]!);
    // The SMB chart's starting step: only the SMB account is behind it, not Enterprise's.
    expect(onSelect).toHaveBeenCalledWith({
      component: 'NrrWaterfall',
      movement: 'starting',
      period: '2025-02',
      segment: 'SMB',
      accounts: [{ accountId: 'small', value: 1_000 }],
    });
  });

  it('says so when no account names a segment, and warns when data has no segments', () => {
    const plain = snapshots.map(({ segment: _segment, ...row }) => row);
    render(<NrrWaterfall snapshots={plain} period="2025-02" compareBy="segment" />);
    expect(screen.getByText(/No account in the data names a segment/)).toBeInTheDocument();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <NrrWaterfall
        data={{ startingMrr: 100, expansionMrr: 10, contractionMrr: 0, churnedMrr: 0 }}
        compareBy="segment"
        title="From data"
      />,
    );
    expect(screen.getByRole('figure', { name: 'From data' })).toBeInTheDocument();
    expect(warn.mock.calls.flat().join(' ')).toMatch(/needs snapshots/);
    warn.mockRestore();
  });

  it("grain='quarter' compares quarter ends", () => {
    const quarterly: MrrSnapshot[] = [
      { accountId: 'a', period: '2025-03', mrr: 100 },
      { accountId: 'a', period: '2025-04', mrr: 999 },
      { accountId: 'a', period: '2025-06', mrr: 120 },
    ];
    render(<NrrWaterfall snapshots={quarterly} period="2025-Q2" grain="quarter" />);
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(
      expect.stringContaining('Net revenue retention 120.0%'),
    );
  });

  it('shows an error naming options.period when both period and from/to are given', () => {
    render(<NrrWaterfall snapshots={snapshots} period="2025-02" from="2024-12" to="2025-02" />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('options.period');
    expect(alert).toHaveTextContent('cannot be combined with options.from or options.to');
  });
});
