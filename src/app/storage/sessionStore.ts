import type { Report } from '../../core/report/report.ts';
import type { Client, Session, SessionAuthored } from '../../core/session/session.ts';
import { withStorageError } from './storageError.ts';
import { trainerDb, type SessionRecord } from './trainerDb.ts';
import { videoStoreDelete } from './videoStore.ts';

/** Persistence of clients and sessions (IndexedDB via idb). Every failure is a StorageError. */

export const newId = (): string => crypto.randomUUID();

export function clientsList(): Promise<Client[]> {
  return withStorageError('read the clients', async () => {
    const all = await (await trainerDb()).getAll('clients');
    return all.sort((a, b) => a.name.localeCompare(b.name));
  });
}

export function clientSave(client: Client): Promise<void> {
  return withStorageError('save the client', async () => {
    await (await trainerDb()).put('clients', client);
  });
}

/** Sessions of one client (or all), newest first, without their tracks. */
export function sessionsList(clientId?: string): Promise<SessionRecord[]> {
  return withStorageError('read the sessions', async () => {
    const db = await trainerDb();
    const all =
      clientId === undefined
        ? await db.getAll('sessions')
        : await db.getAllFromIndex('sessions', 'byClient', clientId);
    return all.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  });
}

/** Writes a whole new session (record, raw track, derived report) in one transaction. */
export function sessionCreate(session: Session): Promise<void> {
  return withStorageError('save the session', async () => {
    const db = await trainerDb();
    const tx = db.transaction(['sessions', 'tracks', 'reports'], 'readwrite');
    const { track, report, ...record } = session;
    await Promise.all([
      tx.objectStore('sessions').put(record),
      tx.objectStore('tracks').put({ sessionId: session.id, track }),
      tx.objectStore('reports').put({ sessionId: session.id, report }),
      tx.done,
    ]);
  });
}

/** A stored session with its track and its cached report (null when the cache is missing). */
export function sessionLoad(
  id: string,
): Promise<{ record: SessionRecord; session: Omit<Session, 'report'>; report: Report | null } | null> {
  return withStorageError('open the session', async () => {
    const db = await trainerDb();
    const tx = db.transaction(['sessions', 'tracks', 'reports'], 'readonly');
    const [record, track, report] = await Promise.all([
      tx.objectStore('sessions').get(id),
      tx.objectStore('tracks').get(id),
      tx.objectStore('reports').get(id),
    ]);
    if (!record || !track) return null;
    const { noteDraft: _draft, ...rest } = record;
    return { record, session: { ...rest, track: track.track }, report: report?.report ?? null };
  });
}

/**
 * Saves what the user authored (and the note draft) on a session, with the report derived from it
 * in the same transaction so the cache never disagrees with the corrections.
 */
export function sessionSaveAuthored(
  id: string,
  authored: SessionAuthored & { noteDraft?: SessionRecord['noteDraft'] },
  report: Report | null,
): Promise<void> {
  return withStorageError('save your changes', async () => {
    const db = await trainerDb();
    const tx = db.transaction(['sessions', 'reports'], 'readwrite');
    const record = await tx.objectStore('sessions').get(id);
    if (!record) throw Object.assign(new Error(`session ${id} is gone`), { name: 'NotFoundError' });
    const next: SessionRecord = { ...record, ...authored, updatedAt: new Date().toISOString() };
    await Promise.all([
      tx.objectStore('sessions').put(next),
      report ? tx.objectStore('reports').put({ sessionId: id, report }) : undefined,
      tx.done,
    ]);
  });
}

export function sessionUpdateRecord(record: SessionRecord): Promise<void> {
  return withStorageError('save the session', async () => {
    await (await trainerDb()).put('sessions', record);
  });
}

export function sessionDelete(record: SessionRecord): Promise<void> {
  return withStorageError('delete the session', async () => {
    const db = await trainerDb();
    const tx = db.transaction(['sessions', 'tracks', 'reports'], 'readwrite');
    await Promise.all([
      tx.objectStore('sessions').delete(record.id),
      tx.objectStore('tracks').delete(record.id),
      tx.objectStore('reports').delete(record.id),
      tx.done,
    ]);
    if (record.video.opfsName) await videoStoreDelete(record.video.opfsName);
  });
}
