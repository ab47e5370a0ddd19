import type { Meta, StoryObj } from '@storybook/react-vite';
import { mrrMovementsSeries } from '@vitals/metrics';
import { generateSampleData } from '@vitals/sample-data';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  monthYear,
  storyLocale,
  storyMessages,
  storyPlural,
  storyTheme,
} from '../test/story-globals';
import { MrrMovementsChart } from './MrrMovementsChart';

const sample = generateSampleData({ seed: 42, accounts: 240 });
const long = generateSampleData({ seed: 11, accounts: 400, months: 37 });
const large = generateSampleData({ seed: 7, accounts: 20_000, months: 37 });

const meta = {
  title: 'Charts/MrrMovementsChart',
  component: MrrMovementsChart,
  parameters: {
    docs: {
      description: {
        component: [
          'Where MRR came from and went, period by period (`mrrMovementsSeries`).',
          '',
          'For each period P the chart compares every account’s MRR at the end of P − 1 (S) with',
          'the end of P (E): **new** = E for accounts that never paid before (S = 0);',
          '**reactivation** = E for accounts that paid once, then stopped (S = 0);',
          '**expansion** = E − S when E > S > 0; **contraction** = S − E when S > E > 0;',
          '**churn** = S when E = 0.',
          '',
          'Gains stack above zero, losses below it; the line is the **net change** =',
          'new + expansion + reactivation − contraction − churn, which equals ending MRR − starting MRR.',
          'Reactivation and churn are hatched so they differ by more than colour. The chart is one Tab',
          'stop: arrow keys move between months, each stating all five movements and the net.',
        ].join('\n'),
      },
    },
  },
  args: { snapshots: sample.snapshots, from: '2024-12', to: '2025-12' },
  argTypes: {
    snapshots: { control: false },
    data: { control: false },
  },
} satisfies Meta<typeof MrrMovementsChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Twelve months of movements on the built-in sample data (240 accounts). */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const locale = storyLocale(globals);
    const m = storyMessages(globals);
    await expect(canvas.getByRole('figure', { name: m.movements.title })).toBeInTheDocument();
    await expect(canvasElement.querySelectorAll('.vitals-movements-column')).toHaveLength(12);
    // One mark per movement of each month, top segment first.
    const marks = canvas.getAllByRole('img');
    await expect(marks.length).toBeGreaterThan(12);
    await expect(canvas.getByRole('list', { name: m.common.legend })).toHaveTextContent(
      m.movements.kinds.churn,
    );
    marks[0]!.focus();
    await expect(await canvas.findByRole('tooltip')).toHaveTextContent(
      monthYear('2025-01', locale),
    );
    // One tab stop per chart: left and right move between months, up and down between movements.
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() =>
      expect(canvas.getByRole('tooltip')).toHaveTextContent(monthYear('2025-02', locale)),
    );
    await userEvent.keyboard('{End}');
    // The last mark is the bottom segment of the last month: a loss, named in the tooltip.
    await waitFor(() =>
      expect(canvas.getByRole('tooltip')).toHaveTextContent(
        new RegExp(`${m.movements.kinds.churn}|${m.movements.kinds.contraction}`),
      ),
    );
    // Leave the chart as it loads: the tooltip closes when its mark loses focus.
    (document.activeElement as HTMLElement | SVGElement).blur();
    await waitFor(() => expect(canvas.queryByRole('tooltip')).not.toBeInTheDocument());
    await expect(canvasElement.querySelector('.vitals-root')).toHaveAttribute(
      'data-theme',
      storyTheme(globals),
    );
  },
};

/** The dark theme: the same chart on the dark set of `--vitals-*` variables. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** German locale and euros: `Jan. 25`, `+1.200 €`. */
export const GermanEuro: Story = { name: 'Locale de-DE, EUR', globals: { locale: 'de-DE' } };

/** Japanese locale and yen: `25年1月`, `￥1,200`. */
export const JapaneseYen: Story = { name: 'Locale ja-JP, JPY', globals: { locale: 'ja-JP' } };

/** Quarter grain: each column compares the MRR at the end of consecutive quarters. */
export const Quarterly: Story = {
  args: { from: '2024-Q1', to: '2025-Q4', grain: 'quarter' },
};

/** 36 months: the month labels thin out so they never overlap. */
export const ThirtySixMonths: Story = {
  args: { snapshots: long.snapshots, from: '2022-12', to: '2025-12' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.vitals-movements-column')).toHaveLength(36);
  },
};

/** A narrow container (320 px): fewer labels, same data. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 320 }}>
        <Story />
      </div>
    ),
  ],
};

/** One month only. */
export const OneMonth: Story = { args: { from: '2025-11', to: '2025-12' } };

/** Warehouse aggregates with a zero-MRR month and two all-negative months. */
export const EdgeCases: Story = {
  name: 'Zero and all-negative months',
  args: {
    snapshots: undefined,
    data: [
      {
        period: '2025-01',
        startingMrr: 40_000,
        newMrr: 3_200,
        expansionMrr: 1_400,
        reactivationMrr: 300,
        contractionMrr: 600,
        churnedMrr: 900,
      },
      {
        period: '2025-02',
        startingMrr: 43_400,
        newMrr: 0,
        expansionMrr: 0,
        reactivationMrr: 0,
        contractionMrr: 0,
        churnedMrr: 0,
      },
      {
        period: '2025-03',
        startingMrr: 43_400,
        newMrr: 0,
        expansionMrr: 0,
        reactivationMrr: 0,
        contractionMrr: 1_100,
        churnedMrr: 2_600,
      },
      {
        period: '2025-04',
        startingMrr: 39_700,
        newMrr: 0,
        expansionMrr: 0,
        reactivationMrr: 0,
        contractionMrr: 400,
        churnedMrr: 1_800,
      },
      {
        period: '2025-05',
        startingMrr: 37_500,
        newMrr: 2_100,
        expansionMrr: 900,
        reactivationMrr: 0,
        contractionMrr: 200,
        churnedMrr: 500,
      },
    ],
  },
};

/** The series precomputed with `mrrMovementsSeries`, shown with its table open. */
export const WithDataTable: Story = {
  args: {
    snapshots: undefined,
    data: mrrMovementsSeries(sample.snapshots, {
      from: '2025-06',
      to: '2025-12',
      includeAccounts: false,
    }),
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
      ...sample.snapshots.slice(0, 50),
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

/** Bad rows skipped with `onInvalid="skip"`: drawn from the good rows, with a note. */
export const SkipInvalidRows: Story = {
  args: {
    snapshots: [...sample.snapshots, { accountId: 'acct-x', period: '2025-12', mrr: Number.NaN }],
    onInvalid: 'skip',
  },
};

/** 20,000 accounts over 37 months (about 600,000 rows), 36 columns computed in the browser. */
export const LargeDataset: Story = {
  args: { snapshots: large.snapshots, from: '2022-12', to: '2025-12' },
};

/** `segment` draws only the accounts of the listed segments. */
export const SegmentFilter: Story = {
  name: 'Segment filter (SMB and Mid-Market)',
  args: { segment: ['SMB', 'Mid-Market'] },
};

/** `compareBy="segment"`: one small chart per segment on one shared y scale. */
export const CompareSegments: Story = {
  name: 'Compare by segment (small multiples)',
  args: { compareBy: 'segment', from: '2025-06', to: '2025-12' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole('region', { name: storyMessages(globals).movements.title });
    await expect(within(group).getAllByRole('figure')).toHaveLength(3);
  },
};
