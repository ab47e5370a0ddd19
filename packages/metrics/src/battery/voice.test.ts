import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../core/errors';
import {
  ces,
  csat,
  defaultAgreeMin,
  firstContactResolutionRate,
  flipScore,
  nps,
  ticketStats,
} from '../voice';
import type { Ticket } from '../voice/types';
import {
  BAD_IDS,
  BAD_OPTIONS,
  BAD_POLICIES,
  type BadInput,
  expectBadInput,
  inherited,
  shifty,
  throwingGetter,
  withHole,
} from './battery.test-helper';

// The bad-input battery of the voice family (SPEC §2, §4; issue 13).

type Survey = (
  rows: readonly unknown[],
  options?: object,
) => { issues: readonly ValidationIssue[] };
const surveys: Record<string, [Survey, number]> = {
  nps: [nps as Survey, 9],
  csat: [csat as Survey, 4],
  ces: [ces as Survey, 5],
};

describe.each(Object.keys(surveys))('%s', (name) => {
  const [survey, good] = surveys[name]!;
  const cases: BadInput[] = [];
  const at = (label: string, bad: unknown, field: string) =>
    cases.push({ label, call: () => survey([good, bad]), expected: [[1, field]] });
  for (const [label, score] of [
    ['NaN', Number.NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['1e308', 1e308],
    ['a fraction', 4.5],
    ['off the scale', 11],
    ['negative', -1],
    ['a numeric string', '9'],
    ['a boolean', true],
    ['null', null],
    ['a bigint', 9n],
  ] as const) {
    at(
      `score ${label} (bare)`,
      score,
      score === null ||
        typeof score === 'boolean' ||
        typeof score === 'string' ||
        typeof score === 'bigint'
        ? 'row'
        : 'score',
    );
    at(`score ${label} (in an object)`, { score }, 'score');
  }
  at('score missing', { accountId: 'a' }, 'score');
  at('score inherited from the prototype', inherited({ score: good }, 'score'), 'score');
  at('score a getter that throws', throwingGetter({ score: good }, 'score'), 'score');
  for (const [label, id] of BAD_IDS.filter(([l]) => l !== 'null')) {
    at(`accountId ${label}`, { score: good, accountId: id }, 'accountId');
  }
  at('date not a date', { score: good, date: '2025-02-30' }, 'date');
  at('date an invalid Date', { score: good, date: new Date(Number.NaN) }, 'date');
  at('segment a number', { score: good, segment: 1 }, 'segment');
  at('channel null', { score: good, channel: null }, 'channel');
  cases.push({
    label: 'a hole in a sparse array',
    call: () => survey(withHole([good, good], 1)),
    expected: [[1, 'row']],
  });
  it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => expectBadInput(c));

  it('takes -0 as a valid 0 where 0 is on the scale, and rejects it where it is not', () => {
    if (name === 'nps') expect(nps([-0, 9])).toEqual(nps([0, 9]));
    else expectBadInput({ label: '', call: () => survey([good, -0]), expected: [[1, 'score']] });
  });

  it('reads the score once: a Proxy answering a valid score then an invalid one', () => {
    const { row, reads } = shifty({ score: good }, 'score', good, 11);
    expect(survey([good, row])).toEqual(survey([good, good]));
    for (const [field, count] of reads) expect([field, count]).toEqual([field, 1]);
  });

  it('reads the score once: a Proxy answering an invalid score then a valid one', () => {
    const { row } = shifty({ score: good }, 'score', 11, good);
    expectBadInput({ label: '', call: () => survey([good, row]), expected: [[1, 'score']] });
  });

  it('a throwing getter on an array index is a MetricsInputError naming the row', () => {
    const rows = [good, good];
    Object.defineProperty(rows, 1, {
      get() {
        throw new Error('index getter exploded');
      },
    });
    expectBadInput({ label: '', call: () => survey(rows), expected: [[1, 'row']] });
  });

  it.each(BAD_OPTIONS.filter(([l]) => l !== 'an array'))('options %s', (_l, options) => {
    expectBadInput({
      label: '',
      call: () => survey([good], options as never),
      expected: [[null, 'options']],
    });
  });

  it.each(BAD_POLICIES)('onInvalid %s', (_l, onInvalid) => {
    expectBadInput({
      label: '',
      call: () => survey([good], { onInvalid }),
      expected: [[null, 'options.onInvalid']],
    });
  });

  it.each([null, undefined, 'rows', 9, { 0: good }])('responses %s', (responses) => {
    expectBadInput({
      label: '',
      call: () => survey(responses as never),
      expected: [[null, 'responses']],
    });
  });
});

describe('voice options', () => {
  it.each<[string, () => unknown, string]>([
    [
      'nps lowSampleThreshold -1',
      () => nps([9], { lowSampleThreshold: -1 }),
      'options.lowSampleThreshold',
    ],
    [
      'nps lowSampleThreshold NaN',
      () => nps([9], { lowSampleThreshold: Number.NaN }),
      'options.lowSampleThreshold',
    ],
    [
      'nps lowSampleThreshold null',
      () => nps([9], { lowSampleThreshold: null } as never),
      'options.lowSampleThreshold',
    ],
    ['csat scale 1', () => csat([1], { scale: 1 }), 'options.scale'],
    ['csat scale "5"', () => csat([1], { scale: '5' } as never), 'options.scale'],
    ['csat scale 1e308', () => csat([1], { scale: 1e308 }), 'options.scale'],
    [
      'csat satisfiedMin above the scale',
      () => csat([1], { satisfiedMin: 6 }),
      'options.satisfiedMin',
    ],
    ['ces agreeMin 0', () => ces([1], { agreeMin: 0 }), 'options.agreeMin'],
    [
      'ces higherIsEasier "false"',
      () => ces([1], { higherIsEasier: 'false' } as never),
      'options.higherIsEasier',
    ],
    [
      'ces higherIsEasier null',
      () => ces([1], { higherIsEasier: null } as never),
      'options.higherIsEasier',
    ],
  ])('%s', (_label, call, field) => expectBadInput({ label: '', call, expected: [[null, field]] }));
});

describe('voice helpers', () => {
  it.each([
    ['7', '7'],
    ['NaN', Number.NaN],
    ['1', 1],
    ['101', 101],
    ['true', true],
    ['7.5', 7.5],
    ['1e308', 1e308],
  ])('defaultAgreeMin(%s)', (_label, scale) => {
    expectBadInput({
      label: '',
      call: () => defaultAgreeMin(scale as never),
      expected: [[null, 'scale']],
    });
  });

  it.each<[string, unknown, unknown, string]>([
    ['score off the scale', 9, 7, 'score'],
    ['score a string', '2', 7, 'score'],
    ['score NaN', Number.NaN, 7, 'score'],
    ['scale a string', 2, '7', 'scale'],
    ['scale Infinity', 2, Infinity, 'scale'],
  ])('flipScore: %s', (_label, score, scale, field) => {
    expectBadInput({
      label: '',
      call: () => flipScore(score as never, scale as never),
      expected: [[null, field]],
    });
  });
});

const ticket = (): Ticket => ({
  id: 't2',
  accountId: 'a',
  openedAt: '2025-03-01',
  resolvedAt: '2025-03-02',
});
const first: Ticket = { id: 't1', accountId: 'a', openedAt: '2025-03-01' };

describe.each([
  ['firstContactResolutionRate', firstContactResolutionRate],
  ['ticketStats', ticketStats],
] as const)('%s', (_name, fn) => {
  const cases: BadInput[] = [];
  const at = (label: string, bad: unknown, field: string) =>
    cases.push({ label, call: () => fn([first, bad as Ticket]), expected: [[1, field]] });
  for (const field of ['id', 'accountId'] as const) {
    for (const [label, value] of BAD_IDS)
      at(`${field} ${label}`, { ...ticket(), [field]: value }, field);
    at(`${field} inherited`, inherited(ticket(), field), field);
    at(`${field} a getter that throws`, throwingGetter(ticket(), field), field);
  }
  at('id repeated', { ...ticket(), id: 't1' }, 'id');
  at('openedAt not a date', { ...ticket(), openedAt: '2025-13-01' }, 'openedAt');
  at('openedAt inherited', inherited(ticket(), 'openedAt'), 'openedAt');
  at('openedAt a number', { ...ticket(), openedAt: 1e308 }, 'openedAt');
  at('resolvedAt before openedAt', { ...ticket(), resolvedAt: '2025-02-01' }, 'resolvedAt');
  at('resolvedAt an invalid Date', { ...ticket(), resolvedAt: new Date(Number.NaN) }, 'resolvedAt');
  at('severity a number', { ...ticket(), severity: 3 }, 'severity');
  at(
    'firstContactResolved "true"',
    { ...ticket(), firstContactResolved: 'true' },
    'firstContactResolved',
  );
  at('row null', null, 'row');
  cases.push({
    label: 'a hole',
    call: () => fn(withHole([first, ticket()], 1)),
    expected: [[1, 'row']],
  });
  it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => expectBadInput(c));

  it('reads each field once', () => {
    const target = { ...ticket(), firstContactResolved: false };
    const { row, reads } = shifty(target, 'firstContactResolved', true, 'no');
    expect(fn([first, row])).toEqual(fn([first, { ...ticket(), firstContactResolved: true }]));
    for (const [field, count] of reads) expect([field, count]).toEqual([field, 1]);
  });
});
