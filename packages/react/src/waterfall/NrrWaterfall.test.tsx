import type { MrrSnapshot } from '@vitals/metrics';
import { mrrMovements } from '@vitals/metrics';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { VitalsProvider } from '../provider/VitalsProvider';
import { expectNoAxeViolations } from '../test/axe';
import { expectHydratesCleanly } from '../test/hydrate';
import { describeHostContract } from '../test/hostContract';
import { renderStrict } from '../test/render';
import { NrrWaterfall } from './NrrWaterfall';

/** SPEC §10: start 10,000, expansion 5,000, churn + contraction 2,000 → NRR 130 %, GRR 80 %. */
const snapshots: MrrSnapshot[] = [
  { accountId: 'grows', period: '2025-01', mrr: 4_000 },
  { accountId: 'grows', period: '2025-02', mrr: 9_000 },
  { accountId: 'shrinks', period: '2025-01', mrr: 3_000 },
  { accountId: 'shrinks', period: '2025-02', mrr: 2_500 },
  { accountId: 'leaves', period: '2025-01', mrr: 1_500 },
  { accountId: 'steady', period: '2025-01', mrr: 1_500 },
  { accountId: 'steady', period: '2025-02', mrr: 1_500 },
  { accountId: 'arrives', period: '2025-02', mrr: 700 },
];

describe('NrrWaterfall', () => {
  it('labels NRR and GRR and describes every step in words', () => {
    renderStrict(<NrrWaterfall snapshots={snapshots} period="2025-02" />);
    const figure = screen.getByRole('figure', { name: 'Net revenue retention' });
    expect(figure).toHaveAccessibleDescription(
      'Net revenue retention 130.0%, gross revenue retention 80.0%. Starting MRR $10,000; Expansion +$5,000; Contraction −$500; Churn −$1,500; Retained MRR $13,000.',
    );
    expect(within(figure).getByText('130.0%')).toBeInTheDocument();
    expect(within(figure).getByText('80.0%')).toBeInTheDocument();
  });

  it('is one tab stop: arrows move between bars, each read in a tooltip', async () => {
    const user = userEvent.setup();
    renderStrict(<NrrWaterfall snapshots={snapshots} period="2025-02" />);
    await user.tab();
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName(
      'Starting MRR: $10,000, running MRR $10,000',
    );
    expect(screen.getByRole('tooltip')).toHaveTextContent('Starting MRR $10,000');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName('Expansion: +$5,000, running MRR $15,000');
    expect(document.activeElement).toHaveAttribute(
      'aria-describedby',
      screen.getByRole('tooltip').id,
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(screen.getAllByRole('img')).toHaveLength(5);
    expect(screen.getAllByRole('img').filter((mark) => mark.tabIndex === 0)).toHaveLength(1);
    await user.tab();
    expect(document.activeElement?.closest('svg')).toBeNull();
  });

  it('fires onSelect with the step on Enter, Space and click', async () => {
    const user = userEvent.setup();
    const selections: unknown[] = [];
    renderStrict(
      <NrrWaterfall
        snapshots={snapshots}
        period="2025-02"
        onSelect={(selection) => selections.push(selection)}
      />,
    );
    await user.tab();
    await user.tab();
    await user.keyboard('{End}{Enter}');
    await user.keyboard('{Home} ');
    await user.click(screen.getAllByRole('img')[1]!);
    expect(selections).toEqual([
      {
        component: 'NrrWaterfall',
        movement: 'retained',
        period: '2025-02',
        accounts: [
          { accountId: 'grows', value: 9_000 },
          { accountId: 'shrinks', value: 2_500 },
          { accountId: 'steady', value: 1_500 },
          { accountId: 'leaves', value: 0 },
        ],
      },
      {
        component: 'NrrWaterfall',
        movement: 'starting',
        period: '2025-02',
        accounts: [
          { accountId: 'grows', value: 4_000 },
          { accountId: 'shrinks', value: 3_000 },
          { accountId: 'leaves', value: 1_500 },
          { accountId: 'steady', value: 1_500 },
        ],
      },
      {
        component: 'NrrWaterfall',
        movement: 'expansion',
        period: '2025-02',
        accounts: [{ accountId: 'grows', value: 5_000 }],
      },
    ]);
  });

  it('has a data table with the same numbers, shown on request', async () => {
    const user = userEvent.setup();
    renderStrict(<NrrWaterfall snapshots={snapshots} period="2025-02" />);
    const toggle = screen.getByRole('button', { name: 'Show data table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const table = screen.getByRole('table', { name: 'Net revenue retention: data' });
    expect(table.parentElement).toHaveClass('vitals-visually-hidden');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['$10,000', '$10,000'],
      ['+$5,000', '$15,000'],
      ['−$500', '$14,500'],
      ['−$1,500', '$13,000'],
      ['$13,000', '$13,000'],
    ]);
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide data table' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(table.parentElement).not.toHaveClass('vitals-visually-hidden');
  });

  it('continues to ending MRR with new and reactivation on request', () => {
    renderStrict(<NrrWaterfall snapshots={snapshots} period="2025-02" showNewAndReactivation />);
    expect(screen.getAllByRole('img').map((bar) => bar.getAttribute('aria-label'))).toEqual(
      expect.arrayContaining([
        'New: +$700, running MRR $13,700',
        'Ending MRR: $13,700, running MRR $13,700',
      ]),
    );
  });

  it('takes precomputed movements or warehouse totals as data', () => {
    const { unmount } = renderStrict(
      <NrrWaterfall data={mrrMovements(snapshots, { period: '2025-02' })} />,
    );
    expect(screen.getByText('130.0%')).toBeInTheDocument();
    unmount();
    renderStrict(
      <NrrWaterfall
        data={{ startingMrr: 100_000, expansionMrr: 0, contractionMrr: 2_000, churnedMrr: 5_000 }}
      />,
    );
    // No expansion: NRR and GRR are both 93 %.
    expect(screen.getAllByText('93.0%')).toHaveLength(2);
  });

  it('formats through the provider: locale, currency and a custom formatter', () => {
    const { unmount } = renderStrict(
      <VitalsProvider locale="de-DE" currency="EUR">
        <NrrWaterfall snapshots={snapshots} period="2025-02" />
      </VitalsProvider>,
    );
    // German puts a (no-break) space before % and €; Testing Library folds it to a plain space.
    expect(screen.getByText('130,0 %')).toBeInTheDocument();
    expect(screen.getAllByRole('img')[0]).toHaveAccessibleName(
      /^Anfangs-MRR: 10\.000\s€, laufender MRR 10\.000\s€$/,
    );
    unmount();
    renderStrict(
      <VitalsProvider
        valueFormatter={(value, { kind }) =>
          kind === 'percent' ? `${Math.round(value * 100)} pct` : `${value} credits`
        }
      >
        <NrrWaterfall snapshots={snapshots} period="2025-02" />
      </VitalsProvider>,
    );
    expect(screen.getByText('130 pct')).toBeInTheDocument();
    expect(screen.getAllByRole('img')[0]).toHaveAccessibleName(
      'Starting MRR: 10000 credits, running MRR 10000 credits',
    );
  });

  it('shows an error state that names each bad row, without throwing', () => {
    const bad = [
      ...snapshots,
      { accountId: 'x', period: '2025-02', mrr: -10 },
      { accountId: '', period: '2025-02', mrr: 1 },
    ];
    renderStrict(<NrrWaterfall snapshots={bad} period="2025-02" />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent("This chart couldn't be shown. 2 rows are invalid.");
    // The technical detail sits behind a native disclosure.
    expect(within(alert).getByText('Technical details').closest('details')).not.toHaveAttribute(
      'open',
    );
    expect(alert).toHaveTextContent('Row 9 (index 8), mrr: must be a finite number ≥ 0, got -10');
    expect(alert).toHaveTextContent('Row 10 (index 9), accountId');
  });

  it("draws from the good rows with onInvalid='skip' and says how many were skipped", () => {
    const bad = [...snapshots, { accountId: 'x', period: '2025-02', mrr: Number.NaN }];
    renderStrict(<NrrWaterfall snapshots={bad} period="2025-02" onInvalid="skip" />);
    expect(screen.getByRole('note')).toHaveTextContent('1 invalid row was skipped.');
    expect(screen.getByText('130.0%')).toBeInTheDocument();
  });

  it('counts a row with several bad fields once, skipped or listed', () => {
    const bad = [...snapshots, { accountId: '', period: '2025-02', mrr: -1 }];
    const { unmount } = renderStrict(
      <NrrWaterfall snapshots={bad} period="2025-02" onInvalid="skip" />,
    );
    expect(screen.getByRole('note')).toHaveTextContent('1 invalid row was skipped.');
    unmount();
    renderStrict(<NrrWaterfall snapshots={bad} period="2025-02" />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent("This chart couldn't be shown. 1 row is invalid.");
    expect(alert).toHaveTextContent('Row 9 (index 8), accountId');
    expect(alert).toHaveTextContent('Row 9 (index 8), mrr');
  });

  it('names a missing window as the problem', () => {
    renderStrict(<NrrWaterfall snapshots={snapshots} />);
    expect(screen.getByRole('alert')).toHaveTextContent('needs a window');
  });

  it('shows empty, no-starting-MRR and loading states', () => {
    const { unmount } = renderStrict(<NrrWaterfall snapshots={[]} period="2025-02" />);
    expect(screen.getByText(/No MRR data yet/)).toBeInTheDocument();
    unmount();
    const second = renderStrict(<NrrWaterfall snapshots={snapshots} period="2025-01" />);
    expect(screen.getByText(/No starting MRR at the end of 2024-12/)).toBeInTheDocument();
    second.unmount();
    renderStrict(<NrrWaterfall loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading net revenue retention…');
  });

  it('has no accessibility violations in its ready, error and empty states', async () => {
    const { container, unmount } = renderStrict(
      <NrrWaterfall snapshots={snapshots} period="2025-02" />,
    );
    await expectNoAxeViolations(container);
    unmount();
    const error = renderStrict(
      <NrrWaterfall snapshots={[{ accountId: 'a', period: 'x', mrr: 1 }]} period="2025-02" />,
    );
    await expectNoAxeViolations(error.container);
    error.unmount();
    const empty = renderStrict(<NrrWaterfall snapshots={[]} period="2025-02" />);
    await expectNoAxeViolations(empty.container);
  });

  it('hydrates server HTML without console errors or warnings', async () => {
    const { container, cleanup } = await expectHydratesCleanly(
      <VitalsProvider theme="dark">
        <NrrWaterfall snapshots={snapshots} period="2025-02" />
      </VitalsProvider>,
    );
    expect(container.querySelector('.vitals-root')).toHaveAttribute('data-theme', 'dark');
    expect(container.querySelector('figure')).toHaveAttribute('data-state', 'ready');
    cleanup();
  });
});

describeHostContract('NrrWaterfall', {
  readyTag: 'FIGURE',
  states: {
    ready: (host) => <NrrWaterfall snapshots={snapshots} period="2025-02" {...host} />,
    loading: (host) => <NrrWaterfall loading {...host} />,
    empty: (host) => <NrrWaterfall snapshots={[]} period="2025-02" {...host} />,
    error: (host) => (
      <NrrWaterfall
        snapshots={[{ accountId: '', period: '2025-01', mrr: 1 }]}
        period="2025-02"
        {...host}
      />
    ),
  },
});
