import { describe, expect, it } from 'vitest';
import { frameAngles } from '../../src/core/export/frameAngles.ts';
import { motText } from '../../src/core/export/mot.ts';
import { trackScaleMPerPx } from '../../src/core/export/trackScale.ts';
import { trcText } from '../../src/core/export/trc.ts';
import { KEYPOINT_NAMES } from '../../src/core/track/keypoints.ts';
import type { KeypointTriple, Track } from '../../src/core/track/track.ts';
import { parseMot, parseTrc } from '../helpers/openSimParse.ts';

/** A walking stick figure at 30 fps with gaps: a frame with no person, NaN keypoints, a hidden wrist. */
function testTrack(): Track {
  const frames = Array.from({ length: 40 }, (_, i) => {
    const t = i / 30;
    const kp = KEYPOINT_NAMES.map((_, k): KeypointTriple => [
      100 + 5 * i + 3 * k + 0.1234 * Math.sin(i + k),
      80 + 20 * k + 7 * Math.cos(i * 0.3 + k),
      0.9,
    ]);
    return { t, kp };
  });
  frames[5]!.kp = [];
  frames[9]!.kp[KEYPOINT_NAMES.indexOf('left_wrist')] = [NaN, NaN, 0];
  return {
    format: 'hipcheck-track',
    version: 1,
    source: { kind: 'synthetic', name: 'walk.mp4' },
    width: 640,
    height: 480,
    fps: 30,
    keypoints: [...KEYPOINT_NAMES],
    frames,
  };
}

describe('TRC/MOT export round trip (issue 18)', () => {
  const track = testTrack();

  it('TRC in pixels: rate, frame count, marker names, y up, values within the written precision, gaps kept', () => {
    const f = parseTrc(trcText(track, { fileName: 'walk.trc' }));
    expect(f).toMatchObject({ dataRate: 30, cameraRate: 30, numFrames: 40, numMarkers: 17, units: 'px' });
    expect(f.markers).toEqual([...KEYPOINT_NAMES]);
    expect(f.frames).toHaveLength(40);
    let compared = 0;
    track.frames.forEach((fr, i) => {
      const row = f.frames[i]!;
      expect(row.frame).toBe(i + 1);
      expect(Math.abs(row.t - fr.t)).toBeLessThanOrEqual(5e-7);
      KEYPOINT_NAMES.forEach((_, m) => {
        const kp = fr.kp[m];
        const [x, y, z] = row.xyz[m]!;
        if (!kp || !Number.isFinite(kp[0])) {
          expect([x, y, z].every(Number.isNaN), `frame ${i} marker ${m} missing`).toBe(true);
          return;
        }
        expect(Math.abs(x! - kp[0])).toBeLessThanOrEqual(5e-4);
        expect(Math.abs(y! - (480 - kp[1]))).toBeLessThanOrEqual(5e-4);
        expect(z).toBe(0);
        compared++;
      });
    });
    expect(compared).toBe(39 * 17 - 1);
  });

  it('TRC in metres when the subject height is known', () => {
    const tall = { ...track, subject: { heightM: 1.8 } };
    const scale = trackScaleMPerPx(tall)!;
    expect(scale).toBeGreaterThan(0);
    const f = parseTrc(trcText(tall, { fileName: 'walk.trc', metresPerPx: scale }));
    expect(f.units).toBe('m');
    const kp = track.frames[0]!.kp[0]!;
    expect(Math.abs(f.frames[0]!.xyz[0]![0]! - kp[0] * scale)).toBeLessThanOrEqual(5e-6);
    expect(Math.abs(f.frames[0]!.xyz[0]![1]! - (480 - kp[1]) * scale)).toBeLessThanOrEqual(5e-6);
    expect(trackScaleMPerPx(track)).toBeNull();
  });

  it('MOT: header counts, degrees, column names, values within 0.0005°, NaN kept', () => {
    const { t, columns } = frameAngles(track, { d: 1 });
    const f = parseMot(motText('walk', t, columns));
    expect(f.header).toMatchObject({
      nRows: String(t.length),
      nColumns: String(columns.length + 1),
      inDegrees: 'yes',
    });
    expect(f.labels).toEqual([
      'time',
      'knee_flexion_l',
      'knee_flexion_r',
      'hip_flexion_l',
      'hip_flexion_r',
      'shank_l',
      'shank_r',
      'trunk_lean',
      'pelvic_obliquity',
    ]);
    expect(f.rows).toHaveLength(t.length);
    let nan = 0;
    f.rows.forEach((r, i) => {
      expect(r).toHaveLength(columns.length + 1);
      expect(Math.abs(r[0]! - t[i]!)).toBeLessThanOrEqual(5e-7);
      columns.forEach((c, j) => {
        const want = c.values[i]!;
        if (Number.isNaN(want)) {
          nan++;
          expect(r[j + 1]).toBeNaN();
        } else expect(Math.abs(r[j + 1]! - want)).toBeLessThanOrEqual(5e-4);
      });
    });
    expect(nan).toBe(0); // short gaps are filled by the conditioning, as in the analysis
    const gap = motText('g', [0, 0.1], [{ name: 'a', values: [1.5, NaN] }]);
    expect(parseMot(gap).rows[1]![1]).toBeNaN();
  });
});
