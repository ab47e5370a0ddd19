import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { VitalsProvider } from '../provider/VitalsProvider';
import { expectNoAxeViolations } from '../test/axe';
import { MetricCard } from './MetricCard';

const nrrHistory = [
  { period: '2024-03', value: 0.97 },
  { period: '2025-01', value: 0.99 },
  { period: '2025-02', value: 1.0 },
  { period: '2025-03', value: 1.02 },
];

describe('MetricCard metric and compareTo', () => {
  it('metric="nrr" writes NRR as a percentage with a percentage-point change and rates it', async () => {
    const { container } = render(
      <MetricCard label="NRR" metric="nrr" value={1.02} previousValue={0.97} />,
    );
    const card = screen.getByRole('group', { name: 'NRR' });
    expect(card.querySelector('.vitals-metric-card-value')).toHaveTextContent('102.0%');
    expect(card.querySelector('.vitals-metric-card-change')).toHaveTextContent(
      'Up +5 percentage points vs previous period (an improvement)',
    );
    expect(card.querySelector('.vitals-metric-card-rating')).toHaveAttribute('data-rating', 'good');
    await expectNoAxeViolations(container);
  });

  it('without metric the same numbers are a count (the old default)', () => {
    render(<MetricCard label="NRR" value={1.02} previousValue={0.97} />);
    expect(screen.getByRole('group', { name: 'NRR' })).not.toHaveTextContent('percentage points');
  });

  it('metric="logoChurn" tones a rise as bad news; explicit props win over the metric', () => {
    render(
      <MetricCard
        label="Logo churn"
        metric="logoChurn"
        value={0.03}
        previousValue={0.02}
        benchmark={{ metric: 'logoChurn', segment: 'SMB' }}
      />,
    );
    const change = screen
      .getByRole('group', { name: 'Logo churn' })
      .querySelector('.vitals-metric-card-change');
    expect(change).toHaveAttribute('data-tone', 'negative');
    expect(change).toHaveTextContent('+1 percentage point');
    render(<MetricCard label="ARPA" metric="arpa" value={1200} format="count" />);
    expect(screen.getByRole('group', { name: 'ARPA' })).toHaveTextContent('1,200');
    expect(screen.getByRole('group', { name: 'ARPA' })).not.toHaveTextContent('$');
  });

  it('warns once for an unknown metric and falls back to a count', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<MetricCard label="Odd" metric={'velocity' as never} value={3} />);
    expect(screen.getByRole('group', { name: 'Odd' })).toHaveTextContent('3');
    expect(warn.mock.calls.flat().join(' ')).toMatch(/unknown metric "velocity"/);
    warn.mockRestore();
  });

  it("compareTo='previous-year' compares with the history point a year before, and says so", () => {
    render(
      <MetricCard
        label="NRR"
        metric="nrr"
        value={1.02}
        history={nrrHistory}
        compareTo="previous-year"
      />,
    );
    expect(
      screen.getByRole('group', { name: 'NRR' }).querySelector('.vitals-metric-card-change'),
    ).toHaveTextContent('Up +5 percentage points vs same period last year');
  });

  it("compareTo='previous-period' compares with the point of the period before", () => {
    render(
      <MetricCard
        label="NRR"
        metric="nrr"
        value={1.02}
        history={nrrHistory}
        compareTo="previous-period"
      />,
    );
    expect(
      screen.getByRole('group', { name: 'NRR' }).querySelector('.vitals-metric-card-change'),
    ).toHaveTextContent('Up +2 percentage points vs previous period');
  });

  it('shows no change when the history has no point for the comparison', () => {
    render(
      <MetricCard
        label="NRR"
        metric="nrr"
        value={1.02}
        history={nrrHistory.slice(1)}
        compareTo="previous-year"
      />,
    );
    expect(
      screen.getByRole('group', { name: 'NRR' }).querySelector('.vitals-metric-card-change'),
    ).toBeNull();
  });

  it('says the comparison in the reader’s language', () => {
    render(
      <VitalsProvider locale="de-DE">
        <MetricCard
          label="NRR"
          metric="nrr"
          value={1.02}
          history={nrrHistory}
          compareTo="previous-year"
        />
      </VitalsProvider>,
    );
    expect(screen.getByRole('group', { name: 'NRR' })).toHaveTextContent(
      'gleiche Periode im Vorjahr',
    );
  });
});
