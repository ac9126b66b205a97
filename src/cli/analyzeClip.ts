import { rename, writeFile } from 'node:fs/promises';
import { analyzeTrack, type AnalyzeOptions } from '../core/analyze/analyzeTrack.ts';
import type { Report } from '../core/report/report.ts';
import type { Track } from '../core/track/track.ts';
import { TrackFormatError } from '../core/track/trackParse.ts';
import type { PoseEstimator, PoseModelKind } from '../pose/poseTypes.ts';
import { localizeReport } from '../text/localizeReport.ts';
import type { AnalyzeArgs } from './analyzeArgs.ts';
import { InputError } from './ffmpegTools.ts';

/**
 * The analysis choices of one clip: what `hipcheck analyze` takes from its command line and what a
 * queued job carries (plain JSON, so it survives the trip through Redis).
 */
export type AnalysisChoice = Pick<
  AnalyzeArgs,
  'activity' | 'lift' | 'view' | 'slowmo' | 'captureFps' | 'thresholds' | 'speedMps' | 'model'
> & { heightM?: number | undefined };

export const analysisChoice = (a: AnalyzeArgs): AnalysisChoice => ({
  activity: a.activity,
  lift: a.lift,
  view: a.view,
  slowmo: a.slowmo,
  captureFps: a.captureFps,
  thresholds: a.thresholds,
  speedMps: a.speedMps,
  model: a.model,
  ...(a.heightM !== undefined ? { heightM: a.heightM } : {}),
});

/** The one mapping from the CLI's choices to analyzeTrack's options (analyze and the queue worker). */
export function analyzeTrackOptions(c: AnalysisChoice): AnalyzeOptions {
  return {
    activity: c.activity,
    lift: c.lift,
    view: c.view,
    ...(c.slowmo !== undefined ? { slowmoFactor: c.slowmo } : {}),
    ...(c.captureFps !== undefined ? { captureFps: c.captureFps } : {}),
    ...(c.thresholds !== undefined && Object.keys(c.thresholds).length ? { thresholds: c.thresholds } : {}),
    ...(c.speedMps !== undefined ? { speedMps: c.speedMps } : {}),
    ...(c.heightM !== undefined ? { heightM: c.heightM } : {}),
  };
}

/** The report of one track with these choices, its texts in every report language (src/text). */
export const analyzeChoice = (track: Track, c: AnalysisChoice): Report =>
  localizeReport(analyzeTrack(track, analyzeTrackOptions(c)));

/** The pose estimator a video goes through before analysis (`hipcheck analyze` and the queue worker). */
export async function createVideoEstimator(model: PoseModelKind): Promise<PoseEstimator> {
  // Lazy: tfjs and the weights load only when a video has to go through the pose stage.
  const { createNodePoseEstimator } = await import('../pose/node/createNodePoseEstimator.ts');
  return createNodePoseEstimator({ model, prefer: 'wasm' });
}

/** The report file's bytes, the one way the CLI writes them. */
export const reportJsonText = (report: Report): string => `${JSON.stringify(report, null, 1)}\n`;

/**
 * Write-then-rename: an interrupted run never leaves a half-written file behind, and two processes
 * writing the same file (a job handed on after a stall) each rename a whole file of their own.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}-${Math.random().toString(36).slice(2, 8)}.partial`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}

/** Input the user has to fix (unreadable, corrupt, unsupported, no person): retrying cannot help. */
export const isInputProblem = (e: unknown): e is Error =>
  e instanceof InputError || e instanceof TrackFormatError || e instanceof SyntaxError;
