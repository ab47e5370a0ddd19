import type { ValidationIssue } from '@vitals/metrics';
import { describe, expect, it } from 'vitest';
import { invalidRowCount, skippedRowsText } from './ChartStates';

const issue = (index: number | null, field: string): ValidationIssue => ({
  index,
  field,
  message: 'is wrong',
});

describe('invalid row counts', () => {
  it('counts each row once, however many of its fields are bad', () => {
    expect(invalidRowCount([issue(3, 'mrr'), issue(3, 'period'), issue(7, 'mrr')])).toBe(2);
  });

  it('does not count problems in options', () => {
    expect(invalidRowCount([issue(null, 'options.from'), issue(0, 'mrr')])).toBe(1);
  });

  it('says how many rows were skipped, or nothing', () => {
    expect(skippedRowsText([])).toBeNull();
    expect(skippedRowsText([issue(0, 'a'), issue(0, 'b')])).toBe('1 invalid row was skipped.');
    expect(skippedRowsText([issue(0, 'a'), issue(4, 'b')])).toBe('2 invalid rows were skipped.');
  });
});
