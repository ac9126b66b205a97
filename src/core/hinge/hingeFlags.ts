import { makeFlag } from '../flags/makeFlag.ts';
import type { DrillId } from '../flags/drills.ts';
import { severityMax } from '../flags/severity.ts';
import type { CoreFlag, FlagEvidence, Severity, TextRef } from '../report/report.ts';
import { median } from '../signal/median.ts';
import { hingeFlagText, type FlagText } from './hingeFlagText.ts';
import { HINGE_THRESHOLD_SOURCES, type HingeThresholds } from './hingeThresholds.ts';
import type { HingeRepMetrics } from './repMetrics.ts';
import { repConsistency } from './repConsistency.ts';
import type { LiftKind } from './liftKind.ts';

/** Reps behind a set median before a hinge flag keeps its full severity (1–2 reps: one level lower) [H]. */
export const HINGE_MIN_REPS = 3;

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : NaN);
const med = (reps: HingeRepMetrics[], k: keyof HingeRepMetrics) => median(reps.map((r) => num(r[k])));
const ev = (
  reps: HingeRepMetrics[],
  k: keyof HingeRepMetrics,
  tKey: 'bottomT' | 'endT' | 'barBelowKneeRiseT' | 'barPathMaxDeviationT',
  threshold?: number,
): FlagEvidence[] =>
  reps
    .filter((r) => Number.isFinite(num(r[k])))
    .map((r) => ({
      t:
        tKey === 'barBelowKneeRiseT'
          ? (r.barBelowKneeRiseT ?? r.bottomT)
          : tKey === 'barPathMaxDeviationT'
            ? (r.barPathMaxDeviationT ?? r.bottomT)
            : r[tKey],
      metric: String(k),
      value: num(r[k]),
      ...(threshold !== undefined ? { threshold } : {}),
    }));

interface Found {
  id: string;
  severity: Severity;
  text: FlagText;
  evidence: FlagEvidence[];
  drills: DrillId[];
  n: number;
}

/**
 * The hinge flags of patterns.md. Each fires when the set median of its metric crosses the warn
 * threshold (the median, so one odd rep does not decide); the evidence lists every rep's value.
 * Severity rises to alert past the alert threshold, and is lowered one level when fewer than
 * HINGE_MIN_REPS reps back it (makeFlag).
 */
export function hingeFlags(
  reps: HingeRepMetrics[],
  th: HingeThresholds,
  meanScore: number,
  lift: LiftKind | null = null,
  /** Issue 13: trunk change this clip's keypoint noise alone can make (trunkNoiseFloorDeg); NaN = unknown. */
  trunkNoiseDeg = NaN,
): CoreFlag[] {
  const out: Found[] = [];
  const top = reps.filter((r) => r.startKind === 'top');
  const floor = reps.filter((r) => r.startKind === 'bottom');

  // squatting-the-hinge (issue 13: by the lift's norms; never for a set the user calls a squat)
  let sq: Found | null = null;
  // A swing's backswing bends the knees like a bent-knee pull (the visible swings read hip/knee 1.2–1.8
  // and shins 11–18°), so it is judged by the bent-knee norms: a swing is "squatted" when the knees bend
  // more than the hips or the shins tip past 35°, not by the RDL's "ratio < 2".
  // A good morning (issue 13) too: its soft knees read 51–63° and hip/knee 1.5–1.8 on the visible
  // oblique demos (MoveNet's knee bias, foreshortening), so the RDL's "ratio < 2" would call both good
  // demonstrations squatted; knees bending more than the hips is what a squatted good morning shows.
  if (lift === 'deadlift' || lift === 'swing' || lift === 'good-morning') {
    const ratio = med(reps, 'hipKneeRatio');
    const shin = med(reps, 'shinAngleDeg');
    if (ratio < th.deadliftSquatRatio || shin > th.deadliftSquatShinDeg) {
      const sev: Severity = ratio < th.deadliftSquatAlertRatio ? 'alert' : 'warn';
      const evidence = [
        ...ev(reps, 'hipKneeRatio', 'bottomT', th.deadliftSquatRatio),
        ...ev(reps, 'shinAngleDeg', 'bottomT', th.deadliftSquatShinDeg),
        ...ev(reps, 'kneeFlexionDeg', 'bottomT'),
      ];
      sq = {
        id: 'squatting-the-hinge',
        severity: sev,
        text: hingeFlagText.squattingTop(ratio, shin, med(reps, 'kneeFlexionDeg')),
        evidence,
        drills: ['wall-hip-hinge', 'split-stance-hinge'],
        n: reps.length,
      };
    }
  }
  if (lift === null || lift === 'rdl') {
    if (top.length) {
      const ratio = med(top, 'hipKneeRatio');
      const shin = med(top, 'shinAngleDeg');
      if (ratio < th.squatFlagRatio || shin > th.squatFlagShinDeg) {
        const sev: Severity = ratio < th.squatAlertRatio || shin > th.squatAlertShinDeg ? 'alert' : 'warn';
        const evidence = [
          ...ev(top, 'hipKneeRatio', 'bottomT', th.squatFlagRatio),
          ...ev(top, 'shinAngleDeg', 'bottomT', th.squatFlagShinDeg),
          ...ev(top, 'kneeFlexionDeg', 'bottomT'),
        ];
        sq = {
          id: 'squatting-the-hinge',
          severity: sev,
          text: hingeFlagText.squattingTop(ratio, shin, med(top, 'kneeFlexionDeg')),
          evidence,
          drills: ['wall-hip-hinge', 'split-stance-hinge'],
          n: top.length,
        };
      }
    }
    if (floor.length) {
      const knee = med(floor, 'kneeFlexionDeg');
      const shin = med(floor, 'shinAngleDeg');
      if (knee > th.floorSquatKneeDeg || shin > th.floorSquatShinDeg) {
        const sev: Severity = shin > th.squatAlertShinDeg ? 'alert' : 'warn';
        const evidence = [
          ...ev(floor, 'kneeFlexionDeg', 'bottomT', th.floorSquatKneeDeg),
          ...ev(floor, 'shinAngleDeg', 'bottomT', th.floorSquatShinDeg),
        ];
        const f: Found = {
          id: 'squatting-the-hinge',
          severity: sev,
          text: hingeFlagText.squattingFloor(knee, shin),
          evidence,
          drills: ['wall-hip-hinge', 'split-stance-hinge'],
          n: floor.length,
        };
        sq = sq
          ? {
              ...sq,
              severity: severityMax(sq.severity, sev),
              evidence: [...sq.evidence, ...evidence],
              n: sq.n + f.n,
            }
          : f;
      }
    }
  }
  if (sq) out.push(sq);

  // hips-not-back: only reps where the trunk really tipped forward. Not for a swing: the rule's premise
  // is that the hips must go back behind the ankles to balance a tipped trunk and a load in front of the
  // legs; at a swing's backswing the bell is between and behind the legs and balances the trunk
  // itself, so the hips stay nearer over the feet (the visible swings: 0.05–0.16 L) on good swings.
  // Not for a squat either (issue 13): the hips go down, not back; hips-back is a hinge norm. A good
  // morning is judged like an RDL here (the hips must go back as the trunk tips).
  const tipped =
    lift === 'swing' || lift === 'squat'
      ? []
      : reps.filter((r) => num(r.trunkAngleDeg) >= th.hipsBackMinTrunkDeg);
  const shift = med(tipped, 'hipBackShiftRatio');
  if (tipped.length && shift < th.hipsBackWarnRatio) {
    out.push({
      id: 'hips-not-back',
      severity: shift < th.hipsBackAlertRatio ? 'alert' : 'warn',
      text: hingeFlagText.hipsNotBack(shift, med(tipped, 'trunkAngleDeg')),
      evidence: [
        ...ev(tipped, 'hipBackShiftRatio', 'bottomT', th.hipsBackWarnRatio),
        ...ev(tipped, 'trunkAngleDeg', 'bottomT'),
      ],
      drills: ['wall-hip-hinge', 'split-stance-hinge', 'diaphragmatic-breathing'],
      n: tipped.length,
    });
  }

  // trunk-angle-drift: descent vs ascent at matched hip flexion (seed 003, §5.3).
  // hips-rise-first (issue 13, its own id): early in the ascent the trunk tips further forward
  // while the knees extend, i.e. the hips rise before the shoulders (§5.3 "hips shoot up").
  const drift = med(reps, 'trunkDriftDeg');
  const early = med(reps, 'earlyRiseTrunkChangeDeg');
  const earlyKnee = med(reps, 'earlyRiseKneeExtensionDeg');
  // Both compare two trunk readings: a change also has to clear this clip's own noise floor.
  const driftWarn = Number.isFinite(trunkNoiseDeg)
    ? Math.max(th.trunkDriftWarnDeg, trunkNoiseDeg)
    : th.trunkDriftWarnDeg;
  // Not for a squat (issue 13): its ascent norms are not a hinge's and were not validated here.
  const shoot = lift !== 'squat' && early > driftWarn && earlyKnee > 15;
  if (shoot) {
    out.push({
      id: 'hips-rise-first',
      severity: early > th.trunkDriftAlertDeg ? 'alert' : 'warn',
      text: hingeFlagText.hipsShootUp(early, earlyKnee),
      // Issue 13: evidence frames at the bar-below-knee instant of the ascent (the bottom where the wrists never go below the knees).
      evidence: [
        ...ev(reps, 'earlyRiseTrunkChangeDeg', 'barBelowKneeRiseT', driftWarn),
        ...ev(reps, 'earlyRiseKneeExtensionDeg', 'barBelowKneeRiseT', 15),
      ],
      drills: ['paused-hinge', 'diaphragmatic-breathing'],
      n: reps.length,
    });
  }
  if (drift > driftWarn) {
    out.push({
      id: 'trunk-angle-drift',
      severity: drift > th.trunkDriftAlertDeg ? 'alert' : 'warn',
      text: hingeFlagText.trunkDrift(drift),
      evidence: ev(reps, 'trunkDriftDeg', 'bottomT', driftWarn),
      drills: ['paused-hinge', 'diaphragmatic-breathing'],
      n: reps.length,
    });
  }

  // bar-drift (issue 18): pulls only; a swing's bell and a good morning's bar (on the back) sit
  // ahead of the feet by design, and a squat holds no bar in the hands.
  if (lift === 'deadlift' || lift === 'rdl') {
    const dev = med(reps, 'barPathMaxDeviationRatio');
    if (dev > th.barDriftWarnRatio) {
      out.push({
        id: 'bar-drift',
        severity: dev > th.barDriftAlertRatio ? 'alert' : 'warn',
        text: hingeFlagText.barDrift(dev, med(reps, 'barPathMaxDeviationCm')),
        evidence: ev(reps, 'barPathMaxDeviationRatio', 'barPathMaxDeviationT', th.barDriftWarnRatio),
        drills: ['wall-hip-hinge', 'paused-hinge'],
        n: reps.length,
      });
    }
  }

  // lockout-lean-back
  // The lean held ≥ 0.2 s after endT (biomech-notes §5.5 "sustained"), not only the value at endT.
  // Issue 13: judged against the lifter's own still standing posture (lockoutTrunkVsStandingDeg), so
  // MoveNet's fixed hip/shoulder offsets cancel; with no standing frame the absolute reading stays at info.
  const leanRel = med(reps, 'lockoutTrunkVsStandingDeg');
  const lean = med(reps, 'lockoutLeanBackDeg');
  if (Number.isFinite(leanRel)) {
    if (leanRel < th.leanBackWarnDeg) {
      const evidence = [
        ...ev(reps, 'lockoutTrunkVsStandingDeg', 'endT', th.leanBackWarnDeg),
        ...ev(reps, 'lockoutLeanBackDeg', 'endT'),
      ];
      out.push({
        id: 'lockout-lean-back',
        severity: leanRel < th.leanBackAlertDeg ? 'alert' : 'warn',
        text: hingeFlagText.leanBackVsStanding(-leanRel),
        evidence,
        drills: ['diaphragmatic-breathing', 'pelvic-reset'],
        n: reps.length,
      });
    }
  } else if (lean < th.leanBackWarnDeg) {
    const evidence = [
      ...ev(reps, 'lockoutLeanBackDeg', 'endT', th.leanBackWarnDeg),
      ...ev(reps, 'lockoutTrunkDeg', 'endT'),
    ];
    out.push({
      id: 'lockout-lean-back',
      severity: 'info',
      text: hingeFlagText.leanBack(lean),
      evidence,
      drills: ['diaphragmatic-breathing', 'pelvic-reset'],
      n: reps.length,
    });
  }

  // incomplete-lockout
  // Issue 13: against the lifter's own standing posture (lockout…VsStandingDeg); absolute readings
  // (MoveNet reads a straight knee at 10–15°) only at info when the clip has no standing frame.
  const lhRel = med(reps, 'lockoutHipVsStandingDeg');
  const lkRel = med(reps, 'lockoutKneeVsStandingDeg');
  const lh = med(reps, 'lockoutHipFlexionDeg');
  const lk = med(reps, 'lockoutKneeFlexionDeg');
  if (Number.isFinite(lhRel) || Number.isFinite(lkRel)) {
    if (lhRel > th.incompleteVsStandingDeg || lkRel > th.incompleteVsStandingDeg) {
      out.push({
        id: 'incomplete-lockout',
        severity:
          lhRel > th.incompleteVsStandingAlertDeg || lkRel > th.incompleteVsStandingAlertDeg
            ? 'alert'
            : 'warn',
        text: hingeFlagText.incompleteVsStanding(lhRel, lkRel),
        evidence: [
          ...ev(reps, 'lockoutHipVsStandingDeg', 'endT', th.incompleteVsStandingDeg),
          ...ev(reps, 'lockoutKneeVsStandingDeg', 'endT', th.incompleteVsStandingDeg),
        ],
        drills: ['paused-hinge', 'wall-hip-hinge'],
        n: reps.length,
      });
    }
  } else if (lh > th.incompleteHipDeg || lk > th.incompleteKneeDeg) {
    out.push({
      id: 'incomplete-lockout',
      severity: 'info',
      text: hingeFlagText.incompleteLockout(lh, lk),
      evidence: [
        ...ev(reps, 'lockoutHipFlexionDeg', 'endT', th.incompleteHipDeg),
        ...ev(reps, 'lockoutKneeFlexionDeg', 'endT', th.incompleteKneeDeg),
      ],
      drills: ['paused-hinge', 'wall-hip-hinge'],
      n: reps.length,
    });
  }

  // rep-inconsistency (issue 13): a drift of the bottom position over the set beyond this lifter's
  // own rep-to-rep variation (a permutation noise floor, repConsistency) and beyond §5.3's 8°; random
  // spread alone is not flagged (healthy lifters vary 3–5°: see repConsistency.ts). Tempo: robust CV.
  const cons = repConsistency(reps, th.inconsistencyMinReps);
  {
    const what: TextRef[] = [];
    let sev: Severity | null = null;
    for (const k of ['trunkAngleDeg', 'hipFlexionDeg'] as const) {
      const tr = cons.trends[k];
      if (!tr) continue;
      const change = Math.abs(tr.changeDeg);
      if (change > tr.noiseFloorDeg && change > th.inconsistencyDriftDeg) {
        what.push({
          key: 'hinge.inconsistency.drift',
          params: {
            what: { key: `hinge.inconsistency.${k}` },
            changeDeg: change,
            firstDeg: tr.firstDeg,
            lastDeg: tr.lastDeg,
            noiseFloorDeg: tr.noiseFloorDeg,
          },
        });
        sev = severityMax(sev ?? 'warn', change > 1.5 * th.inconsistencyDriftDeg ? 'alert' : 'warn');
      }
    }
    const cv = cons.tempoRobustCv;
    if (cv > th.inconsistencyTempoCv) {
      const d = cons.reps.map((r) => r.endT - r.startT);
      what.push({
        key: 'hinge.inconsistency.tempo',
        params: { cvPct: 100 * cv, minS: Math.min(...d), maxS: Math.max(...d) },
      });
      sev = sev ?? 'warn';
    }
    if (sev) {
      const compared = cons.reps;
      const evidence = [
        ...ev(compared, 'trunkAngleDeg', 'bottomT'),
        ...ev(compared, 'hipFlexionDeg', 'bottomT'),
        ...compared.map((r) => ({
          t: r.startT,
          metric: 'repDurationS',
          value: Math.round((r.endT - r.startT) * 100) / 100,
        })),
      ];
      out.push({
        id: 'rep-inconsistency',
        severity: sev,
        text: hingeFlagText.inconsistency(what),
        evidence,
        drills: ['paused-hinge'],
        n: compared.length,
      });
    }
  }

  return out.map((f) =>
    makeFlag({
      id: f.id,
      severity: f.severity,
      side: null,
      evidence: f.evidence,
      title: f.text.title,
      detail: f.text.detail,
      drills: f.drills,
      nEvents: f.n,
      meanScore,
      thresholdSource: HINGE_THRESHOLD_SOURCES[f.id] ?? 'heuristic',
      minEvents: HINGE_MIN_REPS,
    }),
  );
}
