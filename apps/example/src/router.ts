import { useSyncExternalStore } from 'react';

/** The pages of the panel; the URL hash names the page (`#/accounts`). */
export const PAGES = [
  { id: 'overview', label: 'Overview' },
  { id: 'accounts', label: 'Accounts' },
  { id: 'voice', label: 'Voice of the customer' },
] as const;
export type PageId = (typeof PAGES)[number]['id'];

function current(): PageId {
  const id = typeof window === 'undefined' ? '' : window.location.hash.replace(/^#\//, '');
  return PAGES.some((page) => page.id === id) ? (id as PageId) : 'overview';
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The page named by the hash; a vendor's app would use its own router here. */
export function usePage(): PageId {
  return useSyncExternalStore(subscribe, current, () => 'overview');
}
