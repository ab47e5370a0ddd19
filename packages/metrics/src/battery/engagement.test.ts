import { describe, expect, it } from 'vitest';
import {
  activationRate,
  conversionRate,
  featureAdoption,
  onboardingCompletionRate,
  renewalRate,
  stickiness,
  stickinessFromActivity,
  timeToValue,
} from '../engagement';
import {
  BAD_AMOUNTS,
  BAD_IDS,
  BAD_OPTIONS,
  BAD_POLICIES,
  type BadInput,
  expectBadInput,
  inherited,
  shifty,
  throwingGetter,
  withHole,
  without,
} from './battery.test-helper';

// The bad-input battery of the engagement family (SPEC §2, §5; issue 13).

const rates: Record<string, [(input: never) => number | null, string, string, boolean]> = {
  stickiness: [stickiness, 'dau', 'mau', false],
  activationRate: [activationRate, 'activated', 'signedUp', true],
  onboardingCompletionRate: [onboardingCompletionRate, 'completed', 'started', true],
  conversionRate: [conversionRate, 'converted', 'freeUsers', true],
  renewalRate: [renewalRate, 'renewed', 'dueForRenewal', true],
  featureAdoption: [featureAdoption, 'featureUsers', 'activeUsers', true],
};

describe.each(Object.keys(rates))('%s', (name) => {
  const [rate, count, base, isIntegral] = rates[name]!;
  const good = { [count]: 3, [base]: 4 };
  const cases: BadInput[] = [];
  for (const field of [count, base]) {
    const bad = [...BAD_AMOUNTS, ...(isIntegral ? [['a fraction', 1.5] as [string, unknown]] : [])];
    for (const [label, value] of bad) {
      cases.push({
        label: `${field} ${label}`,
        call: () => rate({ ...good, [field]: value } as never),
        expected: [[null, field]],
      });
    }
    cases.push({
      label: `${field} missing`,
      call: () => rate(without(good, field) as never),
      expected: [[null, field]],
    });
    cases.push({
      label: `${field} inherited`,
      call: () => rate(inherited(good, field) as never),
      expected: [[null, field]],
    });
    cases.push({
      label: `${field} a getter that throws`,
      call: () => rate(throwingGetter(good, field) as never),
      expected: [[null, field]],
    });
  }
  cases.push({
    label: 'count above base',
    call: () => rate({ [count]: 5, [base]: 4 } as never),
    expected: [[null, count]],
  });
  for (const [label, input] of [
    ['null', null],
    ['a number', 3],
    ['an array', [3, 4]],
  ] as const) {
    cases.push({
      label: `input ${label}`,
      call: () => rate(input as never),
      expected: [[null, 'input']],
    });
  }
  it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => expectBadInput(c));

  it('reads each field once', () => {
    const { row, reads } = shifty(good, count, 3, 5);
    expect(rate(row as never)).toBe(0.75);
    for (const [field, n] of reads) expect([field, n]).toEqual([field, 1]);
  });

  it('stays finite on huge and tiny values', () => {
    expect(
      rate({ [count]: isIntegral ? 1e308 : 5e-324, [base]: 1e308 } as never),
    ).toBeLessThanOrEqual(1);
  });
});

const event = { userId: 'ana', date: '2025-02-03' };

describe('stickinessFromActivity', () => {
  const run = (events: readonly unknown[], options: object = { month: '2025-02' }) =>
    stickinessFromActivity(events as never, options as never);
  const cases: BadInput[] = [];
  const at = (label: string, bad: unknown, field: string) =>
    cases.push({ label, call: () => run([event, bad]), expected: [[1, field]] });
  for (const [label, value] of BAD_IDS)
    at(`userId ${label}`, { ...event, userId: value }, 'userId');
  at('userId inherited', inherited(event, 'userId'), 'userId');
  at('userId a getter that throws', throwingGetter(event, 'userId'), 'userId');
  at('date not a date', { ...event, date: '2025-02-30' }, 'date');
  at('date missing', without(event, 'date'), 'date');
  at('date inherited', inherited(event, 'date'), 'date');
  at('date 1e308', { ...event, date: 1e308 }, 'date');
  at('row null', null, 'row');
  cases.push({
    label: 'a hole',
    call: () => run(withHole([event, event], 1)),
    expected: [[1, 'row']],
  });
  cases.push({
    label: 'month missing',
    call: () => run([event], {}),
    expected: [[null, 'options.month']],
  });
  cases.push({
    label: 'month 13',
    call: () => run([event], { month: '2025-13' }),
    expected: [[null, 'options.month']],
  });
  for (const [label, options] of BAD_OPTIONS) {
    cases.push({
      label: `options ${label}`,
      call: () => run([event], options as never),
      expected: [[null, 'options']],
    });
  }
  for (const [label, onInvalid] of BAD_POLICIES) {
    cases.push({
      label: `onInvalid ${label}`,
      call: () => run([event], { month: '2025-02', onInvalid }),
      expected: [[null, 'options.onInvalid']],
    });
  }
  it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => expectBadInput(c));

  it('reads each field once', () => {
    const { row, reads } = shifty(event, 'userId', 'ana', 7);
    expect(run([row])).toEqual(run([event]));
    for (const [field, n] of reads) expect([field, n]).toEqual([field, 1]);
  });
});

const account = { accountId: 'a', startedAt: '2025-01-01', firstValueAt: '2025-01-11' };

describe('timeToValue', () => {
  const run = (rows: readonly unknown[], options?: object) =>
    timeToValue(rows as never, options as never);
  const cases: BadInput[] = [];
  const at = (label: string, bad: unknown, field: string) =>
    cases.push({
      label,
      call: () => run([{ ...account, accountId: 'z' }, bad]),
      expected: [[1, field]],
    });
  for (const [label, value] of BAD_IDS)
    at(`accountId ${label}`, { ...account, accountId: value }, 'accountId');
  at('accountId inherited', inherited(account, 'accountId'), 'accountId');
  at('accountId repeated', { ...account, accountId: 'z' }, 'accountId');
  at('startedAt a getter that throws', throwingGetter(account, 'startedAt'), 'startedAt');
  at('startedAt inherited', inherited(account, 'startedAt'), 'startedAt');
  at('startedAt not a date', { ...account, startedAt: '2025-02-30' }, 'startedAt');
  at('firstValueAt before startedAt', { ...account, firstValueAt: '2024-12-01' }, 'firstValueAt');
  at('firstValueAt a boolean', { ...account, firstValueAt: true }, 'firstValueAt');
  at('row a string', 'a', 'row');
  cases.push({
    label: 'a hole',
    call: () => run(withHole([{ ...account, accountId: 'z' }, account], 1)),
    expected: [[1, 'row']],
  });
  for (const [label, options] of BAD_OPTIONS.filter(([l]) => l !== 'an array')) {
    cases.push({
      label: `options ${label}`,
      call: () => run([account], options as never),
      expected: [[null, 'options']],
    });
  }
  it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => expectBadInput(c));

  it('reads each field once', () => {
    const { row, reads } = shifty(account, 'firstValueAt', '2025-01-11', '2024-01-01');
    expect(run([row])).toEqual(run([account]));
    for (const [field, n] of reads) expect([field, n]).toEqual([field, 1]);
  });
});
