import type { CoreFlag, TextRef, RunSection, RunStep } from '../report/report.ts';
import { butterworthLowpass } from '../signal/butterworth.ts';
import { conditionTrack, defaultCutoffHz } from '../signal/conditionTrack.ts';
import { comX, fillBySymmetry } from './comModel.ts';
import { pooledPelvicDrop } from './pooledPelvicDrop.ts';
import { cadenceSpm } from './cadence.ts';
import { REAR_DEFAULT_STANCE_S } from './stepMetricsRear.ts';
import { sideKeypoint } from '../track/keypoints.ts';
import type { Track } from '../track/track.ts';
import { gaitEventsRear, type RearEventParams } from './gaitEventsRear.ts';
import { unseenEdgeStep } from './unseenEdgeStep.ts';
import { gaitEventsSide, toeOffFill, type GaitEvent, type SideEventParams } from './gaitEventsSide.ts';
import { gaitPlausibility } from './gaitPlausibility.ts';
import { repairLegSwaps } from './repairLegSwaps.ts';
import { flaggableSteps, runFlags } from './runFlags.ts';
import { runSpeed } from './runNorms.ts';
import { runTrend } from './runTrend.ts';
import { runCutoffHz, runSignals } from './runSignals.ts';
import { sideAsymmetry, sideSummaries } from './runSummary.ts';
import { stepMetricsRear, pelvisObliquity } from './stepMetricsRear.ts';
import { stepMetricsSide } from './stepMetricsSide.ts';
import { byContactT } from './byContactT.ts';
import { ascending } from '../signal/median.ts';

export interface AnalyzeRunOptions {
  view: 'side' | 'rear' | 'front';
  d: 1 | -1;
  /** Flag threshold overrides (runThresholds.ts keys). */
  thresholds?: Record<string, number>;
  /** Low-pass cut-off for the keypoints, Hz (default: conditionTrack's running default). */
  cutoffHz?: number;
  /** Running speed (treadmill display), m/s: the speed-dependent flag norms use it (runNorms.ts). */
  speedMps?: number;
  /** Data-chosen event constants, overridden only by scripts/generalization.ts (leave-one-out). */
  tuning?: {
    side?: Partial<SideEventParams>;
    rear?: Partial<RearEventParams>;
    cutoffStepMultiple?: number;
    pelvisCutoffHz?: number;
    pelvisCutoffStepShare?: number;
    pelvicDropOwnWeight?: number;
  };
}

export interface AnalyzeRunResult {
  run: RunSection;
  flags: CoreFlag[];
  warnings: TextRef[];
  /** False when the clip does not look like real-time running (then only contacts are kept). */
  running: boolean;
}

/**
 * Pelvis obliquity cut-off for the rear view [H]: pelvic drop has its content at the step rate
 * (~2.5–3.2 Hz), while keypoint noise on two hips ~50 px apart is several degrees per frame
 * (fixtures/mocap/MANIFEST.md), so the hip line is low-passed at 2 Hz before taking a max (1.5–4 Hz
 * compared on 80 fresh noise draws with scripts/noise-robustness.ts: 2 Hz had the lowest error).
 */
export const PELVIS_CUTOFF_HZ = 2;

/**
 * The pelvis cut-off as a share of the step rate, for steps faster than the jogging ones that chose
 * PELVIS_CUTOFF_HZ [H]: the drop peaks once per stance, so its content moves up with the step rate
 * (and a sprinter's stance is a shorter share of the step, which sharpens the peak further). 2 Hz
 * was chosen at Hamner's step rates 2.5–3.2 Hz, i.e. 0.63–0.8 of the step rate: the middle, 0.7,
 * keeps 2 Hz on every Hamner run (at most 2.2 Hz at 5 m/s) and gives 2.35 Hz at Dorn 7.0 m/s and
 * 3.0 Hz at 9.4 m/s, which did not choose it. Fixed 2 Hz flattened the sprint peaks: pelvicDropDeg
 * bias −1.2° (7.0 m/s) and −1.7 to −1.9° (9.4 m/s) on the 60 fps and clean fixtures.
 */
export const PELVIS_CUTOFF_STEP_SHARE = 0.7;

/** The rear view's pelvis obliquity cut-off, Hz: PELVIS_CUTOFF_HZ, raised with the step rate. */
export function pelvisCutoffHz(
  fsHz: number,
  stepS: number,
  floorHz = PELVIS_CUTOFF_HZ,
  stepShare = PELVIS_CUTOFF_STEP_SHARE,
): number {
  return Math.min(Math.max(floorHz, stepS > 0 ? stepShare / stepS : 0), 0.4 * fsHz);
}

/**
 * Share of a stance's own obliquity curve in its pelvic drop; the rest is the mean curve of the
 * side's stances (pooledPelvicDrop) [H]. Chosen on scripts/noise-robustness.ts (seeds 1–10, rear,
 * 30 and 60 fps; weights 0–1 tried): 0.5 took the per-step MAE at 30 fps from 1.70° to 1.35°; on
 * seeds 11–20, not used to choose it, from 1.70° to 1.33°.
 */
export const PELVIC_DROP_OWN_WEIGHT = 0.5;

/**
 * The keypoints the running analysis reads (COCO-17: the ears, for the COM's head, and shoulders
 * to ankles); the nose and eyes are not conditioned. A metric that needs them must add them here.
 */
const RUN_KEYPOINTS = Array.from({ length: 14 }, (_, i) => i + 3);

/** Contacts of the same foot closer than this are one contact seen twice. */
const SAME_FOOT_MIN_S = 0.25;

/**
 * The running analysis of one track, already known to be a run seen from `view` travelling `d`:
 * leg-swap repair (side view) → signal conditioning → gait events → per-step metrics (metrics.md)
 * → per-side medians, spread, asymmetry, first-vs-last trend → plausibility → flags.
 * Times are those of the track (the caller rescales slow-motion clips first).
 */
export function analyzeRun(track: Track, opts: AnalyzeRunOptions): AnalyzeRunResult {
  const warnings: TextRef[] = [];
  const side = opts.view === 'side';
  let tr = track;
  if (side) {
    const rep = repairLegSwaps(track);
    tr = rep.track;
    if (rep.swappedFrames.length)
      warnings.push({ key: 'warn.run.legsSwapped', params: { frames: rep.swappedFrames.length } });
  }
  const empty = (w: TextRef): AnalyzeRunResult => ({
    run: { cadenceSpm: null, steps: [], summary: { left: {}, right: {} }, running: false },
    flags: [],
    warnings: [...warnings, w],
    running: false,
  });
  if (tr.frames.length < 5) return empty({ key: 'warn.run.tooFewFrames' });
  const eventsOf = (cutoffHz: number | undefined) => {
    const c = conditionTrack(tr, {
      activity: 'run',
      gapFill: 'cubic',
      keypoints: RUN_KEYPOINTS,
      keepRaw: false,
      ...(cutoffHz ? { cutoffHz } : {}),
    });
    const s = runSignals(c, opts.d);
    const tEnd = c.t.length ? c.t[c.t.length - 1]! : 0;
    // A contact estimated outside the clip (its foot landed before the first frame) is not a step;
    // one estimated within half a sample before the first frame rounds to that frame (the foot is
    // on the ground there and the time grid cannot say more), so it is kept, timed at the first frame.
    const halfSample = 0.5 / s.fsHz;
    const ok = s.leg.left.legLengthPx > 0 && s.leg.right.legLengthPx > 0;
    const events: GaitEvent[] = [];
    if (ok)
      for (const e of dedupe(
        side
          ? toeOffFill(gaitEventsSide(s, opts.tuning?.side), tEnd)
          : gaitEventsRear(s, opts.tuning?.rear, opts.view === 'front' ? 'front' : 'rear'),
      ))
        if (e.contactT >= s.t0 - halfSample && e.contactT <= tEnd)
          events.push(e.contactT < s.t0 ? { ...e, contactT: s.t0 } : e);
    return { c, s, tEnd, events, ok };
  };
  let pass = eventsOf(opts.cutoffHz);
  // Fast cadences need a wider band (runCutoffHz): once the step time is known, condition again.
  const fc0 = opts.cutoffHz ?? defaultCutoffHz('run', pass.s.fsHz);
  const fc1 = runCutoffHz(
    fc0,
    pass.s.fsHz,
    medianStep(dropCrowded(pass.events)),
    opts.tuning?.cutoffStepMultiple,
  );
  if (opts.cutoffHz === undefined && fc1 > fc0) pass = eventsOf(fc1);
  const { c, s, tEnd } = pass;
  let events = pass.events;
  if (!pass.ok) return empty({ key: 'warn.run.legsNotVisible' });
  const durationS = c.t.length ? c.t[c.t.length - 1]! - c.t[0]! : 0;
  if (events.length === 0) return empty({ key: 'warn.run.noContacts', params: { durationS } });
  events = dropCrowded(events);
  let alternations = 0;
  for (let i = 1; i < events.length; i++) if (events[i]!.side === events[i - 1]!.side) alternations++;
  if (alternations) warnings.push({ key: 'warn.run.sameFootTwice', params: { pairs: alternations } });
  events = events.sort(byContactT);
  let steps: RunStep[];
  // Every contact found times the cadence, also one whose step carries no numbers (unseenEdgeStep).
  let contacts: readonly Pick<GaitEvent, 'side' | 'contactT'>[] = events;
  if (side) {
    // The COM of footAheadOfComRatio, with the far limbs the model missed supplied by symmetry.
    const stepS = medianStep(events);
    const com = comX(Number.isFinite(stepS) ? fillBySymmetry(c.x, c.y, stepS * s.fsHz).x : c.x);
    // The last contact's successor may lie past a clip edge too close for it to be detected: it is
    // one typical step later, and the clip must cover at least 3/4 of that step (midstance low and
    // most of the flight high) for the pelvis range over it to stand for the step's.
    // (Loops, not map/filter arrows over the steps: recompiled after every full garbage
    // collection, see byContactT.ts.)
    const all: RunStep[] = [];
    for (let i = 0; i < events.length; i++) {
      const ic = events[i]!.contactT;
      const next = events[i + 1]?.contactT ?? (ic + 0.75 * stepS <= tEnd ? Math.min(ic + stepS, tEnd) : null);
      all.push(stepMetricsSide(s, events[i]!, next, com));
    }
    // How confidently the model saw this leg at the step's evidence frames (runFlags' far-leg rule).
    for (const st of all) st.legScore = legScoreAt(c, st.side, st.contactT, st.toeOffT);
    contacts = all;
    steps = [];
    for (let i = 0; i < all.length; i++) if (!unseenEdgeStep(all[i]!, i, all.length)) steps.push(all[i]!);
  } else {
    const stepS = medianStep(events);
    const lp = (x: Float64Array) =>
      butterworthLowpass(
        x,
        s.fsHz,
        pelvisCutoffHz(s.fsHz, stepS, opts.tuning?.pelvisCutoffHz, opts.tuning?.pelvisCutoffStepShare),
      );
    const obl = pelvisObliquity(
      lp(s.leg.left.hipX),
      lp(s.leg.left.hipY),
      lp(s.leg.right.hipX),
      lp(s.leg.right.hipY),
    );
    steps = events.map((e, i) => {
      const before = events[i - 1];
      let prev: GaitEvent | null = before && before.side !== e.side ? before : null;
      // The first contact's predecessor may lie before the first detected one: the other foot was
      // then on the ground one step earlier, and its ankle position there is measured.
      if (i === 0 && Number.isFinite(stepS) && e.contactT - stepS >= s.t0) {
        prev = {
          side: e.side === 'left' ? 'right' : 'left',
          contactT: e.contactT - stepS,
          toeOffT: null,
          confidence: 0,
        };
      }
      return stepMetricsRear(s, e, prev);
    });
    // Each stance's pelvic drop with the same side's other stances lending their shape.
    const pooled = pooledPelvicDrop(
      s,
      events,
      obl,
      (e) => e.toeOffT ?? e.contactT + REAR_DEFAULT_STANCE_S,
      opts.tuning?.pelvicDropOwnWeight ?? PELVIC_DROP_OWN_WEIGHT,
    );
    steps.forEach((st, i) => (st.pelvicDropDeg = pooled[i] === null ? null : round2(pooled[i]!)));
  }
  const cadence = cadenceSpm(contacts);
  if (cadence === null)
    warnings.push({ key: 'warn.run.tooFewForCadence', params: { contacts: contacts.length } });
  const sumLeft = sideSummaries(steps, 'left');
  const sumRight = sideSummaries(steps, 'right');
  const left = sumLeft.median;
  const right = sumRight.median;
  const run: RunSection = {
    cadenceSpm: cadence,
    steps,
    summary: {
      left,
      right,
      spread: { left: sumLeft.spread, right: sumRight.spread },
      asymmetry: sideAsymmetry(left, right),
      stepsPerSide: { left: countSide(steps, 'left'), right: countSide(steps, 'right') },
      count: { left: sumLeft.count, right: sumRight.count },
      sd: { left: sumLeft.sd, right: sumRight.sd },
    },
    trend: runTrend(flaggableSteps(steps, opts.view, side ? nearSideOf(opts.d) : null)),
    speed: runSpeed(cadence, opts.speedMps),
    legLengthPx: { left: round2(s.leg.left.legLengthPx), right: round2(s.leg.right.legLengthPx) },
    d: opts.d,
  };
  const nMin = Math.min(countSide(steps, 'left'), countSide(steps, 'right'));
  if (nMin < 7) warnings.push({ key: 'warn.run.fewStepsPerSide', params: { steps: nMin } });
  const plaus = gaitPlausibility(run, opts.view);
  warnings.push(...plaus.warnings);
  const meanScore = meanStepScore(s);
  const flags = plaus.running
    ? runFlags(run, opts.view, meanScore, opts.thresholds, {
        ...(opts.speedMps ? { speedMps: opts.speedMps } : {}),
        nearSide: side ? nearSideOf(opts.d) : null,
      })
    : [];
  if (!plaus.running) {
    // Stance metrics from a walking or slow-motion clip would be running numbers that do not
    // apply: keep the contacts (and cadence, in the clip's clock), withhold the rest.
    run.steps = steps.map((x) => ({ side: x.side, contactT: x.contactT, confidence: x.confidence }));
    run.summary = { left: {}, right: {} };
    run.trend = null;
    warnings.push({ key: 'warn.run.notRunning' });
  }
  run.running = plaus.running;
  return { run, flags, warnings, running: plaus.running };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The leg nearer a side camera: a runner travelling toward image +x shows the camera their right
 * side (fixtures/mocap/MANIFEST.md: camera on the right, d = +1, right leg near; male_side.mp4:
 * d = −1, left leg near, its right ankle the half-hidden one).
 */
function nearSideOf(d: 1 | -1): 'left' | 'right' {
  return d > 0 ? 'right' : 'left';
}

/** Steps of one side. */
function countSide(steps: readonly RunStep[], side: 'left' | 'right'): number {
  let n = 0;
  for (const s of steps) if (s.side === side) n++;
  return n;
}

/** Lowest model score of the leg's hip, knee and ankle at the two times (nearest sample). */
function legScoreAt(
  c: ReturnType<typeof conditionTrack>,
  side: 'left' | 'right',
  t0: number | null | undefined,
  t1: number | null | undefined,
): number | null {
  const k = [sideKeypoint(side, 'hip'), sideKeypoint(side, 'knee'), sideKeypoint(side, 'ankle')];
  let m = Infinity;
  for (let q = 0; q < 2; q++) {
    const t = q === 0 ? t0 : t1;
    if (typeof t !== 'number' || !c.t.length) continue;
    const i = Math.min(c.t.length - 1, Math.max(0, Math.round((t - c.t[0]!) * c.fsHz)));
    for (const j of k) m = Math.min(m, c.score[j]![i]!);
  }
  return Number.isFinite(m) ? Math.round(m * 100) / 100 : null;
}

function medianStep(ev: GaitEvent[]): number {
  const d: number[] = [];
  for (let i = 1; i < ev.length; i++) d.push(ev[i]!.contactT - ev[i - 1]!.contactT);
  d.sort(ascending);
  return d.length ? d[Math.floor(d.length / 2)]! : NaN;
}

function dedupe(ev: GaitEvent[]): GaitEvent[] {
  const out: GaitEvent[] = [];
  const sorted = ev.sort(byContactT);
  // The contacts come in time order, so a kept one SAME_FOOT_MIN_S or more before the current one
  // can match no later one either: the search for the first match starts after the leading run of
  // those (a 10-minute run has ~1600 contacts). Not with a missing time, whose order is undefined.
  const ordered = sorted.every((e) => Number.isFinite(e.contactT));
  let start = 0;
  for (const e of sorted) {
    while (ordered && start < out.length && e.contactT - out[start]!.contactT >= SAME_FOOT_MIN_S) start++;
    let j = -1;
    for (let q = start; q < out.length; q++) {
      const o = out[q]!;
      if (o.side === e.side && Math.abs(o.contactT - e.contactT) < SAME_FOOT_MIN_S) {
        j = q;
        break;
      }
    }
    if (j < 0) out.push(e);
    else if (e.confidence > out[j]!.confidence) out[j] = e;
  }
  return out;
}

/**
 * Gait continuity: two contacts closer than half the median step time cannot both be real (a
 * pose glitch). Of such a pair, drop the one whose removal leaves left/right alternating, else
 * the less confident one.
 */
function dropCrowded(ev: GaitEvent[]): GaitEvent[] {
  const out = [...ev].sort(byContactT);
  for (let guard = 0; guard < ev.length; guard++) {
    const med = medianStep(out);
    let i = -1;
    for (let k = 1; k < out.length && i < 0; k++)
      if (out[k]!.contactT - out[k - 1]!.contactT < 0.5 * med) i = k;
    if (i < 0 || !Number.isFinite(med)) break;
    const alt = (k: number) => {
      const a = out[k - 1];
      const b = out[k + 1];
      return !a || !b || a.side !== b.side;
    };
    const [a, b] = [i - 1, i];
    const drop = alt(a) !== alt(b) ? (alt(a) ? a : b) : out[a]!.confidence < out[b]!.confidence ? a : b;
    out.splice(drop, 1);
  }
  return out;
}

function meanStepScore(s: ReturnType<typeof runSignals>): number {
  let a = 0;
  let n = 0;
  // Indexed, not for-of: no boxed number per sample.
  for (const leg of [s.leg.left, s.leg.right]) {
    const score = leg.score;
    for (let i = 0; i < score.length; i++) {
      const v = score[i]!;
      if (Number.isFinite(v)) {
        a += v;
        n++;
      }
    }
  }
  return n ? a / n : NaN;
}
