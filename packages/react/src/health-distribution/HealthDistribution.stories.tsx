import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  POINTS_TIERS,
  SCORECARD_ADOPTION_FIRST,
  type Scorecard,
  healthTierDistribution,
  scoreHealth,
} from '@vitals/metrics';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { fill } from '../messages/template';
import type { ChartSelection } from '../internal/chart';
import {
  countText,
  literal,
  percentText,
  storyLocale,
  storyMessages,
  storyPlural,
  storyTheme,
} from '../test/story-globals';
import { HealthDistribution } from './HealthDistribution';
import { generateHealthAccounts } from '@vitals/sample-data';

/** Accounts that have sent no signals yet (every 25th here) score as unknown: their own tier. */
function withNewAccounts<T extends { signals: object }>(list: T[]): T[] {
  return list.map((account, i) => (i % 25 === 24 ? { ...account, signals: {} } : account));
}

const accounts = withNewAccounts(generateHealthAccounts({ accounts: 240 }));
const large = withNewAccounts(generateHealthAccounts({ seed: 7, accounts: 20_000 }));

/** The additive model of SPEC §6: 5 points per weekly login, 20 per CSM touch, −20 per open ticket. */
const pointsScorecard: Scorecard = {
  model: 'points',
  tiers: [...POINTS_TIERS],
  categories: [
    {
      id: 'engagement',
      label: 'Engagement',
      weight: 1,
      measures: [
        { id: 'logins', signal: 'weeklyLogins', normalize: { type: 'points', points: 5 } },
        { id: 'csm', signal: 'csmTouches', normalize: { type: 'points', points: 20 } },
        { id: 'tickets', signal: 'openTickets', normalize: { type: 'points', points: -20 } },
      ],
    },
  ],
};
const pointsAccounts = accounts.map((account, i) => ({
  ...account,
  signals: { weeklyLogins: (i * 7) % 19, csmTouches: i % 4, openTickets: (i * 5) % 7 },
}));

const meta = {
  title: 'Charts/HealthDistribution',
  component: HealthDistribution,
  parameters: {
    docs: {
      description: {
        component: [
          'How many accounts, and how much MRR, sit in each health tier.',
          '',
          "Each account's score comes from the scorecard (weighted: Σ category weight × category score /",
          'Σ weights); its **tier** is the one with the highest `min` ≤ score. With `DEFAULT_TIERS`:',
          'healthy ≥ 80, at risk ≥ 50, critical below; accounts with no signal at all are **unknown**.',
          '**Share of accounts** = accounts in the tier / all accounts; **share of MRR** = Σ MRR of the',
          "tier's accounts / all MRR. The headline **MRR at risk** adds the tiers whose tone is notice or",
          'negative.',
          '',
          'How to read it: the left set counts accounts, the right set weighs them by revenue, on the',
          'same rows. A tier that is a small share of accounts but a large share of MRR (big customers',
          'at risk) is where to look first. The tier name is printed on every row and each bar states',
          'its count, MRR and share, so colour is never needed; tiers with no accounts stay listed.',
          'Every bar is reachable with Tab and shows both figures of its tier on focus.',
        ].join('\n'),
      },
    },
  },
  args: { accounts, scorecard: SCORECARD_ADOPTION_FIRST },
  argTypes: {
    accounts: { control: false },
    scorecard: { control: false },
    data: { control: false },
    measure: { control: 'inline-radio', options: ['both', 'accounts', 'mrr'] },
  },
} satisfies Meta<typeof HealthDistribution>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 240 sample accounts scored with the adoption-first scorecard; a few have no signals yet. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const locale = storyLocale(globals);
    const scores = scoreHealth(accounts, SCORECARD_ADOPTION_FIRST).accounts;
    const healthy = healthTierDistribution(scores, accounts, {
      tiers: SCORECARD_ADOPTION_FIRST.tiers,
    }).buckets.find((bucket) => bucket.tier === 'healthy')!;
    const m = storyMessages(globals).healthDistribution;
    const healthyName = fill(m.barLabelAccounts, {
      tier: m.tiers.healthy,
      accounts: storyPlural(m.accounts, healthy.count, globals),
      share: percentText(healthy.countShare!, locale),
    });
    await expect(canvas.getByRole('figure', { name: m.title })).toBeInTheDocument();
    const bars = canvas.getAllByRole('img');
    await expect(bars).toHaveLength(8);
    await expect(bars[0]).toHaveAttribute('data-tier', 'healthy');
    await expect(bars[0]).toHaveAccessibleName(new RegExp(`^${literal(healthyName)}$`));
    bars[1]!.focus();
    await expect(await canvas.findByRole('tooltip')).toHaveTextContent(
      new RegExp(`^${literal(m.tiers.atRisk)}`),
    );
    // Leave the chart as it loads: the tooltip closes when its bar loses focus.
    bars[1]!.blur();
    await waitFor(() => expect(canvas.queryByRole('tooltip')).not.toBeInTheDocument());
    await userEvent.click(
      canvas.getByRole('button', { name: storyMessages(globals).common.showTable }),
    );
    await expect(canvas.getByRole('table')).toBeVisible();
    await expect(canvasElement.querySelector('.vitals-root')).toHaveAttribute(
      'data-theme',
      storyTheme(globals),
    );
  },
};

/**
 * The keyboard path: the bars are one tab stop; arrows move between them and Enter selects a
 * tier (`onSelect({ component: 'HealthDistribution', tier })`).
 */
export const Keyboard: Story = {
  args: { onSelect: fn() },
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const bars = canvas.getAllByRole('img');
    await expect(bars.filter((bar) => bar.getAttribute('tabindex') === '0')).toHaveLength(1);
    bars[0]!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    // With the critical tier's accounts (drill-through), as many as the bar counts.
    await expect(args.onSelect).toHaveBeenCalledWith({
      component: 'HealthDistribution',
      tier: 'critical',
      accounts: expect.any(Array),
    });
    const [{ accounts: critical }] = (args.onSelect as ReturnType<typeof fn>).mock.lastCall as [
      ChartSelection,
    ];
    await expect(critical!.length).toBeGreaterThan(0);
    await expect(bars[2]!.getAttribute('aria-label')).toContain(
      countText(critical!.length, storyLocale(globals)),
    );
    // Escape closes the tooltip.
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('tooltip')).not.toBeInTheDocument());
  },
};

/** The dark theme. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** German locale and euros. */
export const GermanEuro: Story = { name: 'Locale de-DE, EUR', globals: { locale: 'de-DE' } };

/** Japanese locale and yen. */
export const JapaneseYen: Story = { name: 'Locale ja-JP, JPY', globals: { locale: 'ja-JP' } };

/** `measure="accounts"`: only the account counts. */
export const AccountsOnly: Story = { args: { measure: 'accounts' } };

/** `measure="mrr"`: only the revenue in each tier. */
export const MrrOnly: Story = { args: { measure: 'mrr' } };

/** Custom tiers: the points model with `POINTS_TIERS` (loyal, satisfied, needs improvement, code red). */
export const PointsTiers: Story = {
  args: { accounts: pointsAccounts, scorecard: pointsScorecard },
};

/** A `scoreHealth()` result as `data`, with `accounts` for their MRR (computed on a server, say). */
export const FromScores: Story = {
  args: {
    scorecard: undefined,
    data: scoreHealth(accounts, SCORECARD_ADOPTION_FIRST),
    defaultShowTable: true,
  },
};

/** Scores without account MRR: the MRR set is empty and a note says why. */
export const WithoutMrr: Story = {
  args: {
    accounts: undefined,
    scorecard: undefined,
    data: scoreHealth(accounts, SCORECARD_ADOPTION_FIRST).accounts,
  },
};

/** No account has any signal yet: everyone is unknown; the three tiers stay listed at zero. */
export const AllUnknown: Story = {
  args: { accounts: accounts.map((account) => ({ ...account, signals: {} })) },
};

/** In a narrow container the two bar sets stack. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 380 }}>
        <Story />
      </div>
    ),
  ],
};

/** No accounts yet. */
export const Empty: Story = { args: { accounts: [] } };

/** While the host app is fetching. */
export const Loading: Story = { args: { loading: true } };

/** Bad rows: the chart names each one instead of drawing a wrong number. */
export const BadData: Story = {
  args: {
    accounts: [
      ...accounts.slice(0, 20),
      { id: '', mrr: 100, signals: {} },
      { id: 'acct-x', mrr: 100, signals: { csat: 7 } },
    ],
  },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      storyPlural(storyMessages(globals).common.invalidRows, 1, globals),
    );
  },
};

/** 20,000 accounts, scored in the browser. */
export const LargeDataset: Story = { args: { accounts: large } };
