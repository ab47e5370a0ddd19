import { type MrrSnapshot, cohortRetention } from '@vitals/metrics';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { exampleCohortBook } from '@vitals/sample-data';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createFormatters } from '../provider/format';
import { VitalsProvider } from '../provider/VitalsProvider';
import { expectNoAxeViolations } from '../test/axe';
import { expectHydratesCleanly } from '../test/hydrate';
import { describeHostContract } from '../test/hostContract';
import { renderStrict } from '../test/render';
import { CohortHeatmap } from './CohortHeatmap';
import { EVEN_BAND } from './cohort.color';
import type { CohortMetric } from './cohort.geometry';

const row = (accountId: string, period: string, mrr: number): MrrSnapshot => ({
  accountId,
  period,
  mrr,
});

/** The worked example of @vitals/sample-data: see its JSDoc for the cohorts by hand. */
const book: MrrSnapshot[] = exampleCohortBook().snapshots;

const cellTexts = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('gridcell')
        .map((cell) => cell.textContent),
    );

describe('CohortHeatmap', () => {
  it('draws the triangle: rows are cohorts, columns ages, future cells blank (not 0 %)', () => {
    renderStrict(<CohortHeatmap maxIntervalWidth={1} snapshots={book} minCohortSize={1} />);
    const grid = screen.getByRole('grid', {
      name: 'Logo retention by cohort · Months since first payment',
    });
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((h) => h.querySelector('.vitals-cohort-name')?.textContent),
    ).toEqual(['Jan 2025', 'Feb 2025', 'Mar 2025']);
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .slice(1)
        .map((h) => h.getAttribute('aria-label')),
    ).toEqual(['month 0', 'month 1', 'month 2', 'month 3']);
    expect(cellTexts(grid)).toEqual([
      ['100.0%', '66.7%', '33.3%', '66.7%'],
      ['100.0%', '100.0%', '100.0%', ''],
      ['100.0%', '100.0%', '', ''],
    ]);
    const future = within(grid).getByRole('gridcell', {
      name: 'Mar 2025 cohort, month 3: not observed yet (the data ends in Apr 2025)',
    });
    expect(future).toHaveAttribute('data-state', 'future');
    expect(future).not.toHaveAttribute('data-level');
  });

  it('states the key numbers in its text alternative', () => {
    renderStrict(<CohortHeatmap maxIntervalWidth={1} snapshots={book} minCohortSize={1} />);
    expect(screen.getByRole('figure', { name: 'Cohort retention' })).toHaveAccessibleDescription(
      'Logo retention of 3 monthly cohorts from Jan 2025 to Mar 2025, 5 accounts. Pooled over cohorts: after 1 month 80.0% (3 cohorts); after 3 months 66.7% (1 cohort).',
    );
  });

  it('greys small cohorts below the minCohortSize floor and gives the reason in words, in the cells and in the table', () => {
    renderStrict(<CohortHeatmap maxIntervalWidth={1} minCohortSize={10} snapshots={book} />);
    const feb = screen.getByRole('gridcell', { name: /^Feb 2025 cohort, month 1 / });
    expect(feb).toHaveAttribute('data-small');
    expect(feb).not.toHaveAttribute('data-level');
    expect(feb).toHaveAccessibleName(
      'Feb 2025 cohort, month 1 (Mar 2025): Logo retention 100.0%, 1 of 1 account active, MRR $80. Small cohort: 1 account, fewer than 10; one account moves its rate by 100.0%',
    );
    const table = screen.getByRole('table', { name: 'Cohort retention: logo retention data' });
    const janRow = within(table).getByRole('row', { name: /Jan 2025/ });
    expect(janRow).toHaveTextContent(
      'Small cohort: 3 accounts, fewer than 10; one account moves its rate by 33.3%',
    );
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(
      /3 cohorts have fewer than 10 accounts and are greyed\.$/,
    );
  });

  it('colours each cell by its retention step, and a cohort of ≥ minCohortSize is not greyed', () => {
    renderStrict(<CohortHeatmap maxIntervalWidth={1} snapshots={book} minCohortSize={3} />);
    const jan = screen.getAllByRole('row')[1]!;
    expect(
      within(jan)
        .getAllByRole('gridcell')
        .map((cell) => cell.getAttribute('data-level')),
    ).toEqual(['9', '5', '0', '5']);
    // The legend states the ends of the colour scale: 30 % to 100 %.
    expect(screen.getByText('30.0%')).toBeInTheDocument();
    expect(within(jan).getAllByRole('gridcell')[0]).not.toHaveAttribute('data-small');
  });

  it('switches between logo and revenue retention with a radio group (uncontrolled)', async () => {
    const user = userEvent.setup();
    const onMetricChange = vi.fn();
    renderStrict(
      <CohortHeatmap
        maxIntervalWidth={1}
        snapshots={book}
        minCohortSize={1}
        onMetricChange={onMetricChange}
      />,
    );
    const logo = screen.getByRole('radio', { name: 'Logo' });
    expect(logo).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Revenue' }));
    expect(onMetricChange).toHaveBeenCalledWith('revenue');
    const grid = screen.getByRole('grid', { name: /^Revenue retention by cohort/ });
    // January: 150 of 350, 120 of 350, 180 of 350. February: 80, 80, 40 of 80.
    expect(cellTexts(grid)[0]).toEqual(['100.0%', '42.9%', '34.3%', '51.4%']);
    expect(cellTexts(grid)[1]).toEqual(['100.0%', '100.0%', '50.0%', '']);
    // Arrow keys move inside the radio group, as for any native radio group.
    await user.keyboard('{ArrowLeft}');
    expect(logo).toBeChecked();
    expect(onMetricChange).toHaveBeenLastCalledWith('logo');
  });

  it('colours revenue retention on a two-sided scale around 100 %, and keys its centre', async () => {
    const percent = createFormatters('en-US', 'USD').percent;
    renderStrict(<CohortHeatmap maxIntervalWidth={1} snapshots={book} minCohortSize={1} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Revenue' }));
    const grid = screen.getByRole('grid', { name: /^Revenue retention by cohort/ });
    expect(grid).toHaveAttribute('data-scale', 'diverging');
    // Each cell's side of 100 % is its tone's sign: losses below zero, 100 % neutral, gains above.
    const { cohorts } = cohortRetention(book);
    const rows = within(grid).getAllByRole('row').slice(1);
    const seen = new Set<number>();
    cohorts.forEach((cohort, r) => {
      const cells = within(rows[r]!).getAllByRole('gridcell');
      for (const source of cohort.cells) {
        const cell = cells[source.age]!;
        expect(cell).not.toHaveAttribute('data-level');
        const tone = Number(cell.getAttribute('data-tone'));
        const change = source.revenueRetention! - 1;
        expect(Math.sign(tone)).toBe(Math.abs(change) < EVEN_BAND ? 0 : Math.sign(change));
        seen.add(Math.sign(tone));
      }
    });
    // The worked book has contraction and a whole 100 %: both kinds of cell are there.
    expect(seen).toContain(-1);
    expect(seen).toContain(0);
    // The legend: the lowest rate, the neutral centre at 100 %, the highest.
    const centre = screen.getByText(percent(1), { selector: '.vitals-cohort-legend-centre' });
    expect(centre).toHaveAttribute('data-tone', '0');
    const scale = centre.parentElement!;
    expect(scale).toHaveAttribute('data-scale', 'diverging');
    expect(scale.firstElementChild).toHaveTextContent(percent(0.3));
    expect(scale.lastElementChild).toHaveTextContent(percent(1.1));
    // Future cells are plain empty: no figure, no colour step.
    const future = within(grid)
      .getAllByRole('gridcell')
      .filter((c) => c.dataset.state === 'future');
    expect(future.length).toBeGreaterThan(0);
    for (const cell of future) {
      expect(cell).toHaveTextContent('');
      expect(cell).not.toHaveAttribute('data-tone');
    }
    // Back to logo retention: one-sided steps again.
    await userEvent.click(screen.getByRole('radio', { name: 'Logo' }));
    expect(screen.getByRole('grid')).toHaveAttribute('data-scale', 'sequential');
    expect(screen.queryByText(percent(1), { selector: '.vitals-cohort-legend-centre' })).toBeNull();
  });

  it('follows a controlled metric and starts from defaultMetric when uncontrolled', async () => {
    const user = userEvent.setup();
    const onMetricChange = vi.fn();
    const { unmount } = renderStrict(
      <CohortHeatmap
        maxIntervalWidth={1}
        snapshots={book}
        metric="revenue"
        onMetricChange={onMetricChange}
      />,
    );
    await user.click(screen.getByRole('radio', { name: 'Logo' }));
    expect(onMetricChange).toHaveBeenCalledWith('logo');
    // The parent did not change `metric`, so revenue stays shown.
    expect(screen.getByRole('radio', { name: 'Revenue' })).toBeChecked();
    unmount();

    function Parent() {
      const [metric, setMetric] = useState<CohortMetric>('logo');
      return (
        <CohortHeatmap
          maxIntervalWidth={1}
          snapshots={book}
          metric={metric}
          onMetricChange={setMetric}
        />
      );
    }
    const parent = renderStrict(<Parent />);
    await user.click(screen.getByRole('radio', { name: 'Revenue' }));
    expect(screen.getByRole('grid', { name: /^Revenue retention/ })).toBeInTheDocument();
    parent.unmount();

    renderStrict(<CohortHeatmap maxIntervalWidth={1} snapshots={book} defaultMetric="revenue" />);
    expect(screen.getByRole('radio', { name: 'Revenue' })).toBeChecked();
  });

  it('is one Tab stop; arrows, Home/End and Ctrl+End move between cells, each with its tooltip', async () => {
    const user = userEvent.setup();
    renderStrict(<CohortHeatmap maxIntervalWidth={1} snapshots={book} minCohortSize={1} />);
    const grid = screen.getByRole('grid');
    const stops = grid.querySelectorAll('[tabindex="0"]');
    expect(stops).toHaveLength(1);
    stops[0]!.setAttribute('data-testid', 'first');
    await user.tab(); // data-table toggle
    await user.tab(); // the checked radio
    await user.tab(); // the grid's one stop
    expect(document.activeElement).toBe(screen.getByTestId('first'));
    expect(document.activeElement).toHaveAccessibleName(/^Jan 2025 cohort, month 0 \(Jan 2025\)/);
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'Jan 2025 cohort, month 0 (Jan 2025)Active accounts 3 of 3MRR $350 of $350Logo retention 100.0%, revenue retention 100.0%',
    );
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(/^Jan 2025 cohort, month 2 \(Mar 2025\)/);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Active accounts 1 of 3');
    expect(document.activeElement).toHaveAttribute(
      'aria-describedby',
      screen.getByRole('tooltip').id,
    );
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(
      /^Mar 2025 cohort, month 2: not observed yet/,
    );
    expect(screen.getByRole('tooltip')).toHaveTextContent('Not observed yet');
    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveRole('rowheader');
    expect(document.activeElement).toHaveAccessibleName(
      'Mar 2025 cohort: 1 account, starting MRR $100',
    );
    await user.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement).toHaveAccessibleName(/^Mar 2025 cohort, month 3/);
    // Still one Tab stop, now on the focused cell; Tab leaves the grid.
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(document.activeElement).toHaveAttribute('tabindex', '0');
    await user.tab();
    expect(grid).not.toContainElement(document.activeElement as HTMLElement);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('takes a precomputed cohortRetention result, at quarter grain', () => {
    renderStrict(
      <CohortHeatmap
        maxIntervalWidth={1}
        data={cohortRetention(book, { grain: 'quarter' })}
        minCohortSize={1}
      />,
    );
    const grid = screen.getByRole('grid', { name: /Quarters since first payment$/ });
    expect(within(grid).getByRole('rowheader')).toHaveTextContent('Q1 2025');
    expect(within(grid).getByRole('columnheader', { name: 'quarter 0' })).toBeInTheDocument();
  });

  it('caps the columns with maxAge (ages 0 to maxAge - 1) and says what it left out', () => {
    renderStrict(<CohortHeatmap maxIntervalWidth={1} snapshots={book} maxAge={2} />);
    const grid = screen.getByRole('grid');
    expect(within(grid).getAllByRole('columnheader').slice(1)).toHaveLength(2);
    expect(within(screen.getByRole('table')).getAllByRole('columnheader')).toHaveLength(6);
    const later = cohortRetention(book).cohorts[0]!.cells.length - 2;
    const note = `Left out: ${later} later months of age (showing months 0–1).`;
    expect(screen.getByRole('note')).toHaveTextContent(note);
    expect(screen.getByRole('table')).toHaveAccessibleName(
      new RegExp(`${note.replace(/[().]/g, '\\$&')}$`),
    );
  });

  it('draws the latest maxCohorts cohorts and names how many it left out', () => {
    renderStrict(<CohortHeatmap maxIntervalWidth={1} snapshots={book} maxCohorts={1} />);
    const all = cohortRetention(book).cohorts;
    expect(screen.getAllByRole('rowheader', { hidden: true })[0]).toHaveTextContent(/2025/);
    expect(within(screen.getByRole('grid')).getAllByRole('rowheader')).toHaveLength(1);
    expect(screen.getByRole('note')).toHaveTextContent(
      `Left out: ${all.length - 1} earlier cohorts (showing the latest 1).`,
    );
  });

  it('warns and falls back to 36 for a bound that is not a whole number ≥ 1', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderStrict(
      <CohortHeatmap maxIntervalWidth={1} snapshots={book} maxCohorts={0.5} maxAge={NaN} />,
    );
    expect(screen.getByRole('grid')).toBeInTheDocument();
    expect(warn.mock.calls.flat().join(' ')).toMatch(/maxCohorts must be a whole number ≥ 1/);
    warn.mockRestore();
  });

  it('fires onSelect with the cohort and age on click, Enter and Space; the row header with the cohort', async () => {
    const user = userEvent.setup();
    const selections: unknown[] = [];
    renderStrict(
      <CohortHeatmap
        snapshots={book}
        minCohortSize={1}
        onSelect={(selection) => selections.push(selection)}
      />,
    );
    await user.click(screen.getByRole('gridcell', { name: /^Feb 2025 cohort, month 1 / }));
    await user.keyboard('{ArrowUp}{Enter}');
    await user.keyboard('{ArrowLeft} ');
    await user.keyboard('{Home}{Enter}');
    expect(selections).toEqual([
      {
        component: 'CohortHeatmap',
        cohort: '2025-02',
        age: 1,
        accounts: [{ accountId: 'd', value: 80 }],
      },
      {
        component: 'CohortHeatmap',
        cohort: '2025-01',
        age: 1,
        accounts: [
          { accountId: 'a', value: 100 },
          { accountId: 'c', value: 50 },
        ],
      },
      {
        component: 'CohortHeatmap',
        cohort: '2025-01',
        age: 0,
        accounts: [
          { accountId: 'b', value: 200 },
          { accountId: 'a', value: 100 },
          { accountId: 'c', value: 50 },
        ],
      },
      { component: 'CohortHeatmap', cohort: '2025-01', age: undefined },
    ]);
    // Escape closes the tooltip and leaves focus where it was.
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(document.activeElement).toHaveRole('rowheader');
  });

  it('formats through the provider locale and currency', () => {
    renderStrict(
      <VitalsProvider locale="de-DE" currency="EUR">
        <CohortHeatmap maxIntervalWidth={1} snapshots={book} minCohortSize={1} />
      </VitalsProvider>,
    );
    expect(screen.getAllByRole('rowheader')[0]).toHaveTextContent('Jan. 2025');
    expect(screen.getAllByText('66,7 %')).toHaveLength(2);
    expect(
      screen.getByRole('gridcell', { name: /^Kohorte Jan\. 2025, Monat 1/ }),
    ).toHaveAccessibleName(/MRR 150\s€$/);
  });

  it('shows an error naming each bad row, or skips them and says so', () => {
    const bad = [...book, { accountId: 'x', period: '2025-13', mrr: 5 }, row('', '2025-01', 1)];
    const { unmount } = renderStrict(<CohortHeatmap snapshots={bad} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent("This chart couldn't be shown. 2 rows are invalid.");
    expect(alert).toHaveTextContent('Row 14 (index 13), period');
    expect(alert).toHaveTextContent('Row 15 (index 14), accountId');
    unmount();
    renderStrict(<CohortHeatmap snapshots={bad} onInvalid="skip" />);
    expect(screen.getByRole('note')).toHaveTextContent('2 invalid rows were skipped.');
    expect(screen.getByRole('grid')).toBeInTheDocument();
  });

  it('names data that is not a cohort result instead of throwing', () => {
    renderStrict(<CohortHeatmap data={{ grain: 'month' } as never} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      "field 'data.cohorts': must be an array, got undefined",
    );
  });

  it('warns once and falls back to logo for an unknown metric', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderStrict(
      <CohortHeatmap maxIntervalWidth={1} snapshots={book} defaultMetric={'churn' as never} />,
    );
    expect(screen.getByRole('radio', { name: 'Logo' })).toBeChecked();
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^CohortHeatmap: defaultMetric must be 'logo' or 'revenue'/),
    );
    warn.mockRestore();
  });

  it('shows empty and loading states', () => {
    const { unmount } = renderStrict(<CohortHeatmap snapshots={[]} />);
    expect(screen.getByText(/^No cohorts yet/)).toBeInTheDocument();
    unmount();
    const zeros = renderStrict(<CohortHeatmap snapshots={[row('a', '2025-01', 0)]} />);
    expect(screen.getByText(/^No cohorts yet/)).toBeInTheDocument();
    zeros.unmount();
    renderStrict(<CohortHeatmap loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading cohort retention…');
  });

  it('has no accessibility violations when ready (with a tooltip open), empty and in error', async () => {
    const user = userEvent.setup();
    const ready = renderStrict(
      <CohortHeatmap maxIntervalWidth={1} snapshots={book} defaultShowTable />,
    );
    await expectNoAxeViolations(ready.container);
    await user.click(screen.getAllByRole('gridcell')[1]!);
    await user.hover(screen.getAllByRole('gridcell')[1]!);
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    await expectNoAxeViolations(ready.container);
    ready.unmount();
    const error = renderStrict(<CohortHeatmap snapshots={[row('a', 'x', 1)]} />);
    await expectNoAxeViolations(error.container);
    error.unmount();
    const empty = renderStrict(<CohortHeatmap snapshots={[]} />);
    await expectNoAxeViolations(empty.container);
  });

  it('hydrates server HTML without console errors or warnings', async () => {
    const { container, cleanup } = await expectHydratesCleanly(
      <VitalsProvider theme="dark" locale="ja-JP" currency="JPY">
        <CohortHeatmap maxIntervalWidth={1} snapshots={book} />
      </VitalsProvider>,
    );
    expect(container.querySelector('figure')).toHaveAttribute('data-state', 'ready');
    expect(container.querySelectorAll('[role="gridcell"]')).toHaveLength(12);
    cleanup();
  });
});

describe('CohortHeatmap: greyed by the interval, not by size', () => {
  // A B2B book: 1 to 3 new logos a month, nobody churns for a year, then one of the 3 leaves.
  const b2b = [
    ...Array.from({ length: 24 }, (_, m) =>
      row('big', `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`, 900),
    ),
    ...['a', 'b', 'c'].flatMap((id) =>
      Array.from({ length: 12 }, (_, m) => row(id, `2024-${String(m + 1).padStart(2, '0')}`, 100)),
    ),
  ];

  it('greys a cell whose interval is wider than maxIntervalWidth, with the interval in its name', () => {
    renderStrict(<CohortHeatmap snapshots={b2b} />);
    // Jan 2024: 4 accounts, all kept at month 1: Wilson 51 %–100 % (width 0.49), coloured.
    const kept = screen.getByRole('gridcell', { name: /^Jan 2024 cohort, month 1 / });
    expect(kept).not.toHaveAttribute('data-uncertain');
    expect(kept).toHaveAttribute('data-level');
    expect(kept).not.toHaveAttribute('data-small');
    // Month 12: 1 of 4 left (25 %): Wilson 4.6 %–69.9 %, wider than half the scale: greyed.
    const late = screen.getByRole('gridcell', { name: /^Jan 2024 cohort, month 12 / });
    expect(late).toHaveAttribute('data-uncertain');
    expect(late).not.toHaveAttribute('data-level');
    expect(late).toHaveAccessibleName(
      /Greyed: with 4 accounts the 95% interval of its logo retention is 4\.6% to 69\.9%/,
    );
  });

  it('keys the grey swatch to the interval, and to the size floor only when one is set', () => {
    const { container, unmount } = renderStrict(<CohortHeatmap snapshots={b2b} />);
    const legend = () => container.querySelector('.vitals-cohort-legend')?.textContent ?? '';
    expect(legend()).toContain('Greyed: 95% interval wider than 50%');
    expect(legend()).not.toContain('fewer than');
    unmount();
    const floored = renderStrict(<CohortHeatmap snapshots={b2b} minCohortSize={10} />);
    expect(floored.container.querySelector('.vitals-cohort-legend')).toHaveTextContent(
      'Greyed: fewer than 10 accounts',
    );
  });

  it('keeps minCohortSize working as an additional floor', () => {
    renderStrict(<CohortHeatmap snapshots={b2b} minCohortSize={10} />);
    const kept = screen.getByRole('gridcell', { name: /^Jan 2024 cohort, month 1 / });
    expect(kept).toHaveAttribute('data-small');
  });
});

describeHostContract('CohortHeatmap', {
  readyTag: 'FIGURE',
  states: {
    ready: (host) => <CohortHeatmap snapshots={book} {...host} />,
    loading: (host) => <CohortHeatmap loading {...host} />,
    empty: (host) => <CohortHeatmap snapshots={[]} {...host} />,
    error: (host) => <CohortHeatmap snapshots={[row('', '2025-01', 1)]} {...host} />,
  },
});
