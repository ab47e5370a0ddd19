import { describe, expect, it } from 'vitest';
import { createFormatters } from '../provider/format';
import { metricChange } from '@vitals/metrics';
import { changeText, problemsText } from './metric-card.text';

const f = createFormatters('en-US', 'USD');
const percentChange = (value: number, previous: number) =>
  changeText(metricChange(value, previous)!, 'percent', f);

describe('changeText for rates', () => {
  it('reads in percentage points to a tenth', () => {
    expect(percentChange(0.93, 0.9)).toBe('+3 percentage points');
    expect(percentChange(1.107, 1.1)).toBe('+0.7 percentage points');
  });

  it('never shows a real change as zero', () => {
    expect(percentChange(1.1067, 1.107)).toBe('−0.03 percentage points');
    expect(percentChange(1.10701, 1.107)).toBe('less than +0.01 percentage points');
    expect(percentChange(0.5, 0.5)).toBe('0 percentage points');
  });
});

describe('problemsText', () => {
  const problem = (index: number) => ({
    field: `history[${index}]`,
    message: 'must be a finite number or null, got NaN',
  });

  it('names a single problem in one sentence', () => {
    expect(
      problemsText([{ field: 'value', message: 'must be a finite number or null, got NaN' }]),
    ).toEqual({
      summary: "This value can't be shown: value must be a finite number or null, got NaN.",
      list: [],
      rest: [],
    });
  });

  it('counts several problems, lists the first five and keeps every other one', () => {
    const { summary, list, rest } = problemsText([0, 1, 2, 3, 4, 5, 6].map(problem));
    expect(summary).toBe("This value can't be shown: 7 numbers are invalid.");
    expect(list).toHaveLength(5);
    expect(list[0]).toBe('history[0] must be a finite number or null, got NaN.');
    expect(rest).toEqual([
      'history[5] must be a finite number or null, got NaN.',
      'history[6] must be a finite number or null, got NaN.',
    ]);
  });
});
