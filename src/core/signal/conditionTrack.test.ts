import { describe, expect, it } from 'vitest';
import { trackCreate } from '../track/track.ts';
import type { KeypointTriple } from '../track/track.ts';
import { gapFill } from './gapFill.ts';
import { hampel } from './hampel.ts';
import { conditionTrack } from './conditionTrack.ts';
import { resampleUniform, uniformGrid, sampleAt } from './resampleUniform.ts';

describe('signal conditioning', () => {
  it('gapFill fills short gaps linearly and leaves long or edge gaps NaN', () => {
    const x = Float64Array.from([NaN, 1, NaN, 3, NaN, NaN, NaN, NaN, 8, NaN]);
    const y = gapFill(x, 2);
    expect(Number.isNaN(y[0]!)).toBe(true);
    expect(y[2]).toBeCloseTo(2);
    expect(Number.isNaN(y[5]!)).toBe(true);
    expect(Number.isNaN(y[9]!)).toBe(true);
  });
  it('hampel rejects a spike and keeps a smooth ramp', () => {
    const x = Float64Array.from({ length: 20 }, (_, i) => i);
    x[10] = 100;
    const y = hampel(x, 3, 3, 0.5);
    expect(Number.isNaN(y[10]!)).toBe(true);
    expect(y.filter(Number.isNaN).length).toBe(1);
  });
  it('resampleUniform interpolates irregular timestamps and refuses to bridge a long gap', () => {
    const t = [0, 0.03, 0.07, 0.1, 0.5, 0.53];
    const v = t.map((s) => 10 * s);
    const g = uniformGrid(0, 0.53, 100);
    const r = resampleUniform(t, v, g, 0.1);
    expect(r[5]).toBeCloseTo(0.5, 9);
    expect(Number.isNaN(r[30]!)).toBe(true);
    expect(sampleAt(r, 0, 100, 0.055)).toBeCloseTo(0.55, 9);
  });
  it('conditionTrack keeps raw and filtered series side by side on a uniform grid', () => {
    const tr = trackCreate({ source: { kind: 'synthetic', name: 's' }, width: 100, height: 100, fps: 30 });
    for (let i = 0; i < 90; i++) {
      const kp: KeypointTriple[] = Array.from({ length: 17 }, (_, k) => [
        50 + 10 * Math.sin(i / 10) + k,
        50,
        0.9,
      ]);
      if (i === 40) kp[11] = [90, 50, 0.9]; // an outlier
      if (i === 60) kp[11] = [0, 0, 0.1]; // a low-confidence sample
      tr.frames.push({ t: i / 30, kp });
    }
    const c = conditionTrack(tr, { activity: 'run' });
    expect(c.t.length).toBe(90);
    expect(c.fsHz).toBeCloseTo(30, 6);
    expect(c.rawX[11]![40]).toBe(90);
    expect(Math.abs(c.x[11]![40]! - (50 + 10 * Math.sin(4) + 11))).toBeLessThan(1);
    expect(Number.isNaN(c.rawX[11]![60]!)).toBe(true);
    expect(Number.isFinite(c.x[11]![60]!)).toBe(true);
  });
  it('conditionTrack with a keypoint list conditions those exactly as the full run does and leaves the rest NaN', () => {
    const tr = trackCreate({ source: { kind: 'synthetic', name: 's' }, width: 100, height: 100, fps: 30 });
    for (let i = 0; i < 90; i++) {
      const kp: KeypointTriple[] = Array.from({ length: 17 }, (_, k) => [
        50 + 10 * Math.sin(i / (5 + k)) + (i === 30 + k ? 40 : 0),
        50 + 5 * Math.cos(i / 7),
        i % 13 === k ? 0.1 : 0.9,
      ]);
      tr.frames.push({ t: i / 30 + (i % 3) * 0.002, kp });
    }
    const all = conditionTrack(tr, { activity: 'run', gapFill: 'cubic' });
    const some = conditionTrack(tr, { activity: 'run', gapFill: 'cubic', keypoints: [11, 15] });
    for (let k = 0; k < 17; k++)
      for (const f of ['x', 'y', 'rawX', 'rawY', 'score'] as const) {
        const got = Array.from(some[f][k]!);
        if (k === 11 || k === 15) expect(got).toEqual(Array.from(all[f][k]!));
        else expect(got.every(Number.isNaN)).toBe(true);
      }
  });
  it('conditionTrack without the raw series cleans them in place: the same x, y and score', () => {
    for (const jitterS of [0, 0.002]) {
      const tr = trackCreate({ source: { kind: 'synthetic', name: 's' }, width: 100, height: 100, fps: 30 });
      for (let i = 0; i < 120; i++) {
        if (i === 50) continue; // a dropped frame
        const kp: KeypointTriple[] = Array.from({ length: 17 }, (_, k) => [
          50 + 10 * Math.sin(i / (5 + k)) + (i === 30 + k ? 40 : 0),
          50 + 5 * Math.cos(i / 7) + (i === 70 + k ? -30 : 0),
          i % 13 === k ? 0.1 : 0.9,
        ]);
        tr.frames.push({ t: i / 30 + (i % 3) * jitterS, kp, ...(i === 80 ? { authored: [11] } : {}) });
      }
      for (const gapFill of ['linear', 'cubic'] as const) {
        const kept = conditionTrack(tr, { activity: 'run', gapFill, keypoints: [5, 11, 15] });
        const inPlace = conditionTrack(tr, {
          activity: 'run',
          gapFill,
          keypoints: [5, 11, 15],
          keepRaw: false,
        });
        expect(inPlace.rawX).toEqual([]);
        expect(inPlace.rawY).toEqual([]);
        for (let k = 0; k < 17; k++)
          for (const f of ['x', 'y', 'score'] as const)
            expect(Array.from(inPlace[f][k]!)).toEqual(Array.from(kept[f][k]!));
        // The outliers were rejected, so the in-place cleaning had something to write.
        expect(Array.from(kept.rawX[11]!)).not.toEqual(Array.from(kept.x[11]!));
      }
    }
  });
});
