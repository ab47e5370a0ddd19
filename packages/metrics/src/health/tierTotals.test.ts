import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { accountsArb, scorecardArb } from './arbitraries.test-helper';
import { scoreHealth } from './scoreHealth';
import { healthTierRows } from './tierRows';
import { healthTierTotals } from './tierTotals';
import type { HealthTierRow } from './tierRows';

const row = (tier: string, severity: number, mrr: number | null) => ({ tier, severity, mrr });

describe('healthTierTotals', () => {
  it('counts rows and sums MRR per tier, most severe first, MRR-less rows as 0', () => {
    expect(
      healthTierTotals([
        row('healthy', 2, 500),
        row('critical', 0, 1_000),
        row('critical', 0, 20_000),
        row('healthy', 2, null),
      ]),
    ).toEqual([
      { tier: 'critical', severity: 0, count: 2, mrr: 21_000 },
      { tier: 'healthy', severity: 2, count: 2, mrr: 500 },
    ]);
    expect(healthTierTotals([])).toEqual([]);
  });

  it('puts the unknown tier and tier ids the list lacks in one total, as the list groups them', () => {
    expect(healthTierTotals([row('unknown', 3, 10), row('gold', 3, 5)])).toEqual([
      { tier: 'unknown', severity: 3, count: 2, mrr: 15 },
    ]);
  });

  it('sums MRR with compensation', () => {
    const rows = Array.from({ length: 10_000 }, () => row('critical', 0, 0.1));
    expect(healthTierTotals(rows)[0]!.mrr).toBe(1_000);
  });

  it('names the row and field of a malformed row', () => {
    const fields = (rows: unknown) => {
      try {
        healthTierTotals(rows as HealthTierRow[]);
      } catch (error) {
        expect(error).toBeInstanceOf(MetricsInputError);
        return (error as MetricsInputError).issues.map((i) => [i.index, i.field]);
      }
      return [];
    };
    expect(fields('rows')).toEqual([[null, 'rows']]);
    expect(
      fields([row('a', 0, 1), null, row('a', 0, Number.NaN), { tier: 3, severity: 'x', mrr: 1 }]),
    ).toEqual([
      [1, 'row'],
      [2, 'mrr'],
      [3, 'tier'],
      [3, 'severity'],
    ]);
  });

  it('counts add up to the rows and MRR to their total (property)', () => {
    const cardAndAccounts = scorecardArb().chain((card) =>
      accountsArb(card).chain((accounts) =>
        fc
          .array(fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }), {
            minLength: accounts.length,
            maxLength: accounts.length,
          })
          .map((mrr) => ({
            card,
            accounts: accounts.map((a, i) => (mrr[i] === undefined ? a : { ...a, mrr: mrr[i] })),
          })),
      ),
    );
    fc.assert(
      fc.property(cardAndAccounts, ({ card, accounts }) => {
        const { rows } = healthTierRows(scoreHealth(accounts, card), { accounts, scorecard: card });
        const totals = healthTierTotals(rows);
        expect(totals.reduce((n, t) => n + t.count, 0)).toBe(rows.length);
        const mrr = rows.reduce((s, r) => s + (r.mrr ?? 0), 0);
        const summed = totals.reduce((s, t) => s + t.mrr, 0);
        expect(Math.abs(summed - mrr)).toBeLessThanOrEqual(1e-6 * Math.max(1, mrr));
        for (let i = 1; i < totals.length; i++) {
          expect(totals[i]!.severity).toBeGreaterThan(totals[i - 1]!.severity);
        }
        for (const t of totals) {
          expect(t.count).toBe(rows.filter((r) => r.severity === t.severity).length);
        }
      }),
    );
  });
});
