import { describe, expect, it } from 'vitest';
import { cohortRetention } from '../cohorts';
import { catchInputError } from '../core/errors.test-helper';
import { BAD_OPTIONS, BAD_POLICIES, expectBadInput, shifty } from './battery.test-helper';
import { goodSnapshots, snapshotCases } from './snapshots.test-helper';

// The bad-input battery of cohortRetention (SPEC §2, §3 Cohorts; issue 13).

describe('cohortRetention: bad rows', () => {
  it.each(snapshotCases((rows) => cohortRetention(rows)).map((c) => [c.label, c] as const))(
    '%s',
    (_label, c) => expectBadInput(c),
  );

  it('reads each field of a row once', () => {
    const { row, reads } = shifty(goodSnapshots()[1]!, 'mrr', 120, Number.NaN);
    expect(cohortRetention([goodSnapshots()[0]!, row])).toEqual(cohortRetention(goodSnapshots()));
    for (const [field, count] of reads) expect([field, count]).toEqual([field, 1]);
  });

  it('a tiny first month under a large later one overflows the revenue retention ratio', () => {
    const error = catchInputError(() =>
      cohortRetention([
        { accountId: 'a', period: '2025-01', mrr: 5e-324 },
        { accountId: 'a', period: '2025-02', mrr: 1e308 },
      ]),
    );
    expect(error.message).toMatch(/too large to sum safely/);
  });
});

describe('cohortRetention: bad options', () => {
  it.each(BAD_OPTIONS.filter(([label]) => label !== 'an array'))('options %s', (_l, options) => {
    expectBadInput({
      label: '',
      call: () => cohortRetention(goodSnapshots(), options as never),
      expected: [[null, 'options']],
    });
  });

  it.each<[string, object, string]>([
    ...BAD_POLICIES.map(([label, value]): [string, object, string] => [
      `onInvalid ${label}`,
      { onInvalid: value },
      'options.onInvalid',
    ]),
    ['grain unknown', { grain: 'week' }, 'options.grain'],
    ['grain null', { grain: null }, 'options.grain'],
    ['duplicateRows unknown', { duplicateRows: 'SUM' }, 'options.duplicateRows'],
    ['from not a month', { from: '2025-13' }, 'options.from'],
    ['from null', { from: null }, 'options.from'],
    ['to a number', { to: 202502 }, 'options.to'],
    ['to before from', { from: '2025-03', to: '2025-01' }, 'options.to'],
  ])('option %s', (_label, options, field) => {
    expectBadInput({
      label: '',
      call: () => cohortRetention(goodSnapshots(), options),
      expected: [[null, field]],
    });
  });
});
