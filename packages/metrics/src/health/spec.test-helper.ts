// The scorecards SPEC §10 works through, shared by the health tests (test-only: not exported by
// index.ts).
import { POINTS_TIERS } from './tiers';
import type { Scorecard } from './types';

/**
 * SPEC §10's points example: 5 points a login, 20 a CSM engagement, −20 an unresolved ticket, on
 * `POINTS_TIERS`. 5 logins, 3 engagements and 1 ticket score 65 (satisfied). A fresh object each
 * call, so a test may change it.
 */
export const specPointsCard = (): Scorecard => ({
  model: 'points',
  tiers: [...POINTS_TIERS],
  categories: [
    {
      id: 'engagement',
      weight: 1,
      measures: [
        { id: 'logins', signal: 'logins', normalize: { type: 'points', points: 5 } },
        { id: 'csm', signal: 'csmEngagements', normalize: { type: 'points', points: 20 } },
        { id: 'tickets', signal: 'unresolvedTickets', normalize: { type: 'points', points: -20 } },
      ],
    },
  ],
});
