import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactElement, StrictMode, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { messagesForLocale } from '../messages/catalogues';
import { enHealthTierList as m } from '../messages/en';
import { fill, plural } from '../messages/template';
import { VitalsProvider } from '../provider/VitalsProvider';
import { expectNoAxeViolations } from '../test/axe';
import { literal } from '../test/story-globals';
import { expectHydratesCleanly } from '../test/hydrate';
import { describeHostContract } from '../test/hostContract';
import { stubTierListLayout } from '../test/tier-list-size';
import { defaultTierListColumns } from './columns';
import { ACCOUNTS, AS_OF, CARD, HISTORY } from './fixtures.test-data';
import { HealthTierList, type HealthTierListProps } from './HealthTierList';
import { type TierListState, tierListColumnHelper } from './tierList.features';

const HOOLI = '<img src=x onerror="alert(1)">Hooli';

const renderList = (props: Partial<HealthTierListProps> = {}, wrap = (ui: ReactElement) => ui) =>
  render(
    <StrictMode>
      {wrap(
        <HealthTierList
          accounts={ACCOUNTS}
          scorecard={CARD}
          asOf={AS_OF}
          history={HISTORY}
          {...props}
        />,
      )}
    </StrictMode>,
  );

const grid = () => screen.getByRole('table', { name: /At-risk accounts|Gefährdete Kunden/ });
const accountRows = () =>
  within(grid())
    .getAllByRole('row')
    .filter((row) => row.classList.contains('vitals-tier-list-row'));
const names = () =>
  accountRows().map((row) => row.querySelector('.vitals-tier-list-name')?.textContent);
const rowOf = (name: string) =>
  accountRows().find((row) => row.querySelector('.vitals-tier-list-name')?.textContent === name)!;

/** Catches the CSV download: its Blob URL and the link click (jsdom has neither). */
function captureDownload(): { text: () => Promise<string> } {
  let blob: Blob | undefined;
  URL.createObjectURL = vi.fn((b: Blob) => {
    blob = b;
    return 'blob:csv';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return { text: () => blob!.text() };
}

describe('HealthTierList', () => {
  stubTierListLayout();
  afterEach(() => vi.restoreAllMocks());

  describeHostContract('HealthTierList', {
    readyTag: 'SECTION',
    states: {
      ready: (host) => (
        <HealthTierList accounts={ACCOUNTS} scorecard={CARD} asOf={AS_OF} {...host} />
      ),
      loading: (host) => <HealthTierList loading {...host} />,
      empty: (host) => <HealthTierList accounts={[]} scorecard={CARD} {...host} />,
      error: (host) => <HealthTierList error={new Error('503')} {...host} />,
    },
    describedBy: 'host',
  });

  it('lists accounts at risk first: most severe tier, then most MRR', () => {
    renderList();
    expect(names()).toEqual(['Umbrella', 'Acme', 'Globex', HOOLI, 'Initech']);
    expect(grid()).toHaveAttribute('aria-rowcount', '6');
    expect(accountRows().map((row) => row.getAttribute('aria-rowindex'))).toEqual([
      '2',
      '3',
      '4',
      '5',
      '6',
    ]);
    expect(screen.getByRole('columnheader', { name: 'Tier' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(screen.getByRole('status')).toHaveTextContent('5 accounts');
  });

  it('shows every column in words: MRR, score, tier, trend, drivers, next tier, renewal, owner', () => {
    renderList();
    const acme = within(rowOf('Acme'));
    expect(acme.getByText('SMB')).toBeInTheDocument();
    expect(acme.getByText('$1,000')).toBeInTheDocument();
    expect(acme.getByText('45')).toBeInTheDocument();
    expect(acme.getByText(m.tiers.critical)).toHaveAttribute('data-tone', 'negative');
    expect(
      acme.getByText(plural(m.trendDown, 'en-US', 30, { size: '10', count: '30' })),
    ).toBeInTheDocument();
    expect(rowOf('Acme').querySelector('svg.vitals-tier-list-sparkline')).not.toBeNull();
    expect(
      acme.getByText(
        [
          fill(m.driver, {
            measure: 'Weekly logins',
            value: '3',
            points: plural(m.driverPoints, 'en-US', 35, { count: '35' }),
          }),
          fill(m.driver, {
            measure: 'Open tickets',
            value: '4',
            points: plural(m.driverPoints, 'en-US', 20, { count: '20' }),
          }),
        ].join(m.driverSeparator),
      ),
    ).toBeInTheDocument();
    expect(
      acme.getByText(
        fill(m.nextRaise, { measure: 'Weekly logins', from: '3', to: '4', tier: m.tiers.atRisk }),
      ),
    ).toBeInTheDocument();
    expect(acme.getByText('in 12 days')).toBeInTheDocument();
    expect(acme.getByText('Jan 12, 2026')).toBeInTheDocument();
    expect(acme.getByText('Dana')).toBeInTheDocument();
    expect(within(rowOf('Initech')).getByText(m.topTier)).toBeInTheDocument();
  });

  it('sorts by a header, toggles direction, and adds a second sort with Shift', async () => {
    const user = userEvent.setup();
    renderList();
    await user.click(screen.getByRole('button', { name: 'Score' }));
    expect(names()).toEqual(['Umbrella', 'Acme', 'Globex', HOOLI, 'Initech']);
    expect(screen.getByRole('columnheader', { name: 'Score' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(screen.getByRole('columnheader', { name: 'Tier' })).not.toHaveAttribute('aria-sort');
    await user.click(screen.getByRole('button', { name: 'Score' }));
    expect(names()).toEqual(['Initech', HOOLI, 'Globex', 'Acme', 'Umbrella']);
    await user.click(screen.getByRole('button', { name: 'Owner' }));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('button', { name: 'MRR' }));
    await user.keyboard('{/Shift}');
    // Owner ascending, ties (Dana) by MRR descending.
    expect(names()).toEqual([HOOLI, 'Acme', 'Initech', 'Globex', 'Umbrella']);
    const later = fill(m.sortedLater, { position: 2, direction: m.descending });
    expect(
      screen.getByRole('button', { name: new RegExp(literal(`${m.columns.mrr}${later}`)) }),
    ).toBeInTheDocument();
  });

  it('filters by tier and by segment, and says how many accounts are shown', async () => {
    const user = userEvent.setup();
    renderList();
    const tiers = screen.getByRole('group', { name: 'Tier' });
    await user.click(within(tiers).getByRole('checkbox', { name: /Critical/ }));
    expect(names()).toEqual(['Umbrella', 'Acme']);
    expect(screen.getByRole('status')).toHaveTextContent('2 of 5 accounts');
    await user.click(within(tiers).getByRole('checkbox', { name: /At risk/ }));
    expect(names()).toEqual(['Umbrella', 'Acme', 'Globex', HOOLI]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Segment' }), 'Enterprise');
    expect(names()).toEqual(['Umbrella', 'Globex']);
  });

  it('searches names and owners, and offers to clear filters when nothing matches', async () => {
    const user = userEvent.setup();
    renderList();
    const search = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(search, 'dana');
    expect(names()).toEqual(['Acme', 'Initech']);
    await user.clear(search);
    await user.type(search, 'glob');
    expect(names()).toEqual(['Globex']);
    await user.type(search, 'zzz');
    expect(screen.getByText('No accounts match these filters.')).toBeInTheDocument();
    expect(grid()).toHaveAttribute('aria-rowcount', '1');
    await user.click(within(grid()).getByRole('button', { name: 'Clear filters' }));
    expect(search).toHaveValue('');
    expect(names()).toHaveLength(5);
  });

  it('groups by tier with a header per tier giving its count and MRR', () => {
    renderList({ groupByTier: true });
    const headers = within(grid())
      .getAllByRole('rowheader')
      .filter((cell) => cell.getAttribute('scope') === 'rowgroup');
    const totals = (count: number, mrr: string) =>
      fill(m.groupTotals, {
        accounts: plural(m.groupAccounts, 'en-US', count, { count }),
        mrr,
      });
    expect(headers.map((cell) => cell.textContent)).toEqual([
      `${m.tiers.critical} ${totals(2, '$21,000')}`,
      `${m.tiers.atRisk} ${totals(2, '$12,000')}`,
      `${m.tiers.healthy} ${totals(1, '$500')}`,
    ]);
    expect(grid()).toHaveAttribute('aria-rowcount', '9');
  });

  it('selects rows with the checkbox, Space, or select-all, and reports each change', async () => {
    const user = userEvent.setup();
    const onRowSelectionChange = vi.fn();
    renderList({ onRowSelectionChange });
    await user.click(
      screen.getByRole('checkbox', { name: fill(m.selectAccount, { name: 'Acme' }) }),
    );
    expect(rowOf('Acme')).toHaveAttribute('data-state', 'selected');
    expect(onRowSelectionChange).toHaveBeenCalledTimes(1);
    rowOf('Globex').focus();
    await user.keyboard(' ');
    expect(rowOf('Globex')).toHaveAttribute('data-state', 'selected');
    expect(screen.getByRole('status')).toHaveTextContent('5 accounts, 2 selected');
    await user.click(screen.getByRole('checkbox', { name: m.selectAll }));
    expect(accountRows().every((row) => row.getAttribute('data-state') === 'selected')).toBe(true);
  });

  it('moves focus with the arrow keys, Home and End, and runs the row action with Enter', async () => {
    const user = userEvent.setup();
    const onRowAction = vi.fn();
    renderList({ onRowAction });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await user.tab();
    await user.tab();
    // After the sort buttons and the select-all box, one row is in the tab order.
    for (
      let i = 0;
      i < 12 && !document.activeElement?.classList.contains('vitals-tier-list-row');
      i++
    )
      await user.tab();
    expect(document.activeElement).toBe(rowOf('Umbrella'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rowOf('Acme'));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(rowOf('Initech'));
    await user.keyboard('{Home}{ArrowDown}{Enter}');
    expect(onRowAction).toHaveBeenCalledWith(expect.objectContaining({ id: 'a1', name: 'Acme' }));
  });

  it('expands a row with the arrow keys to show its category scores and contributions', async () => {
    const user = userEvent.setup();
    renderList();
    rowOf('Acme').focus();
    await user.keyboard('{ArrowRight}');
    expect(rowOf('Acme')).toHaveAttribute('data-expanded', 'true');
    const caption = (name: string) => fill(m.contributionsCaption, { name });
    const contributions = screen.getByRole('table', { name: caption('Acme') });
    expect(
      within(contributions)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['Open tickets46030', 'Weekly logins33015']);
    expect(screen.getByText('Usage').parentElement).toHaveTextContent('Usage 45');
    await user.keyboard('{ArrowLeft}');
    expect(screen.queryByRole('table', { name: caption('Acme') })).toBeNull();
    await user.click(screen.getByRole('button', { name: fill(m.showDetails, { name: 'Globex' }) }));
    expect(screen.getByRole('table', { name: caption('Globex') })).toBeInTheDocument();
  });

  it('calls onRowClick for a click on the row, not on its checkbox', async () => {
    const user = userEvent.setup();
    const onRowClick = vi.fn();
    renderList({ onRowClick });
    await user.click(within(rowOf('Globex')).getByText('Eli'));
    expect(onRowClick).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'a2' }),
      expect.anything(),
    );
    await user.click(
      screen.getByRole('checkbox', { name: fill(m.selectAccount, { name: 'Globex' }) }),
    );
    expect(onRowClick).toHaveBeenCalledTimes(1);
  });

  it('passes controlled sorting through: the handler gets the update, the parent decides', async () => {
    const user = userEvent.setup();
    const seen: unknown[] = [];
    function Host() {
      const [sorting, setSorting] = useState<TierListState['sorting']>([{ id: 'mrr', desc: true }]);
      return (
        <HealthTierList
          accounts={ACCOUNTS}
          scorecard={CARD}
          asOf={AS_OF}
          state={{ sorting }}
          onSortingChange={(updater) => {
            seen.push(updater);
            setSorting(updater);
          }}
        />
      );
    }
    render(<Host />);
    expect(names()).toEqual(['Umbrella', 'Globex', HOOLI, 'Acme', 'Initech']);
    await user.click(screen.getByRole('button', { name: 'Account' }));
    expect(seen).toHaveLength(1);
    expect(names()).toEqual([HOOLI, 'Acme', 'Globex', 'Initech', 'Umbrella']);
  });

  it('takes custom columns and hides columns through TanStack state', () => {
    const seats = tierListColumnHelper.accessor((row) => Number(row.account?.signals.tickets), {
      id: 'tickets',
      header: 'Tickets',
      meta: { align: 'end' },
    });
    renderList({
      columns: [...defaultTierListColumns, seats],
      initialState: { columnVisibility: { segment: false, owner: false, drivers: false } },
    });
    const headers = within(grid())
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toContain('Tickets');
    expect(headers).not.toContain('Owner');
    expect(headers).not.toContain('Top drivers');
    expect(within(rowOf('Umbrella')).getByText('6')).toBeInTheDocument();
  });

  it('exports the shown rows in their order as CSV, with formulas neutralised', async () => {
    const user = userEvent.setup();
    const download = captureDownload();
    renderList();
    await user.click(
      within(screen.getByRole('group', { name: 'Tier' })).getByRole('checkbox', {
        name: /At risk/,
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const text = (await download.text()).replace(/^\uFEFF/, '');
    const lines = text.split('\r\n');
    const c = m.columns;
    const h = m.csvHeaders;
    expect(lines[0]).toBe(
      [
        c.account,
        c.segment,
        c.mrr,
        c.score,
        c.tier,
        h.scoreChange,
        c.drivers,
        c.nextStep,
        h.renewalDate,
        c.owner,
      ].join(','),
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^Globex,Enterprise,9000,65,At risk,5,/);
    expect(lines[2]).toContain('"<img src=x onerror=""alert(1)"">Hooli",Mid-Market,3000');
    expect(lines[2]).toMatch(/,"'=cmd\|""\/c calc""!A1"$/);
    expect(lines[3]).toBe('');
  });

  it('exports numbers rounded as the list shows them', async () => {
    const user = userEvent.setup();
    const download = captureDownload();
    const odd = {
      ...ACCOUNTS[0]!,
      id: 'x',
      name: 'Odd',
      mrr: 1234.567,
      signals: { logins: 10 / 3, tickets: 4 },
    };
    renderList({
      accounts: [odd],
      history: [
        { accountId: 'x', date: '2025-12-01', score: 40.123456 },
        { accountId: 'x', date: '2025-12-31', score: 46.666666 },
      ],
    });
    const shownScore = within(rowOf('Odd')).getByText(/^\d+$/).textContent!;
    await user.click(screen.getByRole('button', { name: m.exportCsv }));
    const [, line] = (await download.text()).replace(/^\uFEFF/, '').split('\r\n');
    const fields = line!.split(',');
    // Account, segment, MRR as shown ($1,235), the score as shown, the change to one decimal.
    expect(fields.slice(0, 4)).toEqual(['Odd', 'SMB', '1235', shownScore]);
    expect(fields[5]).toMatch(/^-?\d+(\.\d)?$/);
    expect(fields[2]! + fields[3]! + fields[5]!).not.toMatch(/\.\d{2,}/);
  });

  it('renders names and owners as text: markup in them stays inert', () => {
    const { container } = renderList();
    expect(container.querySelector('img')).toBeNull();
    expect(within(rowOf(HOOLI)).getByText('=cmd|"/c calc"!A1')).toBeInTheDocument();
  });

  it('formats money and dates in the provider locale', () => {
    renderList({}, (ui) => (
      <VitalsProvider locale="de-DE" currency="EUR">
        {ui}
      </VitalsProvider>
    ));
    const acme = within(rowOf('Acme'));
    expect(acme.getByText('1.000 €')).toBeInTheDocument();
    expect(acme.getByText('in 12 Tagen')).toBeInTheDocument();
    expect(acme.getByText('12.01.2026')).toBeInTheDocument();
    // The toolbar and the default tiers speak German too.
    expect(screen.getByRole('searchbox', { name: 'Suche' })).toHaveAttribute(
      'placeholder',
      'Kunde oder Verantwortliche',
    );
    expect(screen.getByRole('group', { name: 'Stufe' })).toHaveTextContent('Kritisch');
    expect(screen.getByRole('status')).toHaveTextContent('5 Kunden');
    expect(screen.getByRole('button', { name: 'Als CSV exportieren' })).toBeInTheDocument();
  });

  it('keeps the list height in the loading, empty and error states', () => {
    const { rerender, container } = render(<HealthTierList loading height={300} />);
    const body = () => container.querySelector<HTMLElement>('.vitals-chart-body')!;
    const kept = body().style.minHeight;
    expect(parseFloat(kept)).toBeGreaterThanOrEqual(300);
    rerender(<HealthTierList accounts={[]} scorecard={CARD} height={300} />);
    expect(body().style.minHeight).toBe(kept);
    rerender(<HealthTierList error={new Error('503')} height={300} />);
    expect(body().style.minHeight).toBe(kept);
  });

  it('calls onSelect with the row after onRowClick and onRowAction, which keep working', async () => {
    const user = userEvent.setup();
    const calls: string[] = [];
    const onSelect = vi.fn(() => calls.push('select'));
    const onRowClick = vi.fn(() => calls.push('click'));
    const onRowAction = vi.fn(() => calls.push('action'));
    renderList({ onSelect, onRowClick, onRowAction });
    await user.click(within(rowOf('Acme')).getByText('Acme'));
    expect(calls).toEqual(['click', 'select']);
    const acme = ACCOUNTS.find((account) => account.name === 'Acme')!;
    expect(onSelect).toHaveBeenLastCalledWith({
      component: 'HealthTierList',
      tier: expect.any(String),
      accounts: [{ accountId: acme.id, value: acme.mrr }],
    });
    await user.keyboard('{Enter}');
    expect(calls).toEqual(['click', 'select', 'action', 'select']);
  });

  it('says "list", never "chart", when it breaks', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const columns = [
      tierListColumnHelper.display({
        id: 'boom',
        header: 'Boom',
        cell: () => {
          throw new Error('a column failed');
        },
      }),
    ];
    render(<HealthTierList accounts={ACCOUNTS} scorecard={CARD} columns={columns} />);
    expect(screen.getByRole('alert')).toHaveTextContent("This list couldn't be shown.");
    expect(screen.getByRole('alert')).not.toHaveTextContent(/chart/i);
  });

  it('shows loading, error and empty states', () => {
    const { rerender } = render(<HealthTierList loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading accounts…');
    rerender(<HealthTierList error={new Error('the accounts API returned 503.')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('the accounts API returned 503.');
    rerender(<HealthTierList accounts={[]} scorecard={CARD} />);
    expect(screen.getByText(/No accounts to show yet/)).toBeInTheDocument();
    rerender(<HealthTierList accounts={[{ id: '', signals: {} }]} scorecard={CARD} />);
    expect(screen.getByRole('alert')).toHaveTextContent('1 row is invalid');
  });

  it('validates data and history like raw input: the error state names the row and field', () => {
    const { rerender } = render(
      <HealthTierList
        data={[
          {
            accountId: 'a1',
            score: Number.NaN,
            tier: 'critical',
            categories: [],
            contributions: [],
          },
        ]}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('results.score');
    const history = [...HISTORY, { accountId: 'a1', date: '2025-02-30', score: 1 }];
    rerender(<HealthTierList accounts={ACCOUNTS} scorecard={CARD} history={history} />);
    expect(screen.getByRole('alert')).toHaveTextContent('history.date');
  });

  it('has no accessibility violations, grouped and expanded', async () => {
    const user = userEvent.setup();
    const { container } = renderList({ groupByTier: true });
    await user.click(screen.getByRole('button', { name: fill(m.showDetails, { name: 'Acme' }) }));
    await act(() => Promise.resolve());
    await expectNoAxeViolations(container);
  });

  it('leaves the table roles to the elements as a table (no explicit role written)', () => {
    const { container } = renderList({ groupByTier: true });
    const table = container.querySelector('table.vitals-tier-list-table')!;
    expect(table.closest('[data-layout]')).toHaveAttribute('data-layout', 'table');
    expect(table.querySelectorAll(':is(thead, tbody, tr, th, td)[role]')).toHaveLength(0);
    expect(table).not.toHaveAttribute('role');
  });

  it('hydrates server HTML without warnings', async () => {
    const { container, cleanup } = await expectHydratesCleanly(
      <HealthTierList accounts={ACCOUNTS} scorecard={CARD} asOf={AS_OF} history={HISTORY} />,
    );
    expect(container.querySelectorAll('tr.vitals-tier-list-row')).toHaveLength(5);
    cleanup();
  });

  it('turns account names into the host links of getAccountHref, one tab stop per row', async () => {
    const user = userEvent.setup();
    const onRowClick = vi.fn();
    const onRowAction = vi.fn();
    renderList({
      onRowClick,
      onRowAction,
      getAccountHref: (id) => (id === 'a2' ? undefined : `#account-${id}`),
    });
    const acme = within(rowOf('Acme')).getByRole('link', { name: 'Acme' });
    expect(acme).toHaveAttribute('href', '#account-a1');
    // No link where the host gives none.
    expect(within(rowOf('Globex')).queryByRole('link')).toBeNull();
    expect(within(rowOf('Globex')).getByText('Globex')).toBeInTheDocument();
    // A click on the link is the link's, not the row's.
    await user.click(acme);
    expect(onRowClick).not.toHaveBeenCalled();
    // Keyboard: only the focused row's link is in the tab order; Tab reaches it from its row and
    // Enter there follows the link instead of running the row's action.
    rowOf('Umbrella').focus();
    await user.keyboard('{ArrowDown}');
    expect(rowOf('Acme')).toHaveFocus();
    expect(within(rowOf('Umbrella')).getByRole('link')).toHaveAttribute('tabindex', '-1');
    expect(acme).toHaveAttribute('tabindex', '0');
    await user.tab();
    expect(acme).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onRowAction).not.toHaveBeenCalled();
  });

  it.each(['de-DE', 'ja-JP'])('says no English word of its own in %s', async (locale) => {
    const user = userEvent.setup();
    const en = m as unknown as Record<string, unknown>;
    const local = messagesForLocale(locale).healthTierList as unknown as Record<string, unknown>;
    const leaves = (node: unknown): string[] =>
      typeof node === 'string'
        ? [node]
        : node && typeof node === 'object'
          ? Object.values(node).flatMap(leaves)
          : [];
    // Words the two catalogues share (MRR, Segment, Details) and words of the host's data
    // (account names, owners, segments, the scorecard's labels) are not the list's English.
    const shared = new Set(
      leaves(local).flatMap((text) => text.toLowerCase().match(/[a-z]+/g) ?? []),
    );
    const data = JSON.stringify([ACCOUNTS, CARD]).toLowerCase();
    const english = new Set(
      leaves(en)
        .map((text) => text.replace(/\{\w+\}/g, ' '))
        .flatMap((text) => text.match(/[A-Za-z]{2,}/g) ?? [])
        .map((word) => word.toLowerCase())
        .filter((word) => !shared.has(word) && !data.includes(word)),
    );
    expect(english.size).toBeGreaterThan(40);
    const download = captureDownload();
    const { container } = renderList(
      {
        groupByTier: true,
        initialState: {
          sorting: [
            { id: 'owner', desc: false },
            { id: 'mrr', desc: true },
          ],
        },
        accounts: ACCOUNTS.map((a) =>
          a.id === 'a3' ? { ...a, signals: { logins: null, tickets: 1 } } : a,
        ),
        overrides: [{ accountId: 'a4', tier: 'healthy', reason: 'Q', author: 'R' }],
      },
      (ui) => <VitalsProvider locale={locale}>{ui}</VitalsProvider>,
    );
    const words = messagesForLocale(locale).healthTierList;
    for (const name of ['Acme', 'Initech', 'Umbrella']) {
      await user.click(screen.getByRole('button', { name: fill(words.showDetails, { name }) }));
    }
    await user.click(screen.getByRole('button', { name: words.exportCsv }));
    const csv = await download.text();
    const attributes = [...container.querySelectorAll('*')].flatMap((element) =>
      ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? ''),
    );
    // Text node by text node: neighbouring nodes run together in `textContent`.
    const texts: string[] = [];
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
    const shown = [...texts, ...attributes, csv].join(' ');
    // A Latin word between any two non-Latin letters (Japanese counts as a boundary).
    const found = [...english].filter((word) =>
      new RegExp(`(^|[^a-z])${word}($|[^a-z])`, 'i').test(shown),
    );
    expect(found).toEqual([]);
  });

  it('marks the first sort column with aria-sort and numbers further ones only in a multi-sort', async () => {
    const user = userEvent.setup();
    renderList();
    const sortButton = (name: string) =>
      within(screen.getByRole('columnheader', { name: new RegExp(`^${name}`) })).getByRole(
        'button',
      );
    // The default sort is tier, then MRR: the tier header carries aria-sort, MRR is second.
    expect(screen.getByRole('columnheader', { name: 'Tier' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(sortButton('Tier')).toHaveAttribute('data-sorted', 'asc');
    expect(sortButton('Tier')).not.toHaveAttribute('data-later');
    expect(sortButton('MRR')).toHaveAttribute('data-sorted', 'desc');
    expect(sortButton('MRR')).toHaveAttribute('data-later', '2');
    expect(screen.getByRole('columnheader', { name: /^MRR/ })).not.toHaveAttribute('aria-sort');
    // One column alone: no number anywhere.
    await user.click(sortButton('Score'));
    expect(screen.getByRole('columnheader', { name: 'Score' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(document.querySelector('[data-later]')).toBeNull();
    expect(document.querySelectorAll('[aria-sort]')).toHaveLength(1);
  });

  it('is as tall as its header and the whole rows that fit: no row is cut at the bottom', () => {
    const { container } = renderList({ height: 300 });
    const scroller = container.querySelector<HTMLElement>('.vitals-tier-list-scroll')!;
    // 300 px: the 40 px header, 4 rows of 52 px (a fifth would need 300 - 42 ≥ 260) and borders.
    expect(scroller.style.height).toBe(`${40 + 4 * 52 + 2}px`);
    expect(scroller).toHaveAttribute('data-layout', 'table');
  });

  it('shows the whole drivers, next-tier and owner text on hover where the cell cuts it', () => {
    renderList();
    const acme = rowOf('Acme');
    const owner = within(acme).getByText('Dana');
    expect(owner).toHaveAttribute('title', 'Dana');
    const drivers = acme.querySelector('.vitals-tier-list-cell-drivers > span')!;
    expect(drivers).toHaveAttribute('title', drivers.textContent);
    expect(drivers.textContent).toMatch(/Weekly logins/);
  });
});

describe('HealthTierList in a narrow container', () => {
  stubTierListLayout();
  // The list measures its own width (a host's sidebar, not the viewport): 420 px here.
  const original = HTMLElement.prototype.getBoundingClientRect;
  beforeEach(() => {
    HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
      if (!this.classList.contains('vitals-tier-list-scroll')) return original.call(this);
      return {
        x: 0,
        y: 0,
        left: 0,
        top: 0,
        width: 420,
        height: 480,
        right: 420,
        bottom: 480,
      } as DOMRect;
    };
  });
  afterEach(() => {
    HTMLElement.prototype.getBoundingClientRect = original;
    vi.restoreAllMocks();
  });

  it('draws each account as a card: the same rows, with every other column labelled', () => {
    const { container } = renderList();
    const scroller = container.querySelector<HTMLElement>('.vitals-tier-list-scroll')!;
    expect(scroller).toHaveAttribute('data-layout', 'cards');
    expect(names()).toEqual(['Umbrella', 'Acme', 'Globex', HOOLI, 'Initech']);
    const acme = rowOf('Acme');
    // Name, score and tier head the card; the others carry their column's words as a label.
    const labelOf = (column: string) =>
      acme.querySelector(`.vitals-tier-list-cell-${column}`)?.getAttribute('data-label');
    expect(labelOf('owner')).toBe(m.columns.owner);
    expect(labelOf('renewal')).toBe(m.columns.renewal);
    expect(labelOf('mrr')).toBe(m.columns.mrr);
    expect(within(acme).getByRole('cell', { name: /Dana/ })).toBeInTheDocument();
    // A card's height is measured, not fixed.
    expect(acme.style.height).toBe('');
  });

  it('states the table roles as cards, where CSS display would hide them from WebKit', () => {
    const { container } = renderList({
      groupByTier: true,
      initialState: { expanded: { a1: true } },
    });
    const table = container.querySelector('table.vitals-tier-list-table')!;
    expect(table).toHaveAttribute('role', 'table');
    for (const group of table.querySelectorAll(':scope > :is(thead, tbody)'))
      expect(group).toHaveAttribute('role', 'rowgroup');
    const lines = [...table.querySelectorAll(':scope > :is(thead, tbody) > tr:not([aria-hidden])')];
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      expect(line).toHaveAttribute('role', 'row');
      for (const part of line.children)
        expect(part.getAttribute('role')).toMatch(/^(columnheader|rowheader|cell)$/);
    }
    expect(within(rowOf('Acme')).getByRole('rowheader')).toHaveTextContent('Acme');
  });

  it('keeps the keys, selection and links of the table as cards', async () => {
    const user = userEvent.setup();
    const onRowAction = vi.fn();
    renderList({ onRowAction, getAccountHref: (id) => `#account-${id}` });
    expect(grid()).toHaveAttribute('aria-rowcount', '6');
    // One tab stop for the whole list: the first card.
    const tabStops = accountRows().filter((row) => row.tabIndex === 0);
    expect(tabStops).toEqual([rowOf('Umbrella')]);
    rowOf('Umbrella').focus();
    await user.keyboard('{ArrowDown}');
    expect(rowOf('Acme')).toHaveFocus();
    await user.keyboard(' ');
    expect(rowOf('Acme')).toHaveAttribute('data-state', 'selected');
    expect(
      screen.getByRole('checkbox', { name: fill(m.selectAccount, { name: 'Acme' }) }),
    ).toBeChecked();
    await user.keyboard('{End}');
    expect(rowOf('Initech')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onRowAction).toHaveBeenCalledWith(expect.objectContaining({ id: 'a3' }));
    // Tab from the focused card reaches its name, the host's link.
    await user.tab();
    expect(within(rowOf('Initech')).getByRole('link', { name: 'Initech' })).toHaveFocus();
    expect(within(rowOf('Initech')).getByRole('link')).toHaveAttribute('href', '#account-a3');
  });

  it('has no accessibility violations as cards', async () => {
    const { container } = renderList({
      groupByTier: true,
      initialState: { expanded: { a1: true } },
    });
    expect(container.querySelector('.vitals-tier-list-scroll')).toHaveAttribute(
      'data-layout',
      'cards',
    );
    await expectNoAxeViolations(container);
  });
});
