import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeTrack } from '../../src/core/analyze/analyzeTrack.ts';
import { applyCorrections } from '../../src/core/session/applyCorrections.ts';
import type { KeypointCorrection } from '../../src/core/session/correction.ts';
import { conditionTrack } from '../../src/core/signal/conditionTrack.ts';
import { nearestFrame } from '../../src/core/track/frameTime.ts';
import { trackCreate, type KeypointTriple, type Track } from '../../src/core/track/track.ts';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';

const LEFT_HIP = 11;

/** 3 s at 30 fps: every keypoint sways slowly (a lifter's pace) with a little jitter. */
function swayTrack(): Track {
  const tr = trackCreate({ source: { kind: 'synthetic', name: 'sway' }, width: 640, height: 480, fps: 30 });
  for (let i = 0; i < 90; i++) {
    const kp = Array.from(
      { length: 17 },
      (_, k) =>
        [
          200 + 10 * k + 30 * Math.sin(i / 15) + (((i * 7 + k) % 5) - 2) * 0.4,
          200 + 5 * k,
          0.8,
        ] as KeypointTriple,
    );
    tr.frames.push({ t: i / 30, kp });
  }
  return tr;
}

const oneFrame = (
  frame: number,
  dxPx: number,
  track: Track,
  keypoint = LEFT_HIP,
  dyPx = 0,
): KeypointCorrection => {
  const p = track.frames[frame]!.kp[keypoint]!;
  return { id: 'c1', keypoint, fromFrame: frame, toFrame: frame, xPx: p[0] + dxPx, yPx: p[1] + dyPx };
};

describe('a trainer correction is trusted by conditioning (issue 14)', () => {
  it('a 1-frame +40 px correction moves the conditioned keypoint (the Hampel filter used to drop it as an outlier)', () => {
    const raw = swayTrack();
    const fixed = applyCorrections(raw, [oneFrame(45, 40, raw)]);
    expect(fixed.frames[45]!.authored).toEqual([LEFT_HIP]);
    const a = conditionTrack(raw, { activity: 'hinge' });
    const b = conditionTrack(fixed, { activity: 'hinge' });
    // A zero-lag 5 Hz low-pass at 30 fps keeps roughly a third of a one-sample step.
    expect(b.x[LEFT_HIP]![45]! - a.x[LEFT_HIP]![45]!).toBeGreaterThan(8);
    // Only that keypoint changes.
    expect(b.x[LEFT_HIP + 1]![45]).toBe(a.x[LEFT_HIP + 1]![45]);
  });

  it('an uncorrected spike of the same size is still rejected', () => {
    const raw = swayTrack();
    const spiked = structuredClone(raw);
    spiked.frames[45]!.kp[LEFT_HIP]![0] += 40;
    const a = conditionTrack(raw, { activity: 'hinge' });
    const b = conditionTrack(spiked, { activity: 'hinge' });
    expect(Math.abs(b.x[LEFT_HIP]![45]! - a.x[LEFT_HIP]![45]!)).toBeLessThan(2);
  });
});

const DLS = ['fixtures', 'mocap', 'misc_DLS01_side.30fps.track.json'];
describeWithShared('a 1-frame correction changes the hinge metric it feeds (issue 14)', [DLS], () => {
  it("moving the hip at one rep bottom changes that rep's hip flexion", () => {
    const track = JSON.parse(readFileSync(sharedPath(...DLS)!, 'utf8')) as Track;
    const before = analyzeTrack(track, { activity: 'hinge', view: 'side' });
    const rep = before.hinge!.reps[1]!;
    const frame = nearestFrame(track.frames, rep.bottomT);
    // Both hips placed a fifth of a thigh length lower on that one frame (across the thigh, which is
    // near horizontal at the bottom of this squat-like hinge; lower, so the bottom stays there).
    const kp = track.frames[frame]!.kp;
    const thighPx = Math.hypot(kp[LEFT_HIP]![0] - kp[13]![0], kp[LEFT_HIP]![1] - kp[13]![1]);
    const d = 0.2 * thighPx;
    const fixed = applyCorrections(track, [
      oneFrame(frame, 0, track, LEFT_HIP, d),
      { ...oneFrame(frame, 0, track, LEFT_HIP + 1, d), id: 'c2' },
    ]);
    const after = analyzeTrack(fixed, { activity: 'hinge', view: 'side' });
    expect(after.hinge!.reps.length).toBe(before.hinge!.reps.length);
    expect(after.hinge!.reps[1]!.bottomT).toBe(rep.bottomT);
    expect(
      Math.abs((after.hinge!.reps[1]!.hipFlexionDeg as number) - (rep.hipFlexionDeg as number)),
    ).toBeGreaterThan(1);
  });
});
