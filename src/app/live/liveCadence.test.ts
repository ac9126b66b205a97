import { expect, it } from 'vitest';
import { liveCadenceSpm } from './liveCadence.ts';

function hips(spm: number, seconds: number, fps: number, jitterPx = 0) {
  const t: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < seconds * fps; i++) {
    const ti = i / fps + (i % 3) * 0.002; // slightly irregular timing, like a camera
    t.push(ti);
    y.push(500 + 12 * Math.cos((2 * Math.PI * spm * ti) / 60) + jitterPx * Math.sin(i * 7.1));
  }
  return { t, y };
}

it('recovers the step rate of a bouncing hip', () => {
  for (const spm of [150, 169, 185]) {
    const { t, y } = hips(spm, 6, 30, 2);
    expect(liveCadenceSpm(t, y)).toBeGreaterThan(spm - 3);
    expect(liveCadenceSpm(t, y)).toBeLessThan(spm + 3);
  }
});

it('says nothing for short windows, flat signals or gaps', () => {
  const short = hips(170, 1.5, 30);
  expect(liveCadenceSpm(short.t, short.y)).toBeNull();
  const flat = hips(170, 6, 30);
  expect(
    liveCadenceSpm(
      flat.t,
      flat.y.map(() => 500),
    ),
  ).toBeNull();
  const gappy = hips(170, 6, 30);
  expect(
    liveCadenceSpm(
      gappy.t,
      gappy.y.map((v, i) => (i % 2 ? NaN : v)),
    ),
  ).toBeNull();
});
