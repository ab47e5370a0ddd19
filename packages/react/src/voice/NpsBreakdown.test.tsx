import { DEFAULT_BENCHMARKS, nps, npsInterval } from '@vitals/metrics';
import { enNps, enVoice } from '../messages/en';
import { fill } from '../messages/template';
import { npsScoreText } from './voice.format';
import type { SurveyResponse } from '@vitals/metrics';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { VitalsProvider } from '../provider/VitalsProvider';
import { expectNoAxeViolations } from '../test/axe';
import { expectHydratesCleanly } from '../test/hydrate';
import { describeHostContract } from '../test/hostContract';
import { renderStrict } from '../test/render';
import { NpsBreakdown } from './NpsBreakdown';

/** SPEC §10: 55 promoters, 20 passives, 25 detractors → NPS 30 (p 0.55, d 0.25). */
const spec: SurveyResponse[] = [
  ...Array.from({ length: 55 }, (_, i) => ({ score: i % 2 ? 9 : 10, segment: 'SMB' })),
  ...Array.from({ length: 20 }, () => ({ score: 7, segment: 'Enterprise' })),
  ...Array.from({ length: 25 }, (_, i) => ({ score: i % 7, segment: 'SMB', channel: 'email' })),
];
// 1.96 × 100 × sqrt((0.55 + 0.25 − 0.3²) / 100) = 1.96 × 100 × sqrt(0.0071) ≈ 16.5 → "± 17".
const NB = '\u00a0'; // the margin keeps "±" and its number on one line
const names = () => screen.getAllByRole('img').map((mark) => mark.getAttribute('aria-label'));

describe('NpsBreakdown', () => {
  it('shows the signed score, its margin, the rating in words and the parts', () => {
    renderStrict(<NpsBreakdown responses={spec} />);
    const figure = screen.getByRole('figure', { name: 'Net Promoter Score' });
    expect(within(figure).getByText('+30')).toBeInTheDocument();
    expect(within(figure).getByText('± 17')).toBeInTheDocument();
    expect(within(figure).getByText('Good')).toBeInTheDocument();
    expect(figure).toHaveAccessibleDescription(
      `Net Promoter Score +30 ±${NB}17 from 100 responses: detractors 25 (25.0%), passives 20 (20.0%), promoters 55 (55.0%). 95% interval: +13 to +45. Good against the benchmark (good from +30, excellent from +50).`,
    );
    expect(names()).toEqual(
      expect.arrayContaining([
        'Detractors (0–6): 25 responses, 25.0%',
        'Passives (7–8): 20 responses, 20.0%',
        'Promoters (9–10): 55 responses, 55.0%',
      ]),
    );
    // Parts are named in visible words, not only coloured.
    expect(within(figure).getByText('Promoters (9–10)', { selector: 'text' })).toBeVisible();
    expect(within(figure).getByText('55 · 55.0%', { selector: 'text' })).toBeVisible();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('has eleven score bars and one tab stop for all its marks, with a tooltip on focus', async () => {
    const user = userEvent.setup();
    renderStrict(
      <NpsBreakdown responses={[10, 10, 9, 3]} trend={[{ period: '2025-01', responses: [9] }]} />,
    );
    const scores = screen.getAllByRole('img', { name: /^Score / });
    expect(scores).toHaveLength(11);
    expect(scores[10]).toHaveAccessibleName('Score 10 (promoters): 2 responses, 50.0%');
    // Share parts, score bars and trend points are one roving group: one tab stop in all.
    expect(screen.getAllByRole('img').filter((mark) => mark.tabIndex === 0)).toHaveLength(1);
    await user.tab(); // the table toggle
    await user.tab(); // detractors (passives are empty, so not a mark)
    expect(document.activeElement).toHaveAccessibleName('Detractors (0–6): 1 response, 25.0%');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName('Promoters (9–10): 3 responses, 75.0%');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName('Score 0 (detractors): 0 responses, 0.0%');
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'Score 0 (detractors) 0 responses · 0.0%',
    );
    expect(document.activeElement).toHaveAttribute(
      'aria-describedby',
      screen.getByRole('tooltip').id,
    );
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName(/^January 2025: NPS \+100/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.tab();
    expect(document.activeElement?.closest('svg')).toBeNull();
  });

  it('fires onSelect with the part, score, period or segment on Enter, Space and click', async () => {
    const user = userEvent.setup();
    const selections: unknown[] = [];
    renderStrict(
      <NpsBreakdown
        responses={[10, 10, 9, 3, { score: 8, segment: 'SMB' }]}
        groupBy="segment"
        trend={[{ period: '2025-01', responses: [9] }]}
        onSelect={(selection) => selections.push(selection)}
      />,
    );
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}'); // detractors
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight} '); // score 1
    await user.click(screen.getByRole('img', { name: /^January 2025/ }));
    await user.keyboard('{End}{Enter}'); // the last row: responses without a segment
    await user.click(screen.getByRole('img', { name: /^SMB: NPS/ }));
    expect(selections).toEqual([
      { component: 'NpsBreakdown', part: 'detractor' },
      { component: 'NpsBreakdown', score: 1, part: 'detractor' },
      { component: 'NpsBreakdown', period: '2025-01' },
      { component: 'NpsBreakdown', segment: 'Not set' },
      { component: 'NpsBreakdown', segment: 'SMB' },
    ]);
  });

  it('names a channel row as a channel when grouped by channel', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderStrict(
      <NpsBreakdown
        responses={[{ score: 9, channel: 'email' }]}
        groupBy="channel"
        onSelect={onSelect}
      />,
    );
    await user.click(screen.getByRole('img', { name: /^email: NPS/ }));
    expect(onSelect).toHaveBeenCalledWith({ component: 'NpsBreakdown', channel: 'email' });
  });

  it('shows +100 with 100 % promoters and −100 with all detractors', () => {
    const headline = () => document.querySelector('[data-metric="nps"] strong');
    const { unmount } = renderStrict(<NpsBreakdown responses={Array(40).fill(10)} />);
    expect(headline()).toHaveTextContent(/^\+100$/);
    expect(screen.getByText('Excellent')).toBeInTheDocument();
    expect(screen.getAllByRole('img', { name: /^(Promoters|Passives|Detractors)/ })).toHaveLength(
      1,
    );
    unmount();
    renderStrict(<NpsBreakdown responses={Array.from({ length: 40 }, (_, i) => i % 7)} />);
    expect(headline()).toHaveTextContent(/^−100$/);
    expect(screen.getByText('Poor')).toBeInTheDocument();
  });

  it('draws a single response, with the low-sample warning in words', () => {
    const { container } = renderStrict(<NpsBreakdown responses={[8]} />);
    expect(container.querySelector('[data-metric="nps"] strong')).toHaveTextContent(/^0$/);
    expect(screen.getAllByRole('img', { name: /^Passives/ })).toHaveLength(1);
    expect(screen.getByRole('note')).toHaveTextContent(
      'Low sample: 1 response, fewer than 30, so the score can swing widely with a few more answers; treat it as a rough signal.',
    );
  });

  it('warns below the low-sample threshold and not exactly at it', () => {
    const { unmount } = renderStrict(
      <NpsBreakdown responses={Array(9).fill(10)} lowSampleThreshold={10} />,
    );
    expect(screen.getByRole('note')).toHaveTextContent(
      'Low sample: 9 responses, fewer than 10, so',
    );
    unmount();
    renderStrict(<NpsBreakdown responses={Array(10).fill(10)} lowSampleThreshold={10} />);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('says there is no score with 0 responses, and shows loading', () => {
    const { unmount } = renderStrict(<NpsBreakdown responses={[]} />);
    expect(screen.getByText(/No survey responses yet, so there is no NPS/)).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    unmount();
    const second = renderStrict(<NpsBreakdown data={nps([])} />);
    expect(screen.getByText(/No survey responses yet/)).toBeInTheDocument();
    second.unmount();
    renderStrict(<NpsBreakdown loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading Net Promoter Score…');
  });

  it('rates against a replaced benchmark table', () => {
    const nps_ = DEFAULT_BENCHMARKS.nps;
    const table = {
      ...DEFAULT_BENCHMARKS,
      nps: {
        ...nps_,
        default: {
          ...nps_.default!,
          thresholds: { ...nps_.default!.thresholds, good: { value: 35, inclusive: true } },
        },
      },
    };
    renderStrict(<NpsBreakdown responses={spec} benchmarks={table} />);
    // +30 is good by the default table and only fair by this one.
    expect(screen.getByText('Fair')).toBeInTheDocument();
    expect(
      screen.getByText('Fair against the benchmark (good from +35, excellent from +50).'),
    ).toBeInTheDocument();
  });

  it('takes a precomputed result as data', () => {
    renderStrict(<NpsBreakdown data={nps(spec)} />);
    expect(screen.getByText('+30')).toBeInTheDocument();
  });

  it('draws per-segment rows from groupBy, largest group first, each with its score', () => {
    renderStrict(<NpsBreakdown responses={spec} groupBy="segment" />);
    const rows = screen.getAllByRole('img').filter((m) => m.classList.contains('vitals-voice-row'));
    // SMB: 55 promoters, 25 detractors → 100 × 30 / 80 = 37.5 → +38; Enterprise: 20 passives → 0.
    expect(rows.map((row) => row.getAttribute('aria-label')?.split(';')[0])).toEqual([
      expect.stringMatching(/^SMB: NPS \+38 ±\s\d+, 80 responses$/),
      expect.stringMatching(/^Enterprise: NPS 0 ±\s0, 20 responses, low sample$/),
    ]);
    expect(screen.getByText('By segment')).toBeInTheDocument();
  });

  it('draws rows by channel, and precomputed segments in the order given', () => {
    const { unmount } = renderStrict(<NpsBreakdown responses={spec} groupBy="channel" />);
    expect(screen.getByText('By channel')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^email: NPS −100/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Not set: / })).toBeInTheDocument();
    unmount();
    renderStrict(
      <NpsBreakdown
        data={nps(spec)}
        segments={[
          { name: 'Beta', result: nps([10]) },
          { name: 'Alpha', responses: [0, 10] },
        ]}
      />,
    );
    const rows = screen.getAllByRole('img').filter((m) => m.classList.contains('vitals-voice-row'));
    expect(rows.map((r) => r.getAttribute('aria-label')?.split(':')[0])).toEqual(['Beta', 'Alpha']);
  });

  it('warns once and shows no rows for groupBy without raw responses', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderStrict(<NpsBreakdown data={nps(spec)} groupBy="segment" />);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('NpsBreakdown: `groupBy` needs raw `responses`'),
    );
    expect(screen.queryByText('By segment')).not.toBeInTheDocument();
    warn.mockRestore();
  });

  it('draws a trend with a focusable point per scored period', async () => {
    const user = userEvent.setup();
    renderStrict(
      <NpsBreakdown
        responses={spec}
        trend={[
          { period: '2025-01', responses: [10, 10, 0] },
          { period: '2025-02', responses: [] },
          { period: '2025-03', result: nps([10]) },
        ]}
      />,
    );
    const points = screen.getAllByRole('img', { name: /^(January|March) 2025/ });
    expect(points.map((p) => p.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^January 2025: NPS \+33 ±\s\d+, 3 responses, low sample$/),
      `March 2025: NPS +100 ±${NB}0, 1 response, low sample`,
    ]);
    await user.hover(points[1]!);
    expect(screen.getByRole('tooltip')).toHaveTextContent('March 2025: NPS +100');
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(
      /Over time: January 2025: NPS \+33.*; February 2025: no responses; March 2025/,
    );
  });

  it("names the trend's months in the reader's locale and keeps other period labels as given", () => {
    renderStrict(
      <VitalsProvider locale="de-DE" currency="EUR">
        <NpsBreakdown
          responses={spec}
          trend={[
            { period: '2025-03', responses: [10] },
            { period: 'Week 14', responses: [0] },
          ]}
        />
      </VitalsProvider>,
    );
    expect(screen.getByRole('img', { name: /^März 2025: NPS/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Week 14: NPS/ })).toBeInTheDocument();
    expect(screen.getByText('März 25')).toBeInTheDocument();
  });

  it('has a data table with the same numbers: parts, scores, groups and periods', () => {
    renderStrict(
      <NpsBreakdown
        responses={spec}
        groupBy="segment"
        trend={[{ period: '2025-01', responses: [9] }]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Net Promoter Score: data' });
    const rows = within(table).getAllByRole('row').slice(1);
    const text = (row: HTMLElement) => [
      within(row).getByRole('rowheader').textContent,
      ...within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ];
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers.slice(-2)).toEqual([
      fill(enVoice.tableIntervalLow, { level: '95%' }),
      fill(enVoice.tableIntervalHigh, { level: '95%' }),
    ]);
    // The interval's bounds beside the score with its margin (the text alternative's +13 to +45).
    expect(text(rows[0]!)).toEqual([
      'All responses',
      '100',
      '100.0%',
      `+30 ±${NB}17`,
      '+13',
      '+45',
    ]);
    expect(text(rows[3]!)).toEqual(['Promoters (9–10)', '55', '55.0%', '', '', '']);
    expect(text(rows[4]!)).toEqual(['Score 0', '4', '4.0%', '', '', '']);
    expect(text(rows[15]!)).toEqual([
      'Segment: SMB',
      '80',
      '80.0%',
      expect.stringMatching(/^\+38 ±\s\d+$/),
      expect.stringMatching(/^\+\d+$/),
      expect.stringMatching(/^\+\d+$/),
    ]);
    // One promoter: the score is +100 and its margin 0, but the interval is wide.
    const one = npsInterval(1, 0, 0)!;
    expect(text(rows.at(-1)!)).toEqual([
      'January 2025',
      '1',
      '',
      `+100 ±${NB}0`,
      npsScoreText(one.low, 'en-US'),
      '+100',
    ]);
    expect(one.low).toBeLessThan(0);
  });

  it('formats through the provider locale: de-DE percentages and grouping', () => {
    renderStrict(
      <VitalsProvider locale="de-DE" currency="EUR">
        <NpsBreakdown responses={[...Array(1200).fill(10), ...Array(34).fill(3)]} />
      </VitalsProvider>,
    );
    expect(screen.getByText('1.234 Antworten')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Promotoren/ })).toHaveAccessibleName(
      /^Promotoren \(9–10\): 1\.200 Antworten, 97,2\s%$/,
    );
  });

  it('shows an error that names each bad row, and skips them on request', () => {
    const { unmount } = renderStrict(<NpsBreakdown responses={[10, 11, { score: 7.5 }]} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent("This chart couldn't be shown. 2 rows are invalid.");
    expect(alert).toHaveTextContent(
      'Row 2 (index 1), score: must be an integer from 0 to 10, got 11',
    );
    unmount();
    const { container } = renderStrict(<NpsBreakdown responses={[10, 11, 9]} onInvalid="skip" />);
    expect(screen.getByText('1 invalid row was skipped.')).toBeInTheDocument();
    expect(container.querySelector('[data-metric="nps"] strong')).toHaveTextContent(/^\+100$/);
  });

  it('names a bad trend period instead of throwing', () => {
    renderStrict(
      <NpsBreakdown responses={spec} trend={[{ period: '2025-01', responses: [12] }]} />,
    );
    // The row is named by its place in the trend: period 0, its first response.
    expect(screen.getByRole('alert')).toHaveTextContent('options.trend[0].responses.score');
    expect(screen.getByRole('alert')).toHaveTextContent('must be an integer from 0 to 10, got 12');
  });

  it('stops the rows at maxGroups and says how many segments "Other" holds', () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({ score: i % 11, segment: `S${i}` }));
    renderStrict(<NpsBreakdown responses={rows} groupBy="segment" maxGroups={5} />);
    const drawn = screen
      .getAllByRole('img')
      .filter((m) => m.classList.contains('vitals-voice-row'));
    expect(drawn).toHaveLength(5);
    expect(drawn[4]).toHaveAccessibleName(/^Other: NPS/);
    expect(screen.getByText('16 more segments are pooled in the “Other” row.')).toBeInTheDocument();
  });

  it('renders bounded markup for 100,000 distinct segments on the server', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ score: i % 11, segment: `s${i}` }));
    const html = renderToString(<NpsBreakdown responses={rows} groupBy="segment" />);
    expect(html.length).toBeLessThan(200_000);
    expect(html).toContain('99,989 more segments are pooled in the “Other” row.');
    expect(html.match(/class="vitals-voice-row"/g)).toHaveLength(12);
  });

  it('draws the groups a precomputed result carries', () => {
    renderStrict(<NpsBreakdown data={nps(spec, { groupBy: 'segment' })} />);
    expect(screen.getByRole('img', { name: /^SMB: NPS \+38/ })).toBeInTheDocument();
    cleanup();
    // The trend `data` carries stays when rows are asked for beside it.
    const trend = [{ period: 'Week 1', responses: [10, 0] }];
    renderStrict(
      <NpsBreakdown data={nps(spec, { trend })} segments={[{ name: 'Beta', result: nps([10]) }]} />,
    );
    expect(screen.getByRole('img', { name: /^Beta: NPS \+100/ })).toBeInTheDocument();
    expect(document.querySelector('[data-section="trend"]')).toHaveTextContent('NPS over time');
  });

  it('has no accessibility violations when ready, empty and in error', async () => {
    const { container, unmount } = renderStrict(
      <NpsBreakdown
        responses={spec}
        groupBy="segment"
        trend={[{ period: '2025-01', responses: [9, 3] }]}
      />,
    );
    await expectNoAxeViolations(container);
    unmount();
    const empty = renderStrict(<NpsBreakdown responses={[]} />);
    await expectNoAxeViolations(empty.container);
    empty.unmount();
    const error = renderStrict(<NpsBreakdown responses={[-1]} />);
    await expectNoAxeViolations(error.container);
  });

  it('hydrates server HTML without console errors or warnings', async () => {
    const { container, cleanup } = await expectHydratesCleanly(
      <VitalsProvider theme="dark" locale="de-DE">
        <NpsBreakdown
          responses={spec}
          groupBy="segment"
          trend={[{ period: '2025-01', responses: [9] }]}
        />
      </VitalsProvider>,
    );
    expect(container.querySelector('figure')).toHaveAttribute('data-state', 'ready');
    expect(container.querySelectorAll('.vitals-voice-distribution-bar')).toHaveLength(11);
    cleanup();
  });
});

describe('NpsBreakdown: the bounded interval', () => {
  it('keeps the margin in the headline (SPEC §9) and reads the bounded interval under it, smaller', () => {
    const { container } = renderStrict(<NpsBreakdown responses={[10, 10, 0]} />);
    const headline = container.querySelector('[data-metric="nps"]')!;
    expect(headline.querySelector('.vitals-voice-margin')!.textContent).toBe(`±${NB}107`);
    const likely = fill(enVoice.likelyBetween, { low: '−51', high: '+85', level: '95%' });
    expect(within(headline as HTMLElement).getByText(likely)).toHaveClass('vitals-voice-likely');
    expect(screen.getByRole('note')).toHaveTextContent(/3 responses/);
  });

  it('derives the interval from the counts of a result computed before intervals existed', () => {
    const { interval: _dropped, ...old } = nps([10, 10, 0]);
    renderStrict(<NpsBreakdown data={old as ReturnType<typeof nps>} />);
    expect(
      screen.getByText(fill(enVoice.likelyBetween, { low: '−51', high: '+85', level: '95%' })),
    ).toBeInTheDocument();
  });

  it('draws the trend interval as a band behind the line', () => {
    const { container } = renderStrict(
      <NpsBreakdown
        responses={[10, 10, 0]}
        trend={[
          { period: '2025-01', responses: [10, 10, 0] },
          { period: '2025-02', responses: [9, 9, 9, 9, 0] },
        ]}
      />,
    );
    expect(container.querySelector('path.vitals-voice-trend-band')?.getAttribute('d')).toMatch(
      /^M/,
    );
  });
});

describeHostContract('NpsBreakdown', {
  readyTag: 'FIGURE',
  states: {
    ready: (host) => <NpsBreakdown responses={spec} {...host} />,
    loading: (host) => <NpsBreakdown loading {...host} />,
    empty: (host) => <NpsBreakdown responses={[]} {...host} />,
    error: (host) => <NpsBreakdown responses={[10, 11]} {...host} />,
  },
});

describe('NpsBreakdown: the trend legend and the bar ends', () => {
  const legendItems = () =>
    within(screen.getByText(enNps.trendLegendScore).closest('ul')!)
      .getAllByRole('listitem')
      .map((item) => item.textContent);

  it('says in words what a hollow point and the shaded band mean', () => {
    renderStrict(
      <NpsBreakdown
        responses={spec}
        trend={[
          { period: '2025-01', responses: [10, 10, 0] },
          { period: '2025-02', responses: Array(40).fill(9) },
        ]}
      />,
    );
    expect(legendItems()).toEqual([
      enNps.trendLegendScore,
      fill(enNps.trendLegendLow, { responses: '30 responses' }),
      fill(enNps.trendLegendInterval, { level: '95%' }),
    ]);
    // The hollow point is the one with the low sample, and its name says so too.
    const low = screen.getByRole('img', { name: /^January 2025: NPS .*low sample$/ });
    expect(low).toHaveAttribute('data-low-sample');
  });

  it('leaves out the hollow entry when no period is a low sample', () => {
    renderStrict(
      <NpsBreakdown
        responses={spec}
        trend={[{ period: '2025-02', responses: Array(40).fill(9) }]}
      />,
    );
    expect(legendItems()).toEqual([
      enNps.trendLegendScore,
      fill(enNps.trendLegendInterval, { level: '95%' }),
    ]);
  });

  it('rounds the share bar and the segment bars like the distribution bars', () => {
    const { container } = renderStrict(<NpsBreakdown responses={spec} groupBy="segment" />);
    const rx = (selector: string) =>
      [...container.querySelectorAll(selector)].map((rect) => rect.getAttribute('rx'));
    const bars = rx('.vitals-voice-distribution-bar rect:not(.vitals-chart-hit)');
    expect(new Set(bars).size).toBe(1);
    expect(bars[0]).not.toBeNull();
    expect(new Set(rx('.vitals-voice-share-part rect'))).toEqual(new Set(bars));
    expect(new Set(rx('.vitals-voice-row rect.vitals-voice-bar'))).toEqual(new Set(bars));
  });
});
