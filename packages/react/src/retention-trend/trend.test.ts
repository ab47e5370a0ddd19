import { benchmarkBands } from '@vitals/metrics';
import { describe, expect, it } from 'vitest';
import { createFormatters } from '../provider/format';
import { bandLabel, benchmarkValueText, rangeText } from './bands.text';
import type { RetentionTrendPoint } from './trend.data';
import { retentionTrendDomain, retentionTrendGeometry } from './trend.geometry';

const format = createFormatters('en-US', 'USD');
const point = (period: string, nrr: number | null, grr = nrr, logoChurn = 0.02) => ({
  period,
  nrr,
  grr,
  logoChurn: nrr === null ? null : logoChurn,
});

describe('band text', () => {
  it('names each NRR band with its rating and edges', () => {
    const bands = benchmarkBands('nrr');
    expect(bands.ranges.map((r) => bandLabel('nrr', r, bands.unit, format))).toEqual([
      'Poor < 90.0%',
      'Fair 90.0%–100.0%',
      'Good 100.0%–120.0%',
      'Top quartile ≥ 120.0%',
    ]);
  });

  it('writes edges in each unit', () => {
    expect(benchmarkValueText('nps', 30, format)).toBe('+30');
    expect(benchmarkValueText('days', 30, format)).toBe('30 days');
    expect(benchmarkValueText('ratio', 3, format)).toBe('3:1');
    const churn = benchmarkBands('logoChurn', { segment: 'SMB' });
    expect(rangeText(churn.ranges[0]!, churn.unit, format)).toBe('≤ 3.0%');
  });
});

describe('retentionTrendDomain', () => {
  it('stretches the data to the nearest benchmark edge on each side', () => {
    expect(retentionTrendDomain([1.05, 1.15], [0.9, 1, 1.2])).toEqual([1, 1.2]);
  });

  it('keeps the data when no edge lies beyond it', () => {
    const [low, high] = retentionTrendDomain([0.5, 0.6], [0.9, 1, 1.2]);
    expect(low).toBeLessThanOrEqual(0.5);
    expect(high).toBeGreaterThanOrEqual(0.9);
    expect(high).toBeLessThan(1);
  });

  it('opens up a flat line and an empty panel', () => {
    const [low, high] = retentionTrendDomain([1, 1], []);
    expect(low).toBeLessThan(1);
    expect(high).toBeGreaterThan(1);
    expect(retentionTrendDomain([], [])).toEqual([0, 1]);
  });
});

describe('retentionTrendGeometry', () => {
  const points: RetentionTrendPoint[] = [
    point('2025-01', 1.02),
    point('2025-02', null),
    point('2025-03', 0.99),
    point('2025-04', 1.01),
  ];
  const bands = { nrr: benchmarkBands('nrr', { period: 'monthly' }) };
  const geometry = retentionTrendGeometry(points, ['nrr', 'grr'], {
    width: 600,
    panelHeight: 160,
    bands,
  });
  const [nrr, grr] = geometry.panels;

  it('stacks one panel per metric, in the order asked', () => {
    expect(geometry.panels.map((p) => p.metric)).toEqual(['nrr', 'grr']);
    expect(grr!.top).toBeGreaterThan(nrr!.bottom);
    expect(geometry.axisY).toBeGreaterThan(grr!.bottom);
    expect(geometry.height).toBeGreaterThan(geometry.axisY);
  });

  it('breaks the line at a null point and leaves it unmarked', () => {
    expect(nrr!.marks.map((m) => m.period)).toEqual(['2025-01', '2025-03', '2025-04']);
    expect(nrr!.path.match(/M/g)).toHaveLength(2);
  });

  it('draws higher values higher, inside the panel', () => {
    const [jan, mar] = nrr!.marks;
    expect(jan!.y).toBeLessThan(mar!.y);
    for (const mark of nrr!.marks) {
      expect(mark.y).toBeGreaterThanOrEqual(nrr!.top);
      expect(mark.y).toBeLessThanOrEqual(nrr!.bottom);
    }
  });

  it('fills the panel with its benchmark bands, best on top, and none without bands', () => {
    const total = nrr!.bands.reduce((sum, band) => sum + band.height, 0);
    expect(total).toBeCloseTo(nrr!.bottom - nrr!.top, 6);
    const ys = nrr!.bands.map((b) => b.y);
    expect(ys).toEqual([...ys].sort((a, b) => b - a));
    expect(nrr!.bands.at(-1)!.rating).toBe('excellent');
    expect(grr!.bands).toEqual([]);
  });

  it('puts band labels in a gutter right of the plot, where the line never goes', () => {
    const rising = ['2025-01', '2025-02', '2025-03', '2025-04'].map((period, i) =>
      point(period, [1.0, 1.05, 1.1, 1.19][i]!),
    );
    const label = (_: unknown, range: number, form: 'full' | 'short') =>
      form === 'short' ? 'Good' : `Band ${range} 100%–120%`;
    const wide = retentionTrendGeometry(rising, ['nrr'], {
      width: 900,
      panelHeight: 160,
      bands: { nrr: benchmarkBands('nrr') },
      bandLabel: label,
    });
    expect(wide.bandLabels).toBe('full');
    const panel = wide.panels[0]!;
    const labelled = panel.bands.filter((band) => band.label);
    expect(labelled.length).toBeGreaterThan(0);
    for (const band of labelled) expect(band.label!.x).toBeGreaterThan(wide.right);
    for (const mark of panel.marks) expect(mark.x).toBeLessThanOrEqual(wide.right);
    // Narrow: the ratings alone; narrower still, none (the legend names the bands).
    const narrow = retentionTrendGeometry(rising, ['nrr'], {
      width: 340,
      panelHeight: 160,
      bands: { nrr: benchmarkBands('nrr') },
      bandLabel: label,
    });
    expect(narrow.bandLabels).toBe('short');
    expect(340 - narrow.right).toBeLessThan(900 - wide.right);
    const tiny = retentionTrendGeometry(rising, ['nrr'], {
      width: 120,
      panelHeight: 160,
      bands: { nrr: benchmarkBands('nrr') },
      bandLabel: label,
    });
    expect(tiny.bandLabels).toBe('none');
    expect(tiny.panels[0]!.bands.every((band) => band.label === null)).toBe(true);
  });

  it('never lets two month labels overlap', () => {
    const many = Array.from({ length: 36 }, (_, i) =>
      point(`${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 1),
    );
    for (const width of [280, 500, 900]) {
      const g = retentionTrendGeometry(many, ['nrr'], { width, panelHeight: 120 });
      expect(g.labelled.at(-1)).toBe(35);
      for (let i = 1; i < g.labelled.length; i++) {
        expect(g.xs[g.labelled[i]!]! - g.xs[g.labelled[i - 1]!]!).toBeGreaterThanOrEqual(48);
      }
    }
  });

  it('lays out a single point in the middle', () => {
    const one = retentionTrendGeometry([point('2025-01', 1)], ['nrr'], {
      width: 400,
      panelHeight: 100,
    });
    expect(one.panels[0]!.marks[0]!.x).toBeCloseTo((56 + 384) / 2, 6);
    expect(one.labelled).toEqual([0]);
  });
});
