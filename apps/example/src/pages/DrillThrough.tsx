import type { ChartSelection } from '@vitals/react';
import { useEffect, useRef } from 'react';
import { revenue } from '../data';

const names = new Map(revenue.accounts.map((account) => [account.id, account.name]));
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: revenue.currency });

/** The words of each waterfall step, for the list's heading. */
const STEPS: Record<string, string> = {
  starting: 'Starting MRR',
  expansion: 'Expansion',
  contraction: 'Contraction',
  churn: 'Churn',
  retained: 'Retained MRR',
  new: 'New',
  reactivation: 'Reactivation',
  ending: 'Ending MRR',
};

/**
 * The accounts behind a selected mark (drill-through, SPEC §9): each a link to the panel's own
 * account page through `getAccountHref`, with its part of the mark's amount.
 */
export function DrillThroughList({
  selection,
  getAccountHref,
  onClose,
}: {
  selection: ChartSelection;
  getAccountHref: (accountId: string) => string | undefined;
  onClose: () => void;
}) {
  const accounts = selection.accounts ?? [];
  const step = STEPS[selection.movement ?? ''] ?? selection.movement ?? 'Selection';
  const title = `${step}: ${accounts.length} ${accounts.length === 1 ? 'account' : 'accounts'}`;
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened by a click or by Enter on a mark: the reader continues from the list.
  useEffect(() => heading.current?.focus(), [selection]);
  return (
    <section className="app-drill" aria-label={title}>
      <h3 ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <ul>
        {accounts.map(({ accountId, value }) => {
          const href = getAccountHref(accountId);
          const name = names.get(accountId) ?? accountId;
          return (
            <li key={accountId}>
              {href ? <a href={href}>{name}</a> : name}
              {value !== undefined && <span> {money.format(value)}</span>}
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
