import { type ValidationIssue, showValue } from '../../core/errors';
import type { ScoreBlock } from './scoreBlock';
import { Kind } from './compiled';
import { isPlain, own, thrownIssue } from '../own';
import { learn } from './signalLayout';
import type { HealthAccount } from '../types';

/** A module-level copy, as in `scoreBlock.ts`: an imported binding can cost a getter call per use. */
const CUSTOM: number = Kind.Custom;
const plainObject = isPlain;

/**
 * Reads the value of every measure's signal into `got` (indexed by measure), own properties only:
 * through the block's layout when `signals` is a plain object (prototype `Object.prototype`, which
 * enumerates nothing) listing the same keys in the same order, else by name (and the layout is
 * learnt again). Each signal is read once; measures that share a signal share its value. A getter
 * or Proxy trap that throws is an issue naming the signal (and `false` is returned).
 */
function gather(
  block: ScoreBlock,
  signals: Record<string, unknown>,
  got: unknown[],
  index: number,
  issues: ValidationIssue[],
): boolean {
  const { plan } = block;
  const { signals: names, sharesWith, shared, inherited } = plan;
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
        if (j >= 0) got[j] = signals[key];
      }
      if (p === keys.length) {
        for (let k = 0; k < byName.length; k++) {
          reading = names[byName[k]!]!;
          got[byName[k]!] = own(signals, reading);
        }
        read = true;
      }
    }
    if (!read) {
      if (plain && block.layout !== null) block.layout = learn(block.layout, plan.signals, signals);
      for (let j = 0; j < names.length; j++) {
        if (sharesWith[j]! >= 0) continue;
        reading = names[j]!;
        got[j] = plain && inherited[j] === 0 ? signals[reading] : own(signals, reading);
      }
    }
  } catch (error) {
    issues.push(thrownIssue(index, reading === '' ? 'signals' : `signals.${reading}`, error));
    return false;
  }
  for (let k = 0; k < shared.length; k++) got[shared[k]!] = got[sharesWith[shared[k]!]!];
  return true;
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
  const { signals: names, kinds } = plan;
  if (!gather(block, signals, got, index, issues)) return;
  for (let j = 0; j < names.length; j++) {
    const value = got[j];
    // Encoded as in `ScoreBlock.values`: NaN for missing, ±Infinity for true/false.
    let code: number;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        badSignal(names[j]!, value, index, issues, before);
        continue;
      }
      code = value;
    } else if (value == null) {
      code = Number.NaN;
    } else if (typeof value === 'boolean') {
      code = value ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else {
      badSignal(names[j]!, value, index, issues, before);
      continue;
    }
    const at = pos * width + j;
    values[at] = code;
    if (kinds[j] === CUSTOM) {
      if (value == null) block.stored![at] = Number.NaN;
      else if (issues.length === before) customScore(block, j, at, value, account, index, issues);
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
