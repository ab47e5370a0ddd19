import { useSyncExternalStore } from 'react';

/** The pages of the panel; the URL hash names the page (`#/accounts`). */
export const PAGES = [
  { id: 'overview', label: 'Overview' },
  { id: 'accounts', label: 'Accounts' },
  { id: 'voice', label: 'Voice of the customer' },
] as const;
export type PageId = (typeof PAGES)[number]['id'];

const hash = () => (typeof window === 'undefined' ? '' : window.location.hash.replace(/^#\//, ''));

function current(): PageId {
  const id = hash().split('/')[0];
  return PAGES.some((page) => page.id === id) ? (id as PageId) : 'overview';
}

function currentAccount(): string | null {
  const [page, id] = hash().split('/');
  return page === 'accounts' && id ? decodeURIComponent(id) : null;
}

/**
 * The host's link to an account's page: what the panel hands Vitals as `getAccountHref`, so
 * account names in drill-through lists and tables open the panel's own page.
 */
export function accountHref(accountId: string): string {
  return `#/accounts/${encodeURIComponent(accountId)}`;
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The page named by the hash; a vendor's app would use its own router here. */
export function usePage(): PageId {
  return useSyncExternalStore(subscribe, current, () => 'overview');
}

/** The account named by the hash (`#/accounts/<id>`), or `null` on a page. */
export function useAccountId(): string | null {
  return useSyncExternalStore(subscribe, currentAccount, () => null);
}
