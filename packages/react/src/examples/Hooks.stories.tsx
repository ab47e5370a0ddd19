import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import {
  UseCohortRetentionExample,
  UseEngagementExample,
  UseHealthScoresExample,
  UseHealthTierRowsExample,
  UseHealthTiersExample,
  UseMrrMovementsExample,
  UseMrrMovementsSeriesExample,
  UsePooledRetentionByAgeExample,
  UseReconcileConventionsExample,
  UseRetentionExample,
  UseRetentionSeriesExample,
  UseSurveyHooksExample,
  UseSustainedRiskExample,
} from './HookExamples';
import './examples.css';

const meta = {
  title: 'Hooks',
  parameters: {
    docs: {
      description: {
        component: [
          'Every hook of `@vitals/metrics/react` returns `{ data, error, issues }`, is memoised on its inputs and never throws during render.',
          'These examples draw each result with plain markup (a `<meter>`, a list, a sentence) to show how to compose your own dashboard from hooks when the styled components are not what you want.',
          '',
          '```tsx',
          "import { useRetention } from '@vitals/metrics/react';",
          '',
          'function RetentionMeter({ snapshots }) {',
          "  const { data, error } = useRetention({ snapshots, from: '2024-12', to: '2025-12' });",
          '  if (error) return <p role="alert">{error.message}</p>;',
          '  return <meter min={0} max={1.5} value={data.netRevenueRetention ?? 0} />;',
          '}',
          '```',
        ].join('\n'),
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** `useRetention({ snapshots, from, to })`: NRR, GRR and logo churn for a window. */
export const UseRetention: Story = {
  name: 'useRetention',
  render: () => <UseRetentionExample />,
  play: async ({ canvasElement }) => {
    const meters = within(canvasElement).getAllByRole('meter');
    await expect(meters).toHaveLength(3);
    // A digit of any script: ar-EG writes its numbers in Arabic-Indic digits.
    await expect(meters[0]).toHaveAccessibleName(/^NRR: \p{Nd}/u);
  },
};

/** `useMrrMovements({ snapshots, period })`: totals and per-account rows for drill-down. */
export const UseMrrMovements: Story = {
  name: 'useMrrMovements',
  render: () => <UseMrrMovementsExample />,
};

/** `useMrrMovementsSeries({ snapshots, from, to })`: one movement per month. */
export const UseMrrMovementsSeries: Story = {
  name: 'useMrrMovementsSeries',
  render: () => <UseMrrMovementsSeriesExample />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('listitem')).toHaveLength(6);
  },
};

/** `useRetentionSeries({ snapshots, from, to, window })`: NRR, GRR and logo churn per month. */
export const UseRetentionSeries: Story = {
  name: 'useRetentionSeries',
  render: () => <UseRetentionSeriesExample />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('listitem')).toHaveLength(6);
  },
};

/** `useCohortRetention({ snapshots })`: cohorts with their cells. */
export const UseCohortRetention: Story = {
  name: 'useCohortRetention',
  render: () => <UseCohortRetentionExample />,
};

/** `usePooledRetentionByAge({ snapshots, metric, ages })`: one retention per age over all cohorts. */
export const UsePooledRetentionByAge: Story = {
  name: 'usePooledRetentionByAge',
  render: () => <UsePooledRetentionByAgeExample />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('listitem')).toHaveLength(3);
  },
};

/** `useEngagementRate({ rate, ... })` and `useTimeToValue({ accounts })`: the engagement family. */
export const UseEngagement: Story = {
  name: 'useEngagementRate and useTimeToValue',
  render: () => <UseEngagementExample />,
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole('listitem');
    await expect(items).toHaveLength(2);
    await expect(items[1]).toHaveTextContent(/still waiting/);
  },
};

/** `useHealthScores({ accounts, scorecard })`: scores, tiers and contributions. */
export const UseHealthScores: Story = {
  name: 'useHealthScores',
  render: () => <UseHealthScoresExample />,
};

/** `useHealthTiers({ accounts, scorecard })`: counts and MRR per tier. */
export const UseHealthTiers: Story = {
  name: 'useHealthTiers',
  render: () => <UseHealthTiersExample />,
};

/** `useHealthTierRows({ accounts, scorecard, history })`: the tier list's rows, trend included. */
export const UseHealthTierRows: Story = {
  name: 'useHealthTierRows',
  render: () => <UseHealthTierRowsExample />,
};

/** `useSustainedRisk({ history, asOf })`: accounts below the threshold for a run of days. */
export const UseSustainedRisk: Story = {
  name: 'useSustainedRisk',
  render: () => <UseSustainedRiskExample />,
};

/** `useNps`, `useCsat` and `useCes` on survey answers. */
export const UseSurveys: Story = {
  name: 'useNps, useCsat, useCes',
  render: () => <UseSurveyHooksExample />,
};

/** `useReconcileConventions({ snapshots, from, to })`: the same window under each vendor's rules. */
export const UseReconcileConventions: Story = {
  name: 'useReconcileConventions',
  render: () => <UseReconcileConventionsExample />,
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole('listitem');
    await expect(items).toHaveLength(5);
    await expect(items[4]).toHaveTextContent(/^Stripe Billing: .*new-in-logo-denominator/);
  },
};
