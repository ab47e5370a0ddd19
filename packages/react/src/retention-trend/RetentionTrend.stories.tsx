import type { Meta, StoryObj } from '@storybook/react-vite';
import { generateSampleData } from '@vitals/sample-data';
import { retentionSeries } from '@vitals/metrics';
import { expect, waitFor, within } from 'storybook/test';
import {
  literal,
  monthYear,
  storyLocale,
  storyMessages,
  storyPlural,
  storyTheme,
} from '../test/story-globals';
import { fill } from '../messages/template';
import { RetentionTrend } from './RetentionTrend';

const sample = generateSampleData({ seed: 42, accounts: 240 });
const smb = sample.snapshots.filter((row) => row.segment === 'SMB');
const large = generateSampleData({ seed: 7, accounts: 20_000, months: 37 });

const meta = {
  title: 'Charts/RetentionTrend',
  component: RetentionTrend,
  parameters: {
    docs: {
      description: {
        component: [
          'Net revenue retention, gross revenue retention and logo churn over time, one panel per rate,',
          'each behind its benchmark bands (`benchmarkBands`, SPEC §7) labelled in words.',
          '',
          '**NRR** = (S + expansion − contraction − churn) / S; **GRR** = (S − contraction − churn) / S;',
          '**logo churn** = churned accounts / starting accounts, where S is the MRR of the accounts paying',
          'at the start of the window. New and reactivated accounts never enter NRR or GRR.',
          '',
          '`window="month"` (the default): each point P compares the end of P − 1 with the end of P,',
          'and the annual NRR/GRR benchmarks are converted to a month (120 % a year ≈ 101.5 % a month).',
          '`window="ttm"`: each point is trailing twelve months,',
          '`netRevenueRetention(mrrMovements(s, { from: P − 12, to: P }))`, banded against the annual',
          'benchmarks. A point with no starting MRR is `null`: the line breaks there and the table says why.',
        ].join('\n'),
      },
    },
  },
  args: { snapshots: sample.snapshots, from: '2024-12', to: '2025-12' },
  argTypes: {
    snapshots: { control: false },
    data: { control: false },
  },
} satisfies Meta<typeof RetentionTrend>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Monthly NRR and GRR on the built-in sample data (240 accounts), against monthly benchmarks. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const january = monthYear('2025-01', storyLocale(globals));
    const t = storyMessages(globals).trend;
    await expect(canvas.getByRole('figure', { name: t.title })).toBeInTheDocument();
    const points = canvas.getAllByRole('img');
    await expect(points).toHaveLength(24);
    const first = fill(t.pointLabel, { metric: t.metricShort.nrr, period: january, value: '' });
    await expect(points[0]).toHaveAccessibleName(new RegExp(`^${literal(first)}`));
    points[0]!.focus();
    await waitFor(() => expect(canvas.getByRole('tooltip')).toHaveTextContent(january));
    // Leave the chart as it loads: the tooltip closes when its point loses focus.
    points[0]!.blur();
    await waitFor(() => expect(canvas.queryByRole('tooltip')).not.toBeInTheDocument());
    await expect(canvasElement.querySelector('.vitals-root')).toHaveAttribute(
      'data-theme',
      storyTheme(globals),
    );
  },
};

/** The dark theme: the same chart on the dark set of `--vitals-*` variables. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** German locale: `101,5 %`, `Jan. 25`. */
export const GermanEuro: Story = { name: 'Locale de-DE, EUR', globals: { locale: 'de-DE' } };

/** Japanese locale: `25年1月`. */
export const JapaneseYen: Story = { name: 'Locale ja-JP, JPY', globals: { locale: 'ja-JP' } };

/** Trailing-twelve-month NRR and GRR, banded against the annual benchmarks (top quartile ≥ 120 %). */
export const TrailingTwelveMonths: Story = { args: { window: 'ttm' } };

/** TTM before a year of history exists: the first points have no starting MRR and leave a gap. */
export const GapsWithoutHistory: Story = {
  args: { window: 'ttm', from: '2024-06', defaultShowTable: true },
  play: async ({ canvasElement, globals }) => {
    const table = within(canvasElement).getByRole('table');
    const july = monthYear('2023-07', storyLocale(globals));
    const t = storyMessages(globals).trend;
    await expect(table).toHaveTextContent(fill(t.gapNoStartingMrrAt, { period: july }));
  },
};

/** All three rates; logo churn against the SMB benchmark (3–5 % a month). */
export const AllMetricsSmb: Story = {
  name: 'All metrics, SMB segment',
  args: { snapshots: smb, metrics: ['nrr', 'grr', 'logoChurn'], segment: 'SMB' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('.vitals-trend-band')).not.toBeNull());
    expectBandLabelsClear(canvasElement);
  },
};

/**
 * The band labels as drawn: right of every band (so no line or point reaches them), inside the
 * chart, and apart from each other; and every drawn band named beside the plot or in the legend.
 */
function expectBandLabelsClear(canvasElement: HTMLElement) {
  const box = (element: Element) => element.getBoundingClientRect();
  const svg = box(canvasElement.querySelector('.vitals-trend-svg')!);
  const labels = [...canvasElement.querySelectorAll('.vitals-trend-band-label')].map(box);
  const plotRight = Math.max(
    ...[...canvasElement.querySelectorAll('.vitals-trend-band')].map((band) => box(band).right),
  );
  for (const [i, label] of labels.entries()) {
    expect(label.left).toBeGreaterThan(plotRight);
    expect(label.right).toBeLessThanOrEqual(svg.right + 0.5);
    for (const other of labels.slice(i + 1)) {
      const apart =
        label.bottom <= other.top + 0.5 ||
        other.bottom <= label.top + 0.5 ||
        label.right <= other.left ||
        other.right <= label.left;
      expect(apart).toBe(true);
    }
  }
  for (const panel of canvasElement.querySelectorAll('.vitals-trend-panel')) {
    const metric = panel.getAttribute('data-metric');
    for (const band of panel.querySelectorAll('.vitals-trend-band')) {
      const rating = band.getAttribute('data-rating');
      const named =
        panel.querySelector(`.vitals-trend-band-label[data-rating="${rating}"]`) ??
        canvasElement.querySelector(
          `.vitals-trend-band-legend [data-metric="${metric}"] [data-rating="${rating}"]`,
        );
      expect(named).not.toBeNull();
    }
  }
}

/** NRR alone. */
export const NrrOnly: Story = { args: { metrics: ['nrr'], height: 220 } };

/** Without benchmark bands. */
export const WithoutBenchmarks: Story = { args: { showBenchmarks: false } };

/** Points precomputed on a server (`retentionSeries` of `@vitals/metrics`), with the table open. */
export const PrecomputedData: Story = {
  args: {
    snapshots: undefined,
    window: 'ttm',
    data: retentionSeries(sample.snapshots, { from: '2025-06', to: '2025-12', window: 'ttm' })
      .points,
    defaultShowTable: true,
  },
};

/** A narrow container: month labels thin out. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 340 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = storyMessages(globals).trend;
    // Too narrow for the values beside the bands: the legend gives them, per metric.
    const legend = await canvas.findByRole('list', { name: t.bandLegend });
    const nrr = fill(t.bandLegendMetric, { metric: t.metricShort.nrr });
    await expect(legend).toHaveTextContent(nrr);
    expectBandLabelsClear(canvasElement);
  },
};

/** No snapshots yet. */
export const Empty: Story = { args: { snapshots: [] } };

/** While the host app is fetching. */
export const Loading: Story = { args: { loading: true } };

/** Bad precomputed points: the chart names each one. */
export const BadData: Story = {
  args: {
    snapshots: undefined,
    data: [
      { period: '2025-01', nrr: 1.02, grr: 0.99, logoChurn: 0.01 },
      { period: 'Feb', nrr: 1.01, grr: 0.98, logoChurn: 0.02 },
      { period: '2025-03', nrr: Number.POSITIVE_INFINITY, grr: 0.97, logoChurn: 0.02 },
    ],
  },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      storyPlural(storyMessages(globals).common.invalidRows, 2, globals),
    );
  },
};

/** 20,000 accounts over 37 months (about 600,000 rows): 36 monthly points per rate. */
export const LargeDataset: Story = {
  args: { snapshots: large.snapshots, from: '2022-12', to: '2025-12' },
};

/** `segment` filters the snapshots; the logo churn benchmark follows it (`benchmarkSegment`). */
export const SegmentFilter: Story = {
  name: 'Segment filter (Enterprise)',
  args: { snapshots: sample.snapshots, segment: 'Enterprise', metrics: ['nrr', 'logoChurn'] },
};

/** `compareTo="previous-year"`: last year's line, dashed, with a legend and its own columns. */
export const CompareToPreviousYear: Story = {
  name: 'Compare to the previous year',
  args: { snapshots: sample.snapshots, from: '2025-01', to: '2025-12', compareTo: 'previous-year' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const words = storyMessages(globals);
    await expect(canvas.getByRole('list', { name: words.common.legend })).toHaveTextContent(
      words.comparison.previousYear,
    );
  },
};

/** `compareBy="segment"`: one line per segment beside all accounts. */
export const CompareSegments: Story = {
  name: 'Compare by segment (one line each)',
  args: { snapshots: sample.snapshots, compareBy: 'segment', metrics: ['nrr'] },
};
