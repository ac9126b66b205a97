import { KEYPOINT_NAMES } from './keypoints.ts';
import { TRACK_FORMAT, TRACK_VERSION, type Track } from './track.ts';

export class TrackFormatError extends Error {
  override name = 'TrackFormatError';
}

/**
 * Checks that an unknown JSON value is a `hipcheck-track` v1 and returns it typed. Throws
 * TrackFormatError with a message that says what is wrong.
 */
export function trackParse(value: unknown): Track {
  const fail = (msg: string): never => {
    throw new TrackFormatError(`not a hipcheck track: ${msg}`);
  };
  if (typeof value !== 'object' || value === null) fail('expected a JSON object');
  const v = value as Record<string, unknown>;
  if (v.format !== TRACK_FORMAT) fail(`"format" is ${JSON.stringify(v.format)}, expected "${TRACK_FORMAT}"`);
  if (v.version !== TRACK_VERSION)
    fail(`"version" is ${JSON.stringify(v.version)}; this hipcheck reads version ${TRACK_VERSION}`);
  for (const k of ['width', 'height', 'fps'] as const) {
    if (typeof v[k] !== 'number' || !(Number(v[k]) > 0)) fail(`"${k}" must be a positive number`);
  }
  if (
    !Array.isArray(v.keypoints) ||
    v.keypoints.length !== 17 ||
    v.keypoints.some((k, i) => k !== KEYPOINT_NAMES[i])
  ) {
    fail('"keypoints" must list the 17 COCO keypoints in MoveNet order');
  }
  if (!Array.isArray(v.frames)) fail('"frames" must be an array');
  const frames = v.frames as unknown[];
  let lastT = -Infinity;
  frames.forEach((f, i) => {
    const fr = f as { t?: unknown; kp?: unknown };
    if (typeof fr !== 'object' || fr === null || typeof fr.t !== 'number' || !Number.isFinite(fr.t))
      fail(`frame ${i} has no numeric "t"`);
    const t = fr.t as number;
    if (t < lastT) fail(`frame ${i}: time ${t} goes backwards`);
    lastT = t;
    if (!Array.isArray(fr.kp) || (fr.kp.length !== 17 && fr.kp.length !== 0))
      fail(`frame ${i}: "kp" must hold 17 [x, y, score] triples`);
    for (const p of fr.kp as unknown[]) {
      if (!Array.isArray(p) || p.length < 3 || p.some((n) => typeof n !== 'number' && n !== null))
        fail(`frame ${i}: bad keypoint`);
    }
  });
  if (typeof v.source !== 'object' || v.source === null) fail('"source" must be an object');
  return value as Track;
}
