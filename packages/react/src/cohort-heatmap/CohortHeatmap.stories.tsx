import type { Meta, StoryObj } from '@storybook/react-vite';
import { cohortRetention } from '@vitals/metrics';
import { generateSampleData } from '@vitals/sample-data';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { fill } from '../messages/template';
import {
  countText,
  literal,
  percentText,
  storyLocale,
  storyMessages,
  storyPlural,
  storyTheme,
} from '../test/story-globals';
import { CohortHeatmap } from './CohortHeatmap';
import { contrastRatio } from './cohort.color';

/**
 * A deterministic B2B book, 2024-01 to 2025-12: 1, 2 or 3 new logos a month in turn, each paying
 * 1,000 a month; every fourth account churns after seven months.
 */
function b2bBook() {
  const rows: Array<{ accountId: string; period: string; mrr: number }> = [];
  const month = (index: number) =>
    `${2024 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  let account = 0;
  for (let start = 0; start < 24; start++) {
    for (let logo = 0; logo < 1 + (start % 3); logo++, account++) {
      const end = account % 4 === 3 ? Math.min(24, start + 7) : 24;
      for (let m = start; m < end; m++)
        rows.push({ accountId: `logo-${account}`, period: month(m), mrr: 1_000 });
    }
  }
  return rows;
}
import type { CohortMetric } from './cohort.geometry';

const sample = generateSampleData({ seed: 42, accounts: 1_200 });
const small = generateSampleData({ seed: 42, accounts: 240 });
const large = generateSampleData({ seed: 7, accounts: 20_000, months: 36 });
const wide = generateSampleData({ seed: 11, accounts: 600, months: 36 });

const meta = {
  title: 'Charts/CohortHeatmap',
  component: CohortHeatmap,
  parameters: {
    docs: {
      description: {
        component: [
          "Follows each cohort of accounts (the accounts whose first paid month is the row's month)",
          'through the months after it. Column *k* is the cohort *k* months later.',
          '',
          '**Logo retention** = accounts of the cohort with MRR > 0 at age *k* / accounts in the cohort.',
          "**Revenue retention** = the cohort's MRR at age *k* / its MRR in its own month (above 100 % when",
          'expansion outweighs churn).',
          '',
          'How to read it: down a column compares cohorts at the same age (are newer customers staying',
          'longer?); along a row follows one cohort as it ages. For logo retention darker cells hold more',
          'of the cohort (one blue, one-sided: it cannot pass 100 %). Revenue retention is two-sided around',
          'a neutral grey 100 %: crimson below (contraction and churn), teal above (expansion), each side',
          'deeper further from 100 %; the legend prints the lowest rate, the centre and the highest.',
          'Every cell also prints its rate, with the text colour chosen for ≥ 4.5:1 contrast on its fill.',
          'Cells after the last month in the data are plain empty (not yet observed, never 0 %). A cell whose',
          '95 % logo-retention interval (Wilson: `(r + z²/2n ± z·sqrt(r(1 − r)/n + z²/4n²)) / (1 + z²/n)`,',
          'n the cohort size) is wider than `maxIntervalWidth` (half the scale by default) is greyed and',
          'striped, and its label gives the interval: 1 of 2 kept is 9 %–91 %, too wide to read as a rate.',
          '`minCohortSize` (default 0) adds a fixed floor on top. The first cohort of a data set often',
          'holds every account that started before the data did; pass `from` to leave it out.',
          '',
          'Keyboard: the grid is one Tab stop. Arrow keys move between cells, Home/End to the ends of a',
          'row, Ctrl+Home/Ctrl+End to the first and last cell, PageUp/PageDown five rows; each cell',
          'shows its tooltip (counts, MRR, both rates) on focus. The data table holds the same numbers.',
          '',
          'Width: the grid fills its box while an age column is at most 96 px wide, and keeps its natural',
          'width past that (one cohort is one 96 px cell, not a bar across the card). A wider grid scrolls',
          'sideways, the side with more columns fading under a shadow; moving the focus scrolls with it.',
        ].join('\n'),
      },
    },
  },
  args: { snapshots: sample.snapshots, from: '2024-02' },
  argTypes: {
    snapshots: { control: false },
    data: { control: false },
    metric: { control: 'inline-radio', options: ['logo', 'revenue'] },
  },
} satisfies Meta<typeof CohortHeatmap>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Monthly cohorts of 1,200 sample accounts, leaving out the left-censored first cohort. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const m = storyMessages(globals).cohortHeatmap;
    const caption = (metric: 'logo' | 'revenue') =>
      new RegExp(`^${literal(fill(m.gridCaption, { metric: m.metricLong[metric], axis: '' }))}`);
    const grid = canvas.getByRole('grid', { name: caption('logo') });
    await expect(canvas.getByRole('radio', { name: m.metricShort.logo })).toBeChecked();
    // A triangle: the oldest cohort has every age, the newest only age 0 and blanks after it.
    const rows = within(grid).getAllByRole('row').slice(1);
    await expect(rows).toHaveLength(23);
    const newest = within(rows.at(-1)!).getAllByRole('gridcell');
    const all = percentText(1, storyLocale(globals));
    await expect(newest[0]).toHaveTextContent(new RegExp(`^${literal(all)}$`));
    await expect(newest[1]).toHaveAttribute('data-state', 'future');
    await expect(newest[1]).toHaveTextContent('');
    // One Tab stop; arrows move, the tooltip follows focus.
    const first = within(rows[0]!).getAllByRole('gridcell')[0]!;
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(within(rows[0]!).getAllByRole('gridcell')[1]).toHaveFocus();
    await expect(canvas.getByRole('tooltip')).toHaveTextContent(
      fill(m.tooltipActive, { active: '', size: '' }).split(' ')[0]!,
    );
    // Leave the grid as it loads: the tooltip closes when its cell loses focus.
    within(rows[0]!).getAllByRole('gridcell')[1]!.blur();
    await waitFor(() => expect(canvas.queryByRole('tooltip')).not.toBeInTheDocument());
    await userEvent.click(canvas.getByRole('radio', { name: m.metricShort.revenue }));
    await expect(canvas.getByRole('grid', { name: caption('revenue') })).toBeInTheDocument();
    await expect(canvasElement.querySelector('.vitals-root')).toHaveAttribute(
      'data-theme',
      storyTheme(globals),
    );
  },
};

/** The dark theme: its own ramp, from just above the surface to bright blue, with per-cell ink. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** German locale and euros: "Feb. 2024", "91,3 %". */
export const GermanEuro: Story = { name: 'Locale de-DE, EUR', globals: { locale: 'de-DE' } };

/** Japanese locale and yen. */
export const JapaneseYen: Story = { name: 'Locale ja-JP, JPY', globals: { locale: 'ja-JP' } };

/**
 * Revenue retention first (`defaultMetric="revenue"`), on a two-sided scale centred on 100 %:
 * contraction in crimson (the Jul 2024 cohort falls to 77–84 % after nine months), expansion in
 * teal, an unchanged 100 % in neutral grey. The legend prints the lowest rate, the centre and the
 * highest.
 */
export const RevenueRetention: Story = {
  args: { defaultMetric: 'revenue' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const m = storyMessages(globals).cohortHeatmap;
    const grid = canvas.getByRole('grid', {
      name: new RegExp(
        `^${literal(fill(m.gridCaption, { metric: m.metricLong.revenue, axis: '' }))}`,
      ),
    });
    await expect(grid).toHaveAttribute('data-scale', 'diverging');
    // The legend's centre is 100 % on the neutral fill.
    const centre = canvasElement.querySelector('.vitals-cohort-legend-centre');
    // toHaveTextContent collapses the page's spaces (de-DE and fr-FR put a no-break space before
    // the percent sign): so must we.
    await expect(centre).toHaveTextContent(
      percentText(1, storyLocale(globals)).replace(/\s+/g, ' '),
    );
    await expect(centre).toHaveAttribute('data-tone', '0');
    // Contraction shows: the lowest rates (77–84 %) sit four or five steps below 100 %, on a fill
    // at least 3:1 from the neutral centre (not the near-white of the one-coloured scale before).
    const tones = [...grid.querySelectorAll<HTMLElement>('[data-tone]')];
    const lowest = Math.min(...tones.map((cell) => Number(cell.dataset.tone)));
    await expect(lowest).toBeLessThanOrEqual(-4);
    const month0 = within(grid)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('gridcell')[0]!);
    for (const cell of month0) await expect(cell).toHaveAttribute('data-tone', '0');
    const deep = tones.find((cell) => Number(cell.dataset.tone) === lowest)!;
    const fillOf = (cell: HTMLElement) => getComputedStyle(cell).backgroundColor;
    await expect(contrastRatio(fillOf(deep), fillOf(month0[0]!))).toBeGreaterThanOrEqual(3);
    // And its figure stays readable: ≥ 4.5:1 on its fill.
    await expect(contrastRatio(getComputedStyle(deep).color, fillOf(deep))).toBeGreaterThanOrEqual(
      4.5,
    );
  },
};

/** Controlled: the host owns `metric` and hears every switch through `onMetricChange`. */
export const ControlledMetric: Story = {
  render: (args) => {
    const [metric, setMetric] = useState<CohortMetric>('revenue');
    return (
      <>
        <p>The host shows: {metric}</p>
        <CohortHeatmap {...args} metric={metric} onMetricChange={setMetric} />
      </>
    );
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const m = storyMessages(globals).cohortHeatmap;
    await userEvent.click(canvas.getByRole('radio', { name: m.metricShort.logo }));
    await expect(canvas.getByText('The host shows: logo')).toBeInTheDocument();
  },
};

/**
 * 240 accounts with `minCohortSize={10}`, the floor that used to be the default: every monthly
 * cohort under 10 accounts is greyed with the reason, whatever its interval.
 */
export const SmallCohorts: Story = {
  args: { snapshots: small.snapshots, minCohortSize: 10 },
  play: async ({ canvasElement, globals }) => {
    const m = storyMessages(globals).cohortHeatmap;
    // The reason's words before the count: "Small cohort:", "Kleine Kohorte:", …
    const reason = m.smallCohort.other.split('{count}')[0]!;
    const cell = within(canvasElement).getAllByRole('gridcell', {
      name: new RegExp(literal(reason)),
    })[0];
    await expect(cell).toHaveAttribute('data-small');
  },
};

/**
 * A B2B book: one to three new logos a month for two years, and every fourth account churns after
 * seven months. Cells are greyed by the width of their 95 % interval (`maxIntervalWidth`, half the
 * scale by default), not by a fixed cohort size: a cohort of 3 that kept all 3 is coloured after a
 * year in a quarterly view, while 1 of 2 kept (9 %–91 %) is greyed and its label says why.
 */
export const B2bFewLogos: Story = {
  name: 'B2B book, 1–3 new logos a month',
  args: { snapshots: b2bBook(), grain: 'quarter', from: undefined },
  play: async ({ canvasElement, globals }) => {
    const m = storyMessages(globals).cohortHeatmap;
    const canvas = within(canvasElement);
    const reason = m.uncertainCell.split('{')[0]!;
    const greyed = canvas.getAllByRole('gridcell', { name: new RegExp(literal(reason)) });
    await expect(greyed[0]).toHaveAttribute('data-uncertain');
    await expect(
      canvasElement.querySelectorAll('.vitals-cohort-cell[data-level]').length,
    ).toBeGreaterThan(0);
    await expect(canvasElement.querySelector('.vitals-cohort-cell[data-small]')).toBeNull();
  },
};

/** `minCohortSize={40}`: a stricter threshold greys more of the 1,200-account book. */
export const StricterMinCohortSize: Story = { args: { minCohortSize: 40 } };

/** Quarterly cohorts (`grain="quarter"`), labelled Q1 2024…; ages are quarters. */
export const QuarterGrain: Story = { args: { grain: 'quarter', from: '2024-Q2' } };

/** The first year only (`maxAge={12}`: ages 0 to 11); a note says how many later months are left out. */
export const FirstYear: Story = { args: { maxAge: 12 } };

/**
 * Bounded output: two accounts 9,999 years apart. The heatmap draws at most `maxCohorts` ×
 * `maxAge` cells (36 × 36 by default) and says what it left out; the cohorts and ages it leaves
 * out are never computed.
 */
export const Bounded: Story = {
  args: {
    from: undefined,
    minCohortSize: 1,
    snapshots: [
      { accountId: 'a', period: '0001-01', mrr: 100 },
      { accountId: 'b', period: '9999-12', mrr: 100 },
    ],
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const m = storyMessages(globals).cohortHeatmap;
    const later = (9999 - 1) * 12 + 12 - 36;
    const ages = storyPlural(m.omittedAges.month, later, globals, {
      first: countText(0, storyLocale(globals)),
      last: countText(35, storyLocale(globals)),
    });
    // toHaveTextContent collapses the page's spaces (French groups digits with U+202F): so must we.
    const expected = fill(m.omitted, { parts: ages }).replace(/\s+/g, ' ');
    await expect(canvas.getByRole('note')).toHaveTextContent(expected);
  },
};

/**
 * One cohort that has only its own month so far: a single 100 % cell, at its natural width (no
 * column grows past 96 px) rather than stretched across the card.
 */
export const SingleCohort: Story = {
  args: {
    snapshots: [
      { accountId: 'a', period: '2025-12', mrr: 400 },
      { accountId: 'b', period: '2025-12', mrr: 250 },
    ],
    from: undefined,
  },
  play: async ({ canvasElement }) => {
    const grid = within(canvasElement).getByRole('grid');
    const cell = within(grid).getByRole('gridcell');
    await expect(cell.getBoundingClientRect().width).toBeLessThanOrEqual(96.5);
    // At 1,280 px the grid keeps its natural width; in a narrow frame it fits the frame anyway.
    await expect(grid.getBoundingClientRect().width).toBeLessThan(400);
  },
};

/**
 * A wide book, 36 monthly cohorts by 36 ages: the grid scrolls sideways, and the side with more
 * columns fades under a shadow. The scroll box takes no Tab stop of its own: the grid's one Tab
 * stop is inside it, and End (or the arrows) brings the last column into view.
 */
export const WideBook: Story = {
  name: 'Wide book, scrolling sideways',
  args: { snapshots: wide.snapshots, from: undefined },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const frame = canvasElement.querySelector<HTMLElement>('.vitals-cohort-frame')!;
    const box = canvasElement.querySelector<HTMLElement>('.vitals-cohort-scroll')!;
    await expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
    await waitFor(() => expect(frame).toHaveAttribute('data-more-end'));
    await expect(frame).not.toHaveAttribute('data-more-start');
    await expect(box).not.toHaveAttribute('tabindex');
    // One Tab stop: the grid's first cell; End moves along the row to the last age.
    const rows = within(canvas.getByRole('grid')).getAllByRole('row').slice(1);
    const cells = within(rows[0]!).getAllByRole('gridcell');
    await userEvent.click(
      canvas.getByRole('radio', { name: storyMessages(globals).cohortHeatmap.metricShort.logo }),
    );
    await userEvent.tab();
    await expect(within(rows[0]!).getAllByRole('gridcell')[0]).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(cells.at(-1)).toHaveFocus();
    await waitFor(() => expect(frame).toHaveAttribute('data-more-start'));
    await waitFor(() => expect(frame).not.toHaveAttribute('data-more-end'));
    await userEvent.keyboard('{Escape}');
  },
};

/** A precomputed `cohortRetention()` result, with the data table open. */
export const WithDataTable: Story = {
  args: {
    snapshots: undefined,
    data: cohortRetention(sample.snapshots, { from: '2025-01' }),
    defaultShowTable: true,
  },
};

/** No snapshots yet. */
export const Empty: Story = { args: { snapshots: [] } };

/** While the host app is fetching. */
export const Loading: Story = { args: { loading: true } };

/** Bad rows: the chart names each one instead of drawing a wrong number. */
export const BadData: Story = {
  args: {
    snapshots: [
      ...small.snapshots.slice(0, 40),
      { accountId: 'acct-x', period: '2025-12', mrr: -120 },
      { accountId: 'acct-y', period: '2025-13', mrr: 80 },
    ],
  },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      storyPlural(storyMessages(globals).common.invalidRows, 2, globals),
    );
  },
};

/** 20,000 accounts over 36 months (about 700,000 rows): 35 cohorts by 36 ages, scrolling sideways. */
export const LargeDataset: Story = {
  args: { snapshots: large.snapshots, from: '2023-02' },
};

/** In a narrow container the grid switches to compact cells and scrolls sideways (one Tab stop). */
export const Narrow: Story = {
  args: { maxAge: 12 },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 420 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const grid = within(canvasElement).getByRole('grid');
    await expect(grid).toHaveAttribute('data-density', 'compact');
  },
};

/** `segment` keeps only the Enterprise accounts' cohorts. */
export const SegmentFilter: Story = {
  name: 'Segment filter (Enterprise)',
  args: { segment: 'Enterprise' },
};

/** `compareBy="segment"`: one heatmap per segment, each on the same 0–100 % colour scale. */
export const CompareSegments: Story = {
  name: 'Compare by segment (small multiples)',
  args: { compareBy: 'segment', from: '2025-01' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole('region', { name: storyMessages(globals).cohortHeatmap.title });
    await expect(within(group).getByRole('figure', { name: 'SMB' })).toBeInTheDocument();
  },
};
