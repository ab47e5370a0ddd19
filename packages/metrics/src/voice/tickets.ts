import {
  type InvalidRowPolicy,
  type ValidationIssue,
  assertNoIssues,
  mustBe,
} from '../core/errors';
import { DATE_RULE, parseInstant } from '../core/calendar';
import { assertArray, isId } from '../core/options';
import { forEachRow } from '../core/read';
import type { Ticket } from './types';

/** A validated ticket with its instants parsed (epoch milliseconds). */
export interface ParsedTicket {
  ticket: Ticket;
  openedAt: number;
  resolvedAt: number | null;
}

/** The fields of a ticket, in the order its issues are listed. */
const FIELDS = [
  'id',
  'accountId',
  'openedAt',
  'resolvedAt',
  'severity',
  'firstContactResolved',
] as const;

/** The issues of one ticket, from its fields read once (in {@link FIELDS} order). */
function fieldIssues(values: readonly unknown[], index: number): ValidationIssue[] {
  const [id, accountId, openedAt, resolvedAt, severity, firstContactResolved] = values;
  const issues: ValidationIssue[] = [];
  if (!isId(id)) {
    issues.push(mustBe(index, 'id', 'a non-empty string', id));
  }
  if (!isId(accountId)) {
    issues.push(mustBe(index, 'accountId', 'a non-empty string', accountId));
  }
  const opened = parseInstant(openedAt);
  if (opened === null) {
    issues.push(mustBe(index, 'openedAt', DATE_RULE, openedAt));
  }
  if (resolvedAt != null) {
    const resolved = parseInstant(resolvedAt);
    if (resolved === null) {
      issues.push(
        mustBe(index, 'resolvedAt', `${DATE_RULE}, or absent while the ticket is open`, resolvedAt),
      );
    } else if (opened !== null && resolved < opened) {
      issues.push({
        index,
        field: 'resolvedAt',
        message: 'must not be before openedAt',
        value: resolvedAt,
      });
    }
  }
  if (severity !== undefined && typeof severity !== 'string') {
    issues.push(mustBe(index, 'severity', 'a string when given', severity));
  }
  if (firstContactResolved !== undefined && typeof firstContactResolved !== 'boolean') {
    issues.push(
      mustBe(index, 'firstContactResolved', 'true or false when given', firstContactResolved),
    );
  }
  return issues;
}

/**
 * Validates tickets: ids and account ids present, dates real, `resolvedAt` not before `openedAt`,
 * ticket ids unique. Bad rows throw (all listed) or, under `'skip'`, are left out and returned.
 * Each field is read once, own properties only (SPEC §2); the parsed `ticket` is a copy of what
 * was read, so later steps never read the caller's object again.
 */
export function readTickets(
  functionName: string,
  tickets: readonly Ticket[],
  policy: InvalidRowPolicy,
): { tickets: ParsedTicket[]; issues: ValidationIssue[] } {
  assertArray(functionName, 'tickets', tickets, 'tickets { id, accountId, openedAt, … }');
  const parsed: ParsedTicket[] = [];
  const issues: ValidationIssue[] = [];
  const firstRowOf = new Map<string, number>();
  forEachRow(tickets, FIELDS, '{ id, accountId, openedAt, … }', issues, (values, index) => {
    const found = fieldIssues(values, index);
    const [id, accountId, openedAt, resolvedAt, severity, firstContactResolved] = values as [
      string,
      string,
      Ticket['openedAt'],
      Ticket['resolvedAt'],
      Ticket['severity'],
      Ticket['firstContactResolved'],
    ];
    if (found.length === 0) {
      const earlier = firstRowOf.get(id);
      if (earlier !== undefined) {
        found.push({ index, field: 'id', message: `repeats the id of row ${earlier}`, value: id });
      }
    }
    if (found.length > 0) {
      issues.push(...found);
      return;
    }
    firstRowOf.set(id, index);
    const ticket: Ticket = { id, accountId, openedAt };
    if (resolvedAt !== undefined) ticket.resolvedAt = resolvedAt;
    if (severity !== undefined) ticket.severity = severity;
    if (firstContactResolved !== undefined) ticket.firstContactResolved = firstContactResolved;
    parsed.push({
      ticket,
      openedAt: parseInstant(openedAt)!,
      resolvedAt: resolvedAt == null ? null : parseInstant(resolvedAt),
    });
  });
  if (policy === 'throw') assertNoIssues(functionName, issues);
  return { tickets: parsed, issues };
}
