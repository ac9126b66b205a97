import { meanLegLengthPx } from './legChoice.ts';
import { BAR_TIMING_CUTOFF_HZ, barSeries, pxPerMFromHeight, repBar, velocityLossPct } from './barPath.ts';
import type { CoreFlag, HingeRep, HingeSection, TextRef, View } from '../report/report.ts';
import { conditionTrack } from '../signal/conditionTrack.ts';
import { quantile } from '../signal/median.ts';
import { KP } from '../track/keypoints.ts';
import type { Track } from '../track/track.ts';
import { hingeFlags } from './hingeFlags.ts';
import { hingePattern } from './hingePattern.ts';
import { hingeSeries } from './hingeSeries.ts';
import { resolveHingeThresholds, type HingeThresholds } from './hingeThresholds.ts';
import { chooseLegs, legSeriesCombined } from './legChoice.ts';
import { repMetrics, type HingeRepMetrics } from './repMetrics.ts';
import { repPhases } from './repPhases.ts';
import { repSpread } from './repSpread.ts';
import { repConsistency } from './repConsistency.ts';
import { plantAnkles } from './plantAnkles.ts';
import { screenTrack } from './screenTrack.ts';
import { segmentReps, type IncompleteRep, type RepIndices } from './segmentReps.ts';
import { standingBaseline } from './standingBaseline.ts';
import { liftKind, type LiftKind } from './liftKind.ts';
import { trunkNoiseFloorDeg } from './trunkDrift.ts';
import { cameraOblique, OBLIQUE_VALIDATED_FLAGS, OBLIQUE_WARN_DEG } from './cameraOblique.ts';

export interface AnalyzeHingeOptions {
  /** Camera view; rear/front give reps and tempo only (metrics.md defines no rear hinge angle). Default 'side'. */
  view?: View;
  /** Facing direction (+1 toward image +x). Default: detected (hingeDirection). */
  d?: 1 | -1;
  thresholds?: Partial<HingeThresholds>;
  /** Override of segmentReps' FLOOR_LOCKOUT_FRAC (for the leave-one-clip-out check only). */
  floorLockoutFrac?: number;
  /** Overrides FLOOR_START_MIN_DEPTH_SHARE (segmentReps.ts): scripts/hinge-reps.ts --loo only. */
  floorStartMinDepthShare?: number;
  /** Issue 13: the lift, when the user says it (else classified from the movement: liftKind). */
  lift?: LiftKind;
  /** Issue 18: the lifter's standing height, m (else the track's subject.heightM), for bar velocity in m/s. */
  heightM?: number;
  /** Issue 18: a scale the user marked on the picture (a 45 cm plate), px per m; wins over the height. */
  plateScalePxPerM?: number;
}

export interface HingeAnalysis {
  hinge: HingeSection;
  flags: CoreFlag[];
  warnings: TextRef[];
}

const DEG = 180 / Math.PI;

/**
 * Rear/front view: no sagittal angle exists, but the shoulders come down toward the ankles in
 * every hinge or squat. The apparent trunk-plus-leg height H(t) is turned into a pseudo-angle
 * acos(H / H_standing), which is what a rigid segment tipping by that angle would show, so the same
 * segmentation (degrees, 5°/s still) applies.
 */
function rearSignal(y: Float64Array[]): Float64Array {
  const n = y[0]!.length;
  const h = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const sy = (y[KP.left_shoulder]![i]! + y[KP.right_shoulder]![i]!) / 2;
    const ay = (y[KP.left_ankle]![i]! + y[KP.right_ankle]![i]!) / 2;
    h[i] = ay - sy;
  }
  const stand = quantile(h, 0.95);
  return h.map((v) => Math.acos(Math.min(1, Math.max(0, v / stand))) * DEG);
}

/** The warning of a bottom that did not make a rep, by its reason (the words: src/text). */
const describeIncomplete = (t: number, r: IncompleteRep['reason']): TextRef => ({
  key: `warn.hinge.incomplete.${r}`,
  params: { t },
});

/**
 * Hinge / squat analysis of a pose track (issue 4): rep segmentation, the per-rep metrics of
 * metrics.md, phases and tempo, rep-to-rep spread, the movement pattern and the hinge flags.
 * Pure: no I/O. Missing values are null, never invented; every problem with the input is a warning.
 */
export function analyzeHinge(track: Track, opts: AnalyzeHingeOptions = {}): HingeAnalysis {
  const th = resolveHingeThresholds(opts.thresholds);
  const view = opts.view ?? 'side';
  const screen = screenTrack(track);
  const warnings = [...screen.warnings];
  const empty = (why: TextRef): HingeAnalysis => ({
    hinge: { repCount: 0, reps: [], incompleteReps: [] },
    flags: [],
    warnings: [...warnings, why],
  });
  if (track.frames.length < 3 || track.frames[track.frames.length - 1]!.t - track.frames[0]!.t < 0.5)
    return empty({ key: 'warn.hinge.tooShort' });
  if (screen.framesWithPose === 0) return empty({ key: 'warn.hinge.noPerson' });

  // Gate at 0.2, below the 0.3 default: in a side view the bar and plates cover the knees at the
  // bottom and MoveNet keeps placing them well at scores of 0.2–0.3; Hampel still rejects jumps [H].
  const planted = plantAnkles(conditionTrack(screen.track, { activity: 'hinge', minScore: 0.2 }));
  const c = planted.c;
  const hiddenPct = Math.round(100 * Math.max(planted.filled.left, planted.filled.right));
  if (hiddenPct >= 10) warnings.push({ key: 'warn.hinge.ankleHidden', params: { hiddenPct } });
  const s = hingeSeries(c, opts.d);
  const legs = chooseLegs(s, th.bothLegsMinScore);
  const side = view === 'side';
  const hip = side ? legSeriesCombined(s, legs, (l) => l.hipFlexDeg) : rearSignal(c.y);
  // A scene cut ends one piece of the signal and starts another (screenTrack, sceneCuts): blank
  // the samples within 0.1 s of it, so the smoothing does not join two takes into one movement.
  for (const tc of screen.cutT)
    for (let i = 0; i < hip.length; i++) if (Math.abs(s.t[i]! - tc) <= 0.1) hip[i] = NaN;
  const cutIdx = screen.cutT.map((tc) => s.t.findIndex((t) => t >= tc)).filter((i) => i > 0);
  const seg = segmentReps(hip, c.fsHz, th, opts.floorLockoutFrac, cutIdx, opts.floorStartMinDepthShare);
  const incompleteReps = seg.incomplete.map((r) => ({
    bottomT: Math.round(s.t[r.bottomI]! * 1e3) / 1e3,
    reason: r.reason,
  }));
  for (const r of incompleteReps) warnings.push(describeIncomplete(r.bottomT, r.reason));
  for (const r of seg.reps) {
    const cut = screen.cutT.find((tc) => tc <= s.t[r.startI]! + 1e-6 && s.t[r.startI]! - tc <= 0.3);
    if (r.startInMotion && cut !== undefined)
      warnings.push({ key: 'warn.hinge.sceneStartsRising', params: { cutT: cut } });
    else if (r.startInMotion)
      warnings.push({ key: 'warn.hinge.clipStartsRising', params: { startT: s.t[r.startI]! } });
  }
  if (seg.reps.length === 0) warnings.push({ key: 'warn.hinge.noCompleteRep' });

  const phasesOf = (ri: RepIndices, k: number) =>
    repPhases(
      hip,
      seg.rate,
      c.fsHz,
      ri,
      k + 1 < seg.reps.length ? seg.reps[k + 1]!.startI : null,
      th.stillDegPerS,
    );
  // Side view: every rep has the side-view numbers; rear/front: times, phases and tempo only.
  const sideReps: HingeRepMetrics[] = side
    ? seg.reps.map((ri, k) => {
        const topEndI = k + 1 < seg.reps.length ? seg.reps[k + 1]!.startI : hip.length - 1;
        return { ...repMetrics(s, legs, hip, ri, topEndI), ...phasesOf(ri, k) };
      })
    : [];
  const t4 = (i: number) => Math.round(s.t[i]! * 1e4) / 1e4;
  const reps: HingeRep[] = side
    ? sideReps
    : seg.reps.map((ri, k) => ({
        startT: t4(ri.startI),
        bottomT: t4(ri.bottomI),
        endT: t4(ri.endI),
        startKind: ri.startKind,
        ...phasesOf(ri, k),
      }));
  // Issue 13: lockout judged against the lifter's own still standing posture in this clip.
  const standing = side
    ? standingBaseline(
        s,
        legs,
        seg.rate,
        th.stillDegPerS,
        th.maxStandingHipFlexionDeg,
        seg.reps.length ? seg.reps[0]!.startI : hip.length,
      )
    : null;
  if (side) {
    const rel = (v: unknown, base: number | undefined) =>
      typeof v === 'number' && base !== undefined && Number.isFinite(base)
        ? Math.round((v - base) * 1e4) / 1e4
        : null;
    for (const r of sideReps) {
      r.lockoutTrunkVsStandingDeg = rel(r.lockoutLeanBackDeg, standing?.trunkDeg);
      r.lockoutHipVsStandingDeg = rel(r.lockoutHipFlexionDeg, standing?.hipDeg);
      r.lockoutKneeVsStandingDeg = rel(r.lockoutKneeFlexionDeg, standing?.kneeDeg);
    }
    if (reps.length && !standing) warnings.push({ key: 'warn.hinge.neverStandsStill' });
  }
  // Before the spread, so that the bar's per-rep values get their SD and n too.
  let barSet: { velocityLossPct: number | null; velocityScale: 'plate' | 'subjectHeight' | null } | null =
    null;
  if (side) {
    // Issue 18: bar path and velocity per rep (wrist mid-point), velocity loss across the set.
    const L = meanLegLengthPx(s);
    const heightM = opts.heightM ?? track.subject?.heightM;
    const plate =
      opts.plateScalePxPerM !== undefined && opts.plateScalePxPerM > 0 ? opts.plateScalePxPerM : null;
    const fromHeight = heightM !== undefined ? pxPerMFromHeight(L, heightM) : null;
    const pxPerM = plate ?? fromHeight;
    const bar = barSeries(c);
    // The bar's concentric phase is timed on the wrists low-passed at BAR_TIMING_CUTOFF_HZ (barPath.ts).
    const barTiming = barSeries(
      conditionTrack(screen.track, {
        activity: 'hinge',
        minScore: 0.2,
        fsHz: c.fsHz,
        cutoffHz: Math.min(BAR_TIMING_CUTOFF_HZ, c.cutoffHz),
        keypoints: [KP.left_wrist, KP.right_wrist],
      }),
    ).y;
    const bars = seg.reps.map((ri) => repBar(c, bar, s.d, L, ri, pxPerM, barTiming));
    bars.forEach((b, k) => Object.assign(sideReps[k]!, b));
    barSet = {
      velocityLossPct: velocityLossPct(bars.map((b) => b.barConcentricMeanVelocityLps)),
      velocityScale: plate !== null ? 'plate' : fromHeight !== null ? 'subjectHeight' : null,
    };
  }
  const spread = repSpread(reps);
  const kinds = new Set(seg.reps.map((r) => r.startKind));
  // Which reps were counted: 'full' (standing -> bottom -> standing), 'concentric-only' (floor ->
  // lockout), 'mixed' (a floor start followed by full reps), 'none'.
  const repCountKind =
    kinds.size === 0 ? 'none' : kinds.size === 2 ? 'mixed' : kinds.has('bottom') ? 'concentric-only' : 'full';
  const hinge: HingeSection = {
    repCount: reps.length,
    repCountKind,
    sceneCount: screen.cutT.length + 1,
    reps,
    incompleteReps,
    spread,
    legs: side ? legs : null,
    d: s.d,
  };
  if (side) hinge.standing = standing;
  if (barSet) Object.assign(hinge, barSet);
  let flags: CoreFlag[] = [];
  // Issue 13 (honest limits): 17 body keypoints put one straight line from the hips to the
  // shoulders, so a rounded (flexed) back is invisible to every angle here (no proxy was
  // validated on the tby66 r takes against c), and the report says so instead of staying silent.
  if (side && reps.length) warnings.push({ key: 'warn.hinge.spineNotJudged' });
  if (side && reps.length) {
    const metricReps = sideReps;
    hinge.pattern = hingePattern(metricReps, th);
    const lift = opts.lift ?? liftKind(metricReps);
    hinge.lift = lift;
    hinge.liftSource = opts.lift ? 'user' : 'movement';
    // Issue 13: the trunk change this clip's keypoint jitter alone can make (trunk-drift, hips-rise-first).
    const trunkNoise = trunkNoiseFloorDeg(
      hingeSeries({ ...c, x: c.rawX, y: c.rawY }, s.d).trunkDeg,
      s.trunkDeg,
    );
    hinge.trunkNoiseFloorDeg = Number.isFinite(trunkNoise) ? Math.round(trunkNoise * 100) / 100 : null;
    flags = hingeFlags(metricReps, th, screen.meanScore, lift, trunkNoise);
    // Issue 13: a camera turned well away from the side foreshortens every sagittal angle; say so,
    // and keep at info the flags that were not shown to hold on oblique views (cameraOblique.ts).
    const ob = cameraOblique(s);
    if (ob) hinge.cameraOffSideDeg = Math.round(ob.offSideDeg);
    if (ob && ob.offSideDeg >= OBLIQUE_WARN_DEG) {
      const deg = Math.round(ob.offSideDeg / 5) * 5;
      const lowered = flags
        .filter((f) => !OBLIQUE_VALIDATED_FLAGS.includes(f.id) && f.severity !== 'info')
        .map((f) => f.id);
      flags = flags.map((f) =>
        OBLIQUE_VALIDATED_FLAGS.includes(f.id) ? f : { ...f, severity: 'info' as const },
      );
      warnings.push({
        key: 'warn.hinge.cameraOblique',
        params: { offSideDeg: deg, lowered: lowered.join(', ') },
      });
    }
    // Issue 13: the trend of the bottom position and its noise floor, behind rep-inconsistency.
    const cons = repConsistency(metricReps, th.inconsistencyMinReps);
    const r2 = (v: number) => Math.round(v * 100) / 100;
    hinge.consistency = {
      repsCompared: cons.reps.length,
      tempoRobustCv: Number.isFinite(cons.tempoRobustCv) ? r2(cons.tempoRobustCv) : null,
      trends: Object.fromEntries(
        Object.entries(cons.trends).map(([k, v]) => [
          k,
          { n: v.n, changeDeg: r2(v.changeDeg), noiseFloorDeg: r2(v.noiseFloorDeg) },
        ]),
      ),
    };
  } else if (!side) {
    warnings.push({ key: 'warn.hinge.notSideView', params: { view } });
  }
  return { hinge, flags, warnings };
}
