import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import type { Track } from '../../src/core/track/track.ts';
import { poseVideo } from '../../src/cli/poseVideo.ts';
import { createNodePoseEstimator } from '../../src/pose/node/createNodePoseEstimator.ts';
import type { PoseEstimator, PoseModelKind } from '../../src/pose/poseTypes.ts';
import { ROOT, sharedPath } from './shared.ts';

const CACHE = join(ROOT, 'tests/artifacts/tracks');
const estimators = new Map<PoseModelKind, Promise<PoseEstimator>>();

/** Hash of the code that turns a video into a track, so a change there invalidates the cache. */
function pipelineHash(): string {
  const h = createHash('sha256');
  const files = [
    ...readdirSync(join(ROOT, 'src/pose'), { recursive: true, encoding: 'utf8' }).map((f) =>
      join('src/pose', f),
    ),
    ...['videoFrames.ts', 'videoProbe.ts', 'poseVideo.ts', 'ffmpegTools.ts'].map((f) => join('src/cli', f)),
  ].filter(
    (f) =>
      f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('browser') && existsSync(join(ROOT, f)),
  );
  for (const f of files.sort()) h.update(f).update(readFileSync(join(ROOT, f)));
  return h.digest('hex');
}

/** sha256 of the clip's bytes: a copy of shared/ with fresh modification times keeps its cache. */
function contentHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * The MoveNet track of a real clip in shared/, produced by the same Node pose pipeline as
 * `hipcheck pose` and cached in tests/artifacts/tracks/ (git-ignored), keyed by the clip's bytes,
 * the model and the pose pipeline's source, so test files that share a clip run the model once. Returns null
 * when the clip is absent (callers skip).
 */
export async function poseTrackForMedia(
  relPath: string,
  model: PoseModelKind = 'lightning',
): Promise<Track | null> {
  const file = sharedPath(relPath);
  if (file === null) return null;
  return poseTrackForFile(file, relPath, model);
}

/** The same for any video file (e.g. a crop made by a test), cached under `cacheName`'s base name. */
export async function poseTrackForFile(
  file: string,
  cacheName: string,
  model: PoseModelKind = 'lightning',
): Promise<Track> {
  const key = createHash('sha256')
    .update(`${contentHash(file)}|${model}|${pipelineHash()}`)
    .digest('hex')
    .slice(0, 12);
  const cached = join(CACHE, `${basename(cacheName)}.${model}.${key}.json`);
  mkdirSync(CACHE, { recursive: true });
  // Test files run in parallel processes and several use the same clips: one process tracks a clip
  // (it holds <cache>.lock), the others wait for its file instead of running the model again.
  const lock = `${cached}.lock`;
  for (;;) {
    if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as Track;
    if (takeLock(lock)) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  try {
    let est = estimators.get(model);
    if (!est) {
      est = createNodePoseEstimator({ model });
      estimators.set(model, est);
    }
    const { track } = await poseVideo(file, await est);
    const tmp = `${cached}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(track));
    renameSync(tmp, cached); // readers never see a half-written file
    return track;
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Creates the lock file, or false when another process holds it (a lock older than 20 min is stale: a killed run). */
function takeLock(lock: string): boolean {
  try {
    closeSync(openSync(lock, 'wx'));
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    try {
      if (Date.now() - statSync(lock).mtimeMs > 20 * 60_000) rmSync(lock, { force: true });
    } catch {
      // released meanwhile
    }
    return false;
  }
}
