import { literal, storyMessages, storyPlural } from '../test/story-globals';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { csat } from '@vitals/metrics';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CsatBreakdown } from './CsatBreakdown';
import { generateSurveyResponses } from '@vitals/sample-data';

const responses = generateSurveyResponses({ seed: 11, survey: 'csat', responses: 300 });
const tenPoint = generateSurveyResponses({ seed: 12, survey: 'csat', scale: 10, responses: 300 });
const large = generateSurveyResponses({
  seed: 7,
  survey: 'csat',
  responses: 20_000,
  accounts: 8_000,
});

const meta = {
  title: 'Charts/CsatBreakdown',
  component: CsatBreakdown,
  parameters: {
    docs: {
      description: {
        component: [
          'How many customers say they were satisfied.',
          '',
          '**CSAT** = satisfied / total, where satisfied means top-two-box by default:',
          '4 or 5 on a 1–5 scale (`satisfiedMin` = scale − 1; 9–10 on a 10-point scale).',
          'The mean score and the full 1..scale distribution are shown beside it.',
          '',
          'Benchmark (replaceable table): 80–90 % good, 90 % or more excellent.',
          'The breakdown is one tab stop: arrow keys walk every part, score and group row, each stating its figures; Enter or Space calls `onSelect` with the `part`, `score`, `segment` or `channel`. The data table holds the same numbers.',
        ].join('\n'),
      },
    },
  },
  args: { responses },
  argTypes: {
    responses: { control: false },
    data: { control: false },
    segments: { control: false },
    benchmarks: { control: false },
  },
} satisfies Meta<typeof CsatBreakdown>;

export default meta;
type Story = StoryObj<typeof meta>;

/** CSAT on a 1–5 scale from the sample accounts' answers. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { csat: m, voice: v } = storyMessages(globals);
    await expect(canvas.getByRole('figure', { name: m.title })).toBeInTheDocument();
    const score = new RegExp(`^${literal(v.score.split('{score}')[0]!)}`);
    await expect(canvas.getAllByRole('img', { name: score })).toHaveLength(5);
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
  },
};

/** The dark theme. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** German locale: decimal commas in the mean (`4,1`) and `82 %`. */
export const GermanEuro: Story = { name: 'Locale de-DE, EUR', globals: { locale: 'de-DE' } };

/** Japanese locale. */
export const JapaneseYen: Story = { name: 'Locale ja-JP, JPY', globals: { locale: 'ja-JP' } };

/** One row per customer segment (`groupBy="segment"`). */
export const BySegment: Story = { args: { groupBy: 'segment' } };

/** One row per survey channel (`groupBy="channel"`). */
export const ByChannel: Story = { args: { groupBy: 'channel' } };

/** A 10-point survey: satisfied is 9–10 by default. */
export const TenPointScale: Story = { args: { responses: tenPoint, scale: 10 } };

/** A looser definition of satisfied: 3 or more (`satisfiedMin={3}`). */
export const SatisfiedFromThree: Story = { args: { satisfiedMin: 3 } };

/** Precomputed per-group rows (`segments`) next to a precomputed total (`data`). */
export const PrecomputedResult: Story = {
  args: {
    responses: undefined,
    data: csat(responses),
    segments: [
      { name: 'Onboarding', result: csat(responses.slice(0, 60)) },
      { name: 'Renewal', result: csat(responses.slice(60)) },
    ],
  },
};

/** No answers yet. */
export const Empty: Story = { args: { responses: [] } };

/** While the host app is fetching. */
export const Loading: Story = { args: { loading: true } };

/** Bad rows: answers off the 1–5 scale are named. */
export const BadData: Story = {
  args: { responses: [...responses.slice(0, 20), 0, 6, { score: 4.5 }] },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      storyPlural(storyMessages(globals).common.invalidRows, 3, globals),
    );
  },
};

/** About 20,000 accounts' answers, by segment. */
export const LargeDataset: Story = { args: { responses: large, groupBy: 'segment' } };

/** Shown with its data table open. */
export const WithDataTable: Story = { args: { groupBy: 'segment', defaultShowTable: true } };
