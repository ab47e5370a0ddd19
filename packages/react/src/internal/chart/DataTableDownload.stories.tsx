import type { Meta, StoryObj } from '@storybook/react-vite';
import { SCORECARD_ADOPTION_FIRST } from '@vitals/metrics';
import { generateHealthAccounts } from '@vitals/sample-data';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { HealthDistribution } from '../../health-distribution/HealthDistribution';
import { storyCurrency, storyLocale, storyMessages } from '../../test/story-globals';
import { displayedNumber } from '../csv';

const accounts = generateHealthAccounts({ accounts: 120 });

const meta = {
  title: 'Examples/Data table download',
  component: HealthDistribution,
  parameters: {
    docs: {
      description: {
        component: [
          "Every chart's data table downloads as CSV through the chart shell: show the table, then",
          '"Download CSV" saves it as displayed (formatted in the reader\'s locale) and "Download raw',
          'CSV" as plain numbers with the digits shown and "." decimals. Text cells are neutralised',
          "against spreadsheet formulas; the file is named after the chart's title.",
        ].join(' '),
      },
    },
  },
  args: { accounts, scorecard: SCORECARD_ADOPTION_FIRST, title: 'Health by tier' },
} satisfies Meta<typeof HealthDistribution>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Keyboard path: Tab to "Show data table", Enter, Tab to each download, Enter. */
export const Download: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const m = storyMessages(globals).common;
    const locale = storyLocale(globals);
    const saved: Array<{ name: string; text: Promise<string> }> = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    let blob: Blob | undefined;
    URL.createObjectURL = (object: Blob | MediaSource) => {
      blob = object as Blob;
      return create.call(URL, object);
    };
    // The link's click would save a real file: keep its name and contents instead.
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) saved.push({ name: this.download, text: blob!.text() });
      else click.call(this);
    };
    try {
      const toggle = canvas.getByRole('button', { name: m.showTable });
      toggle.focus();
      await userEvent.keyboard('{Enter}');
      const displayed = await canvas.findByRole('button', { name: m.downloadCsv });
      for (let i = 0; i < 5 && document.activeElement !== displayed; i++) await userEvent.tab();
      await expect(displayed).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await userEvent.tab();
      await expect(canvas.getByRole('button', { name: m.downloadCsvRaw })).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(saved).toHaveLength(2));
      await expect(saved.map((file) => file.name)).toEqual([
        'Health-by-tier.csv',
        'Health-by-tier-raw.csv',
      ]);
      const [shown, raw] = await Promise.all(saved.map((file) => file.text));
      const table = canvas.getByRole('table');
      const firstRow = within(table).getAllByRole('row')[1]!;
      const cells = [...firstRow.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
      // The displayed file holds the row as the table shows it; the raw one its numbers.
      await expect(shown!.split('\r\n')[1]).toContain(cells[0]!);
      const rawFields = raw!.split('\r\n')[1]!.split(',');
      await expect(rawFields.slice(1).map(Number)).toEqual(
        cells.slice(1).map((text) => displayedNumber(text, locale, storyCurrency(globals))),
      );
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
  },
};
