import type { Client, Session, TrackAnalyzer } from '../../core/session/session.ts';
import { sessionDerive } from '../../core/session/session.ts';
import {
  sessionFileCreate,
  sessionFileParse,
  sessionFileSizeError,
  type SessionFileError,
} from '../../core/session/sessionFile.ts';
import { clientSave, clientsList, newId, sessionCreate } from '../storage/sessionStore.ts';
import { videoStoreAvailable, videoStoreLoad, videoStoreSave } from '../storage/videoStore.ts';
import {
  sessionContainerCreate,
  sessionContainerIs,
  sessionContainerRead,
  sessionContainerVideoError,
} from './sessionContainer.ts';

/** Decodes the video of session files exported before the container (base64 inside JSON). */
function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/**
 * The session file as a Blob: JSON without the video; with the video (when asked for and stored
 * here) a binary container holding the JSON and the video's raw bytes (sessionContainer.ts).
 */
export async function sessionExportBlob(
  session: Session,
  client: Client | null,
  includeVideo: boolean,
): Promise<Blob> {
  const video = includeVideo && session.video.opfsName ? await videoStoreLoad(session.video.opfsName) : null;
  const data = sessionFileCreate(session, client, { exportedAt: new Date().toISOString() });
  // NaN (missing samples) becomes null in JSON, which the importer turns back into NaN.
  const json = JSON.stringify(data);
  return video ? sessionContainerCreate(json, video) : new Blob([json], { type: 'application/json' });
}

/** The download name: `.hipcheck-session.json` for plain JSON, `.hipcheck-session` for the container. */
export function sessionExportFileName(base: string, blob: Blob): string {
  return blob.type === 'application/json' ? `${base}.hipcheck-session.json` : `${base}.hipcheck-session`;
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
 * created). Sizes are checked before anything is read (File.size, or the container's JSON part;
 * the video part of a container is sliced, never read whole); the file is validated in
 * full before anything is written; the report is recomputed from track + corrections, never taken
 * from the file. Storage failures are thrown (StorageError) for the caller to report.
 */
export async function sessionImportFile(
  file: File,
  analyze: TrackAnalyzer,
  fallbackClientName: string,
): Promise<ImportResult> {
  let text: string;
  let videoPart: Blob | null = null;
  if (await sessionContainerIs(file)) {
    const c = await sessionContainerRead(file);
    if (!c.ok) return c;
    text = c.json;
    videoPart = c.video;
  } else {
    const sizeError = sessionFileSizeError(file.size);
    if (sizeError) return { ok: false, error: sizeError };
    text = await file.text();
  }
  const parsed = sessionFileParse(text);
  if (!parsed.ok) return parsed;
  if (videoPart) {
    const videoError = sessionContainerVideoError(videoPart, parsed.file.session.video.sizeBytes);
    if (videoError) return { ok: false, error: videoError };
  }
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
  const video = videoPart
    ? videoPart.slice(0, videoPart.size, f.session.video.mimeType)
    : f.videoData
      ? new Blob([fromBase64(f.videoData.base64)], { type: f.videoData.mimeType })
      : null;
  if (video && videoStoreAvailable()) {
    opfsName = `${id}.video`;
    await videoStoreSave(opfsName, video);
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
    video: {
      name: s.video.name,
      sizeBytes: s.video.sizeBytes,
      mimeType: s.video.mimeType,
      storage,
      ...(opfsName ? { opfsName } : {}),
    },
    track: s.track,
    corrections: s.corrections,
    annotations: s.annotations,
    report: await sessionDerive(base, analyze),
    createdAt: now,
    updatedAt: now,
  };
  await sessionCreate(session);
  return { ok: true, session };
}
