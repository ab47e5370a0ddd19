import type { RowIndex } from '../core/rowIndex';
import { addAt } from '../core/sum';
import type { AccountMovement, AccountMovementKind } from './types';

/** Movement totals and counts of one transition, before labels are attached. */
export interface TransitionResult {
  startingMrr: number;
  newMrr: number;
  expansionMrr: number;
  reactivationMrr: number;
  contractionMrr: number;
  churnedMrr: number;
  endingMrr: number;
  startingAccounts: number;
  endingAccounts: number;
  retainedAccounts: number;
  newAccounts: number;
  expansionAccounts: number;
  reactivatedAccounts: number;
  contractionAccounts: number;
  churnedAccounts: number;
  newAndChurnedAccounts: number;
  accounts: AccountMovement[];
}

// Slots of the per-transition money sums and counts.
const STARTING = 0;
const ENDING = 1;
const NEW = 2;
const REACTIVATION = 3;
const EXPANSION = 4;
const CONTRACTION = 5;
const CHURN = 6;
const SUMS = 7;
const RETAINED = 7;
const NEW_AND_CHURNED = 8;
const COUNTS = 9;

/**
 * Computes the SPEC §3 movements between consecutive `points` (ascending month indexes: transition
 * `t` compares the end of `points[t − 1]` with the end of `points[t]`) in one pass over the index.
 *
 * Each account's rows are visited once: rows of a point month are summed with compensation, in
 * input order; a row with MRR > 0 strictly between two points marks that transition's
 * "paid inside"; the account's first paid month decides new versus reactivation. Only the
 * transitions an account touches are classified, so the cost is O(rows + touched transitions)
 * whatever the length of the window. Accounts are added to every total in first-seen order, so a
 * transition's numbers are the same whichever other transitions are computed with it.
 */
export function computeTransitions(
  index: RowIndex,
  points: readonly number[],
  includeAccounts: boolean,
): TransitionResult[] {
  const transitions = points.length - 1;
  const first = points[0]!;
  const last = points[transitions]!;
  const span = last - first + 1;
  // Month (relative to `first`) → the point it is, or the transition it lies strictly inside.
  const pointOf = new Int32Array(span).fill(-1);
  const insideOf = new Int32Array(span).fill(-1);
  for (let j = 0; j <= transitions; j++) pointOf[points[j]! - first] = j;
  for (let t = 1; t <= transitions; t++) {
    for (let m = points[t - 1]! + 1; m < points[t]!; m++) insideOf[m - first] = t;
  }

  const sums = new Float64Array((transitions + 1) * SUMS);
  const compensations = new Float64Array((transitions + 1) * SUMS);
  const counts = new Float64Array((transitions + 1) * COUNTS);
  const lists: AccountMovement[][] = Array.from({ length: transitions + 1 }, () => []);

  // Per-account scratch, reset lazily with stamps (the account number that last wrote a slot).
  const pointSum = new Float64Array(transitions + 1);
  const pointCompensation = new Float64Array(transitions + 1);
  const pointStamp = new Int32Array(transitions + 1).fill(-1);
  const insideStamp = new Int32Array(transitions + 1).fill(-1);
  const candidateStamp = new Int32Array(transitions + 1).fill(-1);
  const candidates = new Int32Array(2 * (transitions + 1) + 8);

  const { start, months, amounts, firstPaid, accountIds, segments } = index;
  const accounts = accountIds.length;

  for (let a = 0; a < accounts; a++) {
    let candidateCount = 0;
    for (let r = start[a]!, end = start[a + 1]!; r < end; r++) {
      const offset = months[r]! - first;
      if (offset < 0 || offset >= span) continue;
      const amount = amounts[r]!;
      const j = pointOf[offset]!;
      if (j >= 0) {
        if (pointStamp[j] !== a) {
          pointStamp[j] = a;
          pointSum[j] = 0;
          pointCompensation[j] = 0;
          if (j > 0 && candidateStamp[j] !== a) {
            candidateStamp[j] = a;
            candidates[candidateCount++] = j;
          }
          if (j < transitions && candidateStamp[j + 1] !== a) {
            candidateStamp[j + 1] = a;
            candidates[candidateCount++] = j + 1;
          }
        }
        addAt(pointSum, pointCompensation, j, amount);
      } else if (amount > 0) {
        const t = insideOf[offset]!;
        insideStamp[t] = a;
        if (candidateStamp[t] !== a) {
          candidateStamp[t] = a;
          candidates[candidateCount++] = t;
        }
      }
    }

    for (let c = 0; c < candidateCount; c++) {
      const t = candidates[c]!;
      const s = pointStamp[t - 1] === a ? pointSum[t - 1]! + pointCompensation[t - 1]! : 0;
      const e = pointStamp[t] === a ? pointSum[t]! + pointCompensation[t]! : 0;
      let movement: AccountMovementKind;
      let slot = -1;
      let amount = 0;
      if (s > 0) {
        if (e === 0) {
          movement = 'churn';
          slot = CHURN;
          amount = s;
        } else if (e > s) {
          movement = 'expansion';
          slot = EXPANSION;
          amount = e - s;
        } else if (e < s) {
          movement = 'contraction';
          slot = CONTRACTION;
          amount = s - e;
        } else {
          movement = 'unchanged';
        }
      } else if (e > 0) {
        const isReactivation = firstPaid[a]! < points[t - 1]!;
        movement = isReactivation ? 'reactivation' : 'new';
        slot = isReactivation ? REACTIVATION : NEW;
        amount = e;
      } else if (insideStamp[t] === a) {
        movement = 'new-and-churned';
      } else {
        continue;
      }

      const base = t * SUMS;
      const countBase = t * COUNTS;
      if (s > 0) {
        counts[countBase + STARTING]!++;
        addAt(sums, compensations, base + STARTING, s);
      }
      if (e > 0) {
        counts[countBase + ENDING]!++;
        addAt(sums, compensations, base + ENDING, e);
      }
      if (s > 0 && e > 0) counts[countBase + RETAINED]!++;
      if (slot >= 0) {
        counts[countBase + slot]!++;
        addAt(sums, compensations, base + slot, amount);
      } else if (movement === 'new-and-churned') {
        counts[countBase + NEW_AND_CHURNED]!++;
      }
      if (includeAccounts) {
        const row: AccountMovement = {
          accountId: accountIds[a]!,
          startingMrr: s,
          endingMrr: e,
          movement,
          amount,
        };
        const segment = segments[a];
        if (segment !== undefined) row.segment = segment;
        lists[t]!.push(row);
      }
    }
  }

  const results: TransitionResult[] = [];
  for (let t = 1; t <= transitions; t++) {
    const total = (slot: number) => sums[t * SUMS + slot]! + compensations[t * SUMS + slot]!;
    const count = (slot: number) => counts[t * COUNTS + slot]!;
    results.push({
      startingMrr: total(STARTING),
      newMrr: total(NEW),
      expansionMrr: total(EXPANSION),
      reactivationMrr: total(REACTIVATION),
      contractionMrr: total(CONTRACTION),
      churnedMrr: total(CHURN),
      endingMrr: total(ENDING),
      startingAccounts: count(STARTING),
      endingAccounts: count(ENDING),
      retainedAccounts: count(RETAINED),
      newAccounts: count(NEW),
      expansionAccounts: count(EXPANSION),
      reactivatedAccounts: count(REACTIVATION),
      contractionAccounts: count(CONTRACTION),
      churnedAccounts: count(CHURN),
      newAndChurnedAccounts: count(NEW_AND_CHURNED),
      accounts: lists[t]!,
    });
  }
  return results;
}
