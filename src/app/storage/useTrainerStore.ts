import { useCallback, useEffect, useState } from 'react';
import type { Client } from '../../core/session/session.ts';
import { clientsList, sessionsList } from './sessionStore.ts';
import { toStorageError, type StorageError } from './storageError.ts';
import type { SessionRecord } from './trainerDb.ts';

/** Tells every mounted list to re-read the store (after a create, import or delete). */
const changes = new EventTarget();
export function storeChanged(): void {
  changes.dispatchEvent(new Event('change'));
}

function useStoreQuery<T>(
  query: () => Promise<T>,
  initial: T,
): { data: T; error: StorageError | null; loading: boolean } {
  const [data, setData] = useState<T>(initial);
  const [error, setError] = useState<StorageError | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let live = true;
    const run = () =>
      query().then(
        (d) => live && (setData(d), setError(null), setLoading(false)),
        (e: unknown) => live && (setError(toStorageError(e, 'read the store')), setLoading(false)),
      );
    void run();
    changes.addEventListener('change', run);
    return () => {
      live = false;
      changes.removeEventListener('change', run);
    };
  }, [query]);
  return { data, error, loading };
}

/** All clients, by name; re-read after every storeChanged(). */
export function useClients() {
  return useStoreQuery<Client[]>(clientsList, []);
}

/** Sessions of one client (all when undefined), newest first, without tracks. */
export function useSessions(clientId: string | undefined) {
  const query = useCallback(() => sessionsList(clientId), [clientId]);
  return useStoreQuery<SessionRecord[]>(query, []);
}
