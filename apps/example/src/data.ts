import { SCORECARD_ADOPTION_FIRST, scoreHealth } from '@vitals/metrics';
import {
  generateHealthAccounts,
  generateHealthHistory,
  generateSampleData,
  generateSurveyResponses,
} from '@vitals/sample-data';

/**
 * What the vendor's own backend would return: MRR snapshots, accounts with health signals, score
 * history and survey answers. Here it comes from the seeded sample generator.
 */
export const revenue = generateSampleData({ seed: 42, accounts: 400 });
export const accounts = generateHealthAccounts({ seed: 42, accounts: 1_500, asOf: '2025-12-31' });
export const scorecard = SCORECARD_ADOPTION_FIRST;
const scored = scoreHealth(accounts, scorecard);
export const history = generateHealthHistory(
  scored.accounts.map((result) => ({ id: result.accountId, currentScore: result.score ?? 50 })),
  { days: 45, asOf: '2025-12-31' },
);
export const npsResponses = generateSurveyResponses({ survey: 'nps', responses: 640 });
export const csatResponses = generateSurveyResponses({ survey: 'csat', responses: 480, seed: 7 });
export const cesResponses = generateSurveyResponses({ survey: 'ces', responses: 300, seed: 9 });
