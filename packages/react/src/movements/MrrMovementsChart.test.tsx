import type { MrrSnapshot } from '@vitals/metrics';
import { mrrMovementsSeries } from '@vitals/metrics';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { VitalsProvider } from '../provider/VitalsProvider';
import { expectNoAxeViolations } from '../test/axe';
import { expectHydratesCleanly } from '../test/hydrate';
import { describeHostContract } from '../test/hostContract';
import { renderStrict } from '../test/render';
import { MrrMovementsChart } from './MrrMovementsChart';

/**
 * February: c is new (+400), a expands (+500), b churns (−800): net +100.
 * March: b comes back (reactivation +600), c contracts (−100), d churns (−500): net 0.
 */
const snapshots: MrrSnapshot[] = [
  { accountId: 'a', period: '2025-01', mrr: 1_000 },
  { accountId: 'a', period: '2025-02', mrr: 1_500 },
  { accountId: 'a', period: '2025-03', mrr: 1_500 },
  { accountId: 'b', period: '2025-01', mrr: 800 },
  { accountId: 'b', period: '2025-03', mrr: 600 },
  { accountId: 'c', period: '2025-02', mrr: 400 },
  { accountId: 'c', period: '2025-03', mrr: 300 },
  { accountId: 'd', period: '2025-01', mrr: 500 },
  { accountId: 'd', period: '2025-02', mrr: 500 },
];

describe('MrrMovementsChart', () => {
  it('describes the range, each movement total, the net and the best and worst months', () => {
    renderStrict(<MrrMovementsChart snapshots={snapshots} from="2025-01" to="2025-03" />);
    const figure = screen.getByRole('figure', { name: 'MRR movements' });
    expect(figure).toHaveAccessibleDescription(
      'MRR movements, February 2025 to March 2025 (2 periods): new +$400, expansion +$500, reactivation +$600, contraction −$100, churn −$1,300; net +$100. Best: February 2025 (net +$100); worst: March 2025 (net $0).',
    );
    expect(figure.querySelector('.vitals-kpi')).toHaveTextContent('Net new MRR +$100');
  });

  it('has a legend in words, saying which side of zero each movement is on', () => {
    renderStrict(<MrrMovementsChart snapshots={snapshots} from="2025-01" to="2025-03" />);
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'New (above zero)',
      'Expansion (above zero)',
      'Reactivation (above zero)',
      'Contraction (below zero)',
      'Churn (below zero)',
      'Net change',
    ]);
  });

  it('makes each movement of each month a mark: one tab stop, arrows across months and movements', async () => {
    const user = userEvent.setup();
    renderStrict(<MrrMovementsChart snapshots={snapshots} from="2025-01" to="2025-03" />);
    await user.tab();
    await user.tab();
    // February's top segment first: expansion stacks above new.
    expect(document.activeElement).toHaveAccessibleName('Expansion, February 2025: +$500');
    const tooltip = screen.getByRole('tooltip');
    // The tooltip names the movement, with the month and its net.
    expect(tooltip).toHaveTextContent('February 2025');
    expect(tooltip).toHaveTextContent('Expansion +$500');
    expect(tooltip).toHaveTextContent('Net +$100');
    expect(tooltip).not.toHaveTextContent('Churn');
    expect(document.activeElement).toHaveAttribute('aria-describedby', tooltip.id);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName('New, February 2025: +$400');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName('Churn, February 2025: −$800');
    expect(screen.getByRole('tooltip')).toHaveTextContent('Churn −$800');
    // At the bottom of the column, down stays.
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName('Churn, February 2025: −$800');
    // Right keeps the movement when the next month has it.
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName('Churn, March 2025: −$500');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toHaveAccessibleName('Contraction, March 2025: −$100');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toHaveAccessibleName('Reactivation, March 2025: +$600');
    // February has no reactivation (0 to +$600): left goes to the segment nearest in height, new
    // (0 to +$400), not expansion (+$400 to +$900).
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toHaveAccessibleName('New, February 2025: +$400');
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName('Churn, March 2025: −$500');
    expect(screen.getAllByRole('img')).toHaveLength(6);
    // One tab stop for the chart: the next Tab leaves it.
    await user.tab();
    expect(document.activeElement?.closest('svg')).toBeNull();
  });

  it('fires onSelect with the period, the movement and its accounts on Enter and on a click', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const { container } = renderStrict(
      <MrrMovementsChart snapshots={snapshots} from="2025-01" to="2025-03" onSelect={onSelect} />,
    );
    await user.tab();
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith({
      component: 'MrrMovementsChart',
      period: '2025-02',
      movement: 'churn',
      accounts: [{ accountId: 'b', value: 800 }],
    });
    await user.keyboard('{ArrowUp} ');
    expect(onSelect).toHaveBeenLastCalledWith({
      component: 'MrrMovementsChart',
      period: '2025-02',
      movement: 'new',
      accounts: [{ accountId: 'c', value: 400 }],
    });
    // A segment's hit area is its slice of the column's band: the top one reaches the plot's top.
    await user.click(
      container.querySelector(
        '[data-period="2025-03"] [data-mark="reactivation"] .vitals-chart-hit',
      )!,
    );
    expect(onSelect).toHaveBeenLastCalledWith({
      component: 'MrrMovementsChart',
      period: '2025-03',
      movement: 'reactivation',
      accounts: [{ accountId: 'b', value: 600 }],
    });
  });

  it('draws gains above and losses below zero, as stacked segments', () => {
    const { container } = renderStrict(
      <MrrMovementsChart snapshots={snapshots} from="2025-01" to="2025-03" />,
    );
    const baseline = Number(container.querySelector('.vitals-baseline')!.getAttribute('y1'));
    const feb = container.querySelector('[data-period="2025-02"]')!;
    const segment = (kind: string) => feb.querySelector(`[data-movement="${kind}"]`)!;
    const bottom = (el: Element) =>
      Number(el.getAttribute('y')) + Number(el.getAttribute('height'));
    expect(bottom(segment('new'))).toBeCloseTo(baseline, 6);
    expect(Number(segment('churn').getAttribute('y'))).toBeCloseTo(baseline, 6);
    expect(feb.querySelector('[data-movement="reactivation"]')).toBeNull();
    expect(feb).toHaveAttribute('data-tone', 'positive');
  });

  it('has a data table with every movement and the net per month', () => {
    renderStrict(<MrrMovementsChart snapshots={snapshots} from="2025-01" to="2025-03" />);
    const table = screen.getByRole('table', { name: 'MRR movements: data' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'February 2025+$400+$500$0$0−$800+$100',
      'March 2025$0$0+$600−$100−$500$0',
    ]);
  });

  it('takes a series from mrrMovementsSeries or warehouse aggregates as data', () => {
    const { unmount } = renderStrict(
      <MrrMovementsChart
        data={mrrMovementsSeries(snapshots, { from: '2025-01', to: '2025-03' })}
      />,
    );
    expect(screen.getAllByRole('img')).toHaveLength(6);
    unmount();
    renderStrict(
      <MrrMovementsChart
        data={[
          { period: '2025-05', startingMrr: 0, expansionMrr: 0, contractionMrr: 0, churnedMrr: 0 },
        ]}
      />,
    );
    // A zero-MRR month: still a reachable column, saying there was no movement.
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'May 2025: New $0, Expansion $0, Reactivation $0, Contraction $0, Churn $0; net $0',
    );
  });

  it('formats months and money in the provider locale and currency', () => {
    renderStrict(
      <VitalsProvider locale="de-DE" currency="EUR">
        <MrrMovementsChart snapshots={snapshots} from="2025-01" to="2025-03" />
      </VitalsProvider>,
    );
    expect(screen.getAllByRole('img')[0]).toHaveAccessibleName(
      // Intl puts a no-break space between the amount and the euro sign.
      'Expansion, Februar 2025: +500\u00a0€',
    );
  });

  it('shows quarters at quarter grain, comparing each quarter-end month', () => {
    renderStrict(
      <MrrMovementsChart snapshots={snapshots} from="2024-Q4" to="2025-Q1" grain="quarter" />,
    );
    // Q4 2024 had no MRR; at the end of Q1 (March) a, b and c are new: 1,500 + 600 + 300.
    expect(screen.getByRole('img')).toHaveAccessibleName('New, Q1 2025: +$2,400');
  });

  it('thins 36 month labels so they fit, keeping the latest month', () => {
    const long = Array.from({ length: 37 }, (_, i) => ({
      accountId: `a${i}`,
      period: `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      mrr: 100,
    }));
    const { container } = renderStrict(
      <MrrMovementsChart snapshots={long} from="2023-01" to="2026-01" />,
    );
    expect(container.querySelectorAll('.vitals-movements-column')).toHaveLength(36);
    // Each month one account is new and the one before churns: two marks a month.
    expect(screen.getAllByRole('img')).toHaveLength(72);
    const labels = [...container.querySelectorAll('.vitals-movements-period')].map(
      (label) => label.textContent,
    );
    expect(labels.length).toBeGreaterThan(2);
    expect(labels.length).toBeLessThan(36);
    expect(labels.at(-1)).toBe('Jan 26');
  });

  it('names bad rows, a missing window, and skips bad rows on request', () => {
    const bad = [...snapshots, { accountId: 'x', period: '2025-02', mrr: -5 }];
    const { unmount } = renderStrict(
      <MrrMovementsChart snapshots={bad} from="2025-01" to="2025-03" />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('1 row is invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Row 10 (index 9), mrr');
    unmount();
    const second = renderStrict(
      <MrrMovementsChart snapshots={bad} from="2025-01" to="2025-03" onInvalid="skip" />,
    );
    expect(screen.getByRole('note')).toHaveTextContent('1 invalid row was skipped.');
    expect(screen.getAllByRole('img')).toHaveLength(6);
    second.unmount();
    renderStrict(<MrrMovementsChart snapshots={snapshots} from="2025-01" />);
    expect(screen.getByRole('alert')).toHaveTextContent('needs a window');
  });

  it('shows empty and loading states', () => {
    const { unmount } = renderStrict(
      <MrrMovementsChart snapshots={[]} from="2025-01" to="2025-03" />,
    );
    expect(screen.getByText(/No MRR data yet/)).toBeInTheDocument();
    unmount();
    renderStrict(<MrrMovementsChart loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading MRR movements…');
  });

  it('has no accessibility violations when ready, in error and empty', async () => {
    const { container, unmount } = renderStrict(
      <MrrMovementsChart snapshots={snapshots} from="2025-01" to="2025-03" defaultShowTable />,
    );
    await expectNoAxeViolations(container);
    unmount();
    const error = renderStrict(
      <MrrMovementsChart
        snapshots={[{ accountId: 'a', period: 'x', mrr: 1 }]}
        from="2025-01"
        to="2025-03"
      />,
    );
    await expectNoAxeViolations(error.container);
  });

  it('hydrates server HTML without console errors or warnings', async () => {
    const { container, cleanup } = await expectHydratesCleanly(
      <VitalsProvider theme="dark" locale="ja-JP" currency="JPY">
        <MrrMovementsChart snapshots={snapshots} from="2025-01" to="2025-03" />
      </VitalsProvider>,
    );
    expect(container.querySelector('figure')).toHaveAttribute('data-state', 'ready');
    // Six marks: February's and March's three movements each.
    expect(container.querySelectorAll('[role="img"]')).toHaveLength(6);
    cleanup();
  });
});

describeHostContract('MrrMovementsChart', {
  readyTag: 'FIGURE',
  states: {
    ready: (host) => (
      <MrrMovementsChart snapshots={snapshots} from="2025-01" to="2025-03" {...host} />
    ),
    loading: (host) => <MrrMovementsChart loading {...host} />,
    empty: (host) => <MrrMovementsChart snapshots={[]} from="2025-01" to="2025-03" {...host} />,
    error: (host) => <MrrMovementsChart snapshots={snapshots} {...host} />,
  },
});
