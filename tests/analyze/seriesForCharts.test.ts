import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { trackParse } from '../../src/core/track/trackParse.ts';
import { KP } from '../../src/core/track/keypoints.ts';
import type { KeypointTriple, Track } from '../../src/core/track/track.ts';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';
import { seriesForCharts } from '../../src/core/report/seriesForCharts.ts';

/** A still figure facing +x: trunk leaning 10° forward, right knee bent 30°, right hip 5 px lower. */
function stillTrack(nFrames = 60): Track {
  const kp: KeypointTriple[] = Array.from({ length: 17 }, () => [0, 0, 0.9] as KeypointTriple);
  const set = (k: number, x: number, y: number) => (kp[k] = [x, y, 0.9]);
  const lean = (10 * Math.PI) / 180;
  set(KP.left_hip, 490, 500);
  set(KP.right_hip, 510, 505);
  const hipMidY = 502.5;
  set(KP.left_shoulder, 500 + 300 * Math.sin(lean) - 10, hipMidY - 300 * Math.cos(lean));
  set(KP.right_shoulder, 500 + 300 * Math.sin(lean) + 10, hipMidY - 300 * Math.cos(lean));
  set(KP.nose, 560, 150);
  // Left leg straight; right thigh vertical, shank turned 30° back.
  set(KP.left_knee, 490, 700);
  set(KP.left_ankle, 490, 900);
  set(KP.right_knee, 510, 705);
  const b = (30 * Math.PI) / 180;
  set(KP.right_ankle, 510 - 200 * Math.sin(b), 705 + 200 * Math.cos(b));
  const frames = Array.from({ length: nFrames }, (_, i) => ({
    t: i / 30,
    kp: kp.map((p) => [...p] as KeypointTriple),
  }));
  return {
    format: 'hipcheck-track',
    version: 1,
    source: { kind: 'synthetic', name: 'still' },
    width: 1000,
    height: 1000,
    fps: 30,
    keypoints: [],
    frames,
  };
}

it('measures known angles on a constructed still figure', () => {
  const s = seriesForCharts(stillTrack());
  const mid = s.t.length >> 1;
  expect(s.d).toBe(1);
  expect(s.kneeFlexionLeftDeg[mid]).toBeCloseTo(0, 3);
  expect(s.kneeFlexionRightDeg[mid]).toBeCloseTo(30, 3);
  expect(s.trunkAngleDeg[mid]).toBeCloseTo(10, 3);
  // Right hip 5 px lower over a 20 px hip width: atan(5/20).
  expect(s.pelvicObliquityDeg[mid]).toBeCloseTo((Math.atan2(5, 20) * 180) / Math.PI, 3);
  expect(s.hipHeightRatio[mid]).toBeGreaterThan(0.9);
});

it('keeps missing samples as NaN instead of inventing them', () => {
  const tr = stillTrack();
  for (let i = 20; i < 40; i++) tr.frames[i]!.kp = [];
  const s = seriesForCharts(tr);
  const i30 = s.t.findIndex((t) => t >= 1.0);
  expect(Number.isNaN(s.kneeFlexionRightDeg[i30]!)).toBe(true);
  expect(s.kneeFlexionRightDeg[5]).toBeCloseTo(30, 1);
});

describeWithShared(
  'seriesForCharts on mocap',
  [['fixtures', 'mocap', 'hamner_subject04_run300_side.60fps.track.json']],
  () => {
    it('peaks near the ground-truth stance knee flexion and trunk lean', () => {
      const dir = sharedPath('fixtures', 'mocap')!;
      const track = trackParse(
        JSON.parse(readFileSync(`${dir}/hamner_subject04_run300_side.60fps.track.json`, 'utf8')),
      );
      const gt = JSON.parse(readFileSync(`${dir}/hamner_subject04_run300_side.gt.json`, 'utf8'));
      const s = seriesForCharts(track, { activity: 'run' });
      expect(s.d).toBe(gt.d);
      for (const step of gt.run.steps.filter((st: { optional: boolean }) => !st.optional)) {
        const knee = step.side === 'left' ? s.kneeFlexionLeftDeg : s.kneeFlexionRightDeg;
        let peak = -Infinity;
        let trunkSum = 0;
        let n = 0;
        s.t.forEach((t, i) => {
          if (t >= step.contactT && t <= step.toeOffT) {
            peak = Math.max(peak, knee[i]!);
            trunkSum += s.trunkAngleDeg[i]!;
            n++;
          }
        });
        // Noisy 60 fps track, filtered: within the 5° the scorer allows for angles.
        expect(Math.abs(peak - step.peakKneeFlexionStanceDeg)).toBeLessThan(5);
        expect(Math.abs(trunkSum / n - step.trunkLeanDeg)).toBeLessThan(3);
      }
    });
  },
);
