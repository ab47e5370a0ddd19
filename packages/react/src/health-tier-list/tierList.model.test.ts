import { DEFAULT_TIERS, healthTierRows, scoreHealth, tiersBySeverity } from '@vitals/metrics';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS, AS_OF, CARD, HISTORY } from './fixtures.test-data';
import { tierListItems, tierListLines } from './tierList.lines';
import { tierListCounts } from './tierList.model';
import { messagesDe } from '../messages/de';
import { enHealthTierList as m } from '../messages/en';
import { fill, plural } from '../messages/template';
import { dateTexts, driversText, nextTierText, topDrivers, trendLabel } from './tierList.text';

const de = messagesDe.healthTierList;
/** One driver as the catalogue `words` writes it in `locale` (numbers already formatted). */
const driver = (words: typeof m, locale: string, measure: string, value: string, cost: number) =>
  fill(words.driver, {
    measure,
    value,
    points: plural(words.driverPoints, locale, cost, { count: String(cost) }),
  });

const results = scoreHealth(ACCOUNTS, CARD).accounts;
// The rows themselves are `healthTierRows`' (tested in @vitals/metrics); these tests read them.
const { rows } = healthTierRows(results, {
  accounts: ACCOUNTS,
  scorecard: CARD,
  history: HISTORY,
  asOf: AS_OF,
});
const byId = (id: string) => rows.find((row) => row.id === id)!;
const label = (id: string) => DEFAULT_TIERS.find((tier) => tier.id === id)?.label ?? id;

describe('drivers and next-tier paths', () => {
  it('names the measures that cost the most points, largest first', () => {
    // Acme: logins 3 → 30 (weight ½: costs 35), tickets 4 → 60 (costs 20).
    expect(topDrivers(byId('a1')).map((d) => [d.label, d.value, d.cost])).toEqual([
      ['Weekly logins', 3, 35],
      ['Open tickets', 4, 20],
    ]);
    expect(driversText(topDrivers(byId('a1')), 'en-US')).toBe(
      [
        driver(m, 'en-US', 'Weekly logins', '3', 35),
        driver(m, 'en-US', 'Open tickets', '4', 20),
      ].join(m.driverSeparator),
    );
    expect(driversText([], 'en-US')).toBe(m.noDrivers);
    // In another language, with its own separator and points.
    expect(driversText(topDrivers(byId('a1')), 'de-DE', de)).toBe(
      [
        driver(de, 'de-DE', 'Weekly logins', '3', 35),
        driver(de, 'de-DE', 'Open tickets', '4', 20),
      ].join(de.driverSeparator),
    );
    expect(driversText([], 'de-DE', de)).toBe(de.noDrivers);
  });

  it('counts a measure at 0 through the scorecard weights', () => {
    const [zero] = scoreHealth([{ id: 'z', signals: { logins: 0, tickets: 0 } }], CARD).accounts;
    const [row] = healthTierRows([zero!], { scorecard: CARD }).rows;
    expect(topDrivers(row!).map((d) => [d.measureId, d.cost])).toEqual([['logins', 50]]);
  });

  it('says the cheapest single change to the next tier in words', () => {
    expect(nextTierText(byId('a1'), label, 'en-US')).toBe(
      fill(m.nextRaise, { measure: 'Weekly logins', from: '3', to: '4', tier: label('at-risk') }),
    );
    expect(nextTierText(byId('a3'), label, 'en-US')).toBe(m.topTier);
    expect(nextTierText(byId('a1'), () => 'Gefährdet', 'de-DE', de)).toBe(
      fill(de.nextRaise, { measure: 'Weekly logins', from: '3', to: '4', tier: 'Gefährdet' }),
    );
    expect(nextTierText(byId('a3'), label, 'de-DE', de)).toBe(de.topTier);
    const [plain] = healthTierRows([results[0]!]).rows;
    expect(nextTierText(plain!, label, 'en-US')).toBe('—');
  });
});

describe('dateTexts and trend labels', () => {
  const dates = dateTexts('en-US', '2025-12-31');
  it('says renewals relative to asOf and in full', () => {
    expect(dates.relative('2026-01-12')).toBe('in 12 days');
    expect(dates.relative('2025-12-31')).toBe('today');
    expect(dates.relative('2025-12-30')).toBe('yesterday');
    expect(dates.relative('2026-06-30')).toBe('in 6 months');
    expect(dates.absolute('2026-01-12')).toBe('Jan 12, 2026');
  });

  it('signs the change with a real minus', () => {
    expect(trendLabel(-10, 'en-US')).toBe('−10');
    expect(trendLabel(4.25, 'en-US')).toBe('+4.3');
    expect(trendLabel(null, 'en-US')).toBe('—');
  });
});

describe('tierListItems', () => {
  const plain = {
    dataOf: (r: (typeof rows)[number]) => r,
    isExpanded: (r: (typeof rows)[number]) => r.id === 'a1',
  };
  it('gathers rows under one header per tier, most severe first, keeping their order', () => {
    const items = tierListItems(rows, { ...plain, groupByTier: true, hasExpanded: false });
    expect(items.map((item) => item.key)).toEqual([
      'group:critical',
      'a1',
      'a4',
      'group:at-risk',
      'a2',
      'a5',
      'group:healthy',
      'a3',
    ]);
    expect(items[0]).toMatchObject({ kind: 'group', label: 'Critical', count: 2, mrr: 21_000 });
  });

  it('follows an expanded row with its details line', () => {
    const items = tierListItems(rows, { ...plain, groupByTier: false, hasExpanded: true });
    expect(items.slice(0, 3).map((item) => `${item.kind}:${item.key}`)).toEqual([
      'row:a1',
      'detail:a1:detail',
      'row:a2',
    ]);
  });
});

describe('tierListLines', () => {
  const plain = {
    dataOf: (r: (typeof rows)[number]) => r,
    isExpanded: (r: (typeof rows)[number]) => r.id === 'a1',
  };
  it('reads the rows themselves when nothing is grouped or expanded', () => {
    const lines = tierListLines(rows, { ...plain, groupByTier: false, hasExpanded: false });
    expect(lines.isRows).toBe(true);
    expect(lines.count).toBe(rows.length);
    expect(lines.at(1)).toEqual({ kind: 'row', key: 'a2', row: rows[1] });
    expect([lines.keyAt(4), lines.kindAt(4), lines.keyAt(5), lines.kindAt(5)]).toEqual([
      'a5',
      'row',
      undefined,
      undefined,
    ]);
    expect(lines.at(-1)).toBeUndefined();
  });

  it('is the items when grouped or expanded', () => {
    const options = { ...plain, groupByTier: true, hasExpanded: true };
    const lines = tierListLines(rows, options);
    const items = tierListItems(rows, options);
    expect(lines.isRows).toBe(false);
    expect(lines.count).toBe(items.length);
    expect(items.map((_, i) => [lines.keyAt(i), lines.kindAt(i), lines.at(i)])).toEqual(
      items.map((item) => [item.key, item.kind, item]),
    );
  });
});

describe('tierListCounts', () => {
  it('counts accounts per tier, most severe first, and lists segments', () => {
    const unscored = healthTierRows([
      { accountId: 'x', score: null, tier: 'unknown', categories: [], contributions: [] },
    ]).rows;
    const { tierOptions, segments } = tierListCounts(
      [...rows, ...unscored],
      tiersBySeverity(DEFAULT_TIERS),
    );
    expect(tierOptions.map((o) => [o.tier.id, o.count])).toEqual([
      ['critical', 2],
      ['at-risk', 2],
      ['healthy', 1],
      ['unknown', 1],
    ]);
    expect(segments).toEqual([...new Set(rows.map((r) => r.segment))].sort());
  });
});
