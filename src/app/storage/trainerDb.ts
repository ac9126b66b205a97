import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Report } from '../../core/report/report.ts';
import type { Client, Session } from '../../core/session/session.ts';
import type { Track } from '../../core/track/track.ts';

/**
 * A session as stored: everything but the raw track and the derived report, which live in their own
 * stores. So the frequent autosaves of authored data (a few kB) never rewrite the track (MBs), and
 * the derived cache can be dropped and rebuilt at any time.
 */
export type SessionRecord = Omit<Session, 'track' | 'report'> & {
  /** The note being typed and not yet saved, kept so that closing the tab loses nothing. */
  noteDraft?: NoteDraft | null;
};

/** A note being typed at time `t` of the clip and not yet saved. */
export interface NoteDraft {
  t: number;
  text: string;
}

export interface TrainerDbSchema extends DBSchema {
  clients: { key: string; value: Client };
  sessions: { key: string; value: SessionRecord; indexes: { byClient: string } };
  tracks: { key: string; value: { sessionId: string; track: Track } };
  reports: { key: string; value: { sessionId: string; report: Report } };
}

export type TrainerDb = IDBPDatabase<TrainerDbSchema>;

export const TRAINER_DB_NAME = 'hipcheck-trainer';
const VERSION = 1;

let opening: Promise<TrainerDb> | null = null;

/** Opens (once per page) the trainer database, creating its stores on first use. */
export function trainerDb(): Promise<TrainerDb> {
  opening ??= openDB<TrainerDbSchema>(TRAINER_DB_NAME, VERSION, {
    upgrade(db) {
      db.createObjectStore('clients', { keyPath: 'id' });
      db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('byClient', 'clientId');
      db.createObjectStore('tracks', { keyPath: 'sessionId' });
      db.createObjectStore('reports', { keyPath: 'sessionId' });
    },
    // Another tab upgrading the schema: close so it is not blocked, reopen on next use.
    blocking() {
      void opening?.then((db) => db.close());
      opening = null;
    },
  }).catch((e: unknown) => {
    opening = null;
    throw e;
  });
  return opening;
}
