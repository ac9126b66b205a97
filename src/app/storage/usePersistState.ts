import { useEffect, useSyncExternalStore } from 'react';
import { persistState, type AskedFlag, type PersistState } from './storagePersistence.ts';

const KEY = 'hipcheck.storagePersistAsked';
const askedFlag: AskedFlag = {
  get: () => {
    try {
      return localStorage.getItem(KEY) === '1';
    } catch {
      return false;
    }
  },
  set: () => {
    try {
      localStorage.setItem(KEY, '1');
    } catch {
      // No localStorage (private mode): the browser may be asked again on a later save.
    }
  },
};

let current: PersistState | null = null;
const listeners = new Set<() => void>();
const publish = (s: PersistState) => {
  current = s;
  for (const l of listeners) l();
};
const storageApi = () => (typeof navigator !== 'undefined' ? navigator.storage : undefined);

/** Call after a session is saved: asks for persistent storage the first time, then shows the answer. */
export function persistOnSave(): Promise<PersistState> {
  return persistState(storageApi(), askedFlag, true).then((s) => (publish(s), s));
}

/** The persistence state for display (null until known). */
export function usePersistState(): PersistState | null {
  useEffect(() => {
    if (current === null) void persistState(storageApi(), askedFlag, false).then(publish);
  }, []);
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
