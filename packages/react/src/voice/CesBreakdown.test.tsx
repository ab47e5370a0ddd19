import { ces } from '@vitals/metrics';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VitalsProvider } from '../provider/VitalsProvider';
import { expectNoAxeViolations } from '../test/axe';
import { expectHydratesCleanly } from '../test/hydrate';
import { describeHostContract } from '../test/hostContract';
import { kpiText, renderStrict } from '../test/render';
import { CesBreakdown } from './CesBreakdown';

describe('CesBreakdown', () => {
  it('shows mean, share agreeing and normalized (SPEC §10: mean 3 on 1–5 → 60 %)', () => {
    const { container } = renderStrict(<CesBreakdown responses={[3, 3, 3, 3]} scale={5} />);
    const figure = screen.getByRole('figure', { name: 'Customer effort' });
    expect(kpiText(container, 'mean', 'value')).toBe('3.0 of 5');
    expect(kpiText(container, 'agree', 'value')).toBe('0.0%');
    expect(kpiText(container, 'normalized', 'value')).toBe('60.0%');
    expect(figure).toHaveAccessibleDescription(
      'Customer effort score: mean 3.0 of 5, 0.0% agreeing (4–5), normalized 60.0%, from 4 responses. 95% interval: 0.0% to 49.0%.',
    );
    expect(screen.getAllByRole('img', { name: /^Score / })).toHaveLength(5);
    expect(screen.queryByText(/Reversed scale/)).not.toBeInTheDocument();
  });

  it('reports a flipped "effort" survey on the reversed scale and says so', () => {
    // Raw 1 and 2 on "how much effort" (1 = least) are 7 and 6 on the easy scale.
    const { container } = renderStrict(<CesBreakdown responses={[1, 2]} higherIsEasier={false} />);
    expect(kpiText(container, 'mean', 'value')).toBe('6.5 of 7');
    expect(kpiText(container, 'agree', 'value')).toBe('100.0%');
    const note = container.querySelector('.vitals-voice-flip');
    expect(note).toHaveTextContent(
      'Reversed scale: this survey asks how much effort it took, so each answer s is shown as 8 − s (a raw 1, least effort, counts as 7). Every figure here is on the reversed scale, where higher is easier.',
    );
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(/Reversed scale/);
    expect(
      screen.getByRole('img', { name: 'Score 7 (agreeing): 1 response, 50.0%' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Scores 1–7 (reversed: higher is easier)')).toBeInTheDocument();
  });

  it('honours agreeMin and draws per-group rows', () => {
    renderStrict(
      <CesBreakdown
        responses={[
          { score: 7, segment: 'Enterprise' },
          { score: 6, segment: 'Enterprise' },
          { score: 5, segment: 'SMB' },
        ]}
        agreeMin={6}
        groupBy="segment"
      />,
    );
    expect(
      screen.getByRole('img', { name: 'Agreeing (6–7): 2 responses, 66.7%' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Enterprise: 100.0% agreeing, mean 6.5, 2 responses, low sample',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'SMB: 0.0% agreeing, mean 5.0, 1 response, low sample' }),
    ).toBeInTheDocument();
  });

  it('stops per-group rows at maxGroups, the rest pooled as "Other"', () => {
    renderStrict(
      <CesBreakdown
        responses={[
          { score: 7, segment: 'A' },
          { score: 1, segment: 'B' },
          { score: 4, segment: 'C' },
        ]}
        groupBy="segment"
        maxGroups={2}
      />,
    );
    expect(
      screen.getByRole('img', { name: 'Other: 0.0% agreeing, mean 2.5, 2 responses, low sample' }),
    ).toBeInTheDocument();
    expect(screen.getByText('2 more segments are pooled in the “Other” row.')).toBeInTheDocument();
  });

  it('uses decimal commas in de-DE', () => {
    const { container } = renderStrict(
      <VitalsProvider locale="de-DE" currency="EUR">
        <CesBreakdown responses={[7, 6, 4]} />
      </VitalsProvider>,
    );
    // Mean 17 / 3 = 5.67; normalized 5.67 / 7 = 0.8095…
    expect(kpiText(container, 'mean', 'value')).toBe('5,7 von 7');
    expect(kpiText(container, 'normalized', 'value')).toMatch(/^81,0\s%$/);
    expect(within(screen.getByRole('table')).getByText('Wert 4').parentElement).toHaveTextContent(
      /^Wert 4\s*1\s*33,3\s%/,
    );
  });

  it('takes data, and shows empty, loading and error states', () => {
    const first = renderStrict(<CesBreakdown data={ces([7, 7])} />);
    expect(kpiText(first.container, 'agree', 'value')).toBe('100.0%');
    expect(kpiText(first.container, 'normalized', 'value')).toBe('100.0%');
    first.unmount();
    const empty = renderStrict(<CesBreakdown responses={[]} />);
    expect(screen.getByText(/no customer effort score to show/)).toBeInTheDocument();
    empty.unmount();
    const loading = renderStrict(<CesBreakdown loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading customer effort…');
    loading.unmount();
    renderStrict(<CesBreakdown responses={[8]} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Row 1 (index 0), score: must be an integer from 1 to 7, got 8',
    );
  });

  it('has no accessibility violations and hydrates cleanly', async () => {
    const { container, unmount } = renderStrict(
      <CesBreakdown responses={[1, 2, 5]} higherIsEasier={false} />,
    );
    await expectNoAxeViolations(container);
    unmount();
    const { container: hydrated, cleanup } = await expectHydratesCleanly(
      <VitalsProvider locale="de-DE">
        <CesBreakdown responses={[1, 2, 5]} higherIsEasier={false} />
      </VitalsProvider>,
    );
    expect(hydrated.querySelector('.vitals-voice-flip')).toBeInTheDocument();
    cleanup();
  });
});

describe('CesBreakdown: interval and low sample', () => {
  it('shows the Wilson interval of the agree share and a low-sample note', () => {
    renderStrict(<CesBreakdown responses={[7, 6, 1]} />);
    // 2 of 3 agreeing: Wilson 20.8 %–93.9 %.
    expect(screen.getByText('95% interval: 20.8% to 93.9%')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(/^Small sample: 3 responses/);
  });
});

describeHostContract('CesBreakdown', {
  readyTag: 'FIGURE',
  states: {
    ready: (host) => <CesBreakdown responses={[3, 3, 3, 3]} scale={5} {...host} />,
    loading: (host) => <CesBreakdown loading {...host} />,
    empty: (host) => <CesBreakdown responses={[]} {...host} />,
    error: (host) => <CesBreakdown responses={[8]} {...host} />,
  },
});
