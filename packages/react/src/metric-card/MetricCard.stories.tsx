import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import {
  csat,
  logoChurnRate,
  mrrMovements,
  mrrMovementsSeries,
  netRevenueRetention,
} from '@vitals/metrics';
import { generateSampleData } from '@vitals/sample-data';
import { expect, within } from 'storybook/test';
import { literal, storyMessages, storyPlural, storyTheme } from '../test/story-globals';
import { fill } from '../messages/template';
import { MetricCard } from './MetricCard';

const sample = generateSampleData({ seed: 42, accounts: 240 });
const long = generateSampleData({ seed: 5, accounts: 300, months: 120 });

/** Total MRR per month, as `{ period, value }`. */
function mrrHistory(data: ReturnType<typeof generateSampleData>) {
  const totals = new Map<string, number>(data.periods.map((p) => [p, 0]));
  for (const row of data.snapshots) totals.set(row.period, totals.get(row.period)! + row.mrr);
  return [...totals].map(([period, value]) => ({ period, value }));
}
const mrr = mrrHistory(sample).slice(-12);
const ttmNrr = ['2025-09', '2025-10', '2025-11', '2025-12'].map((to) => {
  const from = `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
  return { period: to, value: netRevenueRetention(mrrMovements(sample.snapshots, { from, to })) };
});
const smbChurn = mrrMovementsSeries(
  sample.snapshots.filter((row) => row.segment === 'SMB'),
  { from: '2024-12', to: '2025-12', includeAccounts: false },
).map((entry) => ({ period: entry.period, value: logoChurnRate(entry) }));

const meta = {
  title: 'Cards/MetricCard',
  component: MetricCard,
  decorators: [
    (Story, context: StoryContext) => (
      <div style={{ maxWidth: (context.parameters['maxWidth'] as number | undefined) ?? 300 }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component: [
          'One headline figure: its value, its change, a sparkline and its benchmark rating, all in words.',
          '',
          '**change** = value − previous value, shown once, with its sign (the words Up or Down are read',
          'by screen readers only; no arrow), and',
          '**relative change** = change / |previous value| (percentages change in percentage points).',
          '`data-tone` is `positive` when the change is good news: up when `higherIsBetter` (the default),',
          'down otherwise (churn). The sparkline’s text alternative gives its first, last, lowest and',
          'highest values. The rating is `rateAgainstBenchmark(metric, value, { segment, period })`.',
          'A `null` value shows — with its reason in words (the empty state). Any other value that is',
          'not a finite number (`NaN`, `Infinity`, a string), or an unusable `previousValue` or',
          '`history` entry, shows the error state naming the problem.',
          '',
          '**Within noise.** Pass the value’s confidence interval as `interval` (e.g. `csat(r).interval`,',
          'the Wilson interval of the share, or `nps(r).interval`): when `previousValue` lies inside',
          '`[low, high]`, sampling alone could explain the change, so the card says "Within noise" with',
          'the change in brackets, a neutral tone and `data-noise="within"` instead of Up or Down.',
          '',
          '**A row of cards.** Wrap the cards in an element with the class `vitals-metric-card-row`:',
          'a grid whose cards share its rows (label, value, change, sparkline, rating) as a subgrid, so',
          'the values sit on one line when a label wraps, as many columns as fit (at least 220 px each,',
          'one column on a phone). Set `grid-template-columns` on it for other widths.',
        ].join('\n'),
      },
    },
  },
  args: {
    label: 'Monthly recurring revenue',
    value: mrr.at(-1)!.value,
    previousValue: mrr.at(-2)!.value,
    format: 'currency',
    history: mrr,
  },
  argTypes: { history: { control: false }, format: { control: false } },
} satisfies Meta<typeof MetricCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** MRR of the built-in sample data, its change on last month and twelve months of history. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const card = canvas.getByRole('group', { name: 'Monthly recurring revenue' });
    const m = storyMessages(globals).metricCard;
    const directions = [m.up, m.down, m.noChange].map((t) => t.replace('{change}', '').trim());
    await expect(directions.some((word) => card.textContent?.includes(word))).toBe(true);
    const start = storyPlural(m.sparkline, 12, globals, { first: '\u0000' }).split('\u0000')[0]!;
    await expect(canvas.getByRole('img')).toHaveAccessibleName(new RegExp(`^${literal(start)}`));
    await expect(canvasElement.querySelector('.vitals-root')).toHaveAttribute(
      'data-theme',
      storyTheme(globals),
    );
  },
};

/** The dark theme. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** German locale and euros. */
export const GermanEuro: Story = { name: 'Locale de-DE, EUR', globals: { locale: 'de-DE' } };

/** Japanese locale and yen. */
export const JapaneseYen: Story = { name: 'Locale ja-JP, JPY', globals: { locale: 'ja-JP' } };

/** Trailing-twelve-month NRR rated against the NRR benchmark (top quartile ≥ 120 %). */
export const NrrWithBenchmark: Story = {
  args: {
    label: 'Net revenue retention (TTM)',
    value: ttmNrr.at(-1)!.value,
    previousValue: ttmNrr.at(-2)!.value,
    format: 'percent',
    history: ttmNrr,
    benchmark: { metric: 'nrr' },
  },
};

/** Logo churn, where lower is better: a rise is toned negative. SMB benchmark, per month. */
export const LowerIsBetter: Story = {
  name: 'Logo churn (lower is better)',
  args: {
    label: 'SMB logo churn',
    value: 0.052,
    previousValue: 0.041,
    format: 'percent',
    higherIsBetter: false,
    comparisonLabel: 'last month',
    history: smbChurn,
    benchmark: { metric: 'logoChurn', segment: 'SMB', period: 'monthly' },
  },
};

/** A custom formatter: NPS as a signed score. */
export const CustomFormat: Story = {
  args: {
    label: 'Net Promoter Score',
    value: 32,
    previousValue: 27,
    format: (value: number) => (value > 0 ? `+${value}` : String(value)),
    history: [18, 21, 25, 27, 32],
    benchmark: { metric: 'nps' },
  },
};

/** No change on the previous period. */
export const NoChange: Story = {
  args: { label: 'Paying accounts', value: 212, previousValue: 212, format: 'count', history: [] },
};

/**
 * Within noise: this month's CSAT (36 of 48 satisfied, 75 %) against last month's 78 %. 78 % lies
 * inside this month's 95 % interval (`interval={csat(r).interval}`), so the card says "Within
 * noise" in a neutral tone instead of a red "Down −3 percentage points".
 */
export const WithinNoise: Story = {
  args: {
    label: 'CSAT',
    value: 0.75,
    previousValue: 0.78,
    format: 'percent',
    history: [0.8, 0.77, 0.78, 0.75],
    interval: csat([...Array<number>(36).fill(5), ...Array<number>(12).fill(2)]).interval,
  },
  play: async ({ canvasElement, globals }) => {
    const m = storyMessages(globals).metricCard;
    const change = canvasElement.querySelector('.vitals-metric-card-change');
    await expect(change).toHaveAttribute('data-noise', 'within');
    await expect(change).toHaveTextContent(m.withinNoise.split('{')[0]!.trim());
    await expect(within(canvasElement).getByRole('group')).toHaveAttribute('data-tone', 'neutral');
  },
};

/** A value that can't be computed: — with the reason in words. */
export const NullValue: Story = {
  args: {
    label: 'Net revenue retention',
    value: null,
    reason: 'no-starting-mrr',
    format: 'percent',
    history: [],
  },
  play: async ({ canvasElement, globals }) => {
    await expect(
      within(canvasElement).getByText(storyMessages(globals).metricCard.reasons['no-starting-mrr']),
    ).toBeInTheDocument();
  },
};

/** No data at all yet: no value, no history, no comparison. */
export const Empty: Story = {
  args: { value: null, previousValue: undefined, history: [] },
};

/** While the host app is fetching. */
export const Loading: Story = { args: { loading: true } };

/**
 * The error state: a value that is not a finite number (here `NaN`) is never drawn; the card names
 * the problem instead, with a development warning. An unusable `previousValue` or `history` entry
 * does the same.
 */
export const BadData: Story = {
  name: 'Error: invalid value',
  args: { value: Number.NaN },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const card = canvas.getByRole('group', { name: 'Monthly recurring revenue' });
    await expect(card).toHaveAttribute('data-state', 'error');
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      fill(storyMessages(globals).metricCard.errorOne, {
        problem: 'value must be a finite number or null, got NaN',
      }),
    );
  },
};

/** Ten years of monthly history (120 points) in one sparkline. */
export const LongHistory: Story = {
  args: (() => {
    const history = mrrHistory(long);
    return {
      value: history.at(-1)!.value,
      previousValue: history.at(-13)!.value,
      history,
      comparisonLabel: 'a year ago',
    };
  })(),
};

/**
 * `metric="nrr"`: the card knows NRR is a percentage (its change in percentage points), that
 * higher is better and which benchmark rates it; no `format` or `benchmark` needed.
 */
export const MetricNrr: Story = {
  name: 'metric="nrr"',
  args: {
    label: 'Net revenue retention (TTM)',
    metric: 'nrr',
    value: ttmNrr.at(-1)!.value,
    previousValue: ttmNrr.at(-2)!.value,
    format: undefined,
    history: ttmNrr,
  },
};

/** `compareTo="previous-year"`: the change against the same month a year earlier in `history`. */
export const CompareToPreviousYear: Story = {
  name: 'Compare to the previous year',
  args: {
    label: 'Monthly recurring revenue',
    metric: 'mrr',
    value: mrrHistory(sample).at(-1)!.value,
    previousValue: undefined,
    history: mrrHistory(sample),
    compareTo: 'previous-year',
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group')).toHaveTextContent(
      storyMessages(globals).metricCard.previousYear,
    );
  },
};

/**
 * A row of cards in `.vitals-metric-card-row`: the long label wraps, and the values, changes and
 * ratings still line up.
 */
export const RowOfCards: Story = {
  name: 'A row of cards',
  parameters: { maxWidth: 760 },
  render: (args) => (
    <div className="vitals-metric-card-row">
      <MetricCard {...args} label="Net revenue retention, trailing twelve months" />
      <MetricCard {...args} label="MRR" />
      <MetricCard {...args} label="ARR" history={undefined} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const cards = within(canvasElement).getAllByRole('group');
    const boxes = cards.map((card) => card.getBoundingClientRect());
    const values = cards.map((card) =>
      card.querySelector('.vitals-metric-card-value')!.getBoundingClientRect(),
    );
    if (boxes.every((box) => Math.abs(box.top - boxes[0]!.top) < 1)) {
      // Side by side: the first label wraps to more lines than the others (the height of its
      // text; the label boxes share one row's height), yet every value starts on one line.
      const labels = cards.map((card) => {
        const range = document.createRange();
        range.selectNodeContents(card.querySelector('.vitals-metric-card-label')!);
        return range.getBoundingClientRect().height;
      });
      await expect(labels[0]).toBeGreaterThan(labels[1]!);
      for (const value of values) await expect(value.top).toBeCloseTo(values[0]!.top, 0);
    } else {
      // On a phone the cards stack, one to a row, each as wide as the row and none overlapping.
      for (const [i, box] of boxes.entries()) {
        await expect(box.width).toBeCloseTo(boxes[0]!.width, 0);
        if (i > 0) await expect(box.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
      }
    }
  },
};
