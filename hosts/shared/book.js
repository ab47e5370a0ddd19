// @ts-check
/**
 * The data every host shows, as a vendor's backend would return it: the seeded sample book from
 * `@vitals/sample-data`. Plain JavaScript so Node scripts, the apps and the checks share one recipe.
 */
export { LOCALES, currencyOf } from './locales.js';
import { SCORECARD_ADOPTION_FIRST, scoreHealth } from '@vitals/metrics';
import {
  generateHealthAccounts,
  generateHealthHistory,
  generateSampleData,
  generateSurveyResponses,
} from '@vitals/sample-data';

/** The twelve-month window every revenue chart shows. */
export const WINDOW = { from: '2024-12', to: '2025-12' };

/** The date health is scored on. */
export const AS_OF = '2025-12-31';

/** The scorecard every health component uses. */
export const SCORECARD = SCORECARD_ADOPTION_FIRST;

/** Snapshots, health accounts with history, and survey responses: the same on every call. */
export function book() {
  const revenue = generateSampleData({ seed: 42, accounts: 300 });
  const accounts = generateHealthAccounts({ seed: 42, accounts: 600, asOf: AS_OF });
  const scores = scoreHealth(accounts, SCORECARD);
  const history = generateHealthHistory(
    scores.accounts.map((result) => ({ id: result.accountId, currentScore: result.score ?? 50 })),
    { days: 45, asOf: AS_OF },
  );
  return {
    snapshots: revenue.snapshots,
    accounts,
    history,
    npsResponses: generateSurveyResponses({ survey: 'nps', responses: 640 }),
    csatResponses: generateSurveyResponses({ survey: 'csat', responses: 480, seed: 7 }),
    cesResponses: generateSurveyResponses({ survey: 'ces', responses: 300, seed: 9 }),
  };
}
