import { describe, expect, it } from 'vitest';
import { waterfallGeometry, waterfallSteps } from './waterfall.geometry';

const NRR_130 = {
  startingMrr: 10_000,
  expansionMrr: 5_000,
  contractionMrr: 500,
  churnedMrr: 1_500,
};
const layout = { width: 600, height: 300 };

describe('waterfallSteps', () => {
  it('runs starting → + expansion → − contraction → − churn → retained', () => {
    expect(waterfallSteps(NRR_130)).toEqual([
      { id: 'starting', kind: 'total', amount: 10_000, from: 0, to: 10_000 },
      { id: 'expansion', kind: 'increase', amount: 5_000, from: 10_000, to: 15_000 },
      { id: 'contraction', kind: 'decrease', amount: 500, from: 15_000, to: 14_500 },
      { id: 'churn', kind: 'decrease', amount: 1_500, from: 14_500, to: 13_000 },
      { id: 'retained', kind: 'total', amount: 13_000, from: 0, to: 13_000 },
    ]);
  });

  it('adds new, reactivation and ending MRR on request', () => {
    const steps = waterfallSteps({ ...NRR_130, newMrr: 2_000, reactivationMrr: 400 }, true);
    expect(steps.map((s) => s.id)).toEqual([
      'starting',
      'expansion',
      'contraction',
      'churn',
      'retained',
      'new',
      'reactivation',
      'ending',
    ]);
    expect(steps.at(-1)).toMatchObject({ kind: 'total', amount: 15_400 });
  });
});

describe('waterfallGeometry', () => {
  const geometry = waterfallGeometry(NRR_130, layout);
  const byId = Object.fromEntries(geometry.steps.map((s) => [s.id, s]));

  it('stands totals on the zero line', () => {
    for (const id of ['starting', 'retained'] as const) {
      expect(byId[id]!.y + byId[id]!.height).toBeCloseTo(geometry.baselineY, 6);
    }
  });

  it('floats each change between the running totals around it', () => {
    const { starting, expansion, contraction, churn, retained } = byId;
    expect(expansion!.y + expansion!.height).toBeCloseTo(starting!.y, 6);
    expect(contraction!.y).toBeCloseTo(expansion!.y, 6);
    expect(churn!.y).toBeCloseTo(contraction!.y + contraction!.height, 6);
    expect(churn!.y + churn!.height).toBeCloseTo(retained!.y, 6);
  });

  it('starts each connector at the running MRR after its bar', () => {
    const { starting, expansion, churn } = byId;
    expect(starting!.toY).toBeCloseTo(starting!.y, 6);
    expect(expansion!.toY).toBeCloseTo(expansion!.y, 6);
    expect(churn!.toY).toBeCloseTo(churn!.y + churn!.height, 6);
  });

  it('keeps heights proportional to amounts', () => {
    const { starting, expansion } = byId;
    expect(expansion!.height / starting!.height).toBeCloseTo(0.5, 6);
  });

  it('places bars left to right without overlap, inside the inner box', () => {
    for (let i = 1; i < geometry.steps.length; i++) {
      const previous = geometry.steps[i - 1]!;
      expect(geometry.steps[i]!.x).toBeGreaterThanOrEqual(previous.x + previous.width);
    }
    for (const step of geometry.steps) {
      expect(step.x).toBeGreaterThanOrEqual(geometry.inner.left);
      expect(step.x + step.width).toBeLessThanOrEqual(geometry.inner.right);
      expect(step.y).toBeGreaterThanOrEqual(geometry.inner.top - 1e-9);
    }
  });

  it('draws an all-losses window: everything churned leaves a zero-height retained bar', () => {
    const lost = waterfallGeometry(
      { startingMrr: 800, expansionMrr: 0, contractionMrr: 0, churnedMrr: 800 },
      layout,
    );
    const retained = lost.steps.find((s) => s.id === 'retained')!;
    expect(retained.amount).toBe(0);
    expect(retained.height).toBe(1);
    // The hairline sits on the zero line, inside the plot (it used to hang 1 px below it).
    expect(retained.y + retained.height).toBeCloseTo(lost.baselineY, 6);
    expect(lost.baselineY).toBeCloseTo(lost.inner.bottom, 6);
  });

  it('includes zero and stays finite when every amount is zero', () => {
    const empty = waterfallGeometry(
      { startingMrr: 0, expansionMrr: 0, contractionMrr: 0, churnedMrr: 0 },
      layout,
    );
    for (const step of empty.steps) {
      expect(Number.isFinite(step.y) && Number.isFinite(step.height)).toBe(true);
    }
    expect(empty.ticks.some((t) => t.value === 0)).toBe(true);
  });

  it('keeps a retained total below zero drawable (inconsistent pre-aggregated input)', () => {
    const odd = waterfallGeometry(
      { startingMrr: 100, expansionMrr: 0, contractionMrr: 50, churnedMrr: 100 },
      layout,
    );
    const retained = odd.steps.find((s) => s.id === 'retained')!;
    expect(retained.amount).toBe(-50);
    expect(retained.y).toBeCloseTo(odd.baselineY, 6);
    expect(retained.y + retained.height).toBeLessThanOrEqual(odd.inner.bottom + 1e-9);
  });

  it('hides value labels when bars are narrower than a label', () => {
    expect(
      waterfallGeometry(NRR_130, { width: 200, height: 200 }).steps.every((s) => !s.showLabel),
    ).toBe(true);
    expect(geometry.steps.every((s) => s.showLabel)).toBe(true);
  });

  it('never lets two shown labels overlap, whatever their text', () => {
    const long = (step: { amount: number }) => `${step.amount.toFixed(2)} Brazilian reais`;
    const half = (step: { amount: number }) => (long(step).length * 12 * 0.62 + 6) / 2;
    let shownSomewhere = 0;
    for (const width of [240, 400, 640, 960, 1400]) {
      const { steps } = waterfallGeometry(NRR_130, {
        width,
        height: 300,
        labelText: long,
        labelFontSize: 12,
      });
      const shown = steps.filter((s) => s.showLabel);
      shownSomewhere += shown.length;
      for (let i = 1; i < shown.length; i++) {
        expect(shown[i - 1]!.centerX + half(shown[i - 1]!)).toBeLessThanOrEqual(
          shown[i]!.centerX - half(shown[i]!) + 1e-9,
        );
      }
    }
    expect(shownSomewhere).toBeGreaterThan(0);
  });

  it('gives y ticks in ascending value and descending pixel order', () => {
    const values = geometry.ticks.map((t) => t.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(geometry.ticks[0]!.y).toBeGreaterThan(geometry.ticks.at(-1)!.y);
  });
});
