import { analyzeHinge } from '../hinge/analyzeHinge.ts';
import type { Flag, Report, View } from '../report/report.ts';
import { analyzeRun } from '../run/analyzeRun.ts';
import type { Track } from '../track/track.ts';
import { detectActivity } from './detectActivity.ts';
import { detectView } from './detectView.ts';
import { trackQuality, trackRealTime } from './trackQuality.ts';

export interface AnalyzeOptions {
  activity?: 'run' | 'hinge' | 'auto';
  view?: View | 'auto';
  /** Direction override (+1 toward image +x); default detected. */
  d?: 1 | -1;
  /** Slow-motion factor: the file plays this many times slower than real life. */
  slowmoFactor?: number;
  /** Capture frame rate of a slow-motion file (e.g. 240): the factor is captureFps / file fps. */
  captureFps?: number;
  /** Flag threshold overrides (run: runThresholds.ts keys; hinge: HingeThresholds keys). */
  thresholds?: Record<string, number>;
}

/** Below this share of frames with a person the analysis is not trusted. */
const MIN_POSE_SHARE = 0.5;

/**
 * The whole analysis of one track → a hipcheck-report v1 (metrics.md): real-time clock (slow
 * motion), view and direction, activity (run vs hinge), then the running analysis or the hinge
 * helper's analyzeHinge, and the quality block. Nothing is invented: what the clip cannot
 * support is absent and said in quality.warnings.
 */
export function analyzeTrack(input: Track, opts: AnalyzeOptions = {}): Report {
  const warnings: string[] = [];
  const factor = slowmo(input, opts, warnings);
  const track = factor !== 1 ? trackRealTime(input, factor) : input;
  const q = trackQuality(track);
  const frames = track.frames;
  const durationS = frames.length ? frames[frames.length - 1]!.t - frames[0]!.t + 1 / track.fps : 0;
  const vd = detectView(track);
  const view: View = opts.view && opts.view !== 'auto' ? opts.view : vd.view;
  if (opts.view && opts.view !== 'auto' && opts.view !== vd.view && frames.length) warnings.push(`view set to ${opts.view}; the keypoints look like a ${vd.view} view`);
  const ad = detectActivity(track);
  const activity = opts.activity && opts.activity !== 'auto' ? opts.activity : ad.activity;
  const d = opts.d ?? vd.d;
  const report: Report = {
    format: 'hipcheck-report',
    version: 1,
    activity,
    view,
    source: { name: String(track.source?.name ?? 'track'), durationS: round(durationS, 3), fps: round(track.fps, 3), ...(factor !== 1 ? { slowmoFactor: factor, fileFps: input.fps } : {}) },
    flags: [],
    quality: { ...q, warnings },
    detected: { view: vd.view, d: vd.d, viewConfidence: vd.confidence, activity: ad.activity, feetMotionRatio: ad.feetMotionRatio },
  };
  if (frames.length === 0) {
    warnings.push('the track is empty: no frames to analyse');
    return report;
  }
  if (q.framesWithPose < MIN_POSE_SHARE) warnings.push(`a person was found in only ${(q.framesWithPose * 100).toFixed(0)} % of frames: results may be incomplete`);
  if (durationS < 2) warnings.push(`the clip is only ${durationS.toFixed(1)} s long: at least 5–10 s (≥ 7 steps per side, or a full set) is needed for stable results`);
  let flags: Flag[];
  if (activity === 'run') {
    const r = analyzeRun(track, { view, d, ...(opts.thresholds ? { thresholds: opts.thresholds } : {}) });
    report.run = r.run;
    flags = r.flags;
    warnings.push(...r.warnings);
  } else {
    const h = analyzeHinge(track, { view, d, ...(opts.thresholds ? { thresholds: opts.thresholds } : {}) });
    report.hinge = h.hinge;
    flags = h.flags;
    warnings.push(...h.warnings);
  }
  report.flags = flags;
  if (flags.length) warnings.push('hipcheck gives feedback on movement, not a diagnosis: see a professional if there is pain or numbness');
  return report;
}

const round = (v: number, k: number) => Math.round(v * 10 ** k) / 10 ** k;

function slowmo(track: Track, opts: AnalyzeOptions, warnings: string[]): number {
  if (opts.slowmoFactor !== undefined) {
    if (!(opts.slowmoFactor >= 1 && opts.slowmoFactor <= 64)) {
      warnings.push(`slow-motion factor ${opts.slowmoFactor} ignored: it must be between 1 and 64`);
      return 1;
    }
    warnings.push(`slow motion ×${opts.slowmoFactor}: all times and cadences are real time`);
    return opts.slowmoFactor;
  }
  if (opts.captureFps !== undefined && track.fps > 0) {
    const f = opts.captureFps / track.fps;
    if (f >= 1 && f <= 64) {
      warnings.push(`captured at ${opts.captureFps} fps, saved at ${track.fps} fps (slow motion ×${round(f, 2)}): all times and cadences are real time`);
      return f;
    }
    warnings.push(`capture rate ${opts.captureFps} fps ignored: it must be 1–64 times the file rate (${track.fps} fps)`);
  }
  return 1;
}
