import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountsArb, scorecardArb } from './arbitraries.test-helper';
import { nextTierPath } from './nextTierPath';
import { scoreHealth } from './scoreHealth';
import { specPointsCard } from './spec.test-helper';
import type { HealthAccount, Scorecard, SignalValue } from './types';

/** Re-scores one account with one signal changed, through the public function. */
function rescore(
  card: Scorecard,
  account: HealthAccount,
  signal: string,
  value: SignalValue,
): number | null {
  return scoreHealth([{ ...account, signals: { ...account.signals, [signal]: value } }], card)
    .accounts[0]!.score;
}

function pathOf(card: Scorecard, account: HealthAccount) {
  return nextTierPath(scoreHealth([account], card).accounts[0]!, card);
}

const usage = (extra: Partial<Scorecard> = {}): Scorecard => ({
  categories: [
    {
      id: 'usage',
      weight: 1,
      measures: [
        { id: 'logins', signal: 'weeklyLogins', normalize: { type: 'range', min: 0, max: 10 } },
      ],
    },
    {
      id: 'support',
      weight: 1,
      measures: [
        {
          id: 'tickets',
          signal: 'openTickets',
          normalize: { type: 'range', min: 0, max: 10, invert: true },
        },
      ],
    },
  ],
  ...extra,
});

describe('nextTierPath', () => {
  it('3 more weekly logins would make this account healthy', () => {
    const card: Scorecard = {
      categories: [
        {
          id: 'usage',
          weight: 1,
          measures: [
            { id: 'logins', signal: 'weeklyLogins', normalize: { type: 'range', min: 0, max: 10 } },
          ],
        },
      ],
    };
    const account = { id: 'acme', signals: { weeklyLogins: 5 } };
    const path = pathOf(card, account)!;
    // 5 logins score 50 (at-risk); healthy needs 80, i.e. 8 logins.
    expect(path).toMatchObject({
      accountId: 'acme',
      fromTier: 'at-risk',
      toTier: 'healthy',
      toMin: 80,
    });
    expect(path.best).toMatchObject({
      signal: 'weeklyLogins',
      measureIds: ['logins'],
      from: 5,
      exclusive: false,
    });
    expect(path.best.change).toBeCloseTo(3, 9);
    expect(rescore(card, account, 'weeklyLogins', path.best.to)).toBeGreaterThanOrEqual(80);
    expect(rescore(card, account, 'weeklyLogins', 7.99)).toBeLessThan(80);
  });

  it('an inverted range asks for fewer, and the cheapest measure comes first', () => {
    // logins 3 → 30; tickets 7 → 30; score 30 (critical); at-risk needs 50:
    // 3 → 7 logins (measure +40) or 7 → 3 tickets (measure +40) tie on effort and |change|: scorecard order.
    const account = { id: 'a', signals: { weeklyLogins: 3, openTickets: 7 } };
    const path = pathOf(usage(), account)!;
    expect(path.toTier).toBe('at-risk');
    expect(path.options.map((o) => [o.signal, o.from])).toEqual([
      ['weeklyLogins', 3],
      ['openTickets', 7],
    ]);
    expect(path.options[1]!.change).toBeCloseTo(-4, 9);
    expect(rescore(usage(), account, 'openTickets', path.options[1]!.to)).toBeGreaterThanOrEqual(
      50,
    );
    expect(rescore(usage(), account, 'openTickets', 3.01)).toBeLessThan(50);
  });

  it('a descending step is crossed exclusively: "fewer than 10 tickets"', () => {
    const card: Scorecard = {
      categories: [
        {
          id: 'support',
          weight: 1,
          measures: [
            {
              id: 'tickets',
              signal: 'openTickets',
              normalize: {
                type: 'steps',
                steps: [
                  { min: 0, score: 100 },
                  { min: 3, score: 60 },
                  { min: 10, score: 0 },
                ],
              },
            },
          ],
        },
      ],
    };
    const account = { id: 'a', signals: { openTickets: 12 } };
    const path = pathOf(card, account)!;
    expect(path.best).toMatchObject({ from: 12, to: 10, change: -2, exclusive: true, score: 60 });
    expect(rescore(card, account, 'openTickets', 10)).toBe(0);
    expect(rescore(card, account, 'openTickets', 9.999)).toBe(60);
  });

  it('a boolean flips', () => {
    const card: Scorecard = {
      categories: [
        {
          id: 'outcomes',
          weight: 1,
          measures: [{ id: 'roi', signal: 'roiConfirmed', normalize: { type: 'boolean' } }],
        },
        {
          id: 'usage',
          weight: 1,
          measures: [
            { id: 'logins', signal: 'weeklyLogins', normalize: { type: 'range', min: 0, max: 10 } },
          ],
        },
      ],
    };
    // false → 0 and 8 logins → 80: 40 (critical). ROI → (100 + 80)/2 = 90 ≥ 50; logins cannot (max (0 + 100)/2 = 50 … it can: 10 logins).
    const path = pathOf(card, { id: 'a', signals: { roiConfirmed: false, weeklyLogins: 8 } })!;
    const roi = path.options.find((o) => o.signal === 'roiConfirmed')!;
    expect(roi).toMatchObject({ from: false, to: true, change: null, exclusive: false, score: 90 });
  });

  it('in the points model, the fewest units win: 0.75 more CSM engagements make it loyal', () => {
    const card = specPointsCard();
    // 65 → 80: logins +3, CSM engagements +0.75, unresolved tickets −0.75.
    const path = pathOf(card, {
      id: 'a',
      signals: { logins: 5, csmEngagements: 3, unresolvedTickets: 1 },
    })!;
    expect(path.toTier).toBe('loyal');
    expect(path.options.map((o) => o.signal)).toEqual([
      'csmEngagements',
      'unresolvedTickets',
      'logins',
    ]);
    expect(path.options.map((o) => o.change)).toEqual([0.75, -0.75, 3]);
  });

  it('a missing signal counts again once set (reweighting), from null toward 0', () => {
    // logins 3 → usage 30; tickets missing, so the score is 30 (critical). Setting tickets to t
    // brings support back: (30 + 100 − 10t)/2 ≥ 50 for t ≤ 3; the value closest to 0 is 0.
    const account = { id: 'a', signals: { weeklyLogins: 3, openTickets: null } };
    const path = pathOf(usage(), account)!;
    const tickets = path.options.find((o) => o.signal === 'openTickets')!;
    expect(tickets).toMatchObject({ from: null, to: 0, change: null, score: 65 });
    expect(path.best.signal).toBe('weeklyLogins');
  });

  it('returns null in the top tier, for a null score, and when no single signal can do it', () => {
    expect(pathOf(usage(), { id: 'a', signals: { weeklyLogins: 10, openTickets: 0 } })).toBeNull();
    expect(pathOf(usage(), { id: 'a', signals: {} })).toBeNull();
    // 0 logins and 10 tickets: score 0; one signal can add at most 50 → at-risk (50) is reachable,
    // but with worst-of the other category stays at 0.
    expect(
      pathOf(usage({ model: 'worst-of' }), {
        id: 'a',
        signals: { weeklyLogins: 0, openTickets: 10 },
      }),
    ).toBeNull();
  });

  it('does not suggest percentile or custom measures', () => {
    const card: Scorecard = {
      categories: [
        {
          id: 'c',
          weight: 1,
          measures: [{ id: 'p', signal: 'x', normalize: { type: 'percentile' } }],
        },
      ],
    };
    const results = scoreHealth(
      [
        { id: 'a', signals: { x: 1 } },
        { id: 'b', signals: { x: 2 } },
      ],
      card,
    ).accounts;
    expect(nextTierPath(results[0]!, card)).toBeNull();
  });

  it('rejects a scorecard that did not produce the result', () => {
    const [result] = scoreHealth(
      [{ id: 'a', signals: { weeklyLogins: 3, openTickets: 7 } }],
      usage(),
    ).accounts;
    const other: Scorecard = {
      categories: [
        {
          id: 'usage',
          weight: 1,
          measures: [
            { id: 'logins', signal: 'weeklyLogins', normalize: { type: 'range', min: 0, max: 20 } },
          ],
        },
      ],
    };
    expect(() => nextTierPath(result!, other)).toThrow('scorecard');
  });
});

describe('nextTierPath properties (checked by re-scoring)', () => {
  const grid = (card: Scorecard) => {
    const points = new Set<number>();
    for (let v = -80; v <= 180; v += 1) points.add(v);
    for (const m of card.categories.flatMap((c) => c.measures)) {
      const n = m.normalize;
      const cuts =
        n.type === 'range' ? [n.min, n.max] : n.type === 'steps' ? n.steps.map((s) => s.min) : [];
      for (const cut of cuts) for (const d of [-0.001, 0.001]) points.add(cut + d);
    }
    return [...points];
  };

  it('says which way to go when an exclusive step starts at the current value (fast-check counterexample)', () => {
    const card: Scorecard = {
      model: 'worst-of',
      categories: [
        {
          id: 'c0',
          weight: 6,
          measures: [
            {
              id: 'c0m0',
              weight: 5,
              signal: 'c0m0',
              normalize: {
                type: 'steps',
                steps: [
                  { min: 94, score: 19 },
                  { min: 57, score: 100 },
                  { min: 109, score: 15 },
                  { min: -3, score: 41 },
                ],
              },
            },
            {
              id: 'c0m1',
              weight: 3,
              signal: 'c0m1',
              normalize: { type: 'range', min: -3, max: 49 },
            },
          ],
        },
      ],
    };
    const account = { id: 'acct-0', signals: { c0m0: 94, c0m1: null } };
    const path = nextTierPath(scoreHealth([account], card).accounts[0]!, card);
    // 94 scores 19; anything just below 94 is in the 57 step (100): "fewer than 94".
    expect(path?.best).toMatchObject({
      signal: 'c0m0',
      from: 94,
      to: 94,
      exclusive: true,
      direction: 'down',
    });
  });

  it('each option reaches the next tier, nothing closer on its signal does, and null means no value on the grid does', () => {
    const arb = scorecardArb().chain((card) =>
      accountsArb(card, 1).map((accounts) => ({ card, account: accounts[0]! })),
    );
    fc.assert(
      fc.property(arb, ({ card, account }) => {
        const [result] = scoreHealth([account], card).accounts;
        const path = nextTierPath(result!, card);
        const tiers = [80, 50];
        const target =
          result!.score === null ? null : (tiers.filter((t) => t > result!.score!).pop() ?? null);
        if (result!.score === null || target === null) {
          expect(path).toBeNull();
          return;
        }
        const values = grid(card);
        const reaches = (signal: string, v: SignalValue) =>
          (rescore(card, account, signal, v) ?? -1) >= target;
        const signals = [
          ...new Set(card.categories.flatMap((c) => c.measures.map((m) => m.signal))),
        ];
        const booleanSignal = (s: string) =>
          card.categories.some((c) =>
            c.measures.some((m) => m.signal === s && m.normalize.type === 'boolean'),
          );
        // A signal with no option (or every signal, when the path is null) cannot reach the tier.
        for (const signal of signals) {
          if (path?.options.some((o) => o.signal === signal)) continue;
          const tries: SignalValue[] = booleanSignal(signal) ? [true, false] : values;
          for (const v of tries) expect(reaches(signal, v)).toBe(false);
        }
        if (path === null) return;
        expect(path.toMin).toBe(target);
        for (const option of path.options) {
          if (typeof option.to === 'boolean') {
            expect(reaches(option.signal, option.to)).toBe(true);
            continue;
          }
          const ref = typeof option.from === 'number' ? option.from : 0;
          const distance = Math.abs(option.to - ref);
          const beyond = option.direction === 'down' ? -1 : 1;
          if (distance > 0) expect(beyond).toBe(Math.sign(option.to - ref));
          if (option.exclusive) {
            expect(reaches(option.signal, option.to)).toBe(false);
            expect(
              reaches(option.signal, option.to + beyond * 1e-6 * Math.max(1, Math.abs(option.to))),
            ).toBe(true);
          } else {
            expect(reaches(option.signal, option.to)).toBe(true);
            if (distance > 0)
              expect(reaches(option.signal, ref + (option.to - ref) * (1 - 1e-6))).toBe(false);
          }
          for (const v of values) {
            if (Math.abs(v - ref) < distance - 1e-6) expect(reaches(option.signal, v)).toBe(false);
          }
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
