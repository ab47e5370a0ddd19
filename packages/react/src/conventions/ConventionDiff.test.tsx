import { type MrrSnapshot, reconcileConventions } from '@vitals/metrics';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { exampleConventionQuarter } from '@vitals/sample-data';
import { describe, expect, it } from 'vitest';
import { VitalsProvider } from '../provider/VitalsProvider';
import { expectNoAxeViolations } from '../test/axe';
import { expectHydratesCleanly } from '../test/hydrate';
import { describeHostContract } from '../test/hostContract';
import { ConventionDiff } from './ConventionDiff';

const row = (accountId: string, period: string, mrr: number): MrrSnapshot => ({
  accountId,
  period,
  mrr,
});

/**
 * The worked quarter of @vitals/sample-data: S = 1,000 over a, b, c, d; e reactivates with 80;
 * f is new (120); g and h join and leave.
 */
const { snapshots, ...WINDOW } = exampleConventionQuarter();

describe('ConventionDiff', () => {
  it('tables every metric under every preset and marks the numbers that differ', () => {
    render(<ConventionDiff snapshots={snapshots} {...WINDOW} />);
    const table = screen.getByRole('table', { name: /Metrics under each convention/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual([
      'Metric',
      'Vitals (baseline)',
      'ChartMogul',
      'Baremetrics',
      'ProfitWell',
      'Stripe Billing',
    ]);
    const logo = within(table).getByRole('row', { name: /Logo churn/ });
    expect(
      within(logo)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '25.0%',
      '25.0%',
      '75.0%, differs from Vitals',
      '25.0%',
      '42.9%, differs from Vitals',
    ]);
    const quick = within(table).getByRole('row', { name: /Quick ratio/ });
    expect(within(quick).getAllByRole('cell')[0]).toHaveTextContent('0.71×');
  });

  it('opens a difference to its rules, their effect and the accounts behind them', async () => {
    const user = userEvent.setup();
    render(
      <ConventionDiff
        snapshots={snapshots}
        {...WINDOW}
        getAccountHref={(id) => `/accounts/${id}`}
      />,
    );
    const summary = screen.getByText(/^Logo churn: Stripe Billing/);
    expect(summary).toHaveTextContent('Logo churn: Stripe Billing 42.9% against 25.0% (+17.9 pts)');
    await user.click(summary);
    const details = summary.closest('details')!;
    expect(details).toHaveAttribute('open');
    const causes = within(details)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement?.className === 'vitals-convention-diff-rules');
    expect(causes).toHaveLength(2);
    expect(causes[0]).toHaveTextContent(
      'New accounts are in the logo-churn denominator (Vitals: no; Stripe Billing: yes): −5 pts, from 1 account',
    );
    expect(within(causes[0]!).getByRole('link', { name: 'f' })).toHaveAttribute(
      'href',
      '/accounts/f',
    );
    expect(causes[1]).toHaveTextContent('+22.9 pts, from 2 accounts');
  });

  it('explains against the baseline it is given, with the path walked from that side', () => {
    render(<ConventionDiff snapshots={snapshots} {...WINDOW} baseline="stripe" />);
    expect(screen.getByText(/^Logo churn: Vitals/)).toHaveTextContent(
      'Logo churn: Vitals 25.0% against 42.9% (−17.9 pts)',
    );
  });

  it('lists at most maxAccounts accounts per cause', () => {
    const many = Array.from({ length: 30 }, (_, i) => [
      row(`r${i}`, '2024-10', 10),
      row(`r${i}`, '2025-04', 10),
    ]).flat();
    render(
      <ConventionDiff
        snapshots={[...snapshots, ...many]}
        {...WINDOW}
        conventions={['vitals', 'baremetrics']}
        maxAccounts={5}
      />,
    );
    const net = screen.getByText(/^Net MRR churn: Baremetrics/).closest('details')!;
    expect(within(net).getByText('…and 26 more')).toBeInTheDocument();
  });

  it('shows loading, empty and error states, and names the bad row', () => {
    const { rerender } = render(<ConventionDiff loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading conventions…');
    rerender(<ConventionDiff />);
    expect(screen.getByText(/No MRR snapshots yet/)).toBeInTheDocument();
    rerender(<ConventionDiff snapshots={[row('a', '2025-13', 1)]} {...WINDOW} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/period/);
    rerender(<ConventionDiff snapshots={snapshots} {...WINDOW} conventions={['nope' as never]} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/options\.conventions\[0\]/);
  });

  it('takes a precomputed result as data, and says when every convention agrees', () => {
    const same = [row('a', '2025-01', 100), row('a', '2025-02', 110)];
    render(<ConventionDiff data={reconcileConventions(same, { period: '2025-02' })} />);
    expect(
      screen.getByText(/every convention gives the same numbers as Vitals/),
    ).toBeInTheDocument();
  });

  it('has no axe violations, closed and open', async () => {
    const user = userEvent.setup();
    const { container } = render(<ConventionDiff snapshots={snapshots} {...WINDOW} />);
    await expectNoAxeViolations(container);
    for (const summary of container.querySelectorAll('summary')) await user.click(summary);
    await expectNoAxeViolations(container);
  });

  it('renders on the server and hydrates cleanly in another locale and theme', async () => {
    const { container, cleanup } = await expectHydratesCleanly(
      <VitalsProvider theme="dark" locale="de-DE" currency="EUR">
        <ConventionDiff snapshots={snapshots} {...WINDOW} />
      </VitalsProvider>,
    );
    expect(container.querySelector('section')).toHaveAttribute('data-state', 'ready');
    expect(container.textContent).toMatch(/42,9\s%/);
    cleanup();
  });
});

describeHostContract('ConventionDiff', {
  readyTag: 'SECTION',
  states: {
    ready: (host) => <ConventionDiff snapshots={snapshots} {...WINDOW} {...host} />,
    loading: (host) => <ConventionDiff loading {...host} />,
    empty: (host) => <ConventionDiff {...host} />,
    error: (host) => <ConventionDiff snapshots={[row('a', '2025-13', 1)]} {...WINDOW} {...host} />,
  },
});
