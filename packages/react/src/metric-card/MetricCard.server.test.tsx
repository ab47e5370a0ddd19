// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { readableText, saysPhrase, untranslatedFragments } from '../test/words';

describe('MetricCard on the server', () => {
  it('imports and renders with no window or document', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const { MetricCard, VitalsProvider } = await import('../index');
    const html = renderToString(
      <VitalsProvider locale="ja-JP" currency="JPY">
        <MetricCard
          label="MRR"
          value={1_240_000}
          previousValue={1_200_000}
          format="currency"
          history={[1_100_000, 1_200_000, 1_240_000]}
        />
      </VitalsProvider>,
    );
    expect(html).toContain('￥1,240,000');
    expect(html).toContain('width="200"');
    expect(html).toContain('3期間の推移');
  });

  it('renders the error state naming the problem for an invalid value', async () => {
    const { MetricCard } = await import('../index');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = renderToString(
      <MetricCard label="NRR" value={Number.POSITIVE_INFINITY} format="percent" />,
    );
    expect(html).toContain('data-state="error"');
    expect(html).toContain('role="alert"');
    expect(html).toContain('value must be a finite number or null, got Infinity');
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('keeps a null value with a reason as the empty state', async () => {
    const { MetricCard } = await import('../index');
    const html = renderToString(<MetricCard label="NRR" value={null} reason="no-responses" />);
    expect(html).toContain('data-state="empty"');
    expect(html).toContain('No survey responses yet.');
    expect(html).not.toContain('role="alert"');
  });
});

describe('MetricCard in German', () => {
  it('says none of the English words that German says differently', async () => {
    const { MetricCard, VitalsProvider, messagesEn, messagesDe } = await import('../index');
    const history = [
      { period: '2025-01', value: 1.01 },
      { period: '2025-02', value: 1.04 },
      { period: '2025-03', value: 1.12 },
    ];
    const html = renderToString(
      <VitalsProvider locale="de-DE" currency="EUR">
        <MetricCard
          label="NRR"
          value={1.12}
          previousValue={1.08}
          format="percent"
          history={history}
          benchmark={{ metric: 'nrr' }}
        />
        <MetricCard
          label="MRR"
          value={120}
          previousValue={100}
          format="currency"
          higherIsBetter={false}
        />
        <MetricCard label="GRR" value={null} reason="no-starting-mrr" />
        <MetricCard label="CSAT" value={null} />
        <MetricCard label="NPS" value={0.5} previousValue={0.5} format="percent" />
        <MetricCard label="Kunden" value={null} loading />
        <MetricCard label="Fehler" value={Number.NaN} previousValue={Number.NaN} />
      </VitalsProvider>,
    );
    const readable = readableText(html);
    // The direction word is for screen readers (its own run); the signed change is what shows.
    expect(readable).toContain('Gestiegen um \n+4 Prozentpunkte');
    expect(readable).toContain('gegenüber Vorperiode');
    expect(readable).toContain('Benchmark:');
    expect(readable).toContain('Verlauf über 3 Perioden');
    expect(readable).toContain(messagesDe.metricCard.reasons['no-starting-mrr']);
    expect(readable).toContain('Dieser Wert kann nicht angezeigt werden: 2 Zahlen sind ungültig.');
    const english = untranslatedFragments(
      [messagesEn.metricCard, messagesEn.benchmarks],
      [messagesDe.metricCard, messagesDe.benchmarks],
    );
    expect(english.length).toBeGreaterThan(20);
    for (const fragment of english) expect(saysPhrase(readable, fragment), fragment).toBe(false);
  });
});
