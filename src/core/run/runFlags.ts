import type { DrillId } from '../flags/drills.ts';
import { makeFlag } from '../flags/makeFlag.ts';
import { severityFor, thresholdResolve, type ThresholdSpec } from '../flags/severity.ts';
import type {
  CoreFlag,
  FlagEvidence,
  RunMetric,
  RunSection,
  RunStep,
  Severity,
  TextRef,
  View,
} from '../report/report.ts';
import { median } from '../signal/median.ts';
import type { Side } from '../track/keypoints.ts';
import {
  expectedCadenceSpm,
  normLevels,
  RUN_SPEED_NORMS,
  runSpeed,
  type RunSpeed,
  type SpeedNormKey,
} from './runNorms.ts';
import { RUN_THRESHOLDS, type RunThresholdKey } from './runThresholds.ts';
import { breakdownFlags } from './runBreakdownFlags.ts';
import { runFlagText } from './runFlagText.ts';

type Th = Record<RunThresholdKey, ThresholdSpec>;
const SIDES: Side[] = ['left', 'right'];

/**
 * A far leg's step counts as evidence only when the model saw its hip, knee and ankle with at
 * least this score at the step's contact and toe-off (`RunStep.legScore`, the lowest of the
 * three). MoveNet's scores of a clearly visible joint sit at 0.6–0.9; 0.5 is the usual
 * "confident" cut (pose-runtime-notes). On male_side.mp4 (d = −1, left leg near) the far right
 * ankle, half hidden by the treadmill console at the front of the stride, falls below it.
 */
export const MIN_FAR_LEG_SCORE = 0.5;

export interface RunFlagContext {
  /** Running speed the user gave (treadmill display), m/s; without it cadence gives an estimate. */
  speedMps?: number;
  /** Side view: the leg nearer the camera; steps of the other leg need confident keypoints. */
  nearSide?: Side | null;
}

interface SideStat {
  side: Side;
  median: number;
  n: number;
  steps: RunStep[];
}

function sideStat(steps: readonly RunStep[], side: Side, metric: RunMetric): SideStat {
  // Loops, not filter/map arrows (recompiled after every full garbage collection: byContactT.ts).
  const st: RunStep[] = [];
  const v: number[] = [];
  for (const s of steps) {
    const x = s[metric];
    if (s.side === side && Number.isFinite(x)) {
      st.push(s);
      v.push(x ?? NaN);
    }
  }
  return { side, median: median(v), n: st.length, steps: st };
}

/** Evidence: the steps whose value crosses `warn` (all of them), else the 3 worst. */
function evidenceOf(
  st: SideStat,
  metric: RunMetric,
  spec: Pick<ThresholdSpec, 'warn' | 'alert' | 'higherIsWorse'>,
): FlagEvidence[] {
  const v = (s: RunStep) => s[metric] ?? NaN;
  const crossing = st.steps.filter((s) => severityFor(v(s), spec) !== null);
  const pick = crossing.length
    ? crossing
    : [...st.steps].sort((a, b) => (spec.higherIsWorse ? v(b) - v(a) : v(a) - v(b))).slice(0, 3);
  return pick.map((s) => ({
    t: s.contactT,
    metric,
    value: v(s),
    threshold: round3(spec.warn),
    side: s.side,
  }));
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;
const text = runFlagText;

/** The thresholds in force: the user's override, else the speed norm at the run's speed. */
function resolveThresholds(overrides: Record<string, number> | undefined, speed: RunSpeed | null): Th {
  const th = thresholdResolve(RUN_THRESHOLDS, overrides) as Th;
  for (const k of Object.keys(RUN_SPEED_NORMS) as SpeedNormKey[]) {
    if (Number.isFinite(overrides?.[k]) || Number.isFinite(overrides?.[`${k}.alert`]) || !speed) continue;
    const lv = normLevels(RUN_SPEED_NORMS[k], speed.mps);
    th[k] = {
      ...th[k],
      ...lv,
      source: `${th[k].source} at ${speed.mps.toFixed(1)} m/s (${speed.source === 'user' ? 'speed given' : 'estimated from cadence'})`,
    };
  }
  return th;
}

/**
 * Steps that may carry a flag: in a side view, a far-leg step only when its keypoints were
 * confidently seen (legScore; absent on mocap, where every joint is seen).
 */
export function flaggableSteps(
  steps: readonly RunStep[],
  view: View,
  nearSide: Side | null | undefined,
): RunStep[] {
  if (view !== 'side' || !nearSide) return [...steps];
  const out: RunStep[] = [];
  for (const s of steps)
    if (s.side === nearSide || typeof s.legScore !== 'number' || s.legScore >= MIN_FAR_LEG_SCORE) out.push(s);
  return out;
}

/**
 * The running flags of patterns.md from the per-step metrics, with thresholds in the 2D metrics
 * as measured (runThresholds.ts, runNorms.ts; scripts/flag-calibration.ts shows the healthy mocap
 * runners raise none). Every flag rests on a per-side median, never on one step, and goes through
 * makeFlag (fewer than 7 steps: one level lower, and said so). Composite flags need their signs
 * together (biomech-notes §4.3, §4.5). Speed-dependent norms use the speed the user gave, else a
 * generous cadence estimate (then a flag is at most a warn).
 */
export function runFlags(
  run: RunSection,
  view: View,
  meanScore: number,
  overrides?: Record<string, number>,
  ctx: RunFlagContext = {},
): CoreFlag[] {
  const speed = runSpeed(run.cadenceSpm, ctx.speedMps);
  const th = resolveThresholds(overrides, speed);
  const steps = flaggableSteps(run.steps, view, ctx.nearSide);
  const estimated = speed?.source !== 'user';
  const flags: CoreFlag[] = [];
  const speedNote = (sev: Severity): { sev: Severity; note: TextRef[] } => ({
    sev: estimated && sev === 'alert' ? ('warn' as const) : sev,
    note: [
      estimated
        ? { key: 'run.speedNote.estimated', params: { mps: speed ? speed.mps : null } }
        : { key: 'run.speedNote.given', params: { mps: speed!.mps } },
    ],
  });
  const push = (
    id: string,
    sev: Severity,
    side: Side | null,
    ev: FlagEvidence[],
    n: number,
    drills: DrillId[],
    source: string,
    extra: readonly TextRef[] = [],
  ) => {
    const t = text(id);
    flags.push(
      makeFlag({
        id,
        severity: sev,
        side,
        evidence: ev,
        title: t.title,
        detail: [t.detail, ...extra],
        drills,
        nEvents: n,
        meanScore,
        thresholdSource: source,
      }),
    );
  };
  const simple = (
    id: string,
    metric: RunThresholdKey & RunMetric,
    drills: DrillId[],
    cap?: Severity,
    speedDependent = false,
  ) => {
    for (const side of SIDES) {
      const st = sideStat(steps, side, metric);
      let sev = st.n ? severityFor(st.median, th[metric]) : null;
      if (!sev) continue;
      if (cap && sev === 'alert' && cap === 'warn') sev = 'warn';
      const sn = speedDependent ? speedNote(sev) : { sev, note: [] };
      push(id, sn.sev, side, evidenceOf(st, metric, th[metric]), st.n, drills, th[metric].source, [
        {
          key: 'run.medianVsThreshold',
          params: { metric, median: st.median, threshold: round3(th[metric].warn) },
        },
        ...sn.note,
      ]);
    }
  };
  if (view === 'side') {
    const overstrideSides = new Set<Side>();
    // Overstride: the foot lands far ahead of the hips AND the shin is tilted forward, both beyond
    // the healthy 2D norm at this speed (biomech-notes §4.3 asks for 2 signs; knee flexion at
    // contact is no sign in 2D, see runThresholds.ts).
    for (const side of SIDES) {
      const crit = (['footAheadOfHipRatio', 'shankAngleAtContactDeg'] as const).map(
        (m) => [m, sideStat(steps, side, m)] as const,
      );
      const sevs = crit.map(([m, st]) => (st.n ? severityFor(st.median, th[m]) : null));
      if (sevs.some((s) => s === null)) continue;
      overstrideSides.add(side);
      const sn = speedNote(sevs.every((s) => s === 'alert') ? 'alert' : 'warn');
      push(
        'overstride',
        sn.sev,
        side,
        crit.flatMap(([m, st]) => evidenceOf(st, m, th[m])),
        Math.min(...crit.map(([, st]) => st.n)),
        ['split-stance-hinge', 'wall-drill', 'cadence-plus-5'],
        crit.map(([m]) => th[m].source).join('; '),
        [
          {
            key: 'run.overstride.signs',
            params: Object.fromEntries(
              crit.flatMap(([m, st], i) => [
                [`metric${i + 1}`, m],
                [`median${i + 1}`, st.median],
                [`threshold${i + 1}`, round3(th[m].warn)],
              ]),
            ),
          },
          ...sn.note,
        ],
      );
    }
    // Low cadence for the speed: only when the user gave the speed (cadence itself cannot tell).
    const cadDeficit =
      speed?.source === 'user' && run.cadenceSpm !== null
        ? expectedCadenceSpm(speed.mps) - run.cadenceSpm
        : NaN;
    const lowCad = severityFor(cadDeficit, th.cadenceLowSpm) !== null;
    // Knee-dominant landing: deep stance knee AND upright trunk AND (overstride OR low cadence), all
    // together (biomech-notes §4.5 composite).
    for (const side of SIDES) {
      const pk = sideStat(steps, side, 'peakKneeFlexionStanceDeg');
      const sev = pk.n ? severityFor(pk.median, th.peakKneeFlexionStanceDeg) : null;
      const trunk = sideStat(steps, side, 'trunkLeanDeg');
      const upright = trunk.n > 0 && severityFor(trunk.median, th.trunkLeanUprightDeg) !== null;
      const braking = overstrideSides.has(side) || lowCad;
      if (!sev || !upright || !braking) continue;
      push(
        'knee-dominant-landing',
        sev,
        side,
        [
          ...evidenceOf(pk, 'peakKneeFlexionStanceDeg', th.peakKneeFlexionStanceDeg),
          ...evidenceOf(trunk, 'trunkLeanDeg', th.trunkLeanUprightDeg),
        ],
        Math.min(pk.n, trunk.n),
        ['split-stance-hinge', 'glute-stretch', 'wall-drill'],
        `${th.peakKneeFlexionStanceDeg.source}; with upright trunk and ${overstrideSides.has(side) ? 'overstride' : 'low cadence'}`,
        [
          {
            key: 'run.kneeDominant.values',
            params: {
              peakKneeDeg: pk.median,
              trunkLeanDeg: trunk.median,
              overstride: overstrideSides.has(side),
            },
          },
        ],
      );
    }
    // Hips sinking: the hips sink after contact AND the body bounces (both signs of patterns.md).
    for (const side of SIDES) {
      const hd = sideStat(steps, side, 'hipDropStanceRatio');
      const vo = sideStat(steps, side, 'verticalOscillationRatio');
      const s1 = hd.n ? severityFor(hd.median, th.hipDropStanceRatio) : null;
      const s2 = vo.n ? severityFor(vo.median, th.verticalOscillationRatio) : null;
      if (!s1 || !s2) continue;
      push(
        'hips-sinking',
        s1 === 'alert' && s2 === 'alert' ? 'alert' : 'warn',
        side,
        [
          ...evidenceOf(hd, 'hipDropStanceRatio', th.hipDropStanceRatio),
          ...evidenceOf(vo, 'verticalOscillationRatio', th.verticalOscillationRatio),
        ],
        Math.min(hd.n, vo.n),
        ['wall-drill', 'split-stance-hinge', 'glute-stretch'],
        `${th.hipDropStanceRatio.source}; ${th.verticalOscillationRatio.source}`,
      );
    }
    simple(
      'trailing-leg',
      'trailingLegRatio',
      ['wall-drill', 'glute-stretch', 'calf-raise-ball'],
      undefined,
      true,
    );
  } else {
    simple('pelvic-drop', 'pelvicDropDeg', ['wall-drill', 'single-leg-hinge-ball', 'split-stance-hinge']);
    // 2D knee FPPA in running tracks 3D knee motion poorly (Dingenen 2019): never more than warn.
    simple(
      'knee-collapse',
      'kneeFppaDeg',
      ['calf-raise-ball', 'single-leg-hinge-ball', 'glute-stretch'],
      'warn',
    );
    for (const side of SIDES) {
      const st = sideStat(steps, side, 'stepWidthRatio');
      const sev = st.n ? severityFor(st.median, th.stepWidthRatio) : null;
      if (!sev) continue;
      push(
        'crossover',
        sev,
        side,
        evidenceOf(st, 'stepWidthRatio', th.stepWidthRatio),
        st.n,
        ['single-leg-hinge-ball', 'wall-drill'],
        th.stepWidthRatio.source,
        [{ key: 'run.crossover.values', params: { median: st.median } }],
      );
    }
    // A side view's near and far legs differ by the camera, not by the runner: no asymmetry there.
    flags.push(...asymmetryFlags(steps, th, meanScore));
  }
  const trend = run.trend;
  if (trend) flags.push(...breakdownFlags(trend, th, meanScore, steps));
  return flags;
}

const LOWER_IS_WORSE = new Set(['stepWidthRatio']);

/**
 * Rear/front view left–right differences of the per-side medians. Knee FPPA is left out: a 2D
 * screening cue that tracks 3D knee motion poorly in running, and its healthy L−R differences
 * reach 10° in the mocap fixtures.
 */
function asymmetryFlags(steps: readonly RunStep[], th: Th, meanScore: number): CoreFlag[] {
  const out: CoreFlag[] = [];
  for (const m of ['pelvicDropDeg', 'stepWidthRatio', 'contactTimeS'] as const) {
    const l = sideStat(steps, 'left', m);
    const r = sideStat(steps, 'right', m);
    if (!l.n || !r.n) continue;
    const diff = l.median - r.median;
    const key: RunThresholdKey =
      m === 'contactTimeS' ? 'asymmetryContactIndex' : m.endsWith('Deg') ? 'asymmetryDeg' : 'asymmetryRatio';
    const value =
      key === 'asymmetryContactIndex' ? Math.abs(diff) / ((l.median + r.median) / 2) : Math.abs(diff);
    const sev = severityFor(value, th[key]);
    if (!sev) continue;
    const worse: Side = (LOWER_IS_WORSE.has(m) ? diff < 0 : diff > 0) ? 'left' : 'right';
    const t = text('asymmetry');
    out.push(
      makeFlag({
        id: 'asymmetry',
        severity: sev,
        side: worse,
        evidence: [
          { t: l.steps[0]!.contactT, metric: `${m}.leftMedian`, value: l.median, side: 'left' },
          { t: r.steps[0]!.contactT, metric: `${m}.rightMedian`, value: r.median, side: 'right' },
        ],
        title: t.title,
        detail: [
          t.detail,
          { key: 'run.asymmetry.values', params: { metric: m, left: l.median, right: r.median } },
        ],
        drills: ['single-leg-hinge-ball', 'split-stance-hinge'],
        nEvents: Math.min(l.n, r.n),
        meanScore,
        thresholdSource: th[key].source,
      }),
    );
  }
  return out;
}
