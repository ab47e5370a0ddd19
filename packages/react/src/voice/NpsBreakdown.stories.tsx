import type { Meta, StoryObj } from '@storybook/react-vite';
import { DEFAULT_BENCHMARKS, nps } from '@vitals/metrics';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  countText,
  literal,
  storyLocale,
  storyMessages,
  storyPlural,
  storyTheme,
} from '../test/story-globals';
import { fill } from '../messages/template';
import { NpsBreakdown } from './NpsBreakdown';

/** A score bar's accessible name starts with the locale's "Score {score}" before the number. */
const scoreName = (template: string) => new RegExp(`^${literal(template.split('{score}')[0]!)}`);
import { generateSurveyResponses } from '@vitals/sample-data';

const responses = generateSurveyResponses({ responses: 300, months: 12 });
const large = generateSurveyResponses({ seed: 7, responses: 20_000, accounts: 8_000, months: 12 });

/** The responses of each month as one trend entry, in month order. */
function byMonth(answers: typeof responses) {
  const months = new Map<string, typeof responses>();
  for (const answer of answers) {
    const period = answer.date.slice(0, 7);
    const month = months.get(period);
    if (month) month.push(answer);
    else months.set(period, [answer]);
  }
  return [...months.keys()].sort().map((period) => ({ period, responses: months.get(period)! }));
}

const meta = {
  title: 'Charts/NpsBreakdown',
  component: NpsBreakdown,
  parameters: {
    docs: {
      description: {
        component: [
          'How many customers would recommend you, minus how many would not.',
          '',
          'Answers are 0–10: **promoters** 9–10, **passives** 7–8, **detractors** 0–6.',
          '**NPS** = 100 × (promoters − detractors) / total, from −100 to +100; passives count in the total only.',
          '**Margin of error** (95 %) = 1.96 × 100 × √((p + d − (p − d)²) / n), with p and d the promoter and detractor shares and n the number of responses.',
          'Below 30 responses (`lowSampleThreshold`) the chart warns that the score is a rough signal.',
          '',
          'Benchmark (replaceable table): 30–50 good, 50 or more excellent.',
          'The breakdown is one tab stop: arrow keys walk every part of the bar, every score, every trend point and every segment row (Home and End jump to the first and last), each stating its figures; Enter or Space calls `onSelect` with the `part`, `score`, `period` or `segment`. The data table holds the same numbers.',
        ].join('\n'),
      },
    },
  },
  args: { responses },
  argTypes: {
    responses: { control: false },
    data: { control: false },
    trend: { control: false },
    segments: { control: false },
    benchmarks: { control: false },
  },
} satisfies Meta<typeof NpsBreakdown>;

export default meta;
type Story = StoryObj<typeof meta>;

/** NPS of about 240 sample accounts' answers through 2025. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const locale = storyLocale(globals);
    const { nps: m, voice: v } = storyMessages(globals);
    const promoters = fill(v.partTitle, {
      part: m.parts.promoter,
      range: `${countText(9, locale)}–${countText(10, locale)}`,
    });
    await expect(canvas.getByRole('figure', { name: m.title })).toBeInTheDocument();
    // Three parts of the bar and eleven scores.
    await expect(canvas.getAllByRole('img', { name: scoreName(v.score) })).toHaveLength(11);
    await expect(
      canvas.getByRole('img', { name: new RegExp(`^${literal(promoters)}`) }),
    ).toBeInTheDocument();
    await userEvent.tab();
    await userEvent.tab();
    // One tab stop for every mark of the breakdown; the focused mark names its tooltip.
    await expect(canvas.getAllByRole('img').filter((mark) => mark.tabIndex === 0)).toHaveLength(1);
    await expect(document.activeElement).toHaveAttribute(
      'aria-describedby',
      canvas.getByRole('tooltip').id,
    );
    // Leave the chart as it loads: the tooltip closes when its mark loses focus.
    (document.activeElement as HTMLElement | SVGElement).blur();
    await waitFor(() => expect(canvas.queryByRole('tooltip')).not.toBeInTheDocument());
    await expect(canvasElement.querySelector('.vitals-root')).toHaveAttribute(
      'data-theme',
      storyTheme(globals),
    );
  },
};

/** The dark theme: the same chart on the dark set of `--vitals-*` variables. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** German locale: `+32`, `55 %`, `1.204 Antworten`-style grouping. */
export const GermanEuro: Story = { name: 'Locale de-DE, EUR', globals: { locale: 'de-DE' } };

/** Japanese locale. */
export const JapaneseYen: Story = { name: 'Locale ja-JP, JPY', globals: { locale: 'ja-JP' } };

/** The score month by month through 2025 (`trend`), computed from each month's answers. */
export const WithTrend: Story = { args: { trend: byMonth(responses) } };

/** One row per customer segment, computed from the answers' `segment` field (`groupBy`). */
export const BySegment: Story = { args: { groupBy: 'segment' } };

/** One row per survey channel (`groupBy="channel"`). */
export const ByChannel: Story = { args: { groupBy: 'channel' } };

/** Everything at once: trend and segments. */
export const TrendAndSegments: Story = {
  args: { trend: byMonth(responses), groupBy: 'segment', defaultShowTable: true },
};

/** Twelve answers: the low-sample warning says the score is a rough signal. */
export const LowSample: Story = {
  args: { responses: responses.slice(0, 12) },
  play: async ({ canvasElement, globals }) => {
    const low = storyMessages(globals).nps.lowSample.split('{')[0]!;
    await expect(within(canvasElement).getByRole('note')).toHaveTextContent(low);
  },
};

/**
 * Three answers (10, 10, 0): the textbook margin is ±107 points, past the scale; the interval
 * (adjusted Wald, docs/metrics/voice.md) stays inside −100..100. The trend draws each month's
 * interval as a band: wide where few answered.
 */
export const SmallSampleInterval: Story = {
  args: {
    responses: [10, 10, 0],
    trend: [
      { period: '2025-01', responses: [10, 10, 0] },
      { period: '2025-02', responses: [9, 10, 7, 3, 10, 8, 9, 10, 2, 9, 10, 6] },
      { period: '2025-03', responses: responses.slice(0, 60) },
    ],
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const words = storyMessages(globals);
    // The margin stays in the headline; the bounded interval reads under it, smaller.
    const headline = canvasElement.querySelector('[data-metric="nps"]')!;
    await expect(headline.querySelector('.vitals-voice-margin')).not.toBeNull();
    const likely = headline.querySelector('[data-metric="interval"]');
    const opening = words.voice.likelyBetween.split('{')[0]!.trim();
    await expect(likely).not.toBeNull();
    if (opening) await expect(likely).toHaveTextContent(opening);
    // The trend's legend says what the hollow point (a low sample) and the band mean.
    const legend = canvas.getByText(words.nps.trendLegendScore).closest('ul')!;
    await expect(within(legend).getAllByRole('listitem')).toHaveLength(3);
    await expect(legend.querySelector('[data-low-sample]')).not.toBeNull();
    await expect(canvasElement.querySelector('.vitals-voice-trend-band')).not.toBeNull();
    await expect(canvas.getByRole('note')).toBeVisible();
  },
};

/** A stricter low-sample threshold (`lowSampleThreshold`). */
export const LowSampleThreshold: Story = { args: { lowSampleThreshold: 1_000 } };

/** A precomputed `nps()` result, as a server or warehouse would pass it. */
export const PrecomputedResult: Story = {
  args: { responses: undefined, data: nps(responses) },
};

/** A vendor's own, stricter benchmark table (`benchmarks`): good from +50, excellent from +70. */
export const CustomBenchmarks: Story = {
  args: {
    benchmarks: {
      ...DEFAULT_BENCHMARKS,
      nps: {
        ...DEFAULT_BENCHMARKS.nps,
        default: {
          thresholds: {
            excellent: { value: 70, inclusive: true },
            good: { value: 50, inclusive: true },
            fair: { value: 20, inclusive: true },
          },
          source: 'Our board targets for 2026.',
        },
      },
    },
  },
  play: async ({ canvasElement, globals }) => {
    const signed = new Intl.NumberFormat(storyLocale(globals), {
      maximumFractionDigits: 0,
      signDisplay: 'exceptZero',
    });
    const v = storyMessages(globals).voice;
    const edges = fill(v.ratingSentence, {
      rating: v.ratings.fair,
      good: fill(v.edgeFrom, { value: signed.format(50) }),
      excellent: fill(v.edgeFrom, { value: signed.format(70) }),
    }).split(v.ratings.fair)[1]!;
    await expect(
      within(canvasElement).getByText(new RegExp(literal(edges)), {
        selector: '.vitals-voice-benchmark',
      }),
    ).toBeVisible();
  },
};

/** Precomputed rows per region (`segments`), in the order given, beside raw responses. */
export const PrecomputedSegments: Story = {
  args: {
    segments: [
      { name: 'Europe', result: nps(responses.filter((_, i) => i % 3 === 0)) },
      { name: 'Americas', result: nps(responses.filter((_, i) => i % 3 === 1)) },
      { name: 'Asia-Pacific', responses: responses.filter((_, i) => i % 3 === 2) },
    ],
  },
};

/** Every answer a promoter: NPS +100. */
export const AllPromoters: Story = { args: { responses: Array.from({ length: 40 }, () => 10) } };

/** Every answer a detractor: NPS −100. */
export const AllDetractors: Story = {
  args: { responses: Array.from({ length: 40 }, (_, i) => i % 7) },
};

/** No answers yet. */
export const Empty: Story = { args: { responses: [] } };

/** While the host app is fetching. */
export const Loading: Story = { args: { loading: true } };

/** Bad rows: the chart names each one instead of drawing a wrong number. */
export const BadData: Story = {
  args: { responses: [...responses.slice(0, 30), 11, { score: 7.5 }, -1] },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      storyPlural(storyMessages(globals).common.invalidRows, 3, globals),
    );
  },
};

/** About 20,000 accounts' answers, computed in the browser, by segment and by month. */
export const LargeDataset: Story = {
  args: { responses: large, groupBy: 'segment', trend: byMonth(large) },
};

/** A narrow container: the part labels move into a list under the bar. */
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
};
