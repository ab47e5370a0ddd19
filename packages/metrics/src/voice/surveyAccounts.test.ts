import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { ces } from './ces';
import { csat } from './csat';
import { nps } from './nps';
import { surveyAccounts } from './surveyAccounts';

const total = (list: ReadonlyArray<{ value?: number | undefined }> | undefined) =>
  (list ?? []).reduce((sum, a) => sum + a.value!, 0);

describe('surveyAccounts', () => {
  const responses = [
    { score: 10, accountId: 'acme', segment: 'SMB' },
    { score: 9, accountId: 'acme', segment: 'SMB' },
    { score: 3, accountId: 'globex', segment: 'Enterprise' },
    { score: 7, accountId: 'initech' },
    { score: 2, segment: 'SMB' },
    8,
  ];

  it("lists each part's accounts with their responses in it, most first", () => {
    expect(surveyAccounts(responses, { survey: 'nps', part: 'promoter' })).toEqual([
      { accountId: 'acme', value: 2 },
    ]);
    expect(surveyAccounts(responses, { survey: 'nps', part: 'detractor' })).toEqual([
      { accountId: 'globex', value: 1 },
    ]);
    expect(surveyAccounts(responses, { survey: 'nps', score: 7 })).toEqual([
      { accountId: 'initech', value: 1 },
    ]);
    expect(surveyAccounts(responses, { survey: 'nps', segment: 'Not set' })).toEqual([
      { accountId: 'initech', value: 1 },
    ]);
    expect(surveyAccounts(responses, { survey: 'nps', segment: 'SMB', part: 'promoter' })).toEqual([
      { accountId: 'acme', value: 2 },
    ]);
  });

  it('is undefined when no response names an account', () => {
    expect(surveyAccounts([10, { score: 3 }], { survey: 'nps', part: 'promoter' })).toBeUndefined();
  });

  it('reads CES scores on the reported scale', () => {
    const raw = [
      { score: 1, accountId: 'easy' },
      { score: 7, accountId: 'hard' },
    ];
    expect(surveyAccounts(raw, { survey: 'ces', part: 'agree', higherIsEasier: false })).toEqual([
      { accountId: 'easy', value: 1 },
    ]);
    expect(surveyAccounts(raw, { survey: 'ces', score: 7, higherIsEasier: false })).toEqual([
      { accountId: 'easy', value: 1 },
    ]);
  });

  it('names bad options and rows', () => {
    expect(() => surveyAccounts(responses, { survey: 'nps', part: 'agree' })).toThrow(
      /options.part/,
    );
    expect(() => surveyAccounts(responses, { survey: 'xyz' as never })).toThrow(MetricsInputError);
    expect(() => surveyAccounts([{ score: 11, accountId: 'a' }], { survey: 'nps' })).toThrow(
      /row 0 field 'score'/,
    );
  });

  const responsesArb = (max: number, min: number) =>
    fc.array(
      fc.record({
        score: fc.integer({ min, max }),
        accountId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      }),
      { maxLength: 80 },
    );

  it("the parts' values sum to each part's count when every response names its account", () => {
    fc.assert(
      fc.property(responsesArb(10, 0), (rows) => {
        const result = nps(rows);
        expect(total(surveyAccounts(rows, { survey: 'nps', part: 'promoter' }))).toBe(
          result.promoters,
        );
        expect(total(surveyAccounts(rows, { survey: 'nps', part: 'passive' }))).toBe(
          result.passives,
        );
        expect(total(surveyAccounts(rows, { survey: 'nps', part: 'detractor' }))).toBe(
          result.detractors,
        );
      }),
    );
    fc.assert(
      fc.property(responsesArb(5, 1), (rows) => {
        const result = csat(rows);
        expect(total(surveyAccounts(rows, { survey: 'csat', part: 'satisfied' }))).toBe(
          result.satisfied,
        );
        for (const { score, count } of result.distribution) {
          expect(total(surveyAccounts(rows, { survey: 'csat', score }))).toBe(count);
        }
      }),
    );
    fc.assert(
      fc.property(responsesArb(7, 1), fc.boolean(), (rows, higherIsEasier) => {
        const result = ces(rows, { higherIsEasier });
        expect(total(surveyAccounts(rows, { survey: 'ces', part: 'agree', higherIsEasier }))).toBe(
          result.agreeing,
        );
        for (const { score, count } of result.distribution) {
          expect(total(surveyAccounts(rows, { survey: 'ces', score, higherIsEasier }))).toBe(count);
        }
      }),
    );
  });
});
