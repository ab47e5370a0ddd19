import { type MrrSnapshot, cohortRetention } from '@vitals/metrics';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ChartSelection } from '../internal/chart';
import { CohortHeatmap } from './CohortHeatmap';

const row = (accountId: string, period: string, mrr: number): MrrSnapshot => ({
  accountId,
  period,
  mrr,
});
const book = [
  row('a', '2025-01', 100),
  row('a', '2025-02', 110),
  row('b', '2025-01', 200),
  row('b', '2025-02', 190),
  row('c', '2025-01', 50),
  row('d', '2025-02', 80),
];

describe('CohortHeatmap drill-through', () => {
  it("Enter on a cell gives its retained accounts: as many as the cell's active accounts", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn<(selection: ChartSelection) => void>();
    render(<CohortHeatmap snapshots={book} minCohortSize={1} onSelect={onSelect} />);
    screen.getByRole('gridcell', { name: /^Jan 2025 cohort, month 1 / }).focus();
    await user.keyboard('{Enter}');
    const selection = onSelect.mock.calls[0]![0];
    const cell = cohortRetention(book).cohorts[0]!.cells[1]!;
    expect(selection).toMatchObject({ cohort: '2025-01', age: 1 });
    expect(selection.accounts).toEqual([
      { accountId: 'b', value: 190 },
      { accountId: 'a', value: 110 },
    ]);
    expect(selection.accounts).toHaveLength(cell.activeAccounts);
  });

  it('a precomputed table has no accounts to give', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn<(selection: ChartSelection) => void>();
    render(<CohortHeatmap data={cohortRetention(book)} minCohortSize={1} onSelect={onSelect} />);
    screen.getByRole('gridcell', { name: /^Jan 2025 cohort, month 1 / }).focus();
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenCalledWith({
      component: 'CohortHeatmap',
      cohort: '2025-01',
      age: 1,
    });
  });
});
