import type { Meta, StoryObj } from '@storybook/react-vite';
import { movementAccounts, mrrMovements } from '@vitals/metrics';
import { generateSampleData } from '@vitals/sample-data';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { ChartSelection } from '../internal/chart';
import { NrrWaterfall } from '../waterfall/NrrWaterfall';
import './host.css';

const sample = generateSampleData({ seed: 42, accounts: 240 });
const names = new Map(sample.accounts.map((account) => [account.id, account.name]));
const window = { snapshots: sample.snapshots, from: '2024-12', to: '2025-12' } as const;
/** The host's own account pages: what it hands Vitals as `getAccountHref`. */
const accountHref = (accountId: string) =>
  `https://admin.example.com/accounts/${encodeURIComponent(accountId)}`;

/**
 * A host's drill-through: `onSelect` on the waterfall opens the accounts behind the selected step,
 * each a link from `getAccountHref`. The list is the host's own markup, in its own words.
 */
function DrillThroughDemo({
  onSelect,
  getAccountHref,
}: {
  onSelect: (selection: ChartSelection) => void;
  getAccountHref: (accountId: string) => string | undefined;
}) {
  const [selection, setSelection] = useState<ChartSelection | null>(null);
  const accounts = selection?.accounts ?? [];
  return (
    <div className="host-main">
      <NrrWaterfall
        {...window}
        getAccountHref={getAccountHref}
        onSelect={(selected) => {
          onSelect(selected);
          setSelection(selected);
        }}
      />
      {selection && (
        <section aria-label={`Accounts behind ${selection.movement}`} data-testid="drill">
          <h3>
            {selection.movement}: {accounts.length} accounts
          </h3>
          <ul>
            {accounts.map(({ accountId, value }) => {
              const href = getAccountHref(accountId);
              const name = names.get(accountId) ?? accountId;
              return (
                <li key={accountId}>
                  {href ? <a href={href}>{name}</a> : name} {value}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}

const meta = {
  title: 'Examples/Drill-through',
  component: DrillThroughDemo,
  parameters: {
    docs: {
      description: {
        component: [
          'Every chart calls `onSelect(selection)` when a reader clicks a mark or presses Enter or Space on it.',
          'Beside what the mark stands for (`movement`, `period`, `cohort` and `age`, `tier`, `part`…), the selection',
          'carries `accounts`: the accounts behind the mark, each with its part of the amount (`value`), when the data has them.',
          'Here the host lists them under the waterfall, each a link built by its own `getAccountHref`.',
          '',
          'A waterfall step’s accounts sum to the step (`movementAccounts`); a cohort cell’s are its retained accounts',
          '(`cohortCellAccounts`); a tier bar’s its accounts (`healthTierAccounts`); a survey part’s its responding accounts',
          '(`surveyAccounts`). A chart given pre-aggregated `data` has no accounts to give, and `accounts` is left out.',
          'See docs/drill-through.md.',
        ].join('\n'),
      },
    },
  },
  args: { onSelect: fn(), getAccountHref: accountHref },
  argTypes: { getAccountHref: { control: false } },
} satisfies Meta<typeof DrillThroughDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Click the churn step: its accounts open below, each a link to the host's account page. */
export const DrillThrough: Story = {
  name: 'Drill-through',
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const churn = canvasElement.querySelector<SVGElement>('[data-step="churn"]')!;
    await userEvent.click(churn);
    const expected = movementAccounts(mrrMovements(window.snapshots, window), 'churn')!;
    await expect(expected.length).toBeGreaterThan(0);
    await expect(args.onSelect).toHaveBeenLastCalledWith({
      component: 'NrrWaterfall',
      movement: 'churn',
      period: '2025-12',
      accounts: expected,
    });
    const links = within(canvas.getByTestId('drill')).getAllByRole('link');
    await expect(links).toHaveLength(expected.length);
    await expect(links[0]).toHaveAttribute('href', accountHref(expected[0]!.accountId));
    // Enter on the focused step selects it too.
    churn.focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledTimes(2);
    // Escape closes the step's tooltip; the story ends with none open.
    await userEvent.keyboard('{Escape}');
    churn.blur();
  },
};
