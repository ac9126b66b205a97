import { mkdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import type { PoseEstimator } from '../pose/poseTypes.ts';
import { trackStringify } from '../pose/trackStringify.ts';
import { analyzeChoice, reportJsonText, writeFileAtomic } from './analyzeClip.ts';
import { InputError } from './ffmpegTools.ts';
import { poseVideo } from './poseVideo.ts';
import { fileSha256, type ClipJobData, type ClipJobResult } from './queueJob.ts';

export interface ClipJobOptions {
  estimator: PoseEstimator;
  /** The worker's --out, which wins over the job's own folder. */
  outDir: string | null;
  progress: boolean;
  /** Called at stage boundaries with 0–100. */
  onProgress?: (pct: number) => void;
}

/**
 * One queued clip: the clip as queued (same bytes) -> pose, exactly as `hipcheck pose` -> analysis,
 * exactly as `hipcheck analyze` -> `<name>.track.json` and `<name>.report.json`, each written
 * atomically. Throws InputError for a clip that can never succeed (the caller fails it permanently).
 */
export async function runClipJob(data: ClipJobData, opts: ClipJobOptions): Promise<ClipJobResult> {
  const sha = await fileSha256(data.clip).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT')
      throw new InputError(
        `${data.clip}: no such file on ${hostname()}; every worker must see the clips at the paths they were queued with.`,
      );
    throw e;
  });
  if (sha !== data.clipSha256)
    throw new InputError(`${data.clip}: the file changed after it was queued; queue it again.`);
  opts.onProgress?.(5);
  const { track, elapsedS } = await poseVideo(data.clip, opts.estimator, { progress: opts.progress });
  opts.onProgress?.(90);
  const report = analyzeChoice(track, data.choice);
  const outDir = opts.outDir ?? data.outDir ?? dirname(data.clip);
  await mkdir(outDir, { recursive: true });
  const trackPath = join(outDir, `${data.name}.track.json`);
  const reportPath = join(outDir, `${data.name}.report.json`);
  await writeFileAtomic(trackPath, trackStringify(track));
  await writeFileAtomic(reportPath, reportJsonText(report));
  opts.onProgress?.(100);
  return { track: trackPath, report: reportPath, frames: track.frames.length, elapsedS };
}
