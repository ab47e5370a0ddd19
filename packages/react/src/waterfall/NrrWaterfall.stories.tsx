import type { Meta, StoryObj } from '@storybook/react-vite';
import { mrrMovements } from '@vitals/metrics';
import { generateSampleData } from '@vitals/sample-data';
import { expect, userEvent, within } from 'storybook/test';
import { storyMessages, storyPlural, storyTheme } from '../test/story-globals';
import { NrrWaterfall } from './NrrWaterfall';

const sample = generateSampleData({ seed: 42, accounts: 240 });
const large = generateSampleData({ seed: 7, accounts: 20_000, months: 36 });

const meta = {
  title: 'Charts/NrrWaterfall',
  component: NrrWaterfall,
  parameters: {
    docs: {
      description: {
        component: [
          'How much the customers you had at the start of a window pay at its end.',
          '',
          '**NRR** = (starting MRR + expansion − contraction − churn) / starting MRR.',
          '**GRR** = (starting MRR − contraction − churn) / starting MRR, so GRR ≤ NRR.',
          '',
          'New and reactivated accounts were not customers at the start, so they never enter NRR or GRR;',
          'turn on `showNewAndReactivation` to continue the waterfall to ending MRR.',
          'When the movements are small against the totals (under a tenth of the running MRR), the y axis is zoomed: it starts just below the lowest running MRR, with a break on the axis and across the total bars and "Axis starts at …" under the header and in the text alternative; the header toggle (or `view`) switches to the axis from zero.',
          'The chart is one Tab stop: arrow keys move between bars, each stating its value, and Enter or Space selects one (`onSelect`); the data table holds the same numbers.',
        ].join('\n'),
      },
    },
  },
  args: { snapshots: sample.snapshots, from: '2024-12', to: '2025-12' },
  argTypes: {
    snapshots: { control: false },
    data: { control: false },
  },
} satisfies Meta<typeof NrrWaterfall>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Trailing-twelve-month NRR on the built-in sample data (240 accounts). */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('figure', { name: storyMessages(globals).waterfall.title }),
    ).toBeInTheDocument();
    await expect(canvas.getAllByRole('img')).toHaveLength(5);
    // The theme of the toolbar (or of the story test run) really applied.
    await expect(canvasElement.querySelector('.vitals-root')).toHaveAttribute(
      'data-theme',
      storyTheme(globals),
    );
  },
};

/** The dark theme: the same chart on the dark set of `--vitals-*` variables. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** German locale and euros: `10.000 €`, `130 %`. */
export const GermanEuro: Story = { name: 'Locale de-DE, EUR', globals: { locale: 'de-DE' } };

/** Japanese locale and yen, which has no minor unit. */
export const JapaneseYen: Story = { name: 'Locale ja-JP, JPY', globals: { locale: 'ja-JP' } };

/** One month, continued past retained MRR with new and reactivated revenue to ending MRR. */
export const WithNewAndReactivation: Story = {
  args: { from: undefined, to: undefined, period: '2025-12', showNewAndReactivation: true },
};

/** Precomputed totals, as a vendor whose warehouse already aggregates would pass them. */
export const PrecomputedTotals: Story = {
  args: {
    snapshots: undefined,
    data: { startingMrr: 10_000, expansionMrr: 5_000, contractionMrr: 500, churnedMrr: 1_500 },
  },
};

/**
 * Issue 19's book: +$2,428 and −$692 against $634K. From zero they are hairlines, so the axis is
 * zoomed: it starts at $630K, marked with a break, and says so; the toggle goes back to zero.
 */
export const ZoomedAxis: Story = {
  name: 'Zoomed axis (small movements)',
  args: {
    snapshots: undefined,
    data: { startingMrr: 634_000, expansionMrr: 2_428, contractionMrr: 692, churnedMrr: 1_150 },
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const m = storyMessages(globals).waterfall;
    const group = canvas.getByRole('group', { name: m.viewLabel });
    await expect(within(group).getByRole('radio', { name: m.viewZoomed })).toBeChecked();
    const note = canvasElement.querySelector('.vitals-waterfall-axis-note');
    await expect(note).not.toBeNull();
    await expect(canvasElement.querySelectorAll('[data-break]')).toHaveLength(2);
    // The reader goes back to the axis from zero: no break, no note.
    await userEvent.click(within(group).getByRole('radio', { name: m.viewFull }));
    await expect(canvasElement.querySelector('.vitals-waterfall-axis-note')).toBeNull();
    await expect(canvasElement.querySelectorAll('[data-break]')).toHaveLength(0);
    await userEvent.click(within(group).getByRole('radio', { name: m.viewZoomed }));
  },
};

/** The same book with `view="full"`: the axis from zero, where the movements are hairlines. */
export const FullAxis: Story = {
  name: 'Full axis (view="full")',
  args: { ...ZoomedAxis.args, view: 'full' },
};

/** No snapshots yet. */
export const Empty: Story = { args: { snapshots: [] } };

/** While the host app is fetching. */
export const Loading: Story = { args: { loading: true } };

/** Bad rows: the chart names each one instead of drawing a wrong number. */
export const BadData: Story = {
  args: {
    snapshots: [
      ...sample.snapshots.slice(0, 50),
      { accountId: 'acct-x', period: '2025-12', mrr: -120 },
      { accountId: '', period: '2025-12', mrr: 80 },
      { accountId: 'acct-y', period: '2025-13', mrr: 80 },
    ],
  },
  play: async ({ canvasElement, globals }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent(
      storyPlural(storyMessages(globals).common.invalidRows, 3, globals),
    );
  },
};

/** 20,000 accounts over 36 months (about 600,000 rows), computed in the browser. */
export const LargeDataset: Story = {
  args: { snapshots: large.snapshots, from: '2024-12', to: '2025-12' },
};

/** The same window precomputed with `mrrMovements`, shown with its table open. */
export const WithDataTable: Story = {
  args: {
    snapshots: undefined,
    data: mrrMovements(sample.snapshots, { from: '2024-12', to: '2025-12' }),
    defaultShowTable: true,
  },
};

/** `segment` draws only the accounts of one segment (or of a list of them). */
export const SegmentFilter: Story = {
  name: 'Segment filter (SMB)',
  args: { segment: 'SMB', title: 'NRR, SMB accounts' },
};

/**
 * `compareBy="segment"`: one small waterfall per segment, each titled with its segment, all on one
 * y scale so a small segment's bars are not blown up to look like a large one's.
 */
export const CompareSegments: Story = {
  name: 'Compare by segment (small multiples)',
  args: { compareBy: 'segment' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole('region', { name: storyMessages(globals).waterfall.title });
    for (const segment of ['Enterprise', 'Mid-Market', 'SMB']) {
      await expect(within(group).getByRole('figure', { name: segment })).toBeInTheDocument();
    }
  },
};

/** `grain="quarter"`: the window compares quarter ends (`'2024-Q4'` to `'2025-Q4'`). */
export const Quarterly: Story = { args: { grain: 'quarter', from: '2024-Q4', to: '2025-Q4' } };
