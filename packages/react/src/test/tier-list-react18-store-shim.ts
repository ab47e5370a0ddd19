import { useDebugValue, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';

/**
 * `use-sync-external-store/shim/with-selector` as an ES module on the React under test. The
 * package is CommonJS, so Node loads it with its own `require('react')`, which in the React 18
 * run (test-react-18) is React 19 from the pnpm store: two Reacts, and every TanStack hook
 * fails. Aliased in by the React 18 config; same algorithm as the React team's shim.
 */
export function useSyncExternalStoreWithSelector<TSnapshot, TSelection>(
  subscribe: (onChange: () => void) => () => void,
  getSnapshot: () => TSnapshot,
  getServerSnapshot: undefined | null | (() => TSnapshot),
  selector: (snapshot: TSnapshot) => TSelection,
  isEqual?: (a: TSelection, b: TSelection) => boolean,
): TSelection {
  const instRef = useRef<{ hasValue: boolean; value: TSelection | null } | null>(null);
  if (instRef.current === null) instRef.current = { hasValue: false, value: null };
  const inst = instRef.current;
  const [getSelection, getServerSelection] = useMemo(() => {
    let hasMemo = false;
    let memoizedSnapshot: TSnapshot;
    let memoizedSelection: TSelection;
    const memoizedSelector = (nextSnapshot: TSnapshot): TSelection => {
      if (!hasMemo) {
        hasMemo = true;
        memoizedSnapshot = nextSnapshot;
        const nextSelection = selector(nextSnapshot);
        if (
          isEqual !== undefined &&
          inst.hasValue &&
          isEqual(inst.value as TSelection, nextSelection)
        ) {
          return (memoizedSelection = inst.value as TSelection);
        }
        return (memoizedSelection = nextSelection);
      }
      const current = memoizedSelection;
      if (Object.is(memoizedSnapshot, nextSnapshot)) return current;
      const nextSelection = selector(nextSnapshot);
      if (isEqual !== undefined && isEqual(current, nextSelection)) {
        memoizedSnapshot = nextSnapshot;
        return current;
      }
      memoizedSnapshot = nextSnapshot;
      return (memoizedSelection = nextSelection);
    };
    return [
      () => memoizedSelector(getSnapshot()),
      getServerSnapshot ? () => memoizedSelector(getServerSnapshot()) : undefined,
    ];
  }, [getSnapshot, getServerSnapshot, selector, isEqual, inst]);
  const value = useSyncExternalStore(subscribe, getSelection, getServerSelection);
  useEffect(() => {
    inst.hasValue = true;
    inst.value = value;
  }, [inst, value]);
  useDebugValue(value);
  return value;
}
