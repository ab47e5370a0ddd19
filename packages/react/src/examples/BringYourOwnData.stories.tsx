import type { Meta, StoryObj } from '@storybook/react-vite';
import { generateSampleData } from '@vitals/sample-data';
import { expect, userEvent, within } from 'storybook/test';
import { BringYourOwnData } from './BringYourOwnData';
import './examples.css';
import { fill } from '../messages/template';
import { storyMessages, storyPlural } from '../test/story-globals';

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

/**
 * Twenty good rows with a `note` column; two notes are quoted and span lines (2 and 3 lines), so
 * from the fifth row on a row's CSV line is no longer its index + 2. Then one bad amount and one
 * bad month: they sit on lines 25 and 26, where index + 2 would say 22 and 23.
 */
const notes: Record<number, string> = {
  4: '"Upgraded mid-month\nafter a call"',
  9: '"Asked for a discount;\nsaid ""maybe"" to annual,\nfollow up in Q3"',
};
const multiLineCsv = [
  `${header},note`,
  ...sample.snapshots
    .slice(0, 20)
    .map((s, i) => [s.accountId, s.period, s.mrr, s.currency, s.segment, notes[i] ?? ''].join(',')),
  'acct-x,2025-06,forty,USD,SMB,',
  'acct-y,2025-13,100,USD,SMB,',
].join('\n');

const meta = {
  title: 'Examples/Bring your own data',
  component: BringYourOwnData,
  parameters: {
    docs: {
      description: {
        component:
          'Paste or upload your own MRR snapshots as CSV (a header with `accountId`, `period`, `mrr`, and optionally `currency` and `segment`; `,` or `;` delimited) to see them as a waterfall and a cohort table. Nothing leaves the browser. The text is read with `@vitals/metrics/csv`, which keeps the line each row starts on, so lines that cannot be used are listed with their true CSV line numbers (also after quoted fields that span lines) — never silently dropped — and the charts, drawn from the remaining rows, name the lines they skipped.',
      },
    },
  },
  args: { defaultCsv: goodCsv },
} satisfies Meta<typeof BringYourOwnData>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Sample snapshots exported as CSV. */
export const SampleCsv: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Every line was read' })).toBeInTheDocument();
    await expect(
      canvas.getByRole('figure', { name: storyMessages(globals).waterfall.title }),
    ).toBeInTheDocument();
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
    // The charts' skipped-row notes name the same lines, so look in the list of problems.
    const problems = within(canvas.getByRole('region', { name: '4 lines could not be used' }));
    await expect(problems.getByText(/^Line 302, period: /)).toBeInTheDocument();
    await expect(problems.getByText(/^Line 303, mrr: /)).toBeInTheDocument();
    await expect(
      problems.getByText(
        "Line 304, mrr: 'forty' is not a number: remove currency symbols, units and other text.",
      ),
    ).toBeInTheDocument();
    await expect(
      problems.getByText('Line 305, csv: has 2 fields, the header has 5.'),
    ).toBeInTheDocument();
  },
};

/**
 * Quoted notes that span lines come before the bad lines: the bad amount and the bad month are
 * named on their true lines (25 and 26, not 22 and 23), and the charts' skipped-row notes (a
 * native disclosure: a tab stop that Enter or Space opens) name the same line.
 */
export const WithQuotedLineBreaks: Story = {
  args: { defaultCsv: multiLineCsv },
  play: async ({ canvasElement, globals }) => {
    const m = storyMessages(globals);
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { name: '2 lines could not be used' }),
    ).toBeInTheDocument();
    const problems = canvas.getByRole('region', { name: '2 lines could not be used' });
    await expect(
      within(problems)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.slice(0, 12)),
    ).toEqual(['Line 25, mrr', 'Line 26, per']);
    const waterfall = canvas.getByRole('figure', { name: m.waterfall.title });
    const summary = within(waterfall).getByText(storyPlural(m.common.skippedRows, 1, globals));
    await expect(summary.closest('details')).not.toHaveAttribute('open');
    summary.focus();
    await expect(summary).toHaveFocus();
    await userEvent.click(summary);
    await expect(summary.closest('details')).toHaveAttribute('open');
    const line26 = `${fill(m.common.issueLine, { line: 26 })}, period: `;
    await expect(within(waterfall).getByText((text) => text.startsWith(line26))).toBeVisible();
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
    await expect(canvas.getByText(/the CSV is empty/)).toBeInTheDocument();
  },
};
