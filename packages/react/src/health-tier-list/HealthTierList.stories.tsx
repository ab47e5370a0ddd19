import type { Meta, StoryObj } from '@storybook/react-vite';
import { SCORECARD_ADOPTION_FIRST, scoreHealth } from '@vitals/metrics';
import { generateHealthAccounts, generateHealthHistory } from '@vitals/sample-data';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { defaultTierListColumns } from './columns';
import {
  countText,
  literal,
  storyLocale,
  storyMessages,
  storyPlural,
  storyTheme,
} from '../test/story-globals';
import { HealthTierList } from './HealthTierList';
import { type TierListState, tierListColumnHelper } from './tierList.features';

const AS_OF = '2025-12-31';
const accounts = generateHealthAccounts({ seed: 42, accounts: 400, asOf: AS_OF });
const scored = scoreHealth(accounts, SCORECARD_ADOPTION_FIRST);
const history = generateHealthHistory(
  scored.accounts.map((r) => ({ id: r.accountId, currentScore: r.score ?? 50 })),
  { seed: 42, days: 45, asOf: AS_OF },
);

let large: ReturnType<typeof generateHealthAccounts> | undefined;
/** 100,000 accounts, generated on first use so the other stories load fast. */
const largeAccounts = () =>
  (large ??= generateHealthAccounts({ seed: 7, accounts: 100_000, asOf: AS_OF }));

const meta = {
  title: 'Lists/HealthTierList',
  component: HealthTierList,
  parameters: {
    docs: {
      description: {
        component: [
          'The at-risk work queue: who to call first. Accounts come sorted **at risk first** (most',
          'severe tier, then most MRR at stake); every column sorts (Shift+click adds a column to the',
          'sort), and the toolbar filters by tier and segment and searches names and owners.',
          '',
          'Keyboard: Tab reaches one row; arrow keys, Page Up/Down, Home and End move between rows;',
          'Space selects; Enter runs `onRowAction` (or shows details); Right/Left show and hide details.',
          '',
          "Built on TanStack Table v9: `state`, `initialState` and every `on*Change` are TanStack's own",
          'slices (`sorting`, `columnFilters`, `globalFilter`, `rowSelection`, `expanded`,',
          '`columnVisibility`, `columnOrder`). Columns are TanStack column definitions: start from',
          '`defaultTierListColumns` and add your own with `tierListColumnHelper`.',
        ].join('\n'),
      },
    },
  },
  args: {
    accounts,
    scorecard: SCORECARD_ADOPTION_FIRST,
    history,
    asOf: AS_OF,
    height: 420,
  },
  argTypes: {
    accounts: { control: false },
    data: { control: false },
    history: { control: false },
    scorecard: { control: false },
    columns: { control: false },
  },
} satisfies Meta<typeof HealthTierList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 400 sample accounts with 45 days of history: trend sparklines, drivers and next-tier paths. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const m = storyMessages(globals).healthTierList;
    const table = canvas.getByRole('table', { name: new RegExp(literal(m.title)) });
    await expect(table).toHaveAttribute('aria-rowcount', '401');
    const first = canvasElement.querySelector('tr.vitals-tier-list-row');
    await expect(first).toHaveAttribute('data-tier', 'critical');
    await expect(canvasElement.querySelector('.vitals-root')).toHaveAttribute(
      'data-theme',
      storyTheme(globals),
    );
  },
};

/** The dark set of `--vitals-*` variables. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** German locale and euros: `1.234 €`, "in 12 Tagen", `12.01.2026`. */
export const GermanEuro: Story = { name: 'Locale de-DE, EUR', globals: { locale: 'de-DE' } };

/** Precomputed `scoreHealth` results joined with the accounts, as a server component would pass. */
export const PrecomputedData: Story = {
  args: { accounts, data: scored, scorecard: SCORECARD_ADOPTION_FIRST, history: undefined },
};

/** Gathered under one header per tier with its account count and MRR. */
export const GroupedByTier: Story = { args: { groupByTier: true } };

/** Selection with a running count; Space selects the focused row. */
export const WithSelection: Story = {
  args: { initialState: { rowSelection: { [scored.accounts[0]!.accountId]: true } } },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const m = storyMessages(globals).healthTierList;
    const all = countText(400, storyLocale(globals));
    await userEvent.click(canvas.getByRole('checkbox', { name: m.selectAll }));
    await expect(canvas.getByRole('status')).toHaveTextContent(
      storyPlural(m.rowCount, 400, globals) +
        storyPlural(m.selectedCount, 400, globals, { count: all }),
    );
  },
};

/** The host owns `sorting`: here it starts by renewal date and shows the state it holds. */
export const ControlledSorting: Story = {
  render: function Render(args) {
    const [sorting, setSorting] = useState<TierListState['sorting']>([
      { id: 'renewal', desc: false },
    ]);
    return (
      <div>
        <p>
          Host state: <code>{JSON.stringify(sorting)}</code>
        </p>
        <HealthTierList {...args} state={{ sorting }} onSortingChange={setSorting} />
      </div>
    );
  },
};

const seats = tierListColumnHelper.accessor(
  (row) => {
    const used = Number(row.account?.signals.seatsUsed);
    const bought = Number(row.account?.signals.seatsPurchased);
    return bought > 0 ? used / bought : undefined;
  },
  {
    id: 'seats',
    header: 'Seat use',
    sortUndefined: 'last',
    cell: (context) => {
      const value = context.getValue();
      return value === undefined ? '—' : `${Math.round(value * 100)}%`;
    },
    meta: { width: 100, align: 'end' },
  },
);

/** A vendor's own column (seat use) added, the next-tier column hidden and the owner moved first. */
export const CustomColumns: Story = {
  args: {
    columns: [...defaultTierListColumns, seats],
    initialState: {
      columnVisibility: { segment: false, nextStep: false },
      columnOrder: [
        'owner',
        'account',
        'tier',
        'score',
        'seats',
        'mrr',
        'trend',
        'drivers',
        'renewal',
      ],
    },
  },
};

/**
 * The keyboard path and drill-through: Enter on the focused row calls `onSelect` with its tier and
 * account (after `onRowAction`, when given).
 */
export const Keyboard: Story = {
  args: { onSelect: fn() },
  play: async ({ canvasElement, args }) => {
    const first = canvasElement.querySelector<HTMLElement>('tr.vitals-tier-list-row')!;
    first.focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ component: 'HealthTierList', tier: 'critical' }),
    );
  },
};

/** `variant="bare"` inside the host's own card. */
export const Bare: Story = {
  args: { variant: 'bare' },
  decorators: [
    (Story) => (
      <div style={{ border: '1px solid #d0d5dd', borderRadius: 12, padding: 16 }}>
        <Story />
      </div>
    ),
  ],
};

/** No accounts yet. */
export const Empty: Story = { args: { accounts: [] } };

/** Filters that match nothing: the list says so and offers to clear them. */
export const NoMatches: Story = {
  args: { initialState: { globalFilter: 'no such account' } },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const m = storyMessages(globals).healthTierList;
    await expect(canvas.getByText(m.noMatch)).toBeInTheDocument();
  },
};

/** While the host is fetching. */
export const Loading: Story = { args: { loading: true } };

/** The host's fetch failed. */
export const ErrorState: Story = {
  name: 'Error',
  args: { error: new Error('the accounts API answered 503 (service unavailable).') },
};

/** 100,000 accounts scored in the browser; only the rows in view are in the DOM. */
export const LargeDataset: Story = {
  name: 'Large dataset',
  args: { history: undefined },
  render: (args) => <HealthTierList {...args} accounts={largeAccounts()} />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const table = await canvas.findByRole(
      'table',
      { name: new RegExp(literal(storyMessages(globals).healthTierList.title)) },
      { timeout: 20_000 },
    );
    await expect(Number(table.getAttribute('aria-rowcount'))).toBeGreaterThanOrEqual(100_001);
    await expect(canvasElement.querySelectorAll('tr').length).toBeLessThan(300);
    // Scroll to the end: the last account is rendered with its place in the full list.
    const scroller = canvasElement.querySelector<HTMLElement>('.vitals-tier-list-scroll')!;
    scroller.scrollTop = scroller.scrollHeight;
    await waitFor(() =>
      expect(canvasElement.querySelector('tr[aria-rowindex="100001"]')).not.toBeNull(),
    );
    await expect(canvasElement.querySelectorAll('tr').length).toBeLessThan(300);
    // Back to the top, as a reader opens it (the sticky header would cover scrolled rows).
    scroller.scrollTop = 0;
    await waitFor(() =>
      expect(canvasElement.querySelector('tr[aria-rowindex="2"]')).not.toBeNull(),
    );
  },
};

/**
 * In a 420 px host sidebar on a wide page: the list follows its own width, not the viewport's,
 * and below 640 px draws each account as a card (name, score and tier on top, the other columns as
 * label and value pairs). Same keys: one tab stop, arrows between cards, Space selects; the names
 * stay the host's links.
 */
export const NarrowContainer: Story = {
  name: 'In a 420 px container',
  args: { getAccountHref: (id: string) => `#account-${id}` },
  decorators: [
    (Story) => (
      <div style={{ width: 420, maxWidth: '100%' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const m = storyMessages(globals).healthTierList;
    const table = canvas.getByRole('table', { name: new RegExp(literal(m.title)) });
    await waitFor(() =>
      expect(canvasElement.querySelector('.vitals-tier-list-scroll')).toHaveAttribute(
        'data-layout',
        'cards',
      ),
    );
    const rows = () =>
      within(table)
        .getAllByRole('row')
        .filter((row) => row.classList.contains('vitals-tier-list-row'));
    const [first, second] = rows();
    // A card is a row: its name is the host's link, its other columns are labelled cells.
    await expect(within(first!).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringMatching(/^#account-/),
    );
    const owner = first!.querySelector('.vitals-tier-list-cell-owner')!;
    await expect(owner).toHaveAttribute('data-label', m.columns.owner);
    await expect(getComputedStyle(owner, '::before').content).toContain(m.columns.owner);
    // Cards stack: the second starts below the first, within the list's width.
    const a = first!.getBoundingClientRect();
    const b = second!.getBoundingClientRect();
    await expect(b.top).toBeGreaterThanOrEqual(a.bottom - 1);
    await expect(a.width).toBeLessThanOrEqual(420);
    first!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(second).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(second).toHaveAttribute('data-state', 'selected');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      storyPlural(m.selectedCount, 1, globals),
    );
    // Home goes back to the first card.
    await userEvent.keyboard('{Home}');
    await expect(first).toHaveFocus();
  },
};
