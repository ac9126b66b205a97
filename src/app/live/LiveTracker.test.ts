import { expect, it } from 'vitest';
import { KP } from '../../core/track/keypoints.ts';
import type { KeypointTriple } from '../../core/track/track.ts';
import { LiveTracker } from './LiveTracker.ts';

/** A runner facing +x with a 10° forward trunk, hips bouncing 12 px at `spm`. */
function runnerFrame(tS: number, spm: number): KeypointTriple[] {
  const kp: KeypointTriple[] = Array.from({ length: 17 }, () => [0, 0, 0.8] as KeypointTriple);
  const bob = 12 * Math.cos((2 * Math.PI * spm * tS) / 60);
  const hipY = 500 + bob;
  const lean = (10 * Math.PI) / 180;
  const set = (k: number, x: number, y: number) => (kp[k] = [x, y, 0.8]);
  set(KP.left_hip, 500, hipY);
  set(KP.right_hip, 500, hipY);
  set(KP.left_shoulder, 500 + 300 * Math.sin(lean), hipY - 300 * Math.cos(lean));
  set(KP.right_shoulder, 500 + 300 * Math.sin(lean), hipY - 300 * Math.cos(lean));
  set(KP.nose, 600, hipY - 380);
  set(KP.left_knee, 520, hipY + 200);
  set(KP.right_knee, 480, hipY + 200);
  set(KP.left_ankle, 510, hipY + 400);
  set(KP.right_ankle, 470, hipY + 400);
  return kp;
}

it('shows cadence and trunk lean for a running figure', () => {
  const lt = new LiveTracker();
  let r = lt.push(runnerFrame(0, 170), 0);
  for (let i = 1; i < 30 * 6; i++) r = lt.push(runnerFrame(i / 30, 170), i / 30);
  expect(r.personSeen).toBe(true);
  expect(r.cadenceSpm).toBeGreaterThan(166);
  expect(r.cadenceSpm).toBeLessThan(174);
  expect(r.trunkDeg).toBeGreaterThan(8);
  expect(r.trunkDeg).toBeLessThan(12);
  expect(r.kpDisplay).toHaveLength(17);
});

it('reports no person and asks to step back when the feet are not seen', () => {
  const lt = new LiveTracker();
  expect(lt.push([], 0).personSeen).toBe(false);
  const kp = runnerFrame(0, 170);
  kp[KP.left_ankle] = [0, 0, 0.05];
  kp[KP.right_ankle] = [0, 0, 0.05];
  expect(lt.push(kp, 0.03).cues).toContain('stepBack');
});
