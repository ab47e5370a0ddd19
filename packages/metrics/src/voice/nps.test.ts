import { describe, expect, it } from 'vitest';
import { nps } from './nps';
import { catchInputError, times, where } from '../core/errors.test-helper';
import type { SurveyResponseInput } from './types';

describe('nps: SPEC §10 worked example', () => {
  // 55 promoters, 20 passives, 25 detractors. The source article subtracts passives as well and
  // prints 35; SPEC §10 says that is wrong: NPS = 55 % − 25 % = 30.
  const responses = [
    ...times(30, 10),
    ...times(25, 9),
    ...times(12, 8),
    ...times(8, 7),
    ...times(25, 4),
  ];

  it('gives 30, not 35', () => {
    const result = nps(responses);
    expect(result.score).toBeCloseTo(30, 12);
    expect(result).toMatchObject({
      total: 100,
      promoters: 55,
      passives: 20,
      detractors: 25,
      lowSample: false,
    });
    expect(result.promoterShare).toBeCloseTo(0.55, 12);
    expect(result.passiveShare).toBeCloseTo(0.2, 12);
    expect(result.detractorShare).toBeCloseTo(0.25, 12);
  });

  it('has the margin of error computed by hand: 1.96 × 100 × sqrt((0.55 + 0.25 − 0.3²) / 100) ≈ 16.515', () => {
    expect(nps(responses).marginOfError).toBeCloseTo(16.515253555, 8);
  });

  it('counts each of the eleven scores', () => {
    const counts = nps(responses).distribution.map((d) => d.count);
    expect(counts).toEqual([0, 0, 0, 0, 25, 0, 0, 8, 12, 25, 30]);
    expect(nps(responses).distribution.map((d) => d.score)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });
});

describe('nps: classification boundaries', () => {
  it.each([
    [0, 'detractors'],
    [6, 'detractors'],
    [7, 'passives'],
    [8, 'passives'],
    [9, 'promoters'],
    [10, 'promoters'],
  ] as const)('score %i is counted among %s', (score, group) => {
    expect(nps([score])[group]).toBe(1);
  });
});

describe('nps: edge cases', () => {
  it.each([
    { name: 'no responses', responses: [], score: null, total: 0, moe: null },
    { name: '100 % promoters', responses: times(40, 9), score: 100, total: 40, moe: 0 },
    { name: '100 % detractors', responses: times(40, 0), score: -100, total: 40, moe: 0 },
    { name: 'only passives', responses: times(3, 7), score: 0, total: 3, moe: 0 },
    { name: 'a single promoter', responses: [10], score: 100, total: 1, moe: 0 },
  ])('$name', ({ responses, score, total, moe }) => {
    const result = nps(responses);
    expect(result.score).toBe(score);
    expect(result.total).toBe(total);
    expect(result.marginOfError).toBe(moe);
  });

  it("is null with reason 'no-responses', and null shares, when there are no responses", () => {
    const result = nps([]);
    expect(result).toMatchObject({
      score: null,
      reason: 'no-responses',
      promoterShare: null,
      passiveShare: null,
      detractorShare: null,
      lowSample: true,
    });
    expect(result.distribution.every((d) => d.count === 0)).toBe(true);
  });

  it('matches a hand-computed margin of error for a split sample (5 / 2 / 3 of 10)', () => {
    // p = 0.5, d = 0.3: 196 × sqrt((0.8 − 0.04) / 10) = 196 × sqrt(0.076) ≈ 54.0335
    const result = nps([9, 9, 10, 10, 10, 7, 8, 0, 5, 6]);
    expect(result.score).toBeCloseTo(20, 12);
    expect(result.marginOfError).toBeCloseTo(54.033471108, 8);
  });

  it('accepts response objects with their context', () => {
    const responses: SurveyResponseInput[] = [
      { score: 10, accountId: 'acme', date: '2025-03-01', segment: 'SMB', channel: 'email' },
      { score: 3, date: '2025-03-02T10:00:00Z' },
      { score: 8, date: new Date('2025-03-03T00:00:00Z') },
    ];
    expect(nps(responses)).toMatchObject({ score: 0, promoters: 1, passives: 1, detractors: 1 });
  });
});

describe('nps: lowSample', () => {
  it.each([
    { total: 29, threshold: undefined, lowSample: true },
    { total: 30, threshold: undefined, lowSample: false },
    { total: 49, threshold: 50, lowSample: true },
    { total: 50, threshold: 50, lowSample: false },
    { total: 0, threshold: 0, lowSample: false },
  ])(
    '$total responses with threshold $threshold → $lowSample',
    ({ total, threshold, lowSample }) => {
      const options = threshold === undefined ? {} : { lowSampleThreshold: threshold };
      const result = nps(times(total, 9), options);
      expect(result.lowSample).toBe(lowSample);
      expect(result.lowSampleThreshold).toBe(threshold ?? 30);
    },
  );
});

describe('nps: validation (SPEC §2)', () => {
  it('lists every bad row with its index and field', () => {
    const responses = [
      9,
      11,
      -1,
      7.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      '9',
      null,
      { score: 10, accountId: '' },
      { score: 10, date: '2025-02-30' },
      { score: 10, segment: 3 },
      { score: 10, channel: false },
      { accountId: 'a' },
    ] as unknown as SurveyResponseInput[];
    const error = catchInputError(() => nps(responses));
    expect(where(error)).toEqual([
      [1, 'score'],
      [2, 'score'],
      [3, 'score'],
      [4, 'score'],
      [5, 'score'],
      [6, 'row'],
      [7, 'row'],
      [8, 'accountId'],
      [9, 'date'],
      [10, 'segment'],
      [11, 'channel'],
      [12, 'score'],
    ]);
    expect(error.message).toMatch(
      /^nps: 12 invalid rows\. row 1 field 'score': must be an integer from 0 to 10, got 11/,
    );
    expect(error.issues[2]?.value).toBe(7.5);
  });

  it("with onInvalid: 'skip' computes from the good rows and returns the bad ones", () => {
    const result = nps([10, 11, 0, { score: 9.5 }, 9] as SurveyResponseInput[], {
      onInvalid: 'skip',
    });
    expect(where(result)).toEqual([
      [1, 'score'],
      [3, 'score'],
    ]);
    expect(result.total).toBe(3);
    expect(result.score).toBeCloseTo((100 * (2 - 1)) / 3, 12);
  });

  it("with onInvalid: 'skip' and only bad rows gives a null score with the issues", () => {
    const result = nps([42], { onInvalid: 'skip' });
    expect(result.score).toBeNull();
    expect(result.issues).toHaveLength(1);
  });

  it.each([
    [{ onInvalid: 'ignore' }, 'options.onInvalid'],
    [{ lowSampleThreshold: -1 }, 'options.lowSampleThreshold'],
    [{ lowSampleThreshold: 2.5 }, 'options.lowSampleThreshold'],
    [{ lowSampleThreshold: '30' }, 'options.lowSampleThreshold'],
    ['strict', 'options'],
  ])('rejects the options %j naming %s', (options, field) => {
    const error = catchInputError(() => nps([9], options as never));
    expect(where(error)).toEqual([[null, field]]);
  });

  it('rejects responses that are not an array', () => {
    const error = catchInputError(() => nps({ score: 9 } as never));
    expect(where(error)).toEqual([[null, 'responses']]);
  });
});
