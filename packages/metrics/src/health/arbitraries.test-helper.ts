// fast-check generators shared by the health property tests (test-only: not exported by index.ts).
import fc from 'fast-check';
import type {
  HealthAccount,
  HealthCategory,
  Measure,
  MissingPolicy,
  Normalizer,
  Scorecard,
} from './types';

export interface ArbitraryOptions {
  /** Include `percentile` and `custom` measures. */
  withPopulation?: boolean;
}

const rangeArb = fc
  .tuple(fc.integer({ min: -50, max: 100 }), fc.integer({ min: 1, max: 100 }), fc.boolean())
  .map(([min, width, invert]): Normalizer => ({ type: 'range', min, max: min + width, invert }));

const stepsArb = fc
  .uniqueArray(fc.integer({ min: -20, max: 120 }), { minLength: 1, maxLength: 4 })
  .chain((mins) =>
    fc
      .array(fc.integer({ min: 0, max: 100 }), { minLength: mins.length, maxLength: mins.length })
      .map((scores): Normalizer => ({
        type: 'steps',
        steps: mins.map((min, i) => ({ min, score: scores[i]! })),
      })),
  );

const booleanArb = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
  .map(([whenTrue, whenFalse]): Normalizer => ({ type: 'boolean', whenTrue, whenFalse }));

const customArb = fc.constant<Normalizer>({ type: 'custom', score: (v) => Math.abs(v * 7) % 101 });
const percentileArb = fc.constant<Normalizer>({ type: 'percentile' });

/** A bounded-model scorecard whose measure `c{i}m{j}` reads signal `c{i}m{j}`. */
export function scorecardArb(options: ArbitraryOptions = {}): fc.Arbitrary<Scorecard> {
  const normalizer = options.withPopulation
    ? fc.oneof(rangeArb, stepsArb, booleanArb, customArb, percentileArb)
    : fc.oneof(rangeArb, stepsArb, booleanArb);
  const category = fc.tuple(
    fc.integer({ min: 0, max: 5 }),
    fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), normalizer), { minLength: 1, maxLength: 3 }),
  );
  return fc
    .record({
      model: fc.constantFrom<'weighted' | 'worst-of'>('weighted', 'worst-of'),
      missing: fc.constantFrom<MissingPolicy>('reweight', 'zero', 'neutral'),
      categories: fc.array(category, { minLength: 1, maxLength: 4 }),
    })
    .map(({ model, missing, categories }): Scorecard => {
      const cats: HealthCategory[] = categories.map(([weight, measures], c) => ({
        id: `c${c}`,
        weight: c === 0 ? weight + 1 : weight,
        measures: measures.map(([w, normalize], m): Measure => ({
          id: `c${c}m${m}`,
          weight: w,
          signal: `c${c}m${m}`,
          normalize,
        })),
      }));
      return { model, missing, categories: cats };
    });
}

/** Accounts with a value (or null) for every measure of `card`. */
export function accountsArb(card: Scorecard, maxLength = 20): fc.Arbitrary<HealthAccount[]> {
  const measures = card.categories.flatMap((c) => c.measures);
  const signal = (m: Measure) =>
    m.normalize.type === 'boolean'
      ? fc.option(fc.boolean(), { nil: null, freq: 4 })
      : fc.option(fc.integer({ min: -60, max: 160 }), { nil: null, freq: 4 });
  const account = fc.tuple(...measures.map(signal)).map((values) => {
    const signals: HealthAccount['signals'] = {};
    measures.forEach((m, i) => (signals[m.signal] = values[i] as number | boolean | null));
    return signals;
  });
  return fc
    .array(account, { minLength: 1, maxLength })
    .map((list) => list.map((signals, i) => ({ id: `acct-${i}`, signals })));
}

/** A `points`-model scorecard (one or two categories) whose measure `p{c}{i}` reads signal `p{c}{i}`. */
export function pointsScorecardArb(): fc.Arbitrary<Scorecard> {
  const category = fc.array(fc.integer({ min: -30, max: 30 }), { minLength: 1, maxLength: 4 });
  return fc
    .record({
      missing: fc.constantFrom<MissingPolicy>('reweight', 'zero'),
      categories: fc.array(category, { minLength: 1, maxLength: 2 }),
    })
    .map(({ missing, categories }): Scorecard => ({
      model: 'points',
      missing,
      tiers: [
        { id: 'high', label: 'High', min: 50, tone: 'positive' },
        { id: 'mid', label: 'Mid', min: 0, tone: 'notice' },
        { id: 'low', label: 'Low', min: Number.NEGATIVE_INFINITY, tone: 'negative' },
      ],
      categories: categories.map((points, c) => ({
        id: `p${c}`,
        weight: 1,
        measures: points.map((p, i): Measure => ({
          id: `p${c}${i}`,
          signal: `p${c}${i}`,
          normalize: { type: 'points', points: p },
        })),
      })),
    }));
}

/**
 * Accounts for `card` with bad rows mixed in (not an object, missing or duplicate id, a bad segment,
 * a non-numeric or non-finite signal, signals that are not an object), for `onInvalid: 'skip'`.
 */
export function messyAccountsArb(card: Scorecard, maxLength = 12): fc.Arbitrary<unknown[]> {
  const signal = card.categories[0]!.measures[0]!.signal;
  const bad = fc.oneof(
    fc.constant<unknown>(null),
    fc.constant<unknown>(7),
    fc.constant<unknown>({ id: '', signals: {} }),
    fc.constant<unknown>({ id: 'acct-0', signals: {} }),
    fc.constant<unknown>({ id: 'bad-segment', segment: 3, signals: {} }),
    fc.constant<unknown>({ id: 'bad-signals', signals: [] }),
    fc
      .constantFrom<unknown>('12', Number.NaN, Number.POSITIVE_INFINITY, {})
      .map((value) => ({ id: 'bad-value', signals: { [signal]: value } })),
  );
  return fc
    .tuple(accountsArb(card, maxLength), fc.array(fc.tuple(fc.nat(), bad), { maxLength: 4 }))
    .map(([accounts, inserts]) => {
      const rows: unknown[] = [...accounts];
      for (const [at, row] of inserts) rows.splice(at % (rows.length + 1), 0, row);
      return rows;
    });
}
