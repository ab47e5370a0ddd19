import { describe, expect, it } from 'vitest';
import { scoreHealthEager } from './eager.test-helper';
import { scoreHealth } from '../scoreHealth';
import type { HealthAccount, Scorecard } from '../types';

const card: Scorecard = {
  categories: [
    {
      id: 'usage',
      weight: 2,
      measures: [
        { id: 'logins', signal: 'logins', normalize: { type: 'range', min: 0, max: 10 } },
        { id: 'rank', signal: 'logins', normalize: { type: 'percentile' } },
        { id: 'roi', signal: 'roi', normalize: { type: 'boolean' } },
      ],
    },
    {
      id: 'support',
      weight: 1,
      measures: [
        {
          id: 'tickets',
          signal: 'tickets',
          normalize: { type: 'range', min: 0, max: 5, invert: true },
        },
      ],
    },
  ],
};

/**
 * Signals of account i in one of many layouts (`shape`): key orders, extra and absent keys,
 * inherited and hidden keys, a getter.
 */
function signalsOf(shape: number, i: number): Record<string, unknown> {
  const logins = i % 11;
  const tickets = i % 7 === 0 ? null : i % 6;
  switch (shape % 8) {
    case 0:
      return { logins, roi: i % 2 === 0, tickets };
    case 1:
      return { tickets, logins, roi: true };
    case 2:
      return { logins, tickets };
    case 3:
      return { logins, extra: 'not read', roi: false, tickets, more: [1] };
    case 4:
      return Object.assign(Object.create({ roi: i % 3 === 0 }) as object, { logins, tickets });
    case 5: {
      const signals: Record<string, unknown> = { logins, roi: false };
      Object.defineProperty(signals, 'tickets', { value: tickets, enumerable: false });
      return signals;
    }
    case 6:
      return {
        get logins() {
          return logins;
        },
        roi: true,
        tickets,
      };
    default:
      return {};
  }
}

describe('scoreHealth reads signals of any layout', () => {
  it('accounts that share a layout, then change it, give what the eager reference gives', () => {
    // Runs of one layout (read through the learnt layout), then a change, many times over.
    const accounts: HealthAccount[] = Array.from({ length: 400 }, (_, i) => ({
      id: `a${i}`,
      signals: signalsOf(Math.floor(i / 25), i) as HealthAccount['signals'],
    }));
    expect(scoreHealth(accounts, card)).toEqual(scoreHealthEager(accounts, card));
  });

  it('accounts whose layout changes at every row give what the eager reference gives', () => {
    const accounts: HealthAccount[] = Array.from({ length: 200 }, (_, i) => ({
      id: `a${i}`,
      signals: signalsOf(i, i) as HealthAccount['signals'],
    }));
    expect(scoreHealth(accounts, card)).toEqual(scoreHealthEager(accounts, card));
  });

  it('reports a bad signal met through the layout like one looked up by name', () => {
    const accounts = Array.from({ length: 30 }, (_, i) => ({
      id: `a${i}`,
      signals: { logins: i === 20 ? 'many' : i, roi: i === 20 ? 'yes' : true, tickets: 1 },
    }));
    const rows = accounts as unknown as HealthAccount[];
    const lazy = scoreHealth(rows, card, { onInvalid: 'skip' });
    expect(lazy.issues.map((issue) => [issue.index, issue.field])).toEqual([
      [20, 'signals.logins'],
      [20, 'signals.roi'],
    ]);
    expect(lazy).toEqual(scoreHealthEager(rows, card, { onInvalid: 'skip' }));
  });
});

describe('scoreHealth finds duplicate ids among many rows', () => {
  it('names the first row of every repeated id, as the eager reference does', () => {
    const accounts: HealthAccount[] = Array.from({ length: 30_000 }, (_, i) => ({
      // Every 97th row repeats an id seen about 5,000 rows earlier.
      id: i % 97 === 96 && i > 5_000 ? `acct-${i - 5_000}` : `acct-${i}`,
      signals: { logins: i % 10, roi: i % 3 === 0, tickets: i % 5 },
    }));
    const lazy = scoreHealth(accounts, card, { onInvalid: 'skip' });
    expect(lazy.issues.length).toBeGreaterThan(200);
    expect(lazy.issues[0]).toMatchObject({
      field: 'id',
      message: expect.stringContaining('duplicates row') as unknown,
    });
    expect(lazy).toEqual(scoreHealthEager(accounts, card, { onInvalid: 'skip' }));
  });
});
