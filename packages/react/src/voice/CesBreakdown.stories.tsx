import { literal, storyMessages, storyPlural } from '../test/story-globals';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { ces, flipScore } from '@vitals/metrics';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CesBreakdown } from './CesBreakdown';
import { generateSurveyResponses } from '@vitals/sample-data';

const responses = generateSurveyResponses({ seed: 21, survey: 'ces', responses: 300 });
// The same answers as an "effort" survey would record them: 1 = least effort.
const effort = responses.map((r) => ({ ...r, score: flipScore(r.score, 7) }));
const fivePoint = generateSurveyResponses({ seed: 22, survey: 'ces', scale: 5, responses: 300 });
const large = generateSurveyResponses({
  seed: 7,
  survey: 'ces',
  responses: 20_000,
  accounts: 8_000,
});

const meta = {
  title: 'Charts/CesBreakdown',
  component: CesBreakdown,
  parameters: {
    docs: {
      description: {
        component: [
          'How easy customers found it to get what they needed.',
          '',
          'Answers are 1..scale (7 by default) to "the company made it easy to handle my issue".',
          '**Mean** = the average answer; **agreeing** = the share at or above `agreeMin` (5 on 7, 4 on 5);',
          '**normalized** = mean / scale (a mean of 3 on 1–5 is 60 %).',
          '',
          'Some tools ask "how much effort did it take?" instead, where 1 is best: pass `higherIsEasier={false}`',
          'and each answer s is read as scale + 1 − s, so every figure stays higher-is-easier; the chart says so in words.',
        ].join('\n'),
      },
    },
  },
  args: { responses },
  argTypes: {
    responses: { control: false },
    data: { control: false },
    segments: { control: false },
  },
} satisfies Meta<typeof CesBreakdown>;

export default meta;
type Story = StoryObj<typeof meta>;

/** CES on a 1–7 scale from the sample accounts' answers. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { ces: m, voice: v } = storyMessages(globals);
    await expect(canvas.getByRole('figure', { name: m.title })).toBeInTheDocument();
    const score = new RegExp(`^${literal(v.score.split('{score}')[0]!)}`);
    await expect(canvas.getAllByRole('img', { name: score })).toHaveLength(7);
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

/** German locale: the mean with a decimal comma (`5,4 of 7`). */
export const GermanEuro: Story = { name: 'Locale de-DE, EUR', globals: { locale: 'de-DE' } };

/** Japanese locale. */
export const JapaneseYen: Story = { name: 'Locale ja-JP, JPY', globals: { locale: 'ja-JP' } };

/** An "effort" survey (`higherIsEasier={false}`): the same figures as Default, and a note saying the scale was reversed. */
export const ReversedScale: Story = {
  args: { responses: effort, higherIsEasier: false },
  play: async ({ canvasElement, globals }) => {
    const flip = storyMessages(globals).ces.flip.split(':')[0]!;
    await expect(
      within(canvasElement).getByText(new RegExp(`^${literal(flip)}`), {
        selector: '.vitals-voice-flip',
      }),
    ).toBeInTheDocument();
  },
};

/** A 1–5 survey: agreeing is 4–5 by default. */
export const FivePointScale: Story = { args: { responses: fivePoint, scale: 5 } };

/** A stricter agree threshold (`agreeMin={6}`). */
export const AgreeFromSix: Story = { args: { agreeMin: 6 } };

/** One row per customer segment (`groupBy="segment"`). */
export const BySegment: Story = { args: { groupBy: 'segment' } };

/** One row per survey channel (`groupBy="channel"`). */
export const ByChannel: Story = { args: { groupBy: 'channel' } };

/** A precomputed `ces()` result. */
export const PrecomputedResult: Story = { args: { responses: undefined, data: ces(responses) } };

/** No answers yet. */
export const Empty: Story = { args: { responses: [] } };

/** While the host app is fetching. */
export const Loading: Story = { args: { loading: true } };

/** Bad rows: answers off the 1–7 scale are named. */
export const BadData: Story = {
  args: { responses: [...responses.slice(0, 20), 8, 0] },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      storyPlural(storyMessages(globals).common.invalidRows, 2, globals),
    );
  },
};

/** About 20,000 accounts' answers, by segment. */
export const LargeDataset: Story = { args: { responses: large, groupBy: 'segment' } };

/** Shown with its data table open. */
export const WithDataTable: Story = { args: { groupBy: 'channel', defaultShowTable: true } };
