import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { nps } from '@vitals/metrics';
import type { ChartSelection } from '../internal/chart';
import { CesBreakdown } from './CesBreakdown';
import { CsatBreakdown } from './CsatBreakdown';
import { NpsBreakdown } from './NpsBreakdown';

const npsResponses = [
  { score: 10, accountId: 'acme', segment: 'SMB' },
  { score: 3, accountId: 'globex', segment: 'Enterprise' },
  { score: 2, accountId: 'globex', segment: 'Enterprise' },
  { score: 6, accountId: 'initech', segment: 'SMB' },
  { score: 8, segment: 'SMB' },
];

describe('survey breakdowns drill-through', () => {
  it("NpsBreakdown: Enter on the detractors gives their accounts, counting each one's answers", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn<(selection: ChartSelection) => void>();
    render(<NpsBreakdown responses={npsResponses} groupBy="segment" onSelect={onSelect} />);
    await user.tab();
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName(/^Detractors/);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith({
      component: 'NpsBreakdown',
      part: 'detractor',
      accounts: [
        { accountId: 'globex', value: 2 },
        { accountId: 'initech', value: 1 },
      ],
    });
    expect(onSelect.mock.calls[0]![0].accounts!.reduce((n, a) => n + a.value!, 0)).toBe(
      nps(npsResponses).detractors,
    );
    await user.click(screen.getByRole('img', { name: /^Enterprise: NPS/ }));
    expect(onSelect).toHaveBeenLastCalledWith({
      component: 'NpsBreakdown',
      segment: 'Enterprise',
      accounts: [{ accountId: 'globex', value: 2 }],
    });
  });

  it('NpsBreakdown: a precomputed result has no accounts to give', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn<(selection: ChartSelection) => void>();
    render(<NpsBreakdown data={nps(npsResponses)} onSelect={onSelect} />);
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith({ component: 'NpsBreakdown', part: 'detractor' });
  });

  it('CsatBreakdown and CesBreakdown: a click or Enter on a part gives its accounts', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn<(selection: ChartSelection) => void>();
    render(
      <CsatBreakdown
        responses={[
          { score: 5, accountId: 'acme' },
          { score: 2, accountId: 'globex' },
        ]}
        onSelect={onSelect}
      />,
    );
    await user.click(screen.getByRole('img', { name: /^Satisfied/ }));
    expect(onSelect).toHaveBeenLastCalledWith({
      component: 'CsatBreakdown',
      part: 'satisfied',
      accounts: [{ accountId: 'acme', value: 1 }],
    });
    document.body.innerHTML = '';
    render(
      <CesBreakdown
        responses={[
          { score: 1, accountId: 'easy' },
          { score: 7, accountId: 'hard' },
        ]}
        higherIsEasier={false}
        onSelect={onSelect}
      />,
    );
    screen.getByRole('img', { name: /^Agree/ }).focus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith({
      component: 'CesBreakdown',
      part: 'agree',
      accounts: [{ accountId: 'easy', value: 1 }],
    });
  });
});
