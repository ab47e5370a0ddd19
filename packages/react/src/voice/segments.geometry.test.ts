import { describe, expect, it } from 'vitest';
import { segmentRowsGeometry } from './segments.geometry';

describe('segmentRowsGeometry', () => {
  const rows = [
    {
      id: 'smb',
      parts: [
        { id: 'a', count: 1 },
        { id: 'b', count: 3 },
      ],
    },
    {
      id: 'ent',
      parts: [
        { id: 'a', count: 0 },
        { id: 'b', count: 0 },
      ],
    },
  ];

  it('stacks rows top to bottom with bars on one shared horizontal scale', () => {
    const geometry = segmentRowsGeometry(rows, {
      width: 600,
      rowHeight: 30,
      nameWidth: 100,
      valueWidth: 100,
    });
    expect(geometry.height).toBe(60);
    expect(geometry.rows.map((r) => r.y)).toEqual([0, 30]);
    expect(geometry.rows[1]!.bar).toMatchObject({ x: 100, width: 400 });
    expect(geometry.rows[1]!.bar.y - geometry.rows[0]!.bar.y).toBe(30);
    expect(geometry.rows[0]!.bar).toMatchObject({ x: 100, width: 400 });
    expect(geometry.rows[0]!.segments[1]).toMatchObject({ x: 200, width: 300 });
    expect(geometry.valueX).toBeGreaterThan(500);
  });

  it('draws an empty segment as an empty track (no part wider than 0)', () => {
    const geometry = segmentRowsGeometry(rows, { width: 600 });
    expect(geometry.rows[1]!.segments.every((s) => s.width === 0)).toBe(true);
  });

  it('shrinks the name and value columns on a narrow width so the bar keeps a third', () => {
    const geometry = segmentRowsGeometry(rows, { width: 240, nameWidth: 120, valueWidth: 132 });
    expect(geometry.rows[0]!.bar.width).toBeGreaterThanOrEqual(80 - 1e-9);
    expect(geometry.valueX).toBeLessThanOrEqual(240);
  });
});
