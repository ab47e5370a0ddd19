import { describe, expect, it } from 'vitest';
import { firstContactResolutionRate } from './firstContactResolutionRate';
import { catchInputError, where } from '../core/errors.test-helper';
import { ticketStats } from './ticketStats';
import type { Ticket } from './types';

let next = 0;
const ticket = (extra: Partial<Ticket> = {}): Ticket => ({
  id: `t${next++}`,
  accountId: 'acme',
  openedAt: '2025-03-01T09:00:00Z',
  ...extra,
});

describe('firstContactResolutionRate', () => {
  it('SPEC §10: 100 inquiries, 65 resolved on first contact → 0.65', () => {
    const tickets = Array.from({ length: 100 }, (_, i) => ticket({ firstContactResolved: i < 65 }));
    const result = firstContactResolutionRate(tickets);
    expect(result.rate).toBeCloseTo(0.65, 12);
    expect(result).toMatchObject({
      resolvedOnFirstContact: 65,
      total: 100,
      reason: null,
      issues: [],
    });
  });

  it('counts a ticket without the flag as not resolved on first contact', () => {
    const result = firstContactResolutionRate([
      ticket({ firstContactResolved: true }),
      ticket(),
      ticket(),
    ]);
    expect(result.rate).toBeCloseTo(1 / 3, 12);
  });

  it("is null with reason 'no-tickets' when there are none", () => {
    expect(firstContactResolutionRate([])).toMatchObject({
      rate: null,
      total: 0,
      reason: 'no-tickets',
    });
  });

  it('rejects a flag that is not a boolean', () => {
    const error = catchInputError(() =>
      firstContactResolutionRate([ticket({ firstContactResolved: 'yes' as never })]),
    );
    expect(where(error)).toEqual([[0, 'firstContactResolved']]);
  });
});

describe('ticketStats', () => {
  const tickets: Ticket[] = [
    ticket({
      openedAt: '2025-01-10T08:00:00Z',
      resolvedAt: '2025-01-10T10:00:00Z',
      severity: 'high',
    }), // 2 h
    ticket({
      openedAt: '2025-01-20T08:00:00Z',
      resolvedAt: '2025-01-21T08:00:00Z',
      severity: 'low',
    }), // 24 h
    ticket({ openedAt: '2025-03-05', resolvedAt: '2025-03-05T06:00:00Z', severity: 'high' }), // 6 h
    ticket({ openedAt: '2025-03-31T23:00:00-02:00', severity: 'low' }), // open; 2025-04-01 01:00 UTC
    ticket({ openedAt: '2025-04-02T12:00:00Z', resolvedAt: null }), // open, no severity
  ];

  it('counts open and resolved tickets', () => {
    expect(ticketStats(tickets)).toMatchObject({ total: 5, open: 2, resolved: 3, reason: null });
  });

  it('averages hours to resolution over resolved tickets only: mean (2 + 24 + 6) / 3, median 6', () => {
    const result = ticketStats(tickets);
    expect(result.meanHoursToResolution).toBeCloseTo(32 / 3, 12);
    expect(result.medianHoursToResolution).toBe(6);
  });

  it('takes the median of an even count as the mean of the two middle values', () => {
    const result = ticketStats(tickets.slice(0, 2));
    expect(result.medianHoursToResolution).toBe(13);
  });

  it('counts volume per UTC month, filling months without tickets with 0', () => {
    expect(ticketStats(tickets).volumeByPeriod).toEqual([
      { period: '2025-01', opened: 2 },
      { period: '2025-02', opened: 0 },
      { period: '2025-03', opened: 1 },
      { period: '2025-04', opened: 2 },
    ]);
  });

  it('breaks the figures down by severity in first-seen order, tickets without one under null', () => {
    const { bySeverity } = ticketStats(tickets);
    expect(bySeverity.map((s) => s.severity)).toEqual(['high', 'low', null]);
    expect(bySeverity[0]).toMatchObject({
      total: 2,
      open: 0,
      resolved: 2,
      meanHoursToResolution: 4,
      medianHoursToResolution: 4,
    });
    expect(bySeverity[1]).toMatchObject({
      total: 2,
      open: 1,
      resolved: 1,
      meanHoursToResolution: 24,
    });
    expect(bySeverity[2]).toMatchObject({
      total: 1,
      open: 1,
      meanHoursToResolution: null,
      medianHoursToResolution: null,
      reason: 'no-resolved-tickets',
    });
  });

  it.each([
    { name: 'no tickets', rows: [], reason: 'no-tickets' },
    { name: 'only open tickets', rows: [ticket(), ticket()], reason: 'no-resolved-tickets' },
  ])('gives null hours with a reason for $name', ({ rows, reason }) => {
    const result = ticketStats(rows);
    expect(result).toMatchObject({
      meanHoursToResolution: null,
      medianHoursToResolution: null,
      reason,
    });
  });

  it('returns empty volume and breakdown for no tickets', () => {
    expect(ticketStats([])).toMatchObject({
      volumeByPeriod: [],
      bySeverity: [],
      total: 0,
      open: 0,
    });
  });

  it('counts a ticket resolved the instant it opened as 0 hours', () => {
    const at = '2025-05-01T10:00:00Z';
    expect(ticketStats([ticket({ openedAt: at, resolvedAt: at })]).meanHoursToResolution).toBe(0);
  });
});

describe('ticket validation (SPEC §2)', () => {
  it('lists every bad row with its index and field', () => {
    const rows = [
      ticket(),
      ticket({ id: '' }),
      ticket({ accountId: undefined as never }),
      ticket({ openedAt: '2025-02-30' }),
      ticket({ openedAt: '2025-03-02T10:00:00Z', resolvedAt: '2025-03-01T10:00:00Z' }),
      ticket({ resolvedAt: 'yesterday' }),
      ticket({ severity: 3 as never }),
      { ...ticket(), id: 't0-dup' },
      { ...ticket(), id: 't0-dup' },
      null as unknown as Ticket,
      ticket({ openedAt: new Date('nope') }),
    ];
    const error = catchInputError(() => ticketStats(rows));
    expect(where(error)).toEqual([
      [1, 'id'],
      [2, 'accountId'],
      [3, 'openedAt'],
      [4, 'resolvedAt'],
      [5, 'resolvedAt'],
      [6, 'severity'],
      [8, 'id'],
      [9, 'row'],
      [10, 'openedAt'],
    ]);
    expect(error.issues[3]?.message).toBe('must not be before openedAt');
    expect(error.issues[6]?.message).toBe('repeats the id of row 7');
  });

  it("with onInvalid: 'skip' computes from the good rows and returns the bad ones", () => {
    const rows = [
      ticket({ openedAt: '2025-03-01T00:00:00Z', resolvedAt: '2025-03-01T05:00:00Z' }),
      ticket({ openedAt: '2025-03-01T00:00:00Z', resolvedAt: '2025-02-01T00:00:00Z' }),
    ];
    const result = ticketStats(rows, { onInvalid: 'skip' });
    expect(result).toMatchObject({ total: 1, meanHoursToResolution: 5 });
    expect(where(result)).toEqual([[1, 'resolvedAt']]);
    const fcr = firstContactResolutionRate(rows, { onInvalid: 'skip' });
    expect(fcr.total).toBe(1);
    expect(where(fcr)).toEqual([[1, 'resolvedAt']]);
  });

  it('rejects tickets that are not an array and bad options', () => {
    expect(where(catchInputError(() => ticketStats('x' as never)))).toEqual([[null, 'tickets']]);
    expect(
      where(catchInputError(() => firstContactResolutionRate([], { onInvalid: 'drop' as never }))),
    ).toEqual([[null, 'options.onInvalid']]);
  });
});
