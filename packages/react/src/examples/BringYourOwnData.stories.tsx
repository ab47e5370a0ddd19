import type { Meta, StoryObj } from '@storybook/react-vite';
import { generateSampleData } from '@vitals/sample-data';
import { expect, userEvent, within } from 'storybook/test';
import { BringYourOwnData } from './BringYourOwnData';
import './examples.css';

const sample = generateSampleData({ seed: 11, accounts: 60, months: 14 });
const header = 'accountId,period,mrr,currency,segment';
const goodCsv = [
  header,
  ...sample.snapshots.map((s) => [s.accountId, s.period, s.mrr, s.currency, s.segment].join(',')),
].join('\n');
const badCsv = [
  header,
  ...sample.snapshots
    .slice(0, 300)
    .map((s) => [s.accountId, s.period, s.mrr, s.currency, s.segment].join(',')),
  'acct-x,2025-13,100,USD,SMB',
  'acct-y,2025-06,-40,USD,SMB',
  'acct-z,2025-06,forty,USD,SMB',
  'acct-w,2025-06',
].join('\n');

const meta = {
  title: 'Examples/Bring your own data',
  component: BringYourOwnData,
  parameters: {
    docs: {
      description: {
        component:
          'Paste or upload your own MRR snapshots as CSV (a header with `accountId`, `period`, `mrr`, and optionally `currency` and `segment`) to see them as a waterfall and a cohort table. Nothing leaves the browser. Lines that cannot be used are listed with their line numbers — never silently dropped — and the charts are drawn from the remaining rows.',
      },
    },
  },
  args: { defaultCsv: goodCsv },
} satisfies Meta<typeof BringYourOwnData>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Sample snapshots exported as CSV. */
export const SampleCsv: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Every line was read' })).toBeInTheDocument();
    await expect(canvas.getByRole('figure', { name: 'Net revenue retention' })).toBeInTheDocument();
  },
};

/** Four bad lines: each is listed with its line number, and the charts say they skipped rows. */
export const WithBadLines: Story = {
  args: { defaultCsv: badCsv },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { name: '4 lines could not be used' }),
    ).toBeInTheDocument();
    await expect(canvas.getByText(/^Line 302: period/)).toBeInTheDocument();
    await expect(canvas.getByText(/^Line 303: mrr/)).toBeInTheDocument();
    await expect(canvas.getByText('Line 304: mrr "forty" is not a number.')).toBeInTheDocument();
    await expect(canvas.getByText('Line 305: has 2 fields, the header has 5.')).toBeInTheDocument();
  },
};

/** Typing into the box re-reads it: an empty box says what to paste. */
export const TypeYourOwn: Story = {
  args: {
    defaultCsv:
      'accountId,period,mrr\nacme,2025-01,100\nacme,2025-02,130\nglobex,2025-01,100\nglobex,2025-02,90',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole('textbox', { name: /MRR snapshots as CSV/ });
    await userEvent.clear(box);
    await expect(canvas.getByText(/The CSV is empty/)).toBeInTheDocument();
  },
};
