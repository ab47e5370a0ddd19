import { createContext, useContext } from 'react';

type TablePartRole = 'table' | 'rowgroup' | 'row' | 'columnheader' | 'rowheader' | 'cell';

/** Whether the list is drawn as stacked cards (TierListGrid's `data-layout="cards"`). */
export const CardsLayoutContext = createContext(false);

/**
 * The explicit ARIA role of each table part, in cards only. Cards restyle the table's elements
 * with CSS `display` (block, flex, grid), and WebKit then drops their table semantics; stating
 * the roles keeps the rows, headers and cells a screen reader announces. As a table the elements
 * carry these roles natively, so none is written.
 */
export function cardRolesFor(
  asCards: boolean,
): (role: TablePartRole) => { role: TablePartRole } | undefined {
  return (role) => (asCards ? { role } : undefined);
}

/** {@link cardRolesFor} for the layout of the list around the caller. */
export function useCardRoles() {
  return cardRolesFor(useContext(CardsLayoutContext));
}
