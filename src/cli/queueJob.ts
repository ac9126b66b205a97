import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { AnalysisChoice } from './analyzeClip.ts';

/** What one queued clip carries through Redis (plain JSON). */
export interface ClipJobData {
  /** Absolute path of the clip, as every worker machine must see it (shared storage). */
  clip: string;
  /** sha256 of the clip's bytes when it was queued. */
  clipSha256: string;
  /** Output stem: `<name>.track.json` and `<name>.report.json`. */
  name: string;
  /** Output folder given to `queue add --out`, or null (then the worker's --out, else the clip's folder). */
  outDir: string | null;
  choice: AnalysisChoice;
}

/** What a finished job returns (stored by BullMQ as the job's return value). */
export interface ClipJobResult {
  track: string;
  report: string;
  frames: number;
  elapsedS: number;
}

/** The default BullMQ queue name. */
export const QUEUE_NAME = 'hipcheck';

/** sha256 of a file's bytes, streamed (clips can be large). */
export function fileSha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(path)
      .on('error', reject)
      .on('data', (b) => h.update(b))
      .on('end', () => resolve(h.digest('hex')));
  });
}

/** JSON with sorted keys and no undefined fields: the same choices always give the same text. */
function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * The job id: the clip's content hash plus its analysis choices, so queueing the same clip with the
 * same options twice (under any name or path) is one job. BullMQ ids must not be integers or
 * contain ':', hence the letter prefix and '-'.
 */
export function clipJobId(clipSha256: string, choice: AnalysisChoice): string {
  const opts = createHash('sha256').update(canonicalJson(choice)).digest('hex');
  return `clip-${clipSha256.slice(0, 32)}-${opts.slice(0, 12)}`;
}
