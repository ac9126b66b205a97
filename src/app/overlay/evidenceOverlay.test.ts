import { expect, it } from 'vitest';
import { KP } from '../../core/track/keypoints.ts';
import type { KeypointTriple } from '../../core/track/track.ts';
import { evidenceOverlay } from './evidenceOverlay.ts';

function pose(overrides: Partial<Record<keyof typeof KP, [number, number]>>, score = 0.9): KeypointTriple[] {
  const kp: KeypointTriple[] = Array.from({ length: 17 }, () => [100, 100, score]);
  for (const [name, xy] of Object.entries(overrides))
    kp[KP[name as keyof typeof KP]] = [xy![0], xy![1], score];
  return kp;
}

it('draws the hip-to-ankle gap at contact for overstride', () => {
  const kp = pose({
    left_hip: [500, 500],
    right_hip: [500, 500],
    left_ankle: [650, 900],
    right_ankle: [420, 880],
  });
  const shapes = evidenceOverlay(kp, 'footAheadOfHipRatio', 'left', '0.35', 1000);
  const measured = shapes.filter((s) => s.kind === 'line' && s.role === 'measured');
  expect(measured).toEqual([{ kind: 'line', from: [500, 900], to: [650, 900], role: 'measured' }]);
  expect(shapes.some((s) => s.kind === 'label' && s.text === '0.35')).toBe(true);
});

it('draws the hip line against the horizontal for pelvic drop', () => {
  const kp = pose({ left_hip: [480, 500], right_hip: [520, 510] });
  const shapes = evidenceOverlay(kp, 'pelvicDropDeg', 'left', '14°', 1000);
  expect(shapes).toContainEqual({ kind: 'line', from: [480, 500], to: [520, 510], role: 'measured' });
  const ref = shapes.find((s) => s.kind === 'line' && s.role === 'reference');
  expect(ref && ref.kind === 'line' && ref.from[1] === ref.to[1]).toBe(true);
});

it('draws the trunk line for trunk metrics and nothing when keypoints are missing', () => {
  const kp = pose({
    left_hip: [500, 500],
    right_hip: [500, 500],
    left_shoulder: [550, 200],
    right_shoulder: [550, 200],
  });
  const shapes = evidenceOverlay(kp, 'trunkLeanDeg', null, '9°', 1000);
  expect(shapes).toContainEqual({ kind: 'line', from: [500, 500], to: [550, 200], role: 'measured' });
  expect(evidenceOverlay(pose({}, 0.05), 'trunkLeanDeg', null, '9°', 1000)).toEqual([]);
  expect(evidenceOverlay([], 'trunkLeanDeg', null, '9°', 1000)).toEqual([]);
});
