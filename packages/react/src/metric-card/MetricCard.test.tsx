import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { VitalsProvider } from '../provider/VitalsProvider';
import { expectNoAxeViolations } from '../test/axe';
import { expectHydratesCleanly } from '../test/hydrate';
import { describeHostContract } from '../test/hostContract';
import { renderStrict } from '../test/render';
import { MetricCard } from './MetricCard';

const history = [
  { period: '2025-01', value: 11_200 },
  { period: '2025-02', value: 10_900 },
  { period: '2025-03', value: 12_000 },
  { period: '2025-04', value: 12_400 },
];

describe('MetricCard', () => {
  it('shows the value and its signed change in words, toned as good news', () => {
    renderStrict(
      <MetricCard
        label="MRR"
        value={12_400}
        previousValue={12_000}
        format="currency"
        history={history}
      />,
    );
    const card = screen.getByRole('group', { name: 'MRR' });
    expect(card).toHaveTextContent('$12,400');
    const change = card.querySelector('.vitals-metric-card-change')!;
    expect(change).toHaveTextContent('Up +$400 (+3.3%) vs previous period (an improvement)');
    expect(change).toHaveAttribute('data-tone', 'positive');
    expect(card).toHaveAttribute('data-tone', 'positive');
  });

  it('tones a rise as bad news when lower is better, and writes rate changes in points', () => {
    const { container } = renderStrict(
      <MetricCard
        label="Logo churn"
        value={0.032}
        previousValue={0.02}
        format="percent"
        higherIsBetter={false}
        comparisonLabel="last month"
      />,
    );
    const change = container.querySelector('.vitals-metric-card-change');
    expect(change).toHaveTextContent('Up +1.2 percentage points vs last month');
    expect(change).toHaveAttribute('data-tone', 'negative');
    expect(change).toHaveAttribute('data-direction', 'up');
    expect(change).toHaveTextContent('(a decline)');
  });

  it('says when nothing changed', () => {
    const { container } = renderStrict(
      <MetricCard label="Accounts" value={120} previousValue={120} />,
    );
    const change = container.querySelector('.vitals-metric-card-change');
    expect(change).toHaveTextContent(/No change vs previous period$/);
    expect(change).toHaveAttribute('data-tone', 'neutral');
  });

  it('describes the sparkline by its first, last, lowest and highest values', () => {
    renderStrict(<MetricCard label="MRR" value={12_400} format="currency" history={history} />);
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Trend over 4 periods: first $11,200 (January 2025), last $12,400 (April 2025), lowest $10,900 (February 2025), highest $12,400 (April 2025).',
    );
  });

  it('draws no sparkline for fewer than two values', () => {
    renderStrict(<MetricCard label="MRR" value={1} history={[1]} />);
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('rates the value against its benchmark in words', () => {
    const { unmount } = renderStrict(
      <MetricCard label="NRR" value={1.12} format="percent" benchmark={{ metric: 'nrr' }} />,
    );
    expect(screen.getByText(/Benchmark:/)).toHaveTextContent('Benchmark: good (100.0%–120.0%)');
    unmount();
    renderStrict(
      <MetricCard
        label="Logo churn"
        value={0.004}
        format="percent"
        higherIsBetter={false}
        benchmark={{ metric: 'logoChurn', segment: 'Enterprise' }}
      />,
    );
    // 0.4 % a month is 4.7 % a year: under Enterprise's 5 % a year.
    expect(screen.getByText(/Benchmark:/)).toHaveAttribute('data-rating', 'excellent');
  });

  it('leaves the rating out, with a warning, when the benchmark needs a segment', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderStrict(<MetricCard label="Churn" value={0.02} benchmark={{ metric: 'logoChurn' }} />);
    expect(screen.queryByText(/Benchmark:/)).toBeNull();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('MetricCard "Churn": no benchmark rating'),
    );
    warn.mockRestore();
  });

  it('shows — with the reason in words for a null value', () => {
    renderStrict(
      <MetricCard label="NRR" value={null} reason="no-starting-mrr" previousValue={1.1} />,
    );
    const card = screen.getByRole('group', { name: 'NRR' });
    expect(card).toHaveTextContent('—No value');
    expect(card).toHaveTextContent(
      'No starting MRR in this period, so the rate cannot be computed.',
    );
    expect(card.querySelector('.vitals-metric-card-change')).toBeNull();
    expect(card).toHaveAttribute('data-state', 'empty');
  });

  it('uses a custom formatter for value and change', () => {
    renderStrict(
      <MetricCard label="NPS" value={42} previousValue={40} format={(v) => `${v} pts`} />,
    );
    expect(screen.getByText('42 pts')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'NPS' })).toHaveTextContent(/Up \+2 pts \(\+5\.0%\)/);
  });

  it('formats through the provider locale and currency', () => {
    renderStrict(
      <VitalsProvider locale="de-DE" currency="EUR">
        <MetricCard label="MRR" value={12_400} previousValue={12_000} format="currency" />
      </VitalsProvider>,
    );
    // Testing Library folds Intl's no-break spaces into plain ones before matching.
    expect(screen.getByText('12.400 €')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'MRR' })).toHaveTextContent(
      /Gestiegen um \+400 € \(\+3,3 %\)/,
    );
  });

  it('shows a loading state', () => {
    renderStrict(<MetricCard label="MRR" value={null} loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading MRR…');
  });

  it('shows "—" and the reason in words for a null value (the empty state)', () => {
    renderStrict(<MetricCard label="NRR" value={null} reason="no-starting-mrr" format="percent" />);
    const card = screen.getByRole('group', { name: 'NRR' });
    expect(card).toHaveAttribute('data-state', 'empty');
    expect(card).toHaveTextContent('No value');
    expect(card).toHaveTextContent('No starting MRR in this period');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each([
    ['NaN', Number.NaN, 'value must be a finite number or null, got NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'value must be a finite number or null, got Infinity'],
    ['a string', '12400', "value must be a finite number or null, got '12400'"],
    ['an object', { value: 12_400 }, 'value must be a finite number or null, got an object'],
    ['undefined', undefined, 'value must be a finite number or null, got undefined'],
  ])('shows the error state naming the problem for %s, with one warning', (_, value, problem) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const label = `Bad ${String(_)}`;
    // A JavaScript host (or an `any`) can pass what the types forbid.
    renderStrict(<MetricCard label={label} value={value as unknown as number} format="currency" />);
    const card = screen.getByRole('group', { name: label });
    expect(card).toHaveAttribute('data-state', 'error');
    expect(screen.getByRole('alert')).toHaveTextContent(`This value can't be shown: ${problem}.`);
    // No value, change or sparkline is drawn from a number that is not one.
    expect(card.querySelector('.vitals-metric-card-value')).toBeNull();
    expect(card).not.toHaveTextContent('$');
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toBe(
      `MetricCard "${label}": ${problem}; showing the error state.`,
    );
    warn.mockRestore();
  });

  it('shows the error state for an unusable previous value or history entry, listing each', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderStrict(
      <MetricCard
        label="MRR"
        value={12_400}
        previousValue={Number.NaN}
        history={
          [11_000, { period: '2025-02', value: Number.NaN }, 'x'] as unknown as readonly number[]
        }
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent("This value can't be shown: 3 numbers are invalid.");
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'previousValue must be a finite number or null, got NaN.',
      'history[1].value must be a finite number or null, got NaN.',
      "history[2] must be a finite number, null or { period, value }, got 'x'.",
    ]);
    // Without the check, a NaN previous value read as "No change".
    expect(screen.getByRole('group', { name: 'MRR' })).not.toHaveTextContent('No change');
    warn.mockRestore();
  });

  it('has no accessibility violations, the error state included', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = renderStrict(
      <>
        <MetricCard
          label="MRR"
          value={12_400}
          previousValue={12_000}
          format="currency"
          history={history}
        />
        <MetricCard
          label="NRR"
          value={null}
          reason="no-starting-mrr"
          benchmark={{ metric: 'nrr' }}
        />
        <MetricCard label="GRR" value={Number.NaN} format="percent" />
      </>,
    );
    await expectNoAxeViolations(container);
    warn.mockRestore();
  });

  it('hydrates server HTML without console errors or warnings', async () => {
    const { container, cleanup } = await expectHydratesCleanly(
      <VitalsProvider theme="dark">
        <MetricCard
          label="MRR"
          value={12_400}
          previousValue={12_000}
          format="currency"
          history={history}
        />
      </VitalsProvider>,
    );
    expect(container.querySelector('.vitals-metric-card')).toHaveAttribute('data-state', 'ready');
    cleanup();
  });
});

describe('MetricCard error state with many bad numbers', () => {
  it('lists the first five and keeps every other one behind a disclosure', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <MetricCard label="NRR" value={1} history={Array.from({ length: 8 }, () => Number.NaN)} />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent("This value can't be shown: 8 numbers are invalid.");
    const more = within(alert).getByText('Show 3 more problems');
    expect(more.tagName).toBe('SUMMARY');
    const hidden = more.closest('details')!;
    expect(hidden).toHaveTextContent('history[7] must be a finite number or null, got NaN.');
    warn.mockRestore();
  });
});

describe('MetricCard inside its error boundary', () => {
  it('keeps history="abc" inside the card: the host page stays up', () => {
    render(
      <VitalsProvider>
        <p>Host content</p>
        <MetricCard label="NRR" value={1.1} history={'abc' as unknown as number[]} />
      </VitalsProvider>,
    );
    expect(screen.getByText('Host content')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('history must be an array');
  });

  it('catches an error thrown while drawing, in words, with the detail behind a toggle', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <VitalsProvider>
        <p>Host content</p>
        <MetricCard
          label="NRR"
          value={1.1}
          format={() => {
            throw new Error('formatter failed');
          }}
        />
      </VitalsProvider>,
    );
    error.mockRestore();
    expect(screen.getByText('Host content')).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent("This card couldn't be shown.");
    expect(alert).not.toHaveTextContent('chart');
    const details = within(alert).getByText('Technical details').closest('details');
    expect(details).not.toHaveAttribute('open');
    expect(details).toHaveTextContent('formatter failed');
    expect(screen.getByRole('group', { name: 'NRR' })).toHaveAttribute('data-state', 'error');
  });
});

describeHostContract('MetricCard', {
  readyTag: 'DIV',
  states: {
    ready: (host) => <MetricCard label="NRR" format="percent" value={1.04} {...host} />,
    loading: (host) => <MetricCard label="NRR" format="percent" value={1.04} loading {...host} />,
    empty: (host) => <MetricCard label="NRR" format="percent" value={null} {...host} />,
    error: (host) => <MetricCard label="NRR" format="percent" value={Number.NaN} {...host} />,
  },
  describedBy: 'host',
});

describe('MetricCard: within noise', () => {
  it('says "Within noise" with a neutral tone when the previous value is inside the interval', () => {
    // CSAT 75 % of 100 (Wilson 65.7 %–82.5 %) against 78 % last month.
    renderStrict(
      <MetricCard
        label="CSAT"
        value={0.75}
        previousValue={0.78}
        format="percent"
        interval={{ low: 0.657, high: 0.825, level: 0.95 }}
      />,
    );
    const card = screen.getByRole('group', { name: 'CSAT' });
    expect(card).toHaveAttribute('data-tone', 'neutral');
    const change = card.querySelector('.vitals-metric-card-change')!;
    expect(change).toHaveAttribute('data-noise', 'within');
    expect(change).toHaveTextContent('Within noise (−3 percentage points)');
    expect(change).not.toHaveTextContent('Down');
    expect(change).toHaveTextContent('inside the 95% interval of this one, 65.7% to 82.5%');
  });

  it('still says "Down" when the previous value is outside the interval', () => {
    renderStrict(
      <MetricCard
        label="CSAT"
        value={0.75}
        previousValue={0.9}
        format="percent"
        interval={{ low: 0.657, high: 0.825 }}
      />,
    );
    const card = screen.getByRole('group', { name: 'CSAT' });
    expect(card).toHaveAttribute('data-tone', 'negative');
    expect(card.querySelector('.vitals-metric-card-change')).toHaveTextContent(/^Down −15/);
  });

  it('shows the error state for an unusable interval', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderStrict(<MetricCard label="CSAT" value={0.75} interval={{ low: 0.9, high: 0.1 }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('interval.high must not be below low');
    warn.mockRestore();
  });
});

/** The text a sighted reader sees: the element's text without its screen-reader-only parts. */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.vitals-visually-hidden').forEach((hidden) => hidden.remove());
  return copy.textContent ?? '';
}

describe('MetricCard: the direction said once', () => {
  it('shows the signed change as the one visible cue, the word "Up" for screen readers only', () => {
    renderStrict(
      <MetricCard label="MRR" value={12_400} previousValue={12_000} format="currency" />,
    );
    const card = screen.getByRole('group', { name: 'MRR' });
    const change = card.querySelector('.vitals-metric-card-change')!;
    expect(change).toHaveTextContent('Up +$400 (+3.3%) vs previous period (an improvement)');
    expect(visibleText(change)).toBe('+$400 (+3.3%) vs previous period');
    expect(within(card).getByText('Up')).toHaveClass('vitals-visually-hidden');
    expect(card.textContent).not.toMatch(/[▲▼■≈]/);
  });

  it('keeps a word that follows the change (Japanese) for screen readers too', () => {
    renderStrict(
      <VitalsProvider locale="ja-JP" currency="JPY">
        <MetricCard label="解約率" value={0.05} previousValue={0.08} format="percent" />
      </VitalsProvider>,
    );
    const card = screen.getByRole('group', { name: '解約率' });
    const change = card.querySelector('.vitals-metric-card-change')!;
    expect(change).toHaveAttribute('data-direction', 'down');
    expect(change.textContent).toMatch(/^−3.*下降/);
    expect(visibleText(change)).not.toContain('下降');
    expect(within(card).getByText('下降')).toHaveClass('vitals-visually-hidden');
  });

  it('says "No change" and "Within noise" in visible words, with no arrow', () => {
    renderStrict(
      <>
        <MetricCard label="Accounts" value={120} previousValue={120} />
        <MetricCard
          label="CSAT"
          value={0.75}
          previousValue={0.78}
          format="percent"
          interval={{ low: 0.657, high: 0.825 }}
        />
      </>,
    );
    const flat = screen.getByRole('group', { name: 'Accounts' });
    expect(visibleText(flat.querySelector('.vitals-metric-card-change')!)).toBe(
      'No change vs previous period',
    );
    const noise = screen.getByRole('group', { name: 'CSAT' });
    expect(visibleText(noise.querySelector('.vitals-metric-card-change')!)).toMatch(
      /^Within noise \(−3 percentage points\) vs previous period$/,
    );
    expect(flat.textContent + (noise.textContent ?? '')).not.toMatch(/[▲▼■≈]/);
  });
});
