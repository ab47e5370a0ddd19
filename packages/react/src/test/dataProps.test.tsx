import {
  type MrrSnapshot,
  ces,
  cohortRetention,
  csat,
  mrrMovements,
  mrrMovementsSeries,
  nps,
  reconcileConventions,
  retentionSeries,
} from '@vitals/metrics';
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { CohortHeatmap } from '../cohort-heatmap/CohortHeatmap';
import { ConventionDiff } from '../conventions/ConventionDiff';
import { MrrMovementsChart } from '../movements/MrrMovementsChart';
import { RetentionTrend } from '../retention-trend/RetentionTrend';
import { CesBreakdown } from '../voice/CesBreakdown';
import { CsatBreakdown } from '../voice/CsatBreakdown';
import { NpsBreakdown } from '../voice/NpsBreakdown';
import { NrrWaterfall } from '../waterfall/NrrWaterfall';

// SPEC §9 "Never breaks the host": a `data` prop is validated like raw input. A NaN, an
// Infinity, a missing field or a wrong type is the error state naming the field, never "NaN" or
// "undefined" drawn on the page (issue 15).

const snapshots: MrrSnapshot[] = [
  { accountId: 'a', period: '2025-01', mrr: 100 },
  { accountId: 'b', period: '2025-01', mrr: 50 },
  { accountId: 'a', period: '2025-02', mrr: 120 },
  { accountId: 'c', period: '2025-02', mrr: 30 },
  { accountId: 'a', period: '2025-03', mrr: 90 },
  { accountId: 'b', period: '2025-03', mrr: 60 },
];
const window = { from: '2025-01', to: '2025-03' };

/** A deep copy of `data` with the value at `path` replaced, or deleted for `undefined`. */
function withValue<T>(data: T, path: readonly (string | number)[], value: unknown): T {
  const copy = structuredClone(data);
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  if (value === undefined) delete parent[path.at(-1)!];
  else parent[path.at(-1)!] = value;
  return copy;
}

interface Case {
  /** A real result of the pure function, with the path of a number the component draws. */
  data: unknown;
  path: readonly (string | number)[];
  /** A required field, when `path` may be absent (drawn without it). @default path */
  required?: readonly (string | number)[];
  render: (data: never) => ReactElement;
  /** Points read as rows (RetentionTrend): a bad one is named by its row and field. */
  isRows?: boolean;
}

const conventions = reconcileConventions(snapshots, window);
const metric = Object.keys(conventions.conventions[0]!.metrics)[0]!;

const CASES: Record<string, Case> = {
  NrrWaterfall: {
    data: mrrMovements(snapshots, window),
    path: ['newMrr'],
    required: ['startingMrr'],
    render: (data) => <NrrWaterfall data={data} />,
  },
  MrrMovementsChart: {
    data: mrrMovementsSeries(snapshots, window),
    path: [1, 'expansionMrr'],
    render: (data) => <MrrMovementsChart data={data} />,
  },
  RetentionTrend: {
    data: retentionSeries(snapshots, window).points,
    path: [1, 'nrr'],
    required: [1, 'period'],
    isRows: true,
    render: (data) => <RetentionTrend data={data} />,
  },
  CohortHeatmap: {
    data: cohortRetention(snapshots),
    path: ['cohorts', 0, 'cells', 1, 'logoRetention'],
    render: (data) => <CohortHeatmap data={data} />,
  },
  NpsBreakdown: {
    data: nps([10, 9, 3, 7]),
    path: ['promoterShare'],
    render: (data) => <NpsBreakdown data={data} />,
  },
  CsatBreakdown: {
    data: csat([5, 4, 2]),
    path: ['distribution', 0, 'count'],
    render: (data) => <CsatBreakdown data={data} />,
  },
  CesBreakdown: {
    data: ces([7, 6, 2]),
    path: ['agreeShare'],
    render: (data) => <CesBreakdown data={data} />,
  },
  ConventionDiff: {
    data: conventions,
    path: ['conventions', 0, 'metrics', metric],
    required: ['differences'],
    render: (data) => <ConventionDiff data={data} />,
  },
};

const field = (path: readonly (string | number)[]) =>
  path.reduce<string>(
    (text, step) => (typeof step === 'number' ? `${text}[${step}]` : `${text}.${step}`),
    'data',
  );

/** Every attribute value and every text outside the error message, where "NaN" must not be. */
function drawnText(container: HTMLElement): string {
  const clone = container.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('[role="alert"]').forEach((alert) => alert.remove());
  const attributes = [...container.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].map((attribute) => attribute.value),
  );
  return `${clone.textContent ?? ''} ${attributes.join(' ')}`;
}

describe.each(Object.keys(CASES))('%s given a bad data prop', (name) => {
  const { data, path, required = path, render: draw, isRows = false } = CASES[name]!;
  const named = (at: readonly (string | number)[]) =>
    isRows ? `Row ${Number(at[0]) + 1} (index ${at[0]}), ${at.at(-1)}` : field(at);

  it('draws the good data', () => {
    const { container } = render(draw(data as never));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(drawnText(container)).not.toMatch(/NaN|undefined/);
  });

  it.each<[string, unknown]>([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a string number', '5'],
    ['an object', {}],
  ])('%s is the error state naming the field', (_label, bad) => {
    const { container } = render(draw(withValue(data, path, bad) as never));
    expect(screen.getByRole('alert')).toHaveTextContent(named(path));
    expect(container.querySelector('[data-state="error"]')).not.toBeNull();
    expect(drawnText(container)).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('a missing required field is the error state naming it', () => {
    const { container } = render(draw(withValue(data, required, undefined) as never));
    expect(screen.getByRole('alert')).toHaveTextContent(named(required));
    expect(drawnText(container)).not.toMatch(/NaN|undefined/);
  });

  it('a missing optional field is drawn without it, or is the error state: never "undefined"', () => {
    const { container } = render(draw(withValue(data, path, undefined) as never));
    expect(drawnText(container)).not.toMatch(/NaN|undefined/);
  });
});
