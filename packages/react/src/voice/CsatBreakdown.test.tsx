import { csat } from '@vitals/metrics';
import type { SurveyResponse } from '@vitals/metrics';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { VitalsProvider } from '../provider/VitalsProvider';
import { expectNoAxeViolations } from '../test/axe';
import { expectHydratesCleanly } from '../test/hydrate';
import { describeHostContract } from '../test/hostContract';
import { kpiText, renderStrict } from '../test/render';
import { CsatBreakdown } from './CsatBreakdown';

/** SPEC §10: 100 responses, 75 of them 4 or 5 → CSAT 75 %. */
const spec: SurveyResponse[] = [
  ...Array.from({ length: 50 }, () => ({ score: 5, channel: 'email' })),
  ...Array.from({ length: 25 }, () => ({ score: 4, channel: 'in-app' })),
  ...Array.from({ length: 25 }, () => ({ score: 2, channel: 'email' })),
];

describe('CsatBreakdown', () => {
  it('shows the share satisfied, satisfied of total, the mean and the rating in words', () => {
    const { container } = renderStrict(<CsatBreakdown responses={spec} />);
    const figure = screen.getByRole('figure', { name: 'Customer satisfaction' });
    expect(kpiText(container, 'csat')).toBe('CSAT 75.0%');
    expect(kpiText(container, 'satisfied')).toBe('75 of 100 satisfied');
    // (50 × 5 + 25 × 4 + 25 × 2) / 100 = 4.
    expect(kpiText(container, 'mean')).toBe('Mean 4.0 of 5');
    expect(within(figure).getByText('Fair')).toBeInTheDocument();
    expect(figure).toHaveAccessibleDescription(
      'Customer satisfaction 75.0%: 75 of 100 responses satisfied (4–5 on 1–5); mean score 4.0 of 5. 95% interval: 65.7% to 82.5%. Fair against the benchmark (good from 80.0%, excellent from 90.0%).',
    );
    expect(
      screen.getByRole('img', { name: 'Satisfied (4–5): 75 responses, 75.0%' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Not satisfied (1–3): 25 responses, 25.0%' }),
    ).toBeInTheDocument();
  });

  it('has one focusable bar per score of the scale, with a tooltip', async () => {
    const user = userEvent.setup();
    renderStrict(<CsatBreakdown responses={[10, 9, 3]} scale={10} />);
    const scores = screen.getAllByRole('img', { name: /^Score / });
    expect(scores).toHaveLength(10);
    expect(scores[8]).toHaveAccessibleName('Score 9 (satisfied): 1 response, 33.3%');
    await user.hover(scores[2]!);
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'Score 3 (not satisfied) 1 response · 33.3%',
    );
  });

  it('honours satisfiedMin and a single response', () => {
    const { container } = renderStrict(<CsatBreakdown responses={[3]} satisfiedMin={3} />);
    expect(kpiText(container, 'csat')).toBe('CSAT 100.0%');
    expect(kpiText(container, 'satisfied')).toBe('1 of 1 satisfied');
    expect(
      screen.getByRole('img', { name: 'Satisfied (3–5): 1 response, 100.0%' }),
    ).toBeInTheDocument();
  });

  it('draws per-group rows with their share satisfied', () => {
    renderStrict(<CsatBreakdown responses={spec} groupBy="channel" />);
    expect(screen.getByText('By channel')).toBeInTheDocument();
    // email: 50 of 75 satisfied; in-app: 25 of 25.
    expect(
      screen.getByRole('img', { name: 'email: CSAT 66.7%, 50 of 75 responses satisfied' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'in-app: CSAT 100.0%, 25 of 25 responses satisfied, low sample',
      }),
    ).toBeInTheDocument();
  });

  it('pools groups past maxGroups into "Other" and says how many', () => {
    renderStrict(<CsatBreakdown responses={spec} groupBy="channel" maxGroups={1} />);
    // Both channels pooled: 75 of 100 satisfied.
    expect(
      screen.getByRole('img', { name: 'Other: CSAT 75.0%, 75 of 100 responses satisfied' }),
    ).toBeInTheDocument();
    expect(screen.getByText('2 more channels are pooled in the “Other” row.')).toBeInTheDocument();
  });

  it('takes data, and shows empty, loading and error states', () => {
    const first = renderStrict(<CsatBreakdown data={csat(spec)} />);
    expect(screen.getByText('75 of 100 satisfied')).toBeInTheDocument();
    first.unmount();
    const empty = renderStrict(<CsatBreakdown responses={[]} />);
    expect(screen.getByText(/no CSAT to show/)).toBeInTheDocument();
    empty.unmount();
    const loading = renderStrict(<CsatBreakdown loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading customer satisfaction…');
    loading.unmount();
    renderStrict(<CsatBreakdown responses={[5, 0, 6]} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Row 2 (index 1), score: must be an integer from 1 to 5, got 0',
    );
  });

  it('uses decimal commas in de-DE', () => {
    renderStrict(
      <VitalsProvider locale="de-DE" currency="EUR">
        <CsatBreakdown responses={[5, 4, 4]} />
      </VitalsProvider>,
    );
    // Mean 13 / 3 = 4.33…
    expect(screen.getByText('4,3')).toBeInTheDocument();
    expect(screen.getByRole('table')).toHaveTextContent(/Wert 1\s*0\s*0,0\s%/);
  });

  it('has no accessibility violations and hydrates cleanly', async () => {
    const { container, unmount } = renderStrict(
      <CsatBreakdown responses={spec} groupBy="channel" />,
    );
    await expectNoAxeViolations(container);
    unmount();
    const { container: hydrated, cleanup } = await expectHydratesCleanly(
      <VitalsProvider theme="dark">
        <CsatBreakdown responses={spec} groupBy="channel" />
      </VitalsProvider>,
    );
    expect(hydrated.querySelector('figure')).toHaveAttribute('data-state', 'ready');
    cleanup();
  });
});

describe('CsatBreakdown: interval and low sample', () => {
  it('shows the Wilson interval of the share and a low-sample note below 30 responses', () => {
    renderStrict(<CsatBreakdown responses={[5, 5, 4, 2, 1]} />);
    // 3 of 5 satisfied: Wilson 23.1 %–88.2 %.
    expect(screen.getByText('95% interval: 23.1% to 88.2%')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      'Small sample: 5 responses, fewer than 30; read the share as a range (95% interval: 23.1% to 88.2%), not a point.',
    );
  });

  it('takes confidence and lowSampleThreshold as props, and says the interval in its text alternative', () => {
    renderStrict(
      <CsatBreakdown responses={[5, 5, 4, 2, 1]} confidence={0.9} lowSampleThreshold={5} />,
    );
    // 3 of 5 satisfied: Wilson at 90 % is 27.2 %–85.7 %; 5 responses are not below a threshold of 5.
    expect(screen.getByText('90% interval: 27.2% to 85.7%')).toBeInTheDocument();
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(
      expect.stringContaining('90% interval: 27.2% to 85.7%.'),
    );
  });

  it('has no low-sample note with enough responses', () => {
    renderStrict(<CsatBreakdown responses={Array<number>(40).fill(5)} />);
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describeHostContract('CsatBreakdown', {
  readyTag: 'FIGURE',
  states: {
    ready: (host) => <CsatBreakdown responses={spec} {...host} />,
    loading: (host) => <CsatBreakdown loading {...host} />,
    empty: (host) => <CsatBreakdown responses={[]} {...host} />,
    error: (host) => <CsatBreakdown responses={[5, 0, 6]} {...host} />,
  },
});
