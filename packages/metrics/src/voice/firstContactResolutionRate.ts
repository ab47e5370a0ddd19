import { OptionReader } from '../core/options';
import { readTickets } from './tickets';
import type { FirstContactResolution, Ticket, TicketOptions } from './types';

/**
 * First-contact resolution (FCR): `tickets resolved on first contact / tickets`, a fraction, with
 * both counts; a ticket without `firstContactResolved: true` counts as not resolved on first
 * contact. `rate` is `null` with no tickets. Benchmark: 0.65–0.85.
 *
 * @example
 * firstContactResolutionRate([
 *   { id: 't1', accountId: 'a', openedAt: '2025-03-01', firstContactResolved: true },
 *   { id: 't2', accountId: 'a', openedAt: '2025-03-02' },
 * ]).rate; // 0.5
 */
export function firstContactResolutionRate(
  tickets: readonly Ticket[],
  options: TicketOptions = {},
): FirstContactResolution {
  const reader = new OptionReader('firstContactResolutionRate', options);
  const policy = reader.policy();
  reader.done();
  const { tickets: valid, issues } = readTickets('firstContactResolutionRate', tickets, policy);
  const resolvedOnFirstContact = valid.filter(
    ({ ticket }) => ticket.firstContactResolved === true,
  ).length;
  const total = valid.length;
  return {
    rate: total === 0 ? null : resolvedOnFirstContact / total,
    resolvedOnFirstContact,
    total,
    reason: total === 0 ? 'no-tickets' : null,
    issues,
  };
}
