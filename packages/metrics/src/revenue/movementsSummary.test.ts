import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { type MovementsSummaryPeriod, mrrMovementsSummary } from './movementsSummary';

const JAN = {
  period: '2025-01',
  newMrr: 500,
  expansionMrr: 200,
  contractionMrr: 100,
  churnedMrr: 300,
};
const FEB = { period: '2025-02', newMrr: 100, expansionMrr: 0, contractionMrr: 0, churnedMrr: 400 };

describe('mrrMovementsSummary', () => {
  it('sums each movement, the net change, and finds the best and worst periods', () => {
    expect(mrrMovementsSummary([JAN, FEB])).toEqual({
      periods: 2,
      newMrr: 600,
      expansionMrr: 200,
      reactivationMrr: 0,
      contractionMrr: 100,
      churnedMrr: 700,
      netMrr: 0,
      best: { period: '2025-01', netMrr: 300 },
      worst: { period: '2025-02', netMrr: -300 },
    });
  });

  it('keeps the first of equal periods, counts reactivation, and is empty for no periods', () => {
    const a = { period: '2025-01', expansionMrr: 10, contractionMrr: 0, churnedMrr: 0 };
    const b = { ...a, period: '2025-02' };
    const c = { ...a, period: '2025-03', reactivationMrr: 5 };
    const summary = mrrMovementsSummary([a, b, c]);
    expect(summary.best).toEqual({ period: '2025-03', netMrr: 15 });
    expect(summary.worst).toEqual({ period: '2025-01', netMrr: 10 });
    expect(summary.reactivationMrr).toBe(5);
    expect(mrrMovementsSummary([])).toMatchObject({
      periods: 0,
      netMrr: 0,
      best: null,
      worst: null,
    });
  });

  it('names the period and field of bad input', () => {
    const fields = (series: unknown) => {
      try {
        mrrMovementsSummary(series as MovementsSummaryPeriod[]);
      } catch (error) {
        expect(error).toBeInstanceOf(MetricsInputError);
        return (error as MetricsInputError).issues.map((i) => [i.index, i.field]);
      }
      return [];
    };
    expect(fields({})).toEqual([[null, 'series']]);
    expect(
      fields([JAN, 3, { ...FEB, churnedMrr: -1 }, { ...FEB, period: 5, newMrr: Number.NaN }]),
    ).toEqual([
      [1, 'row'],
      [2, 'churnedMrr'],
      [3, 'period'],
      [3, 'newMrr'],
    ]);
  });

  it('net is gains minus losses, and every period lies between worst and best (property)', () => {
    const amount = fc.double({ min: 0, max: 1e9, noNaN: true });
    const entry = fc.record(
      {
        period: fc.string(),
        newMrr: amount,
        expansionMrr: amount,
        reactivationMrr: amount,
        contractionMrr: amount,
        churnedMrr: amount,
      },
      { requiredKeys: ['period', 'expansionMrr', 'contractionMrr', 'churnedMrr'] },
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), (series) => {
        const s = mrrMovementsSummary(series);
        const gains = s.newMrr + s.expansionMrr + s.reactivationMrr;
        const losses = s.contractionMrr + s.churnedMrr;
        expect(Math.abs(s.netMrr - (gains - losses))).toBeLessThanOrEqual(
          1e-6 * (gains + losses + 1),
        );
        expect(s.periods).toBe(series.length);
        for (const p of series) {
          const net =
            (p.newMrr ?? 0) +
            p.expansionMrr +
            (p.reactivationMrr ?? 0) -
            (p.contractionMrr + p.churnedMrr);
          expect(net).toBeLessThanOrEqual(s.best!.netMrr);
          expect(net).toBeGreaterThanOrEqual(s.worst!.netMrr);
        }
      }),
    );
  });
});
