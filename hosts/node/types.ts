/**
 * What a vendor writes against the public types, compiled under `strict`,
 * `exactOptionalPropertyTypes` and `noUncheckedIndexedAccess` (see tsconfig.host.json). It is
 * typechecked, and run to prove the values behave as the types say.
 */
import {
  DEFAULT_TIERS,
  type MrrSnapshot,
  POINTS_TIERS,
  SCORECARD_ADOPTION_FIRST,
  type Scorecard,
  healthTier,
  mrrMovements,
} from '@vitals/metrics';

// The docs' own preset with the readonly default tiers (TS4104 before the fix).
export const scorecard: Scorecard = { ...SCORECARD_ADOPTION_FIRST, tiers: DEFAULT_TIERS };
export const points: Scorecard = { ...SCORECARD_ADOPTION_FIRST, tiers: POINTS_TIERS };

// Rows from a readonly source, and an option that may be undefined.
const rows: readonly MrrSnapshot[] = [
  { accountId: 'a', period: '2025-01', mrr: 100 },
  { accountId: 'a', period: '2025-02', mrr: 120 },
];
const maybeFrom: string | undefined = process.env['VITALS_FROM'];
export const movements = mrrMovements(rows, { from: maybeFrom ?? '2025-01', to: '2025-02' });
export const tier: string = healthTier(85, scorecard.tiers ?? DEFAULT_TIERS);
