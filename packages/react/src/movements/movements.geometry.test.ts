import { describe, expect, it } from 'vitest';
import { type MovementsPeriodInput, movementsGeometry, netMovement } from './movements.geometry';
import { estimateTextWidth, periodLabel } from '../internal/time';

const month = (
  period: string,
  amounts: Partial<MovementsPeriodInput> = {},
): MovementsPeriodInput => ({
  period,
  newMrr: 0,
  expansionMrr: 0,
  reactivationMrr: 0,
  contractionMrr: 0,
  churnedMrr: 0,
  ...amounts,
});

const FULL = month('2025-02', {
  newMrr: 300,
  expansionMrr: 200,
  reactivationMrr: 100,
  contractionMrr: 150,
  churnedMrr: 50,
});
const layout = { width: 600, height: 300 };

function seriesOf(count: number, start = 2023): MovementsPeriodInput[] {
  return Array.from({ length: count }, (_, i) =>
    month(`${start + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, {
      newMrr: 100 + i,
      churnedMrr: 40,
    }),
  );
}

describe('netMovement', () => {
  it('is new + expansion + reactivation − contraction − churn, missing fields counting as zero', () => {
    expect(netMovement(FULL)).toBe(400);
    expect(
      netMovement({ period: '2025-01', expansionMrr: 10, contractionMrr: 3, churnedMrr: 2 }),
    ).toBe(5);
  });
});

describe('movementsGeometry', () => {
  const geometry = movementsGeometry([FULL], layout);
  const column = geometry.columns[0]!;
  const seg = Object.fromEntries(column.segments.map((s) => [s.kind, s]));

  it('stacks new, expansion and reactivation upwards from the zero line', () => {
    const { new: added, expansion, reactivation } = seg;
    expect(added!.y + added!.height).toBeCloseTo(geometry.baselineY, 6);
    expect(expansion!.y + expansion!.height).toBeCloseTo(added!.y, 6);
    expect(reactivation!.y + reactivation!.height).toBeCloseTo(expansion!.y, 6);
  });

  it('stacks contraction then churn downwards from the zero line', () => {
    const { contraction, churn } = seg;
    expect(contraction!.y).toBeCloseTo(geometry.baselineY, 6);
    expect(churn!.y).toBeCloseTo(contraction!.y + contraction!.height, 6);
    expect(churn!.value).toBe(-50);
  });

  it('keeps heights proportional to amounts and puts the net point at the net change', () => {
    expect(seg.new!.height / seg.churn!.height).toBeCloseTo(6, 6);
    expect((geometry.baselineY - column.netY) / seg.new!.height).toBeCloseTo(400 / 300, 6);
    expect(geometry.netPath.startsWith(`M${column.centerX},${column.netY}`)).toBe(true);
  });

  it('draws a zero-MRR month as a column with no segments and its net point on zero', () => {
    const { columns, baselineY, ticks } = movementsGeometry([FULL, month('2025-03'), FULL], layout);
    expect(columns[1]!.segments).toEqual([]);
    expect(columns[1]!.net).toBe(0);
    expect(columns[1]!.netY).toBeCloseTo(baselineY, 6);
    expect(columns[1]!.width).toBeGreaterThan(0);
    expect(ticks.some((t) => t.value === 0)).toBe(true);
  });

  it('stays finite when every month is zero', () => {
    const empty = movementsGeometry([month('2025-01'), month('2025-02')], layout);
    expect(Number.isFinite(empty.baselineY)).toBe(true);
    expect(empty.columns.every((c) => c.segments.length === 0)).toBe(true);
  });

  it('puts all-negative months wholly below zero, with zero at the top of the scale', () => {
    const losses = movementsGeometry(
      [
        month('2025-01', { contractionMrr: 100, churnedMrr: 300 }),
        month('2025-02', { churnedMrr: 50 }),
      ],
      layout,
    );
    for (const c of losses.columns) {
      expect(c.net).toBeLessThan(0);
      for (const s of c.segments) expect(s.y).toBeGreaterThanOrEqual(losses.baselineY - 1e-9);
    }
    expect(losses.ticks.at(-1)!.value).toBe(0);
    expect(losses.ticks[0]!.value).toBeLessThanOrEqual(-400);
    expect(losses.columns[0]!.bottom).toBeLessThanOrEqual(losses.inner.bottom + 1e-9);
  });

  it('lays out a single month inside the plot', () => {
    expect(column.x).toBeGreaterThanOrEqual(geometry.inner.left);
    expect(column.x + column.width).toBeLessThanOrEqual(geometry.inner.right);
    expect(geometry.labelled).toEqual([0]);
  });

  it('places 36 months left to right without overlap', () => {
    const { columns } = movementsGeometry(seriesOf(36), layout);
    expect(columns).toHaveLength(36);
    for (let i = 1; i < columns.length; i++) {
      expect(columns[i]!.x).toBeGreaterThanOrEqual(columns[i - 1]!.x + columns[i - 1]!.width);
    }
  });

  it.each([
    ['en-US months', seriesOf(36), 'en-US'],
    ['ja-JP months', seriesOf(36), 'ja-JP'],
    [
      'quarters',
      ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'].map(
        (period) => month(period, { newMrr: 10 }),
      ),
      'de-DE',
    ],
  ])('never lets two month labels overlap (%s), thinning them when narrow', (_, series, locale) => {
    const text = (period: string) => periodLabel(period, locale, 'short');
    const widths = [240, 360, 480, 720, 1024, 1600];
    const counts = widths.map((width) => {
      const g = movementsGeometry(series, { width, height: 300, tickLabel: text });
      const shown = g.labelled.map((index) => g.columns[index]!);
      expect(shown.at(-1)).toBe(g.columns.at(-1));
      for (let i = 1; i < shown.length; i++) {
        const half = (p: string) => estimateTextWidth(text(p), 12) / 2;
        expect(shown[i]!.centerX - half(shown[i]!.period)).toBeGreaterThanOrEqual(
          shown[i - 1]!.centerX + half(shown[i - 1]!.period) - 1e-9,
        );
      }
      return shown.length;
    });
    // Narrow charts show fewer labels than wide ones.
    expect(counts[0]).toBeLessThan(series.length);
    expect(counts[0]).toBeLessThanOrEqual(counts.at(-1)!);
  });

  it('gives y ticks in ascending value and descending pixel order', () => {
    const values = geometry.ticks.map((t) => t.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(geometry.ticks[0]!.y).toBeGreaterThan(geometry.ticks.at(-1)!.y);
  });
});
