import { createContext, useContext } from 'react';

/**
 * Whether the row being rendered is the list's tab stop (roving focus): only that row's account
 * link is in the tab order, so Tab from a focused row reaches its link and the list stays one tab
 * stop however many rows are drawn.
 */
export const RowTabStopContext = createContext(false);

/**
 * An account's name as the host's link (`getAccountHref`). A row click ignores clicks on it, and
 * Enter on it follows the link rather than the row's action (the row's keys only act on the row).
 */
export function AccountLink({ href, name }: { href: string; name: string }) {
  const isTabStop = useContext(RowTabStopContext);
  return (
    <a
      className="vitals-tier-list-name vitals-tier-list-link"
      href={href}
      title={name}
      tabIndex={isTabStop ? 0 : -1}
    >
      {name}
    </a>
  );
}
