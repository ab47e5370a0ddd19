import { type ValidationIssue, showValue } from '../../core/errors';
import type { ScoreBlock } from './scoreBlock';
import { Kind, decodeValue } from './compiled';
import { isPlain, own, thrownIssue } from '../own';
import { learn } from './signalLayout';
import type { HealthAccount } from '../types';

/** A module-level copy, as in `scoreBlock.ts`: an imported binding can cost a getter call per use. */
const CUSTOM: number = Kind.Custom;
const plainObject = isPlain;

/**
 * Writes one signal value, encoded as in `ScoreBlock.values` (NaN for missing, ±Infinity for
 * true/false), into cell `at` of measure `j`. A value that is none of a finite number, a boolean or
 * missing is kept in `block.got[j]` for its issue (the cell gets NaN) and 1 is returned, else 0.
 *
 * Performance: the value goes straight from the signals object into the typed array. Collecting
 * the values in an array first, to check them afterwards, boxed every double signal into a new
 * heap number (a million per 100,000 accounts, and the collections they cost).
 */
function put(block: ScoreBlock, at: number, j: number, value: unknown): number {
  const { values } = block;
  if (typeof value === 'number' && value - value === 0) {
    values[at] = value;
  } else if (value == null) {
    values[at] = Number.NaN;
  } else if (typeof value === 'boolean') {
    values[at] = value ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  } else {
    values[at] = Number.NaN;
    block.got[j] = value;
    return 1;
  }
  return 0;
}

/**
 * Reads the value of every measure's signal into row `base` of the block's values (see `put`), own
 * properties only: through the block's layout when `signals` is a plain object (prototype
 * `Object.prototype`, which enumerates nothing) listing the same keys in the same order, else by
 * name (and the layout is learnt again). Each signal is read once; measures that share a signal
 * share its value. Returns how many values are bad (kept in `block.got`), or -1 when a getter or
 * Proxy trap threw (an issue naming the signal is pushed).
 */
function gather(
  block: ScoreBlock,
  signals: Record<string, unknown>,
  base: number,
  index: number,
  issues: ValidationIssue[],
): number {
  const { plan } = block;
  const { signals: names, sharesWith, shared, inherited } = plan;
  let bad = 0;
  let reading = '';
  try {
    const plain = block.plainSignals && plainObject(signals);
    const layout = plain ? block.layout : null;
    let read = false;
    if (layout !== null && layout !== undefined) {
      const { keys, measureOf, byName } = layout;
      let p = 0;
      for (const key in signals) {
        if (key !== keys[p]) {
          p = -1;
          break;
        }
        const j = measureOf[p++]!;
        reading = key;
        if (j >= 0) bad += put(block, base + j, j, signals[key]);
      }
      if (p === keys.length) {
        for (let k = 0; k < byName.length; k++) {
          const j = byName[k]!;
          reading = names[j]!;
          bad += put(block, base + j, j, own(signals, reading));
        }
        read = true;
      } else {
        // The layout did not match: start again by name (nothing read twice is kept).
        bad = 0;
        block.got.fill(undefined);
      }
    }
    if (!read) {
      if (plain && block.layout !== null) block.layout = learn(block.layout, plan.signals, signals);
      for (let j = 0; j < names.length; j++) {
        if (sharesWith[j]! >= 0) continue;
        reading = names[j]!;
        const value = plain && inherited[j] === 0 ? signals[reading] : own(signals, reading);
        bad += put(block, base + j, j, value);
      }
    }
  } catch (error) {
    issues.push(thrownIssue(index, reading === '' ? 'signals' : `signals.${reading}`, error));
    block.got.fill(undefined);
    return -1;
  }
  for (let k = 0; k < shared.length; k++) {
    const j = shared[k]!;
    const first = sharesWith[j]!;
    block.values[base + j] = block.values[base + first]!;
    if (block.got[first] !== undefined) {
      block.got[j] = block.got[first];
      bad++;
    }
  }
  return bad;
}
/**
 * Checks one account's signals for its scorecard and writes them, encoded, into row `pos` of the
 * block; a `custom` measure is scored here, because its function's result is checked per account.
 * Pushes an issue per bad signal (once per signal, in scorecard order); the caller keeps the row
 * only if none was pushed since `before`.
 */
export function readSignals(
  block: ScoreBlock,
  pos: number,
  account: HealthAccount,
  signals: Record<string, unknown>,
  index: number,
  issues: ValidationIssue[],
  before: number,
): void {
  const { plan, width, values, got } = block;
  const base = pos * width;
  const bad = gather(block, signals, base, index, issues);
  // The common row: every value good and no `custom` measure, so nothing more to do.
  if (bad < 0 || (bad === 0 && !plan.custom)) return;
  const { signals: names, kinds } = plan;
  for (let j = 0; j < names.length; j++) {
    const at = base + j;
    const value = got[j];
    if (value !== undefined) {
      got[j] = undefined;
      badSignal(names[j]!, value, index, issues, before);
    } else if (kinds[j] === CUSTOM) {
      const v = values[at]!;
      if (v !== v) block.stored![at] = Number.NaN;
      else if (issues.length === before) {
        customScore(block, j, at, decodeValue(v) as number | boolean, account, index, issues);
      }
    }
  }
}

/** Reports a signal that is neither a finite number, a boolean nor missing (once per signal). */
function badSignal(
  signal: string,
  value: unknown,
  index: number,
  issues: ValidationIssue[],
  before: number,
): void {
  const field = `signals.${signal}`;
  for (let k = before; k < issues.length; k++) if (issues[k]!.field === field) return;
  issues.push({
    index,
    field,
    message: `must be a finite number, a boolean, or null when missing; got ${showValue(value)}`,
    value,
  });
}

function customScore(
  block: ScoreBlock,
  j: number,
  at: number,
  value: number | boolean,
  account: HealthAccount,
  index: number,
  issues: ValidationIssue[],
): void {
  const measure = block.card.measures[j]!;
  const x = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  let score: unknown;
  try {
    score = measure.custom!(x, account);
  } catch (error) {
    const reason = error instanceof Error ? error.message : showValue(error);
    issues.push({
      index,
      field: `signals.${measure.signal}`,
      message: `made the custom normalizer of ${measure.path} throw (${reason})`,
      value,
    });
    return;
  }
  if (typeof score !== 'number' || Number.isNaN(score)) {
    issues.push({
      index,
      field: `signals.${measure.signal}`,
      message: `made the custom normalizer of ${measure.path} return ${showValue(score)} instead of a number`,
      value,
    });
  } else {
    block.stored![at] = score < 0 ? 0 : score > 100 ? 100 : score;
  }
}
