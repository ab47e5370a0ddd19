import type { MrrSnapshot } from '@vitals/metrics';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { RetentionTrend } from './RetentionTrend';

/**
 * SMB 'a' grows 10 % a month in 2025 and was flat in 2024; Enterprise 'b' is flat, then churns in
 * March 2025.
 */
const snapshots: MrrSnapshot[] = [
  ...['2024-01', '2024-02', '2024-03'].map((period) => ({
    accountId: 'a',
    period,
    mrr: 1_000,
    segment: 'SMB',
  })),
  { accountId: 'a', period: '2025-01', mrr: 1_000, segment: 'SMB' },
  { accountId: 'a', period: '2025-02', mrr: 1_100, segment: 'SMB' },
  { accountId: 'a', period: '2025-03', mrr: 1_210, segment: 'SMB' },
  ...['2024-01', '2024-02', '2024-03', '2025-01', '2025-02'].map((period) => ({
    accountId: 'b',
    period,
    mrr: 1_000,
    segment: 'Enterprise',
  })),
];
const window = { snapshots, from: '2025-01', to: '2025-03', metrics: ['nrr'] as const };
const headers = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent);
const row = (table: HTMLElement, index: number) =>
  within(within(table).getAllByRole('row')[index + 1]!)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('RetentionTrend segment, benchmarkSegment, compareBy and compareTo', () => {
  it('segment filters the snapshots, and names the benchmark segment by default', () => {
    render(
      <RetentionTrend {...window} segment="SMB" metrics={['nrr', 'logoChurn']} defaultShowTable />,
    );
    const table = screen.getByRole('table');
    expect(row(table, 0)[0]).toMatch(/^110\.0%/);
    // Logo churn has an SMB benchmark: no note asking for a segment.
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('benchmarkSegment picks the benchmark without filtering', () => {
    render(<RetentionTrend {...window} benchmarkSegment="SMB" defaultShowTable />);
    // The whole book: 2,000 → 2,100.
    expect(row(screen.getByRole('table'), 0)[0]).toMatch(/^105\.0%/);
  });

  it("compareTo='previous-year' overlays last year's line, with a legend and its own column", async () => {
    const { container } = render(
      <RetentionTrend {...window} compareTo="previous-year" defaultShowTable />,
    );
    const figure = screen.getByRole('figure', { name: 'Retention trend' });
    expect(within(figure).getByRole('list', { name: 'Legend' })).toHaveTextContent(
      'This periodSame period last year',
    );
    expect(
      figure.querySelectorAll('path.vitals-trend-overlay[data-kind="comparison"]'),
    ).not.toHaveLength(0);
    const table = screen.getByRole('table');
    expect(headers(table)).toContain('NRR (Same period last year)');
    // February 2025 against February 2024 (flat: 100 %); March 2025 against March 2024.
    expect(row(table, 0)).toContain('100.0%');
    expect(figure).toHaveAccessibleDescription(
      expect.stringContaining('Same period last year: NRR was 100.0%.'),
    );
    await expectNoAxeViolations(container);
  });

  it("compareTo='previous-period' compares with the window of the same length before", () => {
    render(
      <RetentionTrend
        snapshots={snapshots}
        from="2025-02"
        to="2025-03"
        metrics={['nrr']}
        compareTo="previous-period"
        defaultShowTable
      />,
    );
    const table = screen.getByRole('table');
    expect(headers(table)).toContain('NRR (Previous period)');
    // Whole book: March 2,100 → 1,210 (57.6 %), February 2,000 → 2,100 (105 %).
    expect(row(table, 0)).toEqual(['57.6% (poor)', '', '105.0%']);
  });

  it("compareBy='segment' draws one line per segment beside all accounts", () => {
    render(<RetentionTrend {...window} compareBy="segment" defaultShowTable />);
    const figure = screen.getByRole('figure', { name: 'Retention trend' });
    expect(within(figure).getByRole('list', { name: 'Legend' })).toHaveTextContent(
      'All accountsEnterpriseSMB',
    );
    expect(figure.querySelectorAll('path.vitals-trend-overlay[data-kind="segment"]')).toHaveLength(
      2,
    );
    const table = screen.getByRole('table');
    expect(headers(table)).toEqual(expect.arrayContaining(['NRR (Enterprise)', 'NRR (SMB)']));
    // March: Enterprise churns (0 %), SMB grows 10 %.
    expect(row(table, 1)).toEqual(expect.arrayContaining(['0.0%', '110.0%']));
  });

  it('warns and draws the points alone when compareTo is given with precomputed data', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <RetentionTrend
        data={[{ period: '2025-02', nrr: 1.1, grr: 1, logoChurn: 0 }]}
        compareTo="previous-year"
      />,
    );
    expect(screen.getByRole('figure')).not.toHaveTextContent('Same period last year');
    expect(warn.mock.calls.flat().join(' ')).toMatch(/need snapshots/);
    warn.mockRestore();
  });
});
