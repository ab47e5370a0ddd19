import { useCallback, useState } from 'react';
import { warnOnce } from '../internal/warn';

/**
 * One value that is either controlled (`value` given: the parent owns it) or uncontrolled (the
 * component owns it, starting at `defaultValue`); `onChange` fires either way. Switching between
 * the two after the first render logs one development warning and keeps the first mode.
 */
export function useControllableState<TValue>(options: {
  value: TValue | undefined;
  defaultValue: TValue;
  onChange?: ((value: TValue) => void) | undefined;
  /** Names the prop in the warning, e.g. "CohortHeatmap's `metric`". */
  name: string;
}): [TValue, (next: TValue) => void] {
  const { value, defaultValue, onChange, name } = options;
  const [inner, setInner] = useState(defaultValue);
  const [isControlled] = useState(value !== undefined);
  if (isControlled !== (value !== undefined)) {
    warnOnce(
      `${name} changed from ${isControlled ? 'controlled to uncontrolled' : 'uncontrolled to controlled'}; it stays ${isControlled ? 'controlled' : 'uncontrolled'}. Pass a value on every render, or never.`,
    );
  }
  const current = isControlled ? (value ?? defaultValue) : inner;
  const setValue = useCallback(
    (next: TValue) => {
      if (!isControlled) setInner(next);
      onChange?.(next);
    },
    [isControlled, onChange],
  );
  return [current, setValue];
}
