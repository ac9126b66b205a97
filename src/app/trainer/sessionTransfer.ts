import type { Client, Session, TrackAnalyzer } from '../../core/session/session.ts';
import { sessionDerive } from '../../core/session/session.ts';
import { sessionFileCreate, sessionFileParse, sessionFileSizeError, type SessionFileError } from '../../core/session/sessionFile.ts';
import { clientSave, clientsList, newId, sessionCreate } from '../storage/sessionStore.ts';
import { videoStoreAvailable, videoStoreLoad, videoStoreSave } from '../storage/videoStore.ts';

/** base64 of bytes, in chunks (String.fromCharCode on a whole video would overflow the stack). */
function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The session file as a Blob (video embedded only when asked for and stored here). */
export async function sessionExportBlob(session: Session, client: Client | null, includeVideo: boolean): Promise<Blob> {
  let videoData: { mimeType: string; base64: string } | undefined;
  if (includeVideo && session.video.opfsName) {
    const file = await videoStoreLoad(session.video.opfsName);
    if (file) videoData = { mimeType: session.video.mimeType, base64: toBase64(new Uint8Array(await file.arrayBuffer())) };
  }
  const data = sessionFileCreate(session, client, { exportedAt: new Date().toISOString(), ...(videoData ? { videoData } : {}) });
  // NaN (missing samples) becomes null in JSON, which the importer turns back into NaN.
  return new Blob([JSON.stringify(data)], { type: 'application/json' });
}

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type ImportResult = { ok: true; session: Session } | { ok: false; error: SessionFileError };

/**
 * Imports a session file as a new session (new ids; a client of the same name is reused, else
 * created). The size is checked on File.size before anything is read; the file is validated in
 * full before anything is written; the report is recomputed from track + corrections, never taken
 * from the file. Storage failures are thrown (StorageError) for the caller to report.
 */
export async function sessionImportFile(file: File, analyze: TrackAnalyzer, fallbackClientName: string): Promise<ImportResult> {
  const sizeError = sessionFileSizeError(file.size);
  if (sizeError) return { ok: false, error: sizeError };
  const parsed = sessionFileParse(await file.text());
  if (!parsed.ok) return parsed;
  const f = parsed.file;
  const name = f.client?.name.trim() || fallbackClientName;
  const now = new Date().toISOString();
  let client = (await clientsList()).find((c) => c.name === name);
  if (!client) {
    client = { id: newId(), name, createdAt: now };
    await clientSave(client);
  }
  const id = newId();
  let storage: 'opfs' | 'reference' = 'reference';
  let opfsName: string | undefined;
  if (f.videoData && videoStoreAvailable()) {
    opfsName = `${id}.video`;
    await videoStoreSave(opfsName, new Blob([fromBase64(f.videoData.base64)], { type: f.videoData.mimeType }));
    storage = 'opfs';
  }
  const s = f.session;
  const base = { track: s.track, corrections: s.corrections, activity: s.activity, view: s.view };
  const session: Session = {
    id,
    clientId: client.id,
    title: s.title,
    date: s.date,
    activity: s.activity,
    view: s.view,
    video: { name: s.video.name, sizeBytes: s.video.sizeBytes, mimeType: s.video.mimeType, storage, ...(opfsName ? { opfsName } : {}) },
    track: s.track,
    corrections: s.corrections,
    annotations: s.annotations,
    report: sessionDerive(base, analyze),
    createdAt: now,
    updatedAt: now,
  };
  await sessionCreate(session);
  return { ok: true, session };
}
