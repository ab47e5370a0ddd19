import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
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
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { name: 'Customer health', level: 1 }),
    ).toBeInTheDocument();
    await expect(
      canvas.getByRole('figure', { name: 'Net revenue retention, last 12 months' }),
    ).toBeInTheDocument();
    await expect(canvas.queryAllByRole('alert')).toHaveLength(0);
  },
};

/** The same page on 1,000 accounts with another seed. */
export const MediumBook: Story = { globals: { dataset: 'medium', seed: '7' } };
