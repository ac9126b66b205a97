import { expect, it } from 'vitest';
import { HingeRepCounter } from './liveHinge.ts';

const sample = (hipFlexionDeg: number, trunkDeg = hipFlexionDeg * 0.8, hipBehindAnkleRatio = 0.2) => ({
  tS: 0,
  hipFlexionDeg,
  trunkDeg,
  hipBehindAnkleRatio,
});

it('counts one rep per full top → bottom → top cycle, with hysteresis', () => {
  const c = new HingeRepCounter();
  const path = [5, 20, 40, 70, 90, 70, 50, 30, 26, 24, 10, 5];
  let st = c.push(sample(5));
  for (const h of path) st = c.push(sample(h));
  expect(st.reps).toBe(1);
  // Noise around the bottom line only, no return to the top: no new rep.
  for (const h of [50, 56, 54, 57, 53, 30, 28]) st = c.push(sample(h));
  expect(st.reps).toBe(1);
  st = c.push(sample(10));
  expect(st.reps).toBe(2);
  // A half rep that never passes the bottom line is not counted.
  for (const h of [20, 40, 50, 30, 10]) st = c.push(sample(h));
  expect(st.reps).toBe(2);
});

it('cues hips back when the trunk tips but the hips stay over the ankles, and lean-back at the top', () => {
  const c = new HingeRepCounter();
  expect(c.push(sample(60, 45, 0.02)).cues).toEqual(['hipsBack']);
  expect(c.push(sample(60, 45, 0.25)).cues).toEqual([]);
  c.push(sample(5, 0));
  expect(c.push(sample(3, -14)).cues).toEqual(['leanBack']);
  c.reset();
  expect(c.push(sample(3, -4)).reps).toBe(0);
});
