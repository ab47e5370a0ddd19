import { deepFreeze } from '../core/freeze';
import type { Scorecard } from './types';

/**
 * The adoption-first scorecard of SPEC §6: product adoption 40 %, customer feedback 25 %, support
 * 20 %, CSM sentiment 15 %. The category weights come from the source article; the measures, their
 * signal names and ranges are Vitals' defaults, to replace with your own: `activeUserRatio` and
 * `featureAdoption` (fractions 0–1), `nps` (−100–100), `csat` (fraction 0–1), `openTickets` (0–10,
 * fewer is better), `escalations` (0–3, fewer is better), `csmSentiment` (the CSM's 1–5 rating).
 *
 * @example
 * scoreHealth(accounts, SCORECARD_ADOPTION_FIRST);
 * scoreHealth(accounts, { ...SCORECARD_ADOPTION_FIRST, missing: 'neutral' });
 */
export const SCORECARD_ADOPTION_FIRST: Scorecard = /* @__PURE__ */ deepFreeze({
  model: 'weighted',
  missing: 'reweight',
  categories: [
    {
      id: 'product-adoption',
      label: 'Product adoption',
      weight: 40,
      measures: [
        {
          id: 'active-users',
          label: 'Active users',
          signal: 'activeUserRatio',
          normalize: { type: 'range', min: 0, max: 1 },
        },
        {
          id: 'feature-adoption',
          label: 'Key features used',
          signal: 'featureAdoption',
          normalize: { type: 'range', min: 0, max: 1 },
        },
      ],
    },
    {
      id: 'customer-feedback',
      label: 'Customer feedback',
      weight: 25,
      measures: [
        {
          id: 'nps',
          label: 'NPS',
          signal: 'nps',
          normalize: { type: 'range', min: -100, max: 100 },
        },
        { id: 'csat', label: 'CSAT', signal: 'csat', normalize: { type: 'range', min: 0, max: 1 } },
      ],
    },
    {
      id: 'support',
      label: 'Support',
      weight: 20,
      measures: [
        {
          id: 'open-tickets',
          label: 'Open tickets',
          signal: 'openTickets',
          normalize: { type: 'range', min: 0, max: 10, invert: true },
        },
        {
          id: 'escalations',
          label: 'Escalations',
          signal: 'escalations',
          normalize: { type: 'range', min: 0, max: 3, invert: true },
        },
      ],
    },
    {
      id: 'csm-sentiment',
      label: 'CSM sentiment',
      weight: 15,
      measures: [
        {
          id: 'csm-rating',
          label: 'CSM rating',
          signal: 'csmSentiment',
          normalize: { type: 'range', min: 1, max: 5 },
        },
      ],
    },
  ],
});

/**
 * The usage / support / outcomes scorecard of SPEC §6: usage 40 %, support health 30 %, business
 * results 30 %. The category weights come from the source article; the measures are Vitals'
 * defaults, to replace with your own: `weeklyLogins` (0–20), `activeUserRatio` (fraction 0–1),
 * `openTickets` (0–10, fewer is better), `csat` (fraction 0–1), `goalsAchieved` (fraction of the
 * success plan's goals met, 0–1) and `roiConfirmed` (boolean: the customer has confirmed ROI).
 *
 * @example
 * scoreHealth(accounts, SCORECARD_USAGE_SUPPORT_OUTCOMES);
 */
export const SCORECARD_USAGE_SUPPORT_OUTCOMES: Scorecard = /* @__PURE__ */ deepFreeze({
  model: 'weighted',
  missing: 'reweight',
  categories: [
    {
      id: 'usage',
      label: 'Usage',
      weight: 40,
      measures: [
        {
          id: 'weekly-logins',
          label: 'Weekly logins',
          signal: 'weeklyLogins',
          normalize: { type: 'range', min: 0, max: 20 },
        },
        {
          id: 'active-users',
          label: 'Active users',
          signal: 'activeUserRatio',
          normalize: { type: 'range', min: 0, max: 1 },
        },
      ],
    },
    {
      id: 'support-health',
      label: 'Support health',
      weight: 30,
      measures: [
        {
          id: 'open-tickets',
          label: 'Open tickets',
          signal: 'openTickets',
          normalize: { type: 'range', min: 0, max: 10, invert: true },
        },
        { id: 'csat', label: 'CSAT', signal: 'csat', normalize: { type: 'range', min: 0, max: 1 } },
      ],
    },
    {
      id: 'business-results',
      label: 'Business results',
      weight: 30,
      measures: [
        {
          id: 'goals-achieved',
          label: 'Goals achieved',
          signal: 'goalsAchieved',
          normalize: { type: 'range', min: 0, max: 1 },
        },
        {
          id: 'roi-confirmed',
          label: 'ROI confirmed',
          signal: 'roiConfirmed',
          normalize: { type: 'boolean' },
        },
      ],
    },
  ],
});
