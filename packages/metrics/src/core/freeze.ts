/**
 * Freezes a plain data structure and everything in it, so a shared default (a benchmark table, a
 * preset scorecard) cannot be changed by one caller under another. Call it as
 * `/* @__PURE__ *\/ deepFreeze({...})` at module level so bundlers can drop unused defaults.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
