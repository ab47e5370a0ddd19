import { describe, expect, it } from 'vitest';
import { catchInputError, where } from '../core/errors.test-helper';
import { stickiness } from './rates';
import { stickinessFromActivity } from './stickinessFromActivity';
import type { ActivityEvent } from './types';

const event = (userId: string, date: ActivityEvent['date']): ActivityEvent => ({ userId, date });

describe('stickinessFromActivity', () => {
  it('divides mean daily distinct users over every calendar day by monthly distinct users', () => {
    // February 2025 has 28 days. ana is active on 14 of them, bo on 7 → 21 user-days.
    const events = [
      ...Array.from({ length: 14 }, (_, i) =>
        event('ana', `2025-02-${String(i + 1).padStart(2, '0')}`),
      ),
      ...Array.from({ length: 7 }, (_, i) =>
        event('bo', `2025-02-${String(i + 10).padStart(2, '0')}T12:00:00Z`),
      ),
    ];
    const result = stickinessFromActivity(events, { month: '2025-02' });
    expect(result).toMatchObject({
      month: '2025-02',
      days: 28,
      monthlyUsers: 2,
      reason: null,
      issues: [],
    });
    expect(result.meanDailyUsers).toBeCloseTo(21 / 28, 12);
    expect(result.stickiness).toBeCloseTo(21 / 28 / 2, 12);
    expect(result.stickiness).toBe(
      stickiness({ dau: result.meanDailyUsers, mau: result.monthlyUsers }),
    );
  });

  it('reproduces SPEC §10 (DAU 100, MAU 200 → 0.5) from raw events', () => {
    // 200 users in April (30 days): users 0–99 are active on 20 days, users 100–199 on 10 days,
    // so the mean daily distinct users is (100 × 20 + 100 × 10) / 30 = 100 and MAU is 200.
    const events: ActivityEvent[] = [];
    for (let user = 0; user < 200; user++) {
      const activeDays = user < 100 ? 20 : 10;
      for (let day = 1; day <= activeDays; day++) {
        events.push(event(`u${user}`, `2025-04-${String(day).padStart(2, '0')}`));
      }
    }
    const result = stickinessFromActivity(events, { month: '2025-04' });
    expect(result.meanDailyUsers).toBe(100);
    expect(result.monthlyUsers).toBe(200);
    expect(result.stickiness).toBe(0.5);
  });

  it('counts a user once per day however many events they have', () => {
    const events = [
      event('ana', '2025-03-01T08:00:00Z'),
      event('ana', '2025-03-01T20:00:00Z'),
      event('ana', '2025-03-01'),
    ];
    const result = stickinessFromActivity(events, { month: '2025-03' });
    expect(result.dailyUsers[0]).toEqual({ date: '2025-03-01', users: 1 });
    expect(result.stickiness).toBeCloseTo(1 / 31, 12);
  });

  it('lists every day of the month, idle days as 0', () => {
    const result = stickinessFromActivity([event('ana', '2024-02-29')], { month: '2024-02' });
    expect(result.days).toBe(29);
    expect(result.dailyUsers).toHaveLength(29);
    expect(result.dailyUsers.at(-1)).toEqual({ date: '2024-02-29', users: 1 });
    expect(result.dailyUsers.filter((d) => d.users > 0)).toHaveLength(1);
  });

  it('ignores events outside the month and buckets date-times by UTC day', () => {
    const events = [
      event('ana', '2025-02-28T23:59:59Z'),
      event('bo', '2025-04-01T00:00:00Z'),
      event('cy', '2025-04-01T00:30:00+02:00'), // 2025-03-31T22:30Z
      event('cy', new Date(Date.UTC(2025, 2, 15))),
    ];
    const result = stickinessFromActivity(events, { month: '2025-03' });
    expect(result.monthlyUsers).toBe(1);
    expect(result.dailyUsers.filter((d) => d.users > 0).map((d) => d.date)).toEqual([
      '2025-03-15',
      '2025-03-31',
    ]);
  });

  it("is null with reason 'no-active-users' for a month without activity", () => {
    const result = stickinessFromActivity([event('ana', '2025-01-05')], { month: '2025-02' });
    expect(result).toMatchObject({
      stickiness: null,
      meanDailyUsers: 0,
      monthlyUsers: 0,
      reason: 'no-active-users',
    });
  });

  it('lists every bad event, or skips them on request', () => {
    const events = [
      event('ana', '2025-02-01'),
      event('', '2025-02-01'),
      event('bo', '2025-02-29'),
      event('cy', '01/02/2025'),
      null as unknown as ActivityEvent,
    ];
    expect(
      where(catchInputError(() => stickinessFromActivity(events, { month: '2025-02' }))),
    ).toEqual([
      [1, 'userId'],
      [2, 'date'],
      [3, 'date'],
      [4, 'row'],
    ]);
    const skipped = stickinessFromActivity(events, { month: '2025-02', onInvalid: 'skip' });
    expect(skipped.monthlyUsers).toBe(1);
    expect(skipped.issues).toHaveLength(4);
  });

  it.each([
    [{ month: '2025-13' }, 'options.month'],
    [{}, 'options.month'],
    [{ month: '2025-02', onInvalid: 'nope' }, 'options.onInvalid'],
  ])('rejects the options %j naming %s', (options, field) => {
    expect(where(catchInputError(() => stickinessFromActivity([], options as never)))).toEqual([
      [null, field],
    ]);
  });
});
