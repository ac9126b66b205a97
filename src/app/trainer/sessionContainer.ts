import {
  MAX_SESSION_FILE_BYTES,
  sessionFileSizeError,
  type SessionFileError,
} from '../../core/session/sessionFile.ts';

/**
 * The session file with its video (issue 16): base64 inside JSON made the file 4/3 of the video and
 * ran into the 64 MiB import limit at ~47 MiB of video. This container keeps the video as raw bytes:
 *
 *   16 bytes  "HIPCHECKSESSION" + 0x01 (container version)
 *    4 bytes  length of the JSON part in bytes, uint32 little-endian
 *    n bytes  the session file as UTF-8 JSON (sessionFile.ts, without videoData; limit 64 MiB)
 *    rest     the video, exactly session.video.sizeBytes bytes
 *
 * Reading slices the Blob, so the video is never held in memory to be imported.
 */
const MAGIC = new Uint8Array([...new TextEncoder().encode('HIPCHECKSESSION'), 1]);
const HEADER_BYTES = MAGIC.length + 4;

export const SESSION_CONTAINER_MIME = 'application/vnd.hipcheck.session';

export function sessionContainerCreate(json: string, video: Blob): Blob {
  const body = new TextEncoder().encode(json);
  const header = new Uint8Array(HEADER_BYTES);
  header.set(MAGIC);
  new DataView(header.buffer).setUint32(MAGIC.length, body.length, true);
  return new Blob([header, body, video], { type: SESSION_CONTAINER_MIME });
}

/** Whether a file starts like a session container (else it is read as a JSON session file). */
export async function sessionContainerIs(file: Blob): Promise<boolean> {
  if (file.size < HEADER_BYTES) return false;
  const head = new Uint8Array(await file.slice(0, MAGIC.length).arrayBuffer());
  return head.every((b, i) => b === MAGIC[i]);
}

export type SessionContainerResult =
  { ok: true; json: string; video: Blob } | { ok: false; error: SessionFileError };

const damaged = (detail: string): SessionContainerResult => ({
  ok: false,
  error: { code: 'invalid', message: 'The session file is damaged or incomplete.', detail },
});

/**
 * The JSON part (as text, for sessionFileParse) and the video part (a slice of the file, not read)
 * of a container; the JSON part's size is checked before it is read.
 */
export async function sessionContainerRead(
  file: Blob,
  maxJsonBytes = MAX_SESSION_FILE_BYTES,
): Promise<SessionContainerResult> {
  const jsonBytes = new DataView(await file.slice(MAGIC.length, HEADER_BYTES).arrayBuffer()).getUint32(
    0,
    true,
  );
  const sizeError = sessionFileSizeError(jsonBytes, maxJsonBytes);
  if (sizeError) return { ok: false, error: sizeError };
  if (HEADER_BYTES + jsonBytes > file.size)
    return damaged(`the session part is cut short (${file.size - HEADER_BYTES} of ${jsonBytes} bytes)`);
  const json = await file.slice(HEADER_BYTES, HEADER_BYTES + jsonBytes).text();
  return { ok: true, json, video: file.slice(HEADER_BYTES + jsonBytes) };
}

/** Null when the video part has the size the session states, else the error to show. */
export function sessionContainerVideoError(video: Blob, statedBytes: number): SessionFileError | null {
  if (video.size === statedBytes) return null;
  return {
    code: 'invalid',
    message: 'The session file is damaged or incomplete.',
    detail: `the video part is ${video.size} bytes; the session says ${statedBytes}`,
  };
}
