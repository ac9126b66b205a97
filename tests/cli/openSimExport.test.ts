import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hipcheck } from '../helpers/hipcheckCli.ts';
import { parseMot, parseTrc } from '../helpers/openSimParse.ts';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';

// Issue 18: `hipcheck analyze --trc --mot` writes the OpenSim files of an analysed track.
const TRACK = ['fixtures', 'mocap', 'hamner_subject04_run300_side.30fps.track.json'];
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hipcheck-osim-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeWithShared('hipcheck analyze --trc --mot', [TRACK], () => {
  it('writes a pixel TRC and a MOT, and a metre TRC when the track has the subject height', async () => {
    // The fixture carries subject.heightM (1.772 m): strip it for the pixel file.
    const { subject, ...src } = JSON.parse(readFileSync(sharedPath(...TRACK)!, 'utf8')) as {
      frames: { kp: number[][] }[];
      fps: number;
      subject: { heightM: number };
    };
    expect(subject.heightM).toBeGreaterThan(1);
    const plain = join(dir, 'plain.track.json');
    writeFileSync(plain, JSON.stringify(src));
    const r = await hipcheck([
      'analyze',
      plain,
      '-q',
      '--trc',
      join(dir, 'a.trc'),
      '--mot',
      join(dir, 'a.mot'),
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const trc = parseTrc(readFileSync(join(dir, 'a.trc'), 'utf8'));
    expect(trc.numFrames).toBe(src.frames.length);
    expect(trc.frames).toHaveLength(src.frames.length);
    expect(trc.units).toBe('px');
    expect(trc.dataRate).toBeCloseTo(src.fps, 3);
    expect(trc.frames[0]!.xyz[0]![0]).toBeCloseTo(src.frames[0]!.kp[0]![0]!, 3);
    const mot = parseMot(readFileSync(join(dir, 'a.mot'), 'utf8'));
    expect(mot.header.inDegrees).toBe('yes');
    expect(mot.rows.length).toBe(Number(mot.header.nRows));
    expect(mot.rows.length).toBeGreaterThan(0.9 * src.frames.length);

    const r2 = await hipcheck(['analyze', sharedPath(...TRACK)!, '-q', '--trc', join(dir, 'b.trc')]);
    expect(r2.code).toBe(0);
    const m = parseTrc(readFileSync(join(dir, 'b.trc'), 'utf8'));
    expect(m.units).toBe('m');
    // Nose above the ankles: the median over frames, in metres, against the subject's height
    // (nose ≈ 0.91 H, ankle ≈ 0.04 H standing; a runner's flexed knees lower it a little).
    const noseOverAnkle = m.frames
      .map((f) => f.xyz[0]![1]! - (f.xyz[15]![1]! + f.xyz[16]![1]!) / 2)
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    const med = noseOverAnkle[noseOverAnkle.length >> 1]! / subject.heightM;
    expect(med).toBeGreaterThan(0.75);
    expect(med).toBeLessThan(0.95);
  }, 120_000);
});
