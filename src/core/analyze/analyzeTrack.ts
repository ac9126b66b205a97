import { analyzeHinge } from '../hinge/analyzeHinge.ts';
import { hingeSeenFromSide, hingeViewCues } from '../hinge/hingeView.ts';
import type { CoreFlag, CoreReport, Detected, TextRef, View } from '../report/report.ts';
import { analyzeRun } from '../run/analyzeRun.ts';
import { RUN_CADENCE_MAX_SPM, RUN_CADENCE_MIN_SPM } from '../run/gaitPlausibility.ts';
import { trackRateHz } from '../signal/conditionTrack.ts';
import { keepOnePerson } from '../track/keepOnePerson.ts';
import { PARTIAL_PERSON_SHARE } from '../track/personPresence.ts';
import type { Track } from '../track/track.ts';
import { detectActivity } from './detectActivity.ts';
import { detectView } from './detectView.ts';
import { gaitPeriodicity } from './gaitPeriodicity.ts';
import { suggestSlowmo, WALK_PHASE_MAX_CORR } from './suggestSlowmo.ts';
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
  /** Running speed (treadmill display), m/s: the speed-dependent running flag norms use it. */
  speedMps?: number;
  /** Issue 13: hinge lift set by the user ('auto' or absent: classified from the movement). */
  lift?: 'rdl' | 'deadlift' | 'squat' | 'swing' | 'good-morning' | 'auto';
  /** Issue 18: the lifter's standing height, m (bar velocity in m/s); else the track's subject.heightM. */
  heightM?: number;
  /** Issue 18: px per m marked on the picture (a 45 cm plate); wins over the height. */
  plateScalePxPerM?: number;
}

/**
 * Contact cadence further than this from the contact-free rhythm means a contact was missed or
 * invented, and the cadence (60·(n−1)/span) is withheld [H]: on every visible running fixture
 * (Hamner 2–5 m/s, Dorn 7–9.4 m/s, 30/60 fps/clean, side and rear) the two agree within 2.6 %,
 * on male_side.mp4 within 0.2 %.
 */
const MAX_CONTACT_RHYTHM_RATIO = 1.1;
/** Below this autocorrelation the rhythm is not trusted to overrule contacts [H: runs 0.80–0.99]. */
const MIN_RHYTHM_STRENGTH = 0.5;
/** Steps a running clip should hold: 7 per side, for stable per-side medians (metrics.md). */
const STEPS_NEEDED = 14;
/** With two people in view, the one kept must fill at least this share of the posed frames [H]. */
const MIN_KEPT_PERSON_SHARE = 0.6;

/**
 * The whole analysis of one track → a hipcheck-report v1 (metrics.md): real-time clock (slow
 * motion), view and direction, activity (run vs hinge), then the running analysis or the hinge
 * helper's analyzeHinge, and the quality block. Nothing is invented: what the clip cannot
 * support is absent and said in quality.warnings.
 */
export function analyzeTrack(given: Track, opts: AnalyzeOptions = {}): CoreReport {
  const warnings: TextRef[] = [];
  // One definition of the frame rate, whoever wrote the track: 1 / median frame interval. The CLI
  // writes ffprobe's average rate in the header and the app 1 / median sample duration; on a
  // variable-frame-rate phone clip (60 fps with dropped frames) those are 58.2 and 60.
  // Four significant digits: frame times are stored to 1 µs, which moves 1/60 s by up to 4e-5.
  const rateHz = given.frames.length > 1 ? Number(trackRateHz(given).toPrecision(4)) : given.fps;
  const raw = rateHz > 0 && rateHz !== given.fps ? { ...given, fps: rateHz } : given;
  // A second person in view: keep the one seen most, or stop when neither dominates.
  const one = keepOnePerson(raw);
  const input = one.track;
  const twoPeople = one.jumps > 0;
  if (twoPeople) {
    warnings.push(
      one.keptShare >= MIN_KEPT_PERSON_SHARE
        ? {
            key: 'warn.secondPerson',
            params: { jumps: one.jumps, keptShare: one.keptShare, otherFrames: one.otherFrames },
          }
        : { key: 'warn.twoPeople', params: { jumps: one.jumps, keptShare: one.keptShare } },
    );
  }
  const factor = slowmo(input, opts, warnings);
  const track = factor !== 1 ? trackRealTime(input, factor) : input;
  const q = trackQuality(track);
  const frames = track.frames;
  const durationS = frames.length ? frames[frames.length - 1]!.t - frames[0]!.t + 1 / track.fps : 0;
  const vd = detectView(track);
  const ad = detectActivity(track);
  const activity = opts.activity && opts.activity !== 'auto' ? opts.activity : ad.activity;
  // Issue 13: a hinge filmed up to ~55° off the side looks frontal by shoulder width but shows the
  // bend sideways; it is analysed as a side view (analyzeHinge warns about the oblique camera).
  const hv = activity === 'hinge' && vd.view !== 'side' && frames.length ? hingeViewCues(track) : null;
  const autoView: View = hv && hingeSeenFromSide(hv) ? 'side' : vd.view;
  const view: View = opts.view && opts.view !== 'auto' ? opts.view : autoView;
  if (opts.view && opts.view !== 'auto' && opts.view !== autoView && frames.length)
    warnings.push({ key: 'warn.viewMismatch', params: { view: opts.view, autoView } });
  const d = opts.d ?? vd.d;
  const detected: Detected = {
    view: autoView,
    d: vd.d,
    viewConfidence: vd.confidence,
    ...(hv
      ? {
          hingeTrunkLeanP90Deg: round(hv.trunkLeanP90Deg, 1),
          hingeKneeForwardP90Ratio: round(hv.kneeForwardP90Ratio, 3),
        }
      : {}),
    activity: ad.activity,
    feetMotionRatio: ad.feetMotionRatio,
    feetAlternations: ad.feetAlternations,
    ...(twoPeople
      ? {
          secondPerson: {
            jumps: one.jumps,
            otherFrames: one.otherFrames,
            keptShare: round(one.keptShare, 3),
          },
        }
      : {}),
  };
  const report: CoreReport = {
    format: 'hipcheck-report',
    version: 1,
    activity,
    view,
    source: {
      name: String(track.source?.name ?? 'track'),
      durationS: round(durationS, 3),
      fps: round(track.fps, 3),
      ...(factor !== 1 ? { slowmoFactor: factor, fileFps: input.fps } : {}),
    },
    flags: [],
    quality: { ...q, warnings: [] },
    detected,
  };
  if (twoPeople && one.keptShare < MIN_KEPT_PERSON_SHARE) return withWarnings(report, warnings);
  if (frames.length === 0) {
    warnings.push({ key: 'warn.emptyTrack' });
    return withWarnings(report, warnings);
  }
  if (q.framesWithPose < PARTIAL_PERSON_SHARE)
    warnings.push({ key: 'warn.fewPersonFrames', params: { framesWithPose: q.framesWithPose } });
  if (durationS < 2) warnings.push({ key: 'warn.clipTooShort', params: { durationS } });
  let flags: CoreFlag[];
  if (activity === 'run') {
    const r = analyzeRun(track, {
      view,
      d,
      ...(opts.thresholds ? { thresholds: opts.thresholds } : {}),
      ...(opts.speedMps ? { speedMps: opts.speedMps } : {}),
    });
    report.run = r.run;
    flags = r.flags;
    warnings.push(...r.warnings);
    // The rhythm and its phase, read without contacts (gaitPeriodicity): walking vs running, and
    // the slow-motion factor. Cadence in the analysed clock.
    const p = gaitPeriodicity(track);
    const walking = view === 'side' && p.hipSpreadCorr < WALK_PHASE_MAX_CORR;
    const cad = r.run.cadenceSpm;
    const off = (k: number) =>
      Math.abs(Math.log(cad! / (k * p.cadenceSpm))) > Math.log(MAX_CONTACT_RHYTHM_RATIO);
    // Twice the rhythm is no contradiction: very unequal left and right steps repeat per stride.
    if (cad !== null && p.strength >= MIN_RHYTHM_STRENGTH && off(1) && off(2)) {
      warnings.push({
        key: 'warn.run.cadenceWithheld',
        params: { contacts: r.run.steps.length, contactCadenceSpm: cad, rhythmCadenceSpm: p.cadenceSpm },
      });
      r.run.cadenceSpm = null;
    }
    // A clip too short for stable numbers says how many steps it holds and how long to film.
    // The pace: the stride rhythm where it is clear, else the contacts' own cadence (a one-pass
    // clip of a few strides may have too few cycles for a clear rhythm but three contacts), else
    // a weak rhythm that still lies in the running band (a 1.6-s pass holds two strides: its
    // rhythm is weak, and its edge contacts may not be found, so counting them says too few).
    const weakRhythm =
      p.cadenceSpm >= RUN_CADENCE_MIN_SPM && p.cadenceSpm <= RUN_CADENCE_MAX_SPM ? p.cadenceSpm : null;
    const paceSpm =
      Number.isFinite(p.cadenceSpm) && p.strength >= MIN_RHYTHM_STRENGTH
        ? p.cadenceSpm
        : (r.run.cadenceSpm ?? weakRhythm);
    const held = paceSpm !== null ? Math.floor((durationS * paceSpm) / 60) : r.run.steps.length;
    if (held < STEPS_NEEDED) {
      const needS = Math.ceil(((STEPS_NEEDED + 2) * 60) / (paceSpm ?? 170));
      warnings.push({ key: 'warn.run.fewSteps', params: { held, stepsNeeded: STEPS_NEEDED, needS } });
    }
    report.detected = {
      ...detected,
      gait: Number.isFinite(p.hipSpreadCorr) && view === 'side' ? (walking ? 'walking' : 'running') : null,
      rhythmCadenceSpm: Number.isFinite(p.cadenceSpm) ? round(p.cadenceSpm, 1) : null,
      hipSpreadCorr: Number.isFinite(p.hipSpreadCorr) ? p.hipSpreadCorr : null,
    };
    if (walking && r.running) {
      // Contacts and cadence passed as running, but the pelvis vaults over the stance leg: walking.
      flags = [];
      r.run.running = false;
      r.run.steps = r.run.steps.map((x) => ({
        side: x.side,
        contactT: x.contactT,
        confidence: x.confidence,
      }));
      r.run.summary = { left: {}, right: {} };
      r.run.trend = null;
      warnings.push({ key: 'warn.run.walkingPelvis' });
    }
    // Only for a file still read in its own clock: the UI offers to re-analyse at this factor.
    const f = factor === 1 && !r.running && !walking ? suggestSlowmo(track, view, d, p) : null;
    if (f !== null) {
      report.quality.suggestedSlowmoFactor = f;
      warnings.push({ key: 'warn.run.looksSlowMotion', params: { factor: f } });
    }
  } else {
    const h = analyzeHinge(track, {
      view,
      d,
      ...(opts.thresholds ? { thresholds: opts.thresholds } : {}),
      ...(opts.lift && opts.lift !== 'auto' ? { lift: opts.lift } : {}),
      ...(opts.heightM ? { heightM: opts.heightM } : {}),
      ...(opts.plateScalePxPerM ? { plateScalePxPerM: opts.plateScalePxPerM } : {}),
    });
    report.hinge = h.hinge;
    flags = h.flags;
    warnings.push(...h.warnings);
  }
  report.flags = flags;
  if (flags.length) warnings.push({ key: 'warn.notADiagnosis' });
  return withWarnings(report, warnings);
}

const round = (v: number, k: number) => Math.round(v * 10 ** k) / 10 ** k;

/**
 * The report's warnings as keys and parameters in `quality.warningText`; src/text's localizeReport
 * gives them their words (`quality.warnings` in English, the metrics.md contract, and every
 * language's pair in `warningText`, in the same order).
 */
function withWarnings(report: CoreReport, warnings: TextRef[]): CoreReport {
  report.quality.warnings = [];
  report.quality.warningText = warnings.map((w) => ({ ...w }));
  return report;
}

function slowmo(track: Track, opts: AnalyzeOptions, warnings: TextRef[]): number {
  if (opts.slowmoFactor !== undefined) {
    if (!(opts.slowmoFactor >= 1 && opts.slowmoFactor <= 64)) {
      warnings.push({ key: 'warn.slowmoIgnored', params: { factor: opts.slowmoFactor } });
      return 1;
    }
    warnings.push({ key: 'warn.slowmo', params: { factor: opts.slowmoFactor } });
    return opts.slowmoFactor;
  }
  if (opts.captureFps !== undefined && track.fps > 0) {
    const f = opts.captureFps / track.fps;
    if (f >= 1 && f <= 64) {
      warnings.push({
        key: 'warn.captureFps',
        params: { captureFps: opts.captureFps, fileFps: track.fps, factor: round(f, 2) },
      });
      return f;
    }
    warnings.push({
      key: 'warn.captureFpsIgnored',
      params: { captureFps: opts.captureFps, fileFps: track.fps },
    });
  }
  return 1;
}
