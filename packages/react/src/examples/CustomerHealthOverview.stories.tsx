import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { storyMessages, storyPlural } from '../test/story-globals';
import { CustomerHealthOverview } from './CustomerHealthOverview';
import './examples.css';

const SIZES: Record<string, number> = { small: 120, medium: 1_000, large: 10_000 };

const meta = {
  title: 'Examples/Customer health overview',
  component: CustomerHealthOverview,
  parameters: {
    docs: {
      description: {
        component:
          'A whole dashboard page composed from the public components on built-in sample data. Use the toolbar to switch the theme, the locale and currency, the data size (120, 1,000 or 10,000 accounts) and the seed.',
      },
    },
  },
  // The toolbar's data size and seed drive the data; the args are only their defaults.
  args: { accounts: 120, seed: 42 },
  argTypes: { accounts: { control: false }, seed: { control: false } },
  render: (args, { globals }) => (
    <CustomerHealthOverview
      accounts={SIZES[String(globals.dataset)] ?? args.accounts}
      seed={Number(globals.seed ?? args.seed)}
    />
  ),
} satisfies Meta<typeof CustomerHealthOverview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The page as a vendor's customer-success lead would open it on a Monday morning. */
export const Overview: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const m = storyMessages(globals);
    await expect(
      canvas.getByRole('heading', { name: 'Customer health', level: 1 }),
    ).toBeInTheDocument();
    const waterfall = canvas.getByRole('figure', { name: 'Net revenue retention, last 12 months' });
    await expect(canvas.queryAllByRole('alert')).toHaveLength(0);
    // The two NRRs side by side say which window each covers: 12 months and the latest month.
    await expect(waterfall).toHaveTextContent(storyPlural(m.waterfall.kpiWindow, 12, globals));
    const trend = canvas.getByRole('figure', { name: m.trend.title });
    await expect(trend).toHaveTextContent(m.trend.kpiWindow.month);
    // The KPI cards' values sit on one line even when a label wraps.
    const values = [...canvasElement.querySelectorAll('.vitals-metric-card-value')].map((value) =>
      value.getBoundingClientRect(),
    );
    await expect(values).toHaveLength(4);
    const firstRow = values.filter(
      (value) => value.left >= values[0]!.left && value.top < values[0]!.bottom,
    );
    for (const value of firstRow) await expect(value.top).toBeCloseTo(values[0]!.top, 0);
    // Quarterly cohorts: the default book's cells are readable, none greyed as too uncertain.
    if ((SIZES[String(globals.dataset)] ?? 120) === 120) {
      const cells = canvasElement.querySelectorAll('.vitals-cohort-cell[data-level]');
      await expect(cells.length).toBeGreaterThan(4);
      await expect(
        canvasElement.querySelectorAll('.vitals-cohort-cell[data-uncertain]'),
      ).toHaveLength(0);
    }
    // Nothing makes the page scroll sideways.
    const root = canvasElement.querySelector('.vitals-overview')!;
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    // Every chart's data table toggle sits at the top right of its header's first line.
    for (const figure of canvas.getAllByRole('figure')) {
      const toggle = figure.querySelector(':scope > figcaption > .vitals-table-toggle');
      if (!toggle) continue;
      const header = figure.querySelector(':scope > figcaption')!.getBoundingClientRect();
      const box = toggle.getBoundingClientRect();
      await expect(Math.abs(box.right - header.right)).toBeLessThan(1);
    }
  },
};

/** The same page on 1,000 accounts with another seed. */
export const MediumBook: Story = { globals: { dataset: 'medium', seed: '7' } };
