import { useCallback, useEffect, useRef, useState } from 'react';

const PREFIX = 'motcua.office.draft.';

/**
 * A form's state that survives a failed submit, a reload after someone else's change and an accidental
 * navigation: kept in sessionStorage under `key` (per transfer and action) until `clear()`.
 */
export function useDraft<T>(key: string, initial: T): [T, (next: T) => void, () => void] {
  const storageKey = PREFIX + key;
  const initialRef = useRef(initial);
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = sessionStorage.getItem(storageKey);
      return raw ? (JSON.parse(raw) as T) : initial;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(value));
    } catch {
      // storage full or disabled: the state still lives in memory
    }
  }, [storageKey, value]);
  const clear = useCallback(() => {
    sessionStorage.removeItem(storageKey);
    setValue(initialRef.current);
  }, [storageKey]);
  return [value, setValue, clear];
}
