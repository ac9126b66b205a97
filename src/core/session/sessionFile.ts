import { z } from 'zod';
import type { Activity, Report, View } from '../report/report.ts';
import type { Track } from '../track/track.ts';
import { trackParse } from '../track/trackParse.ts';
import type { Annotation } from './annotation.ts';
import type { KeypointCorrection } from './correction.ts';
import type { Client, Session } from './session.ts';
import { sessionFileSchema } from './sessionSchema.ts';

export const SESSION_FORMAT = 'hipcheck-session';
export const SESSION_VERSION = 1;

/**
 * Largest session file accepted, in bytes. A track of a 10-minute clip at 30 fps is ~10 MB of JSON;
 * the rest leaves room for an embedded video of a few tens of MB (base64 adds a third).
 */
export const MAX_SESSION_FILE_BYTES = 64 * 1024 * 1024;

/** The `hipcheck-session` v1 file: what sessionFileSchema accepts. */
export interface SessionFile {
  format: typeof SESSION_FORMAT;
  version: typeof SESSION_VERSION;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  client?: { name: string };
  session: {
    title: string;
    date: string;
    activity: Activity;
    view: View;
    video: { name: string; sizeBytes: number; mimeType: string };
    /** The raw pose track (never corrected in place). */
    track: Track;
    corrections: KeypointCorrection[];
    annotations: Annotation[];
    /** Derived; informative only: import recomputes it. */
    report?: Report;
  };
  /** The video, base64, only when the trainer asked to include it. */
  videoData?: { mimeType: string; base64: string };
}

export type SessionFileErrorCode =
  'too-large' | 'empty' | 'not-json' | 'not-session' | 'wrong-version' | 'invalid';

/** Why a session file was refused. `message` is English; the UI localises by `code` and shows `detail`. */
export interface SessionFileError {
  code: SessionFileErrorCode;
  message: string;
  /** Specifics: the size, the version found, or the first problems with their JSON paths. */
  detail?: string;
}

export type SessionFileResult = { ok: true; file: SessionFile } | { ok: false; error: SessionFileError };

const fail = (code: SessionFileErrorCode, message: string, detail?: string): SessionFileResult => ({
  ok: false,
  error: detail === undefined ? { code, message } : { code, message, detail },
});

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The size check, to run on `File.size` BEFORE reading the file into memory. Null when it fits. */
export function sessionFileSizeError(
  byteLength: number,
  maxBytes = MAX_SESSION_FILE_BYTES,
): SessionFileError | null {
  if (byteLength === 0) return { code: 'empty', message: 'The session file is empty.' };
  if (byteLength > maxBytes) {
    return {
      code: 'too-large',
      message: 'The session file is too large.',
      detail: `${mb(byteLength)}; the limit is ${mb(maxBytes)}`,
    };
  }
  return null;
}

/**
 * Parses and validates the text of a session file. Never throws. Checks, in order: size (a string
 * longer than maxBytes UTF-16 units has at least that many UTF-8 bytes), JSON syntax, the format
 * tag, the version, then the whole schema and the track contract.
 */
export function sessionFileParse(text: string, maxBytes = MAX_SESSION_FILE_BYTES): SessionFileResult {
  const sizeError = sessionFileSizeError(text.length, maxBytes);
  if (sizeError) return { ok: false, error: sizeError };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fail(
      'not-json',
      'The file is not valid JSON: it may be truncated or corrupted.',
      (e as Error).message,
    );
  }
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (v.format !== SESSION_FORMAT) {
    return fail(
      'not-session',
      'This is not a hipcheck session file.',
      `"format" is ${JSON.stringify(v.format) ?? 'missing'}, expected "${SESSION_FORMAT}"`,
    );
  }
  if (v.version !== SESSION_VERSION) {
    return fail(
      'wrong-version',
      'This session file has a version this hipcheck cannot read.',
      `version ${JSON.stringify(v.version) ?? 'missing'}; this hipcheck reads version ${SESSION_VERSION}`,
    );
  }
  const parsed = sessionFileSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${z.core.toDotPath(i.path) || '(root)'}: ${i.message}`);
    const more = parsed.error.issues.length > 3 ? ` (+${parsed.error.issues.length - 3} more)` : '';
    return fail('invalid', 'The session file is damaged or incomplete.', issues.join('; ') + more);
  }
  try {
    trackParse(parsed.data.session.track);
  } catch (e) {
    return fail(
      'invalid',
      'The session file is damaged or incomplete.',
      `session.track: ${(e as Error).message}`,
    );
  }
  // The schema mirrors SessionFile (sessionSchema.ts asserts the annotation and correction types
  // match) and trackParse has just checked the track contract, so the cast is sound.
  return { ok: true, file: parsed.data as unknown as SessionFile };
}

/**
 * The session file for a session: authored data (corrections, annotations) and the raw track, plus
 * the derived report for readers without hipcheck. The video is included only when given.
 */
export function sessionFileCreate(
  session: Session,
  client: Pick<Client, 'name'> | null,
  opts: { exportedAt: string; videoData?: { mimeType: string; base64: string } },
): SessionFile {
  const { title, date, activity, view, track, corrections, annotations, report } = session;
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    exportedAt: opts.exportedAt,
    ...(client ? { client: { name: client.name } } : {}),
    session: {
      title,
      date,
      activity,
      view,
      video: {
        name: session.video.name,
        sizeBytes: session.video.sizeBytes,
        mimeType: session.video.mimeType,
      },
      track,
      corrections,
      annotations,
      report,
    },
    ...(opts.videoData ? { videoData: opts.videoData } : {}),
  };
}
