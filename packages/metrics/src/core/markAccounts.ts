/**
 * One account behind a chart mark (SPEC §9, drill-through): its id and, where the mark is an
 * amount, the account's part of it.
 */
export interface MarkAccount {
  /** The account, as the rows name it. */
  accountId: string;
  /** The account's part of the mark's amount (MRR), when the mark is an amount. */
  value?: number | undefined;
}

/** Sorts accounts by `value`, largest first, keeping input order among equals (a stable sort). */
export function byValueDescending<T extends MarkAccount>(accounts: T[]): T[] {
  return accounts.sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
}
