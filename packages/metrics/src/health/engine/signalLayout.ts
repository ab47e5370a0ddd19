/**
 * The keys of the last signals object read for a block, in `for…in` order, and the measure each
 * one feeds. Accounts built the same way (parsed from one file, made by one function) list the same
 * keys in the same order, and a `for…in` loop that reads `signals[key]` reads each value straight
 * from where the object keeps it, instead of looking up each signal by name.
 */
export interface SignalLayout {
  keys: string[];
  /** Per key: the first measure that reads it, or -1. */
  measureOf: Int32Array;
  /** Measures whose signal is not among `keys` (missing, or not enumerable): read by name. */
  byName: number[];
  /** How many more times a new layout may be learnt before the block reads every signal by name. */
  relearns: number;
}

/** New layouts a block learns at most: past that, its accounts do not share one. */
const RELEARNS = 8;

/**
 * Learns the layout of `signals` for a block whose accounts had the layout `previous` (`undefined`
 * for the first), reading the measures' signals `names`; or gives up on layouts (`null`) when they
 * keep changing.
 */
export function learn(
  previous: SignalLayout | undefined,
  names: readonly string[],
  signals: Record<string, unknown>,
): SignalLayout | null {
  const relearns = previous === undefined ? RELEARNS : previous.relearns - 1;
  const keys: string[] = [];
  // Only called for a plain object whose prototype enumerates nothing: every key is its own.
  for (const key in signals) keys.push(key);
  // Many keys the scorecard does not read would make `for…in` slower than lookups by name.
  if (relearns < 0 || keys.length > 2 * names.length) return null;
  // `indexOf` finds the first measure that reads a signal.
  const measureOf = Int32Array.from(keys, (key) => names.indexOf(key));
  const byName: number[] = [];
  names.forEach((signal, j) => {
    if (names.indexOf(signal) === j && !keys.includes(signal)) byName.push(j);
  });
  return { keys, measureOf, byName, relearns };
}
