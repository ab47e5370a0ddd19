import type { MrrSnapshot } from '@vitals/metrics';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { CohortHeatmap } from './CohortHeatmap';

/** January cohort: one SMB account that leaves, one Enterprise account that stays. */
const snapshots: MrrSnapshot[] = [
  { accountId: 's', period: '2025-01', mrr: 100, segment: 'SMB' },
  { accountId: 'e', period: '2025-01', mrr: 900, segment: 'Enterprise' },
  { accountId: 'e', period: '2025-02', mrr: 900, segment: 'Enterprise' },
];

describe('CohortHeatmap segments', () => {
  it('segment filters the cohorts to that segment’s accounts', () => {
    render(
      <CohortHeatmap snapshots={snapshots} segment="SMB" minCohortSize={1} defaultShowTable />,
    );
    const table = screen.getByRole('table', { name: 'Cohort retention: logo retention data' });
    expect(table).toHaveTextContent('0.0%');
    expect(table).not.toHaveTextContent('50.0%');
  });

  it("compareBy='segment' draws one heatmap per segment", async () => {
    const { container } = render(
      <CohortHeatmap snapshots={snapshots} compareBy="segment" minCohortSize={1} />,
    );
    const group = screen.getByRole('region', { name: 'Cohort retention' });
    expect(within(group).getByRole('figure', { name: 'Enterprise' })).toBeInTheDocument();
    expect(within(group).getByRole('figure', { name: 'SMB' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});
