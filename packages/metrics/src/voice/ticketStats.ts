import { HOUR_MS, formatPeriod, utcMonth } from '../core/calendar';
import { OptionReader } from '../core/options';
import { meanOf, quantileSorted, sortedCopy } from '../core/stats';
import { type ParsedTicket, readTickets } from './tickets';
import type {
  SeverityStats,
  Ticket,
  TicketGroupStats,
  TicketOptions,
  TicketStats,
  TicketVolume,
} from './types';

function groupStats(tickets: readonly ParsedTicket[]): TicketGroupStats {
  const hours: number[] = [];
  for (const { openedAt, resolvedAt } of tickets) {
    if (resolvedAt !== null) hours.push((resolvedAt - openedAt) / HOUR_MS);
  }
  return {
    total: tickets.length,
    open: tickets.length - hours.length,
    resolved: hours.length,
    meanHoursToResolution: meanOf(hours),
    medianHoursToResolution: quantileSorted(sortedCopy(hours), 0.5),
    reason: tickets.length === 0 ? 'no-tickets' : hours.length === 0 ? 'no-resolved-tickets' : null,
  };
}

function volumeByPeriod(tickets: readonly ParsedTicket[]): TicketVolume[] {
  const counts = new Map<number, number>();
  for (const { openedAt } of tickets) {
    const month = utcMonth(openedAt);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const months = [...counts.keys()];
  const first = Math.min(...months);
  const last = Math.max(...months);
  const volume: TicketVolume[] = [];
  for (let month = first; month <= last; month++) {
    volume.push({ period: formatPeriod(month), opened: counts.get(month) ?? 0 });
  }
  return volume;
}

/**
 * Support ticket figures: tickets opened per month (`'YYYY-MM'`, UTC), the open count, and the mean
 * and median hours from `openedAt` to `resolvedAt` over resolved tickets only, overall and per
 * severity; hours are `null` (with a `reason`) when no ticket is resolved.
 *
 * @example
 * const stats = ticketStats([
 *   { id: 't1', accountId: 'a', openedAt: '2025-03-01T09:00Z', resolvedAt: '2025-03-01T13:00Z', severity: 'high' },
 *   { id: 't2', accountId: 'b', openedAt: '2025-03-02T09:00Z', resolvedAt: '2025-03-03T09:00Z', severity: 'low' },
 *   { id: 't3', accountId: 'b', openedAt: '2025-04-01T09:00Z', severity: 'low' },
 * ]);
 * stats.open; // 1
 * stats.meanHoursToResolution; // (4 + 24) / 2 = 14
 * stats.volumeByPeriod; // [{ period: '2025-03', opened: 2 }, { period: '2025-04', opened: 1 }]
 */
export function ticketStats(tickets: readonly Ticket[], options: TicketOptions = {}): TicketStats {
  const reader = new OptionReader('ticketStats', options);
  const policy = reader.policy();
  reader.done();
  const { tickets: valid, issues } = readTickets('ticketStats', tickets, policy);

  const bySeverityMap = new Map<string | null, ParsedTicket[]>();
  for (const parsed of valid) {
    const severity = parsed.ticket.severity ?? null;
    let group = bySeverityMap.get(severity);
    if (group === undefined) {
      group = [];
      bySeverityMap.set(severity, group);
    }
    group.push(parsed);
  }
  const bySeverity: SeverityStats[] = [...bySeverityMap].map(([severity, group]) => ({
    severity,
    ...groupStats(group),
  }));

  return {
    ...groupStats(valid),
    volumeByPeriod: volumeByPeriod(valid),
    bySeverity,
    issues,
  };
}
