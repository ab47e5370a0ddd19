import {
  type HealthAccount,
  POINTS_TIERS,
  type Scorecard,
  healthTierDistribution,
  scoreHealth,
} from '@vitals/metrics';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { VitalsProvider } from '../provider/VitalsProvider';
import { expectNoAxeViolations } from '../test/axe';
import { expectHydratesCleanly } from '../test/hydrate';
import { describeHostContract } from '../test/hostContract';
import { renderStrict } from '../test/render';
import { HealthDistribution } from './HealthDistribution';

/** One measure, so the score is the usage itself: ≥ 80 healthy, ≥ 50 at risk, below critical. */
const scorecard: Scorecard = {
  categories: [
    {
      id: 'usage',
      weight: 1,
      measures: [{ id: 'usage', signal: 'usage', normalize: { type: 'range', min: 0, max: 100 } }],
    },
  ],
};

const account = (id: string, usage: number | null, mrr?: number): HealthAccount => ({
  id,
  mrr,
  signals: { usage },
});

/** Healthy a, b (8,000); at risk c (1,500); critical d (500); unknown e (1,000): 11,000 MRR. */
const accounts = [
  account('a', 90, 5_000),
  account('b', 85, 3_000),
  account('c', 60, 1_500),
  account('d', 20, 500),
  account('e', null, 1_000),
];

describe('HealthDistribution', () => {
  it('states every tier with its accounts, MRR and shares in the text alternative', () => {
    renderStrict(<HealthDistribution accounts={accounts} scorecard={scorecard} />);
    expect(screen.getByRole('figure', { name: 'Health distribution' })).toHaveAccessibleDescription(
      '5 accounts, $11,000 MRR. Healthy 2 accounts (40.0%), $8,000 MRR (72.7%); At risk 1 account (20.0%), $1,500 MRR (13.6%); Critical 1 account (20.0%), $500 MRR (4.5%); Unknown 1 account (20.0%), $1,000 MRR (9.1%). MRR in at-risk tiers: $2,000 (18.2%).',
    );
    expect(screen.getByText('$2,000 (18.2%)')).toBeInTheDocument();
  });

  it('prints each tier name and marks bars with data-tier and data-tone', () => {
    const { container } = renderStrict(
      <HealthDistribution accounts={accounts} scorecard={scorecard} />,
    );
    const svg = container.querySelector('svg')!;
    for (const label of ['Healthy', 'At risk', 'Critical', 'Unknown']) {
      expect(within(svg as unknown as HTMLElement).getByText(label)).toBeInTheDocument();
    }
    const bars = screen.getAllByRole('img');
    expect(bars).toHaveLength(8);
    expect(bars.map((bar) => [bar.dataset.quantity, bar.dataset.tier, bar.dataset.tone])).toEqual([
      ['accounts', 'healthy', 'positive'],
      ['accounts', 'at-risk', 'notice'],
      ['accounts', 'critical', 'negative'],
      ['accounts', 'unknown', 'neutral'],
      ['mrr', 'healthy', 'positive'],
      ['mrr', 'at-risk', 'notice'],
      ['mrr', 'critical', 'negative'],
      ['mrr', 'unknown', 'neutral'],
    ]);
    expect(bars[0]).toHaveAccessibleName('Healthy: 2 accounts, 40.0% of accounts');
    expect(bars[4]).toHaveAccessibleName('Healthy: $8,000 MRR, 72.7% of MRR');
    expect(bars[0]).toHaveTextContent('2 · 40.0%');
    expect(bars[5]).toHaveTextContent('$1,500 · 13.6%');
  });

  it('draws one bar set with measure="accounts" or "mrr"', () => {
    const { unmount } = renderStrict(
      <HealthDistribution accounts={accounts} scorecard={scorecard} measure="accounts" />,
    );
    expect(screen.getAllByRole('img').map((bar) => bar.dataset.quantity)).toEqual(
      Array(4).fill('accounts'),
    );
    unmount();
    renderStrict(<HealthDistribution accounts={accounts} scorecard={scorecard} measure="mrr" />);
    expect(screen.getAllByRole('img').map((bar) => bar.dataset.quantity)).toEqual(
      Array(4).fill('mrr'),
    );
  });

  it('makes the bars one tab stop: arrows move between them, Enter selects a tier', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderStrict(
      <HealthDistribution accounts={accounts} scorecard={scorecard} onSelect={onSelect} />,
    );
    await user.tab(); // data-table toggle
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Healthy: 2 accounts, 40.0% of accounts');
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'HealthyAccounts 2 accounts (40.0%)MRR $8,000 (72.7%)',
    );
    expect(document.activeElement).toHaveAttribute(
      'aria-describedby',
      screen.getByRole('tooltip').id,
    );
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName('Critical: 1 account, 20.0% of accounts');
    expect(screen.getByRole('tooltip')).toHaveTextContent('CriticalAccounts 1 account (20.0%)');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith({
      component: 'HealthDistribution',
      tier: 'critical',
      accounts: [{ accountId: 'd', value: 500 }],
    });
    // Only one bar is a tab stop: the next Tab leaves the chart.
    const bars = screen.getAllByRole('img');
    expect(bars.filter((bar) => bar.getAttribute('tabindex') === '0')).toHaveLength(1);
    await user.tab();
    expect(bars).not.toContain(document.activeElement);
  });

  it('shows NaN in data as the error state naming the field, not NaN on the page', () => {
    const distribution = healthTierDistribution(
      [{ accountId: 'a', tier: 'healthy' }],
      [{ id: 'a', mrr: 10 }],
    );
    const bad = {
      ...distribution,
      buckets: distribution.buckets.map((b, i) => (i === 0 ? { ...b, count: Number.NaN } : b)),
    };
    const { container } = renderStrict(<HealthDistribution data={bad} />);
    expect(screen.getByRole('alert')).toHaveTextContent('data.buckets[0].count');
    expect(container).not.toHaveTextContent('NaN%');
    expect(container.querySelector('svg')).toBeNull();
  });

  it('has a data table with counts, MRR and shares per tier', () => {
    renderStrict(<HealthDistribution accounts={accounts} scorecard={scorecard} />);
    const table = screen.getByRole('table', { name: 'Health distribution: data' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Healthy240.0%$8,00072.7%',
      'At risk120.0%$1,50013.6%',
      'Critical120.0%$5004.5%',
      'Unknown120.0%$1,0009.1%',
    ]);
    expect(rows[1]).toHaveAttribute('data-tone', 'notice');
  });

  it('takes scoreHealth results (MRR from accounts), rows, or a distribution as data', () => {
    const scores = scoreHealth(accounts, scorecard);
    const { unmount } = renderStrict(<HealthDistribution data={scores} accounts={accounts} />);
    expect(screen.getAllByRole('img')[4]).toHaveAccessibleName('Healthy: $8,000 MRR, 72.7% of MRR');
    unmount();
    // Without accounts nothing says what each account pays: the note says so.
    const rows = renderStrict(<HealthDistribution data={scores.accounts} />);
    expect(screen.getByRole('note')).toHaveTextContent('5 accounts have no MRR and count as $0.');
    expect(screen.getAllByRole('img')[0]).toHaveAccessibleName(
      'Healthy: 2 accounts, 40.0% of accounts',
    );
    rows.unmount();
    renderStrict(
      <HealthDistribution
        data={healthTierDistribution(scores.accounts, accounts)}
        measure="accounts"
      />,
    );
    expect(screen.getAllByRole('img')).toHaveLength(4);
  });

  it('lists custom tiers such as POINTS_TIERS, empty ones included', () => {
    const points: Scorecard = {
      model: 'points',
      tiers: [...POINTS_TIERS],
      categories: [
        {
          id: 'engagement',
          weight: 1,
          measures: [
            { id: 'logins', signal: 'logins', normalize: { type: 'points', points: 5 } },
            { id: 'tickets', signal: 'tickets', normalize: { type: 'points', points: -20 } },
          ],
        },
      ],
    };
    renderStrict(
      <HealthDistribution
        measure="accounts"
        scorecard={points}
        accounts={[
          { id: 'x', mrr: 100, signals: { logins: 20, tickets: 0 } }, // 100: loyal
          { id: 'y', mrr: 100, signals: { logins: 5, tickets: 1 } }, // 5: needs improvement
          { id: 'z', mrr: 100, signals: { logins: 0, tickets: 2 } }, // −40: code red
        ]}
      />,
    );
    expect(screen.getAllByRole('img').map((bar) => bar.getAttribute('aria-label'))).toEqual([
      'Loyal: 1 account, 33.3% of accounts',
      'Satisfied: 0 accounts, 0.0% of accounts',
      'Needs improvement: 1 account, 33.3% of accounts',
      'Code red: 1 account, 33.3% of accounts',
    ]);
  });

  it('shows accounts that could not be scored as unknown', () => {
    renderStrict(
      <HealthDistribution
        scorecard={scorecard}
        accounts={[account('p', null, 10), account('q', null, 30)]}
      />,
    );
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(
      /Healthy 0 accounts \(0\.0%\), \$0 MRR \(0\.0%\);.*Unknown 2 accounts \(100\.0%\), \$40 MRR \(100\.0%\)\./,
    );
  });

  it('formats through the provider locale and currency', () => {
    renderStrict(
      <VitalsProvider locale="de-DE" currency="EUR">
        <HealthDistribution accounts={accounts} scorecard={scorecard} />
      </VitalsProvider>,
    );
    // German words too: the tier, the sentence and the numbers.
    expect(screen.getAllByRole('img')[4]).toHaveAccessibleName(
      /^Gesund: 8\.000\s€ MRR, 72,7\s% des MRR$/,
    );
  });

  it('shows empty, loading and error states, naming bad rows', () => {
    const { unmount } = renderStrict(<HealthDistribution accounts={[]} scorecard={scorecard} />);
    expect(screen.getByText(/^No accounts to show/)).toBeInTheDocument();
    unmount();
    const loading = renderStrict(<HealthDistribution loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading health distribution…');
    loading.unmount();
    const noCard = renderStrict(<HealthDistribution accounts={accounts} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Accounts need a scorecard');
    noCard.unmount();
    const bad = [...accounts, { id: '', signals: {} }, { id: 'n', mrr: -5, signals: { usage: 1 } }];
    const invalid = renderStrict(<HealthDistribution accounts={bad} scorecard={scorecard} />);
    expect(screen.getByRole('alert')).toHaveTextContent("This chart couldn't be shown");
    expect(screen.getByRole('alert')).toHaveTextContent(/Row 6 \(index 5\), /);
    invalid.unmount();
    const wrongTier = renderStrict(
      <HealthDistribution data={[{ accountId: 'a', tier: 'gold' }]} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      "Row 1 (index 0), results.tier: must be one of the tiers' ids",
    );
    wrongTier.unmount();
    renderStrict(<HealthDistribution data={{ nope: true } as never} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      "field 'data': must be a scoreHealth() result",
    );
  });

  it('warns once and falls back to both for an unknown measure', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderStrict(
      <HealthDistribution accounts={accounts} scorecard={scorecard} measure={'seats' as never} />,
    );
    expect(screen.getAllByRole('img')).toHaveLength(8);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^HealthDistribution: measure must be 'accounts', 'mrr' or 'both'/),
    );
    warn.mockRestore();
  });

  it('has no accessibility violations when ready (tooltip open), empty and in error', async () => {
    const user = userEvent.setup();
    const ready = renderStrict(
      <HealthDistribution accounts={accounts} scorecard={scorecard} defaultShowTable />,
    );
    await expectNoAxeViolations(ready.container);
    await user.hover(screen.getAllByRole('img')[1]!);
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    await expectNoAxeViolations(ready.container);
    ready.unmount();
    const empty = renderStrict(<HealthDistribution accounts={[]} scorecard={scorecard} />);
    await expectNoAxeViolations(empty.container);
    empty.unmount();
    const error = renderStrict(<HealthDistribution accounts={accounts} />);
    await expectNoAxeViolations(error.container);
  });

  it('hydrates server HTML without console errors or warnings', async () => {
    const { container, cleanup } = await expectHydratesCleanly(
      <VitalsProvider theme="dark" locale="ja-JP" currency="JPY">
        <HealthDistribution accounts={accounts} scorecard={scorecard} />
      </VitalsProvider>,
    );
    expect(container.querySelector('figure')).toHaveAttribute('data-state', 'ready');
    expect(container.querySelectorAll('[data-tier="at-risk"][role="img"]')).toHaveLength(2);
    cleanup();
  });
});

describe('HealthDistribution skipped accounts', () => {
  it('names each skipped account behind the note, not only their number', () => {
    render(
      <HealthDistribution
        accounts={[...accounts, { id: 7 as unknown as string, signals: { usage: 50 } }]}
        scorecard={scorecard}
        onInvalid="skip"
      />,
    );
    const note = screen.getByText('1 invalid row was skipped.');
    expect(note.tagName).toBe('SUMMARY');
    expect(note.closest('details')).toHaveTextContent(/index 5/);
  });
});

describeHostContract('HealthDistribution', {
  readyTag: 'FIGURE',
  states: {
    ready: (host) => <HealthDistribution accounts={accounts} scorecard={scorecard} {...host} />,
    loading: (host) => <HealthDistribution loading {...host} />,
    empty: (host) => <HealthDistribution accounts={[]} scorecard={scorecard} {...host} />,
    error: (host) => <HealthDistribution accounts={accounts} {...host} />,
  },
});
