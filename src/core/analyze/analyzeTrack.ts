import { analyzeHinge } from '../hinge/analyzeHinge.ts';
import type { Flag, LocalizedText, Report, View } from '../report/report.ts';
import { analyzeRun } from '../run/analyzeRun.ts';
import type { Track } from '../track/track.ts';
import { detectActivity } from './detectActivity.ts';
import { detectView } from './detectView.ts';
import { suggestSlowmo } from './suggestSlowmo.ts';
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
  /** Issue 13: hinge lift set by the user ('auto' or absent: classified from the movement). */
  lift?: 'rdl' | 'deadlift' | 'squat' | 'auto';
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
  const warnings: LocalizedText[] = [];
  const factor = slowmo(input, opts, warnings);
  const track = factor !== 1 ? trackRealTime(input, factor) : input;
  const q = trackQuality(track);
  const frames = track.frames;
  const durationS = frames.length ? frames[frames.length - 1]!.t - frames[0]!.t + 1 / track.fps : 0;
  const vd = detectView(track);
  const view: View = opts.view && opts.view !== 'auto' ? opts.view : vd.view;
  if (opts.view && opts.view !== 'auto' && opts.view !== vd.view && frames.length) warnings.push({ en: `view set to ${opts.view}; the keypoints look like a ${vd.view} view`, ja: `撮影方向は「${VIEW_JA[opts.view]}」に指定されていますが、キーポイントは「${VIEW_JA[vd.view]}」からの映像に見えます` });
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
    quality: { ...q, warnings: [] },
    detected: { view: vd.view, d: vd.d, viewConfidence: vd.confidence, activity: ad.activity, feetMotionRatio: ad.feetMotionRatio },
  };
  if (frames.length === 0) {
    warnings.push({ en: 'the track is empty: no frames to analyse', ja: 'トラックが空です。解析するフレームがありません' });
    return withWarnings(report, warnings);
  }
  if (q.framesWithPose < MIN_POSE_SHARE) warnings.push({ en: `a person was found in only ${(q.framesWithPose * 100).toFixed(0)} % of frames: results may be incomplete`, ja: `人物が見つかったのはフレームの ${(q.framesWithPose * 100).toFixed(0)} % だけです。結果が不完全な可能性があります` });
  if (durationS < 2) warnings.push({ en: `the clip is only ${durationS.toFixed(1)} s long: at least 5–10 s (≥ 7 steps per side, or a full set) is needed for stable results`, ja: `動画の長さが ${durationS.toFixed(1)} 秒しかありません。安定した結果には 5〜10 秒以上（片側 7 歩以上、または 1 セット全体）が必要です` });
  let flags: Flag[];
  if (activity === 'run') {
    const r = analyzeRun(track, { view, d, ...(opts.thresholds ? { thresholds: opts.thresholds } : {}) });
    report.run = r.run;
    flags = r.flags;
    warnings.push(...r.warnings);
    // Only for a file still read in its own clock: the UI offers to re-analyse at this factor.
    const f = factor === 1 && !r.running ? suggestSlowmo(track, r, view, d) : null;
    if (f !== null) {
      report.quality.suggestedSlowmoFactor = f;
      warnings.push({ en: `this looks like slow motion saved ×${f} slower than real time: analyse it with slow-motion factor ${f}`, ja: `実際の ${f} 倍遅く保存されたスローモーション動画のようです。スロー倍率 ${f} で解析してください` });
    }
  } else {
    const h = analyzeHinge(track, { view, d, ...(opts.thresholds ? { thresholds: opts.thresholds } : {}), ...(opts.lift && opts.lift !== 'auto' ? { lift: opts.lift } : {}) });
    report.hinge = h.hinge;
    flags = h.flags;
    warnings.push(...h.warnings);
  }
  report.flags = flags;
  if (flags.length) warnings.push({ en: 'hipcheck gives feedback on movement, not a diagnosis: see a professional if there is pain or numbness', ja: 'hipcheck は動きについてのフィードバックであり、診断ではありません。痛みやしびれがあれば専門家に相談してください' });
  return withWarnings(report, warnings);
}

const round = (v: number, k: number) => Math.round(v * 10 ** k) / 10 ** k;

const VIEW_JA: Record<View, string> = { side: '横', rear: '後方', front: '前方' };

/**
 * The report's warnings: `quality.warnings` in English (the metrics.md contract: strings), and the
 * same list, in the same order, in every UI language as `quality.warningText`.
 */
function withWarnings(report: Report, warnings: LocalizedText[]): Report {
  report.quality.warnings = warnings.map((w) => w.en);
  report.quality.warningText = warnings.map((w) => ({ ...w }));
  return report;
}

function slowmo(track: Track, opts: AnalyzeOptions, warnings: LocalizedText[]): number {
  if (opts.slowmoFactor !== undefined) {
    if (!(opts.slowmoFactor >= 1 && opts.slowmoFactor <= 64)) {
      warnings.push({ en: `slow-motion factor ${opts.slowmoFactor} ignored: it must be between 1 and 64`, ja: `スロー倍率 ${opts.slowmoFactor} は無視しました。1〜64 の範囲で指定してください` });
      return 1;
    }
    warnings.push({ en: `slow motion ×${opts.slowmoFactor}: all times and cadences are real time`, ja: `スローモーション ×${opts.slowmoFactor}：時間とピッチはすべて実時間です` });
    return opts.slowmoFactor;
  }
  if (opts.captureFps !== undefined && track.fps > 0) {
    const f = opts.captureFps / track.fps;
    if (f >= 1 && f <= 64) {
      warnings.push({ en: `captured at ${opts.captureFps} fps, saved at ${track.fps} fps (slow motion ×${round(f, 2)}): all times and cadences are real time`, ja: `${opts.captureFps} fps で撮影、${track.fps} fps で保存（スローモーション ×${round(f, 2)}）：時間とピッチはすべて実時間です` });
      return f;
    }
    warnings.push({ en: `capture rate ${opts.captureFps} fps ignored: it must be 1–64 times the file rate (${track.fps} fps)`, ja: `撮影フレームレート ${opts.captureFps} fps は無視しました。ファイルのフレームレート（${track.fps} fps）の 1〜64 倍で指定してください` });
  }
  return 1;
}
