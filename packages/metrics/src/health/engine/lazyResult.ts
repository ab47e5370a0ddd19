import { type ScoreBlock, combineRow } from './scoreBlock';
import type { Combined } from './combine';
import type { CategoryScore, Contribution, HealthResult } from '../types';

type LazyKey = 'categories' | 'contributions';

/**
 * Returns `target` from its constructor, so that a subclass's private fields are added to
 * `target` itself (ES2022 class semantics). Private fields are not properties: `Object.keys`,
 * `Object.getOwnPropertyNames`/`Symbols`, `JSON.stringify`, spread, `structuredClone` and React's
 * Server Components serialiser cannot see them, so the result stays a plain object.
 */
class ReturnsTarget {
  constructor(target: object) {
    return target;
  }
}

/** Links a result object to the block and row its numbers live in, invisibly. */
class RowLink extends ReturnsTarget {
  readonly #block: ScoreBlock;
  readonly #row: number;

  private constructor(target: object, block: ScoreBlock, row: number) {
    super(target);
    this.#block = block;
    this.#row = row;
  }

  static stamp(target: object, block: ScoreBlock, row: number): void {
    new RowLink(target, block, row);
  }

  /**
   * `key` of a linked object, built from its block on the first read and kept in the block, so
   * that every later read returns the same array; `undefined` when `target` is not linked (e.g. an
   * object whose prototype is a result).
   */
  static read(target: object, key: LazyKey): CategoryScore[] | Contribution[] | undefined {
    if (!(#block in target)) return undefined;
    const block = target.#block;
    const row = target.#row;
    const built = (block.built ??= new Array<Combined | undefined>(block.size));
    return (built[row] ??= combineRow(block, row))[key];
  }
}

function dataProperty(value: unknown): PropertyDescriptor {
  return { value, writable: true, enumerable: true, configurable: true };
}

/** The value of `key` for an object that inherits it from a result (found on its prototype chain). */
function inherited(target: object, key: LazyKey): unknown {
  for (let owner = Object.getPrototypeOf(target); owner !== null;) {
    const list = RowLink.read(owner as object, key);
    if (list !== undefined) return list;
    owner = Object.getPrototypeOf(owner);
  }
  throw new TypeError(`${key} can only be read from a scoreHealth result`);
}

function assign(target: object, key: LazyKey, value: unknown): void {
  if (!Reflect.defineProperty(target, key, dataProperty(value))) {
    throw new TypeError(`Cannot assign to '${key}': the result is not writable`);
  }
}

// Shared by every result, so that all results share one hidden class (a per-call getter would
// give each call's results their own, and per-object closures would cost an object each).
function getCategories(this: object): unknown {
  return RowLink.read(this, 'categories') ?? inherited(this, 'categories');
}
function setCategories(this: object, value: unknown): void {
  assign(this, 'categories', value);
}
function getContributions(this: object): unknown {
  return RowLink.read(this, 'contributions') ?? inherited(this, 'contributions');
}
function setContributions(this: object, value: unknown): void {
  assign(this, 'contributions', value);
}

const CATEGORIES: PropertyDescriptor = {
  get: getCategories,
  set: setCategories,
  enumerable: true,
  configurable: true,
};
const CONTRIBUTIONS: PropertyDescriptor = {
  get: getContributions,
  set: setContributions,
  enumerable: true,
  configurable: true,
};

/**
 * Makes a result's data fields. Performance: an object made by `new` gets room for every field its
 * kind ends up with (V8 counts them over the first objects made), so the row link's two private
 * fields fit in the object; added to an object literal, they need a second allocation per result.
 * Its `prototype` is `Object.prototype`, so that what it makes is a plain object.
 */
const Result = function (
  this: HealthResult,
  accountId: string,
  score: number | null,
  tier: string,
) {
  this.accountId = accountId;
  this.score = score;
  this.tier = tier;
} as unknown as new (accountId: string, score: number | null, tier: string) => HealthResult;
Result.prototype = Object.prototype;

/**
 * One account's result: a plain object (prototype `Object.prototype`) whose `categories` and
 * `contributions` are enumerable getters that build the arrays from the block on first read and
 * return the same array on every later read. (Replacing the getter with a data property on first
 * read would cost a property reconfiguration per object, several times the getter's own cost.)
 * Assigning either one replaces the getter with the value, as on any plain object.
 */
export function lazyResult(
  block: ScoreBlock,
  row: number,
  accountId: string,
  score: number | null,
  tier: string,
): HealthResult {
  const result = new Result(accountId, score, tier);
  RowLink.stamp(result, block, row);
  Object.defineProperty(result, 'categories', CATEGORIES);
  Object.defineProperty(result, 'contributions', CONTRIBUTIONS);
  return result;
}
