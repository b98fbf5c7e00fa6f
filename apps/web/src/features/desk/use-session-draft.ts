import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * State kept in sessionStorage as it changes, so a reload, a crash of the tab's page or a failed submit loses
 * nothing the clerk typed. `restored` tells the screen it came back from a draft.
 */
export function useSessionDraft<T>(key: string, initial: () => T): { value: T; set: (update: (v: T) => T) => void; restored: boolean; reset: () => void } {
  const restoredRef = useRef(false);
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = sessionStorage.getItem(key);
      if (raw) {
        restoredRef.current = true;
        return JSON.parse(raw) as T;
      }
    } catch {
      // an unreadable draft is dropped
    }
    return initial();
  });
  useEffect(() => {
    sessionStorage.setItem(key, JSON.stringify(value));
  }, [key, value]);
  const initialRef = useRef(initial);
  initialRef.current = initial;
  const set = useCallback((update: (v: T) => T) => setValue(update), []);
  const reset = useCallback(() => {
    restoredRef.current = false;
    setValue(initialRef.current());
  }, []);
  return { value, set, restored: restoredRef.current, reset };
}
