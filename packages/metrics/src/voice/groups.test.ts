import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catchInputError } from '../core/errors.test-helper';
import { ces } from './ces';
import { csat } from './csat';
import { OTHER_GROUP, UNSET_GROUP, groupResponses } from './groups';
import { nps } from './nps';
import type { SurveyResponse, SurveyResponseInput } from './types';

describe('groupResponses', () => {
  it('groups by the field, largest first, ties by name, unset last', () => {
    const groups = groupResponses(
      [
        { score: 9, segment: 'SMB' },
        7,
        { score: 3, segment: 'Enterprise' },
        { score: 10, segment: 'SMB' },
        { score: 8, segment: 'Agency' },
        { score: 5, segment: '  ' },
      ],
      'segment',
    );
    expect(groups.map((g) => [g.name, g.responses.length])).toEqual([
      ['SMB', 2],
      ['Agency', 1],
      ['Enterprise', 1],
      [UNSET_GROUP, 2],
    ]);
  });

  it('reads the field as an own property only', () => {
    const inherited = Object.create({ channel: 'email' }) as SurveyResponse;
    inherited.score = 9;
    expect(groupResponses([inherited], 'channel')[0]!.name).toBe(UNSET_GROUP);
  });

  it('rejects a wrong field or a non-array, naming it', () => {
    expect(catchInputError(() => groupResponses([], 'plan' as 'segment')).issues[0]!.field).toBe(
      'by',
    );
    expect(
      catchInputError(() => groupResponses(null as unknown as SurveyResponseInput[], 'segment'))
        .issues[0]!.field,
    ).toBe('responses');
  });
});

describe('groupBy option', () => {
  const responses: SurveyResponseInput[] = [
    { score: 10, segment: 'SMB' },
    { score: 9, segment: 'SMB' },
    { score: 2, segment: 'SMB' },
    { score: 3, segment: 'Enterprise' },
    8,
  ];

  it('adds one nps() result per group', () => {
    const result = nps(responses, { groupBy: 'segment' });
    expect(result.score).toBeCloseTo(0, 12); // 2 promoters, 2 detractors of 5
    expect(result.otherGroups).toBe(0);
    expect(result.groups!.map((g) => g.name)).toEqual(['SMB', 'Enterprise', UNSET_GROUP]);
    // SMB: 2 promoters, 1 detractor of 3 → 100 / 3.
    expect(result.groups![0]!.result.score).toBeCloseTo(100 / 3, 12);
    expect(result.groups![1]!.result.score).toBe(-100);
    expect(result.groups![2]!.result).toMatchObject({ score: 0, passives: 1, total: 1 });
  });

  it('leaves the result as before without a grouping', () => {
    const result = nps(responses);
    expect('groups' in result).toBe(false);
    expect('otherGroups' in result).toBe(false);
    expect('trend' in result).toBe(false);
  });

  it('groups csat and ces with the call’s options', () => {
    const rows = [
      { score: 5, channel: 'email' },
      { score: 3, channel: 'email' },
      { score: 1, channel: 'chat' },
    ];
    const c = csat(rows, { groupBy: 'channel' });
    expect(c.groups!.map((g) => [g.name, g.result.score])).toEqual([
      ['email', 0.5],
      ['chat', 0],
    ]);
    const e = ces(rows, { scale: 5, higherIsEasier: false, groupBy: 'channel' });
    // Flipped: email 1 and 3 → mean 2; chat 5.
    expect(e.groups!.map((g) => [g.name, g.result.mean, g.result.higherIsEasier])).toEqual([
      ['email', 2, false],
      ['chat', 5, false],
    ]);
  });

  it('folds the groups past maxGroups into one Other group that says how many', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      score: i % 11,
      segment: `s${String(i).padStart(2, '0')}`,
    }));
    const result = nps(many, { groupBy: 'segment', maxGroups: 5 });
    expect(result.groups).toHaveLength(5);
    expect(result.groups!.slice(0, 4).map((g) => g.name)).toEqual(['s00', 's01', 's02', 's03']);
    const other = result.groups![4]!;
    expect(other).toMatchObject({ name: OTHER_GROUP, isOther: true });
    expect(other.result.total).toBe(36);
    expect(result.otherGroups).toBe(36);
    expect(other.result.score).toBe(nps(many.slice(4)).score);
  });

  it('keeps 12 groups by default', () => {
    const many = Array.from({ length: 13 }, (_, i) => ({ score: 9, segment: `s${i}` }));
    expect(nps(many, { groupBy: 'segment' }).groups).toHaveLength(12);
    expect(nps(many.slice(1), { groupBy: 'segment' }).otherGroups).toBe(0);
  });

  it('groups only the valid rows under onInvalid: skip', () => {
    const result = nps([{ score: 11, segment: 'A' }, { score: 9, segment: 'A' }, 3], {
      groupBy: 'segment',
      onInvalid: 'skip',
    });
    expect(result.issues).toHaveLength(1);
    expect(result.groups!.map((g) => [g.name, g.result.total])).toEqual([
      ['A', 1],
      [UNSET_GROUP, 1],
    ]);
  });

  it('rejects bad grouping options, naming each', () => {
    expect(catchInputError(() => nps([], { groupBy: 'plan' as 'segment' })).issues[0]!.field).toBe(
      'options.groupBy',
    );
    expect(catchInputError(() => csat([], { maxGroups: 0 })).issues[0]!.field).toBe(
      'options.maxGroups',
    );
    expect(catchInputError(() => ces([], { maxGroups: 2.5 })).issues[0]!.field).toBe(
      'options.maxGroups',
    );
    expect(
      catchInputError(() => nps([], { segments: 'SMB' as unknown as [] })).issues[0]!.field,
    ).toBe('options.segments');
    expect(
      catchInputError(() =>
        nps([], { segments: [{ name: 'A' } as unknown as { name: string; responses: [] }] }),
      ).issues[0]!.message,
    ).toMatch(/exactly one of responses/);
    expect(
      catchInputError(() => nps([], { groupBy: 'segment', segments: [] })).issues[0]!.field,
    ).toBe('options.groupBy');
  });
});

describe('segments option', () => {
  it('computes raw entries, passes results through, in the order given', () => {
    const given = nps([0, 0, 10]);
    const result = nps([10], {
      segments: [
        { name: 'Small', responses: [10, 9, 8, 2] },
        { name: 'Big', result: given },
      ],
    });
    expect(result.groups!.map((g) => g.name)).toEqual(['Small', 'Big']);
    expect(result.groups![0]!.result.score).toBe(25);
    expect(result.groups![1]!.result).toBe(given);
  });

  it('names a bad row inside an entry', () => {
    const error = catchInputError(() =>
      csat([], {
        segments: [
          { name: 'ok', responses: [5] },
          { name: 'bad', responses: [9] },
        ],
      }),
    );
    expect(error.issues[0]).toMatchObject({ index: 0, field: 'options.segments[1].score' });
  });

  it('pools entries past maxGroups from their distributions', () => {
    const segments = Array.from({ length: 6 }, (_, i) => ({
      name: `g${i}`,
      result: ces([1 + (i % 7), 7], { higherIsEasier: false }),
    }));
    const result = ces([], { higherIsEasier: false, segments, maxGroups: 3 });
    const other = result.groups![2]!;
    expect(other).toMatchObject({ name: OTHER_GROUP, isOther: true });
    expect(result.otherGroups).toBe(4);
    // Pooled raw answers of g2..g5, flipped like the originals.
    const pooled = ces([3, 7, 4, 7, 5, 7, 6, 7], { higherIsEasier: false });
    expect(other.result.mean).toBe(pooled.mean);
    expect(other.result.distribution).toEqual(pooled.distribution);
    expect(other.result.higherIsEasier).toBe(false);
  });
});

const segmentNames = fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', undefined);
const groupedResponses = fc.array(
  fc.record({ score: fc.integer({ min: 0, max: 10 }), segment: segmentNames }),
  { maxLength: 200 },
);

describe('grouping properties', () => {
  it('group counts sum to the total, with or without folding', () => {
    fc.assert(
      fc.property(groupedResponses, fc.integer({ min: 1, max: 8 }), (responses, maxGroups) => {
        const result = nps(responses, { groupBy: 'segment', maxGroups });
        const groups = result.groups!;
        expect(groups.length).toBeLessThanOrEqual(maxGroups);
        expect(groups.reduce((sum, g) => sum + g.result.total, 0)).toBe(result.total);
        expect(groups.reduce((sum, g) => sum + g.result.promoters, 0)).toBe(result.promoters);
        const distinct = groupResponses(responses, 'segment').length;
        expect(groups.length - (result.otherGroups! > 0 ? 1 : 0) + result.otherGroups!).toBe(
          distinct,
        );
      }),
    );
  });

  it("each group's share is its responses over the call's, and the shares sum to 1", () => {
    fc.assert(
      fc.property(groupedResponses, fc.integer({ min: 1, max: 8 }), (responses, maxGroups) => {
        const result = nps(responses, { groupBy: 'segment', maxGroups });
        const groups = result.groups!;
        if (result.total === 0) {
          for (const group of groups) expect(group.share).toBeNull();
          return;
        }
        for (const group of groups) {
          expect(group.share).toBeCloseTo(group.result.total / result.total, 12);
          expect(group.share!).toBeGreaterThanOrEqual(0);
          expect(group.share!).toBeLessThanOrEqual(1);
        }
        expect(groups.reduce((sum, g) => sum + g.share!, 0)).toBeCloseTo(1, 12);
      }),
    );
  });

  it('each group equals the metric of that group’s responses', () => {
    fc.assert(
      fc.property(groupedResponses, (responses) => {
        const result = csat(
          responses.map((r) => ({ ...r, score: 1 + (r.score % 5) })),
          { groupBy: 'segment', maxGroups: 100 },
        );
        const expected = groupResponses(
          responses.map((r) => ({ ...r, score: 1 + (r.score % 5) })),
          'segment',
        );
        expect(result.groups!.map((g) => g.name)).toEqual(expected.map((g) => g.name));
        result.groups!.forEach((group, i) => {
          const direct = csat(expected[i]!.responses);
          expect(group.result.score).toBe(direct.score);
          expect(group.result.distribution).toEqual(direct.distribution);
        });
      }),
    );
  });
});
