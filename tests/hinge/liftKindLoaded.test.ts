import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArgsParse } from '../../src/cli/analyzeArgs.ts';
import { analyzeTrack } from '../helpers/localized.ts';
import { hingeFlags } from '../../src/core/hinge/hingeFlags.ts';
import { resolveHingeThresholds } from '../../src/core/hinge/hingeThresholds.ts';
import { liftKind } from '../../src/core/hinge/liftKind.ts';
import type { HingeRepMetrics } from '../../src/core/hinge/repMetrics.ts';
import type { Report } from '../../src/core/report/report.ts';
import type { Track } from '../../src/core/track/track.ts';
import { poseTrackForMedia } from '../helpers/mediaTrack.ts';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';
import { syntheticHinge } from './syntheticHinge.ts';

// Issue 13 item 1: good morning and squat are told from the movement besides rdl / deadlift / swing.
// top: wrists vs shoulders at the top; bottom: vs the hips at the bottom; bsh: vs the shoulders at the bottom.
const rep = (top: number, bottom: number, knee: number, bsh: number) =>
  ({
    wristTopVsShoulderRatio: top,
    wristBottomVsHipRatio: bottom,
    wristBottomVsShoulderRatio: bsh,
    kneeFlexionDeg: knee,
  }) as unknown as HingeRepMetrics;
const set = (top: number, bottom: number, knee: number, bsh = -1) =>
  Array.from({ length: 5 }, () => rep(top, bottom, knee, bsh));

describe('liftKind: where the hands hold the load, and how far the knees bend', () => {
  it('hands at the shoulders with soft knees is a good morning, with deep knees a squat', () => {
    expect(liftKind(set(0, 0.3, 20, -0.1))).toBe('good-morning');
    expect(liftKind(set(-0.1, 0.5, 100, 0))).toBe('squat');
  });
  it('hanging arms stay a pull and a bell swung to the shoulders stays a swing', () => {
    expect(liftKind(set(-1, -0.5, 100))).toBe('deadlift');
    expect(liftKind(set(-1, -0.8, 20))).toBe('rdl');
    expect(liftKind(set(0.6, -0.4, 60))).toBe('swing');
    // wrists near the shoulders at the top but far below the hips at the bottom: not a load on the back
    expect(liftKind(set(-0.45, -1.1, 40))).toBe('rdl');
    // a swing done like a squat: shoulder height at the top, but the arms hang at the bottom
    expect(liftKind(set(0.5, 0.1, 110, -1))).toBe('deadlift');
  });
});

const alarms = (r: Report) => r.flags.filter((f) => f.severity !== 'info').map((f) => f.id);
const HINGE_ONLY = ['squatting-the-hinge', 'hips-not-back', 'hips-rise-first'];

describeWithShared(
  'squat fixtures and good-morning demos are classified and judged by their own norms',
  [
    ['fixtures', 'mocap', 'opencap_squats1_side.clean.track.json'],
    ['fixtures', 'mocap', 'misc_DLS01_side.clean.track.json'],
    ['media', 'hinge', 'coach-demos', 'good_morning_dowel.mp4'],
    ['media', 'hinge', 'coach-demos', 'kettlebell_good_morning.mp4'],
  ],
  () => {
    const got = new Map<string, Report>();
    beforeAll(async () => {
      for (const f of ['opencap_squats1_side', 'misc_DLS01_side'])
        for (const v of ['clean', '30fps']) {
          got.set(
            `${f}.${v}`,
            analyzeTrack(
              JSON.parse(
                readFileSync(sharedPath('fixtures', 'mocap', `${f}.${v}.track.json`)!, 'utf8'),
              ) as Track,
            ),
          );
        }
      for (const c of ['good_morning_dowel', 'kettlebell_good_morning'])
        got.set(c, analyzeTrack((await poseTrackForMedia(`media/hinge/coach-demos/${c}.mp4`))!));
    }, 600_000);

    it('the mocap squats are squats, with no hinge-only flag at any severity', () => {
      for (const k of [
        'opencap_squats1_side.clean',
        'opencap_squats1_side.30fps',
        'misc_DLS01_side.clean',
        'misc_DLS01_side.30fps',
      ]) {
        const r = got.get(k)!;
        expect(r.hinge?.lift, k).toBe('squat');
        expect(r.hinge?.liftSource, k).toBe('movement');
        for (const id of HINGE_ONLY)
          expect(
            r.flags.map((f) => f.id),
            k,
          ).not.toContain(id);
      }
    });

    it('the good-morning demos are good mornings and stay clean', () => {
      for (const c of ['good_morning_dowel', 'kettlebell_good_morning']) {
        expect(got.get(c)!.hinge?.lift, c).toBe('good-morning');
        expect(alarms(got.get(c)!), c).toEqual([]);
      }
    });
  },
);

describe('the user can pick swing and good morning (CLI --lift, analyzeTrack lift)', () => {
  it('CLI --lift takes swing and good-morning', () => {
    expect(analyzeArgsParse(['a.json', '--lift', 'swing']).lift).toBe('swing');
    expect(analyzeArgsParse(['a.json', '--lift', 'good-morning']).lift).toBe('good-morning');
    expect(() => analyzeArgsParse(['a.json', '--lift', 'goodmorning'])).toThrow(/unknown lift/);
  });
  it("analyzeTrack passes them on as the user's choice", () => {
    const t = syntheticHinge(Array.from({ length: 4 }, () => ({ hipDeg: 90, kneeDeg: 20, shinDeg: 5 })));
    for (const lift of ['swing', 'good-morning'] as const) {
      const r = analyzeTrack(t, { activity: 'hinge', view: 'side', lift });
      expect(r.hinge?.lift).toBe(lift);
      expect(r.hinge?.liftSource).toBe('user');
    }
  });
});

describe('a squat is not judged by hinge norms, a good morning is judged like an RDL for hips back', () => {
  it('the same tipped, hips-over-feet reps: hips-not-back for rdl and good-morning, not for squat', () => {
    const reps = Array.from(
      { length: 5 },
      (_, i) =>
        ({
          bottomT: i + 1,
          trunkAngleDeg: 60,
          hipBackShiftRatio: 0.02,
          hipKneeRatio: 1.3,
          shinAngleDeg: 20,
          kneeFlexionDeg: 80,
          earlyRiseTrunkChangeDeg: 20,
          earlyRiseKneeExtensionDeg: 30,
        }) as unknown as HingeRepMetrics,
    );
    const ids = (lift: 'rdl' | 'good-morning' | 'squat') =>
      hingeFlags(reps, resolveHingeThresholds(), 0.9, lift).map((f) => f.id);
    expect(ids('rdl')).toContain('hips-not-back');
    expect(ids('good-morning')).toContain('hips-not-back');
    expect(ids('rdl')).toContain('hips-rise-first');
    for (const id of HINGE_ONLY) expect(ids('squat')).not.toContain(id);
  });
});
