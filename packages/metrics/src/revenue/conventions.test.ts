import { exampleConventionQuarter } from '@vitals/sample-data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { formatPeriod } from '../core/calendar';
import { logoChurnRate } from './accountRates';
import { CONVENTION_PRESETS, type ConventionRule, reconcileConventions } from './conventions';
import { mrrMovements } from './mrrMovements';
import {
  grossRevenueRetention,
  netRevenueChurnRate,
  netRevenueRetention,
  quickRatio,
} from './rates';
import type { MrrSnapshot } from './types';

const row = (accountId: string, period: string, mrr: number): MrrSnapshot => ({
  accountId,
  period,
  mrr,
});

/**
 * The worked quarter of @vitals/sample-data (2025-01 → 2025-04), in which each rule matters: its
 * JSDoc lists what each account does; the numbers below are worked out from it by hand.
 */
const { snapshots: QUARTER, ...WINDOW } = exampleConventionQuarter();

/** The five metrics under each preset, worked out by hand from the vendors' formulas. */
const BY_HAND = {
  // net MRR churn = (contraction + churn − expansion − reactivation) / S = (50 + 300 − 50 − 80) / 1000
  vitals: { net: 0.22, logo: 1 / 4, quick: (120 + 50 + 80) / 350 },
  chartmogul: { net: 0.22, logo: 1 / 4, quick: (120 + 50 + 80) / 350 },
  // no reactivation offset: (350 − 50) / 1000; logo: (1 + 2) / 4; quick without reactivation
  baremetrics: { net: 0.3, logo: 3 / 4, quick: (120 + 50) / 350 },
  profitwell: { net: 0.22, logo: 1 / 4, quick: (120 + 50 + 80) / 350 },
  // logo: (churned 1 + joined-and-left 2) / (starting 4 + new 1 + joined-and-left 2)
  stripe: { net: 0.22, logo: 3 / 7, quick: (120 + 50 + 80) / 350 },
};

describe('reconcileConventions: worked example', () => {
  const result = reconcileConventions(QUARTER, WINDOW);

  it('computes each preset as its vendor does, worked out by hand', () => {
    expect(result.conventions.map((c) => c.id)).toEqual([
      'vitals',
      'chartmogul',
      'baremetrics',
      'profitwell',
      'stripe',
    ]);
    for (const convention of result.conventions) {
      const expected = BY_HAND[convention.id as keyof typeof BY_HAND];
      expect(convention.metrics.netRevenueChurnRate).toBeCloseTo(expected.net, 12);
      expect(convention.metrics.logoChurnRate).toBeCloseTo(expected.logo, 12);
      expect(convention.metrics.quickRatio).toBeCloseTo(expected.quick, 12);
      // (1000 + 50 − 50 − 300) / 1000 and (1000 − 50 − 300) / 1000 under every convention
      expect(convention.metrics.netRevenueRetention).toBeCloseTo(0.7, 12);
      expect(convention.metrics.grossRevenueRetention).toBeCloseTo(0.65, 12);
    }
  });

  it('explains ChartMogul against Baremetrics rule by rule, with the accounts behind each', () => {
    const find = (metric: string) =>
      result.differences.find(
        (d) =>
          d.metric === metric &&
          d.conventions[0] === 'chartmogul' &&
          d.conventions[1] === 'baremetrics',
      );
    const net = find('netRevenueChurnRate')!;
    expect(net.values[0]).toBeCloseTo(0.22, 12);
    expect(net.values[1]).toBeCloseTo(0.3, 12);
    expect(net.causes).toHaveLength(1);
    expect(net.causes[0]!.rule).toBe('reactivation-offset');
    expect(net.causes[0]!.amount).toBeCloseTo(0.08, 12);
    expect(net.causes[0]!.accounts).toEqual([{ accountId: 'e', value: 80 }]);

    const logo = find('logoChurnRate')!;
    expect(logo.causes.map((c) => c.rule)).toEqual(['new-and-churned']);
    expect(logo.causes[0]!.amount).toBeCloseTo(0.5, 12);
    expect(logo.causes[0]!.accounts.map((a) => a.accountId).sort()).toEqual(['g', 'h']);

    const quick = find('quickRatio')!;
    expect(quick.causes.map((c) => c.rule)).toEqual(['reactivation-in-quick-ratio']);
    expect(quick.causes[0]!.amount).toBeCloseTo(-80 / 350, 12);
  });

  it('splits Stripe against Vitals into the denominator and the joined-and-churned rules', () => {
    const logo = result.differences.find(
      (d) =>
        d.metric === 'logoChurnRate' &&
        d.conventions[0] === 'vitals' &&
        d.conventions[1] === 'stripe',
    )!;
    // 1/4 → 1/5 (new account f in the denominator) → 3/7 (g and h in both parts)
    expect(logo.causes.map((c) => c.rule)).toEqual(['new-in-logo-denominator', 'new-and-churned']);
    expect(logo.causes[0]!.amount).toBeCloseTo(1 / 5 - 1 / 4, 12);
    expect(logo.causes[0]!.accounts).toEqual([{ accountId: 'f', value: 120 }]);
    expect(logo.causes[1]!.amount).toBeCloseTo(3 / 7 - 1 / 5, 12);
  });

  it('lists no difference for metrics the conventions agree on', () => {
    expect(result.differences.some((d) => d.metric === 'netRevenueRetention')).toBe(false);
    expect(
      result.differences.some(
        (d) => d.conventions.includes('vitals') && d.conventions.includes('chartmogul'),
      ),
    ).toBe(false);
  });

  it('cites a public page for every rule a preset changes, and lists what it could not confirm', () => {
    for (const preset of Object.values(CONVENTION_PRESETS)) {
      const cited = new Set(preset.source.citations.map((c) => c.rule));
      for (const rule of preset.source.unconfirmed) expect(cited.has(rule)).toBe(false);
      for (const citation of preset.source.citations) expect(citation.url).toMatch(/^https:\/\//);
      const vitals = CONVENTION_PRESETS.vitals.options;
      const changed = (Object.keys(vitals) as (keyof typeof vitals)[]).filter(
        (key) => preset.options[key] !== vitals[key],
      );
      const ruleOf: Record<string, ConventionRule> = {
        offsetReactivation: 'reactivation-offset',
        newAndChurned: 'new-and-churned',
        logoChurnDenominator: 'new-in-logo-denominator',
        quickRatioReactivation: 'reactivation-in-quick-ratio',
      };
      for (const key of changed) expect(cited.has(ruleOf[key]!)).toBe(true);
    }
  });

  it('takes conventions of the caller’s own beside presets', () => {
    const r = reconcileConventions(QUARTER, {
      ...WINDOW,
      conventions: [
        'vitals',
        { id: 'board', label: 'Board pack', options: { offsetReactivation: false } },
      ],
    });
    expect(r.conventions[1]!.label).toBe('Board pack');
    expect(r.conventions[1]!.metrics.netRevenueChurnRate).toBeCloseTo(0.3, 12);
    expect(r.differences.map((d) => d.metric)).toEqual(['netRevenueChurnRate']);
  });
});

describe('reconcileConventions: bad input', () => {
  const bad: [string, unknown, string][] = [
    ['null options', null, 'options'],
    ['unknown preset', { ...WINDOW, conventions: ['chartmogull'] }, 'options.conventions[0]'],
    ['empty list', { ...WINDOW, conventions: [] }, 'options.conventions'],
    ['not a list', { ...WINDOW, conventions: 'vitals' }, 'options.conventions'],
    ['repeated id', { ...WINDOW, conventions: ['vitals', 'vitals'] }, 'options.conventions[1]'],
    [
      'custom without id',
      { ...WINDOW, conventions: [{ options: {} }] },
      'options.conventions[0].id',
    ],
    [
      'unknown custom option',
      { ...WINDOW, conventions: [{ id: 'x', options: { offset: true } }] },
      'options.conventions[0].options.offset',
    ],
    [
      'bad custom value',
      { ...WINDOW, conventions: [{ id: 'x', options: { newAndChurned: 'COUNT' } }] },
      'options.conventions[0].options.newAndChurned',
    ],
    ['inherited preset name', { ...WINDOW, conventions: ['toString'] }, 'options.conventions[0]'],
  ];
  it.each(bad)('%s is a MetricsInputError naming %s', (_, options, field) => {
    let caught: unknown;
    try {
      reconcileConventions(QUARTER, options as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MetricsInputError);
    expect((caught as MetricsInputError).issues.map((i) => i.field)).toContain(field);
  });

  it('names a bad snapshot row like mrrMovements does', () => {
    expect(() => reconcileConventions([row('a', '2025-13', 1)], WINDOW)).toThrow(MetricsInputError);
  });
});

describe('logoChurnRate newAndChurned', () => {
  const totals = {
    startingAccounts: 100,
    churnedAccounts: 10,
    newAccounts: 20,
    newAndChurnedAccounts: 5,
  };
  it('counts joined-and-left accounts in the numerator, and in the denominator with start-plus-new', () => {
    expect(logoChurnRate(totals)).toBe(0.1);
    expect(logoChurnRate(totals, { newAndChurned: 'count' })).toBe(15 / 100);
    expect(logoChurnRate(totals, { newAndChurned: 'count', denominator: 'start-plus-new' })).toBe(
      15 / 125,
    );
    expect(logoChurnRate(totals, { denominator: 'start-plus-new' })).toBe(10 / 120);
  });
  it('rejects an unknown value and a missing count', () => {
    expect(() => logoChurnRate(totals, { newAndChurned: 'yes' as never })).toThrow(
      /options\.newAndChurned/,
    );
    expect(() =>
      logoChurnRate({ startingAccounts: 1, churnedAccounts: 0 }, { newAndChurned: 'count' }),
    ).toThrow(/newAndChurnedAccounts/);
  });
});

const BASE = 2024 * 12;
/** Random books with reactivations, joiners that leave, and zero rows, over 2024. */
const bookArb = fc
  .uniqueArray(
    fc.record({
      account: fc.integer({ min: 0, max: 9 }),
      month: fc.integer({ min: 0, max: 11 }),
      mrr: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5_000 })),
    }),
    { maxLength: 80, selector: ({ account, month }) => `${account}|${month}` },
  )
  .map((rows) =>
    rows.map(({ account, month, mrr }) => row(`acct-${account}`, formatPeriod(BASE + month), mrr)),
  );
const windowArb = fc
  .tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 11 }))
  .filter(([from, length]) => from + length <= 11)
  .map(([from, length]) => ({
    from: formatPeriod(BASE + from),
    to: formatPeriod(BASE + from + length),
  }));

describe('reconcileConventions properties', () => {
  it('the causes of every difference sum to it', () => {
    fc.assert(
      fc.property(bookArb, windowArb, (book, window) => {
        const r = reconcileConventions(book, window);
        for (const d of r.differences) {
          if (d.difference === null) continue;
          const sum = d.causes.reduce((total, c) => total + (c.amount ?? Number.NaN), 0);
          expect(Math.abs(sum - d.difference)).toBeLessThanOrEqual(
            1e-12 * Math.max(1, Math.abs(d.difference)),
          );
        }
      }),
    );
  });

  it("the 'vitals' preset equals the rate functions' defaults exactly", () => {
    fc.assert(
      fc.property(bookArb, windowArb, (book, window) => {
        const m = mrrMovements(book, window);
        const vitals = reconcileConventions(book, { ...window, conventions: ['vitals'] })
          .conventions[0]!.metrics;
        expect(vitals).toEqual({
          netRevenueChurnRate: netRevenueChurnRate(m),
          logoChurnRate: logoChurnRate(m),
          quickRatio: quickRatio(m),
          netRevenueRetention: netRevenueRetention(m),
          grossRevenueRetention: grossRevenueRetention(m),
        });
      }),
    );
  });

  it('a book without reactivations or joiners that leave shows no difference from those rules', () => {
    fc.assert(
      fc.property(bookArb, windowArb, (book, window) => {
        const m = mrrMovements(book, window);
        fc.pre(m.reactivatedAccounts === 0 && m.newAndChurnedAccounts === 0);
        const r = reconcileConventions(book, window);
        const rules = r.differences.flatMap((d) => d.causes.map((c) => c.rule));
        expect(rules).not.toContain('reactivation-offset');
        expect(rules).not.toContain('reactivation-in-quick-ratio');
        expect(rules).not.toContain('new-and-churned');
      }),
    );
  });
});
