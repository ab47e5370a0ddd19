import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ConventionId, reconcileConventions } from '@vitals/metrics';
import { generateSampleData } from '@vitals/sample-data';
import { expect, userEvent, within } from 'storybook/test';
import {
  literal,
  percentText,
  storyLocale,
  storyMessages,
  storyPlural,
} from '../test/story-globals';
import { fill } from '../messages/template';
import { ConventionDiff } from './ConventionDiff';

const sample = generateSampleData({ seed: 42, accounts: 240 });
/** A trailing twelve months with reactivations and accounts that joined and left inside it. */
const WINDOW = { from: '2024-12', to: '2025-12' } as const;

const meta = {
  title: 'Tables/ConventionDiff',
  component: ConventionDiff,
  parameters: {
    docs: {
      description: {
        component: [
          'The same window under each vendor’s conventions (`reconcileConventions`): why a Vitals',
          'number does not match ChartMogul’s, Baremetrics’, ProfitWell’s or Stripe’s.',
          '',
          'Four rules make the vendors differ: whether **reactivated MRR offsets losses** in net MRR',
          'churn, whether **accounts that joined and left** inside the window count as churned,',
          'whether **new accounts** sit in the logo-churn denominator, and whether **reactivation**',
          'counts as growth in the quick ratio. Each is an ordinary option of a rate function;',
          'each preset cites the vendor’s public page for the rules it sets, and says which rules no',
          'page confirmed (those keep the Vitals default).',
          '',
          'How to read it: the table shows every metric under every convention, numbers that differ',
          'from the baseline in bold. Below it, each such number opens to the rules that cause the',
          'difference (switched one at a time, so their effects add up to it) and the accounts',
          'behind each rule. NRR and GRR never differ: new and reactivated accounts are never in the',
          'starting cohort.',
        ].join('\n'),
      },
    },
  },
  args: { snapshots: sample.snapshots, ...WINDOW },
  argTypes: {
    snapshots: { control: false },
    data: { control: false },
    conventions: { control: false },
  },
} satisfies Meta<typeof ConventionDiff>;

export default meta;
type Story = StoryObj<typeof meta>;

/** All five conventions on sample data, explained against Vitals. */
export const AllConventions: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const canvas = within(canvasElement);
    const locale = storyLocale(globals);
    const reference = reconcileConventions(args.snapshots ?? [], WINDOW);
    const stripe = reference.conventions.find((c) => c.id === 'stripe')!;
    const m = storyMessages(globals).conventionDiff;
    const table = canvas.getByRole('table');
    const logo = within(table).getByRole('row', {
      name: new RegExp(literal(m.metrics.logoChurnRate)),
    });
    await expect(logo).toHaveTextContent(
      new RegExp(literal(percentText(stripe.metrics.logoChurnRate!, locale))),
    );
    const start = fill(m.difference, { metric: m.metrics.logoChurnRate, label: 'Stripe Billing' });
    const summary = canvas.getByText(new RegExp(`^${literal(start.split(' {value}')[0]!)}`));
    await userEvent.click(summary);
    const details = summary.closest('details')!;
    await expect(details).toHaveAttribute('open');
    await expect(details).toHaveTextContent(m.rules['new-in-logo-denominator']);
  },
};

/**
 * Keyboard: the table's scroll region, then every difference, is one Tab stop; each difference is
 * a native disclosure (`<details>`), which the browser opens with Enter or Space.
 */
export const Keyboard: Story = {
  args: { conventions: ['vitals', 'baremetrics'] },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const m = storyMessages(globals).conventionDiff;
    const label = m.tableLabel.split('{range}')[0]!;
    const region = canvas.getByRole('region', { name: new RegExp(`^${literal(label)}`) });
    region.focus();
    await userEvent.tab();
    const summary = canvasElement.querySelector('summary')!;
    await expect(summary).toHaveFocus();
    await userEvent.tab();
    await expect(canvasElement.querySelectorAll('summary')[1]).toHaveFocus();
  },
};

function pair(a: ConventionId, b: ConventionId): Story {
  return { args: { conventions: [a, b] } };
}

/** ChartMogul and Vitals agree on every rule a ChartMogul page confirmed. */
export const VitalsAndChartMogul = pair('vitals', 'chartmogul');
/** Baremetrics: no reactivation offset, joined-and-left count, no reactivation in the quick ratio. */
export const VitalsAndBaremetrics = pair('vitals', 'baremetrics');
/** ProfitWell leaves joined-and-left accounts out, as Vitals does. */
export const VitalsAndProfitWell = pair('vitals', 'profitwell');
/** Stripe Billing divides logo churn by starting plus new accounts and counts joined-and-left. */
export const VitalsAndStripe = pair('vitals', 'stripe');
export const ChartMogulAndBaremetrics = pair('chartmogul', 'baremetrics');
export const ChartMogulAndProfitWell = pair('chartmogul', 'profitwell');
export const ChartMogulAndStripe = pair('chartmogul', 'stripe');
export const BaremetricsAndProfitWell = pair('baremetrics', 'profitwell');
export const BaremetricsAndStripe = pair('baremetrics', 'stripe');
export const ProfitWellAndStripe = pair('profitwell', 'stripe');

/** Explained against ChartMogul instead of the first column. */
export const ChartMogulBaseline: Story = {
  args: { baseline: 'chartmogul' },
  play: async ({ canvasElement, globals }) => {
    const m = storyMessages(globals).conventionDiff;
    await expect(
      within(canvasElement).getByText(fill(m.whyHeading, { baseline: 'ChartMogul' })),
    ).toBeInTheDocument();
  },
};

/** A convention of your own beside the presets, with account names linking into the host. */
export const CustomConvention: Story = {
  args: {
    conventions: [
      'vitals',
      { id: 'board', label: 'Board pack', options: { offsetReactivation: false } },
    ],
    getAccountHref: (id: string) => `#/accounts/${encodeURIComponent(id)}`,
  },
};

/** A narrow host column (320 px): the table scrolls inside its own region. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 320 }}>
        <Story />
      </div>
    ),
  ],
};

export const Loading: Story = { args: { loading: true } };

export const Empty: Story = { args: { snapshots: undefined } };

/** Bad rows: the error state names each one. */
export const InvalidRows: Story = {
  args: {
    snapshots: [
      { accountId: 'a', period: '2025-01', mrr: 100 },
      { accountId: 'b', period: '2025-13', mrr: 50 },
    ],
    from: '2025-01',
    to: '2025-02',
  },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      storyPlural(storyMessages(globals).common.invalidRows, 1, globals),
    );
  },
};
