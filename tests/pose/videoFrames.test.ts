import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/ffmpegTools.ts';
import { videoFrames } from '../../src/cli/videoFrames.ts';
import { videoProbe } from '../../src/cli/videoProbe.ts';
import {
  ffprobeFrameTimes,
  makeEmptyFile,
  makeNotAVideo,
  makeUnsupportedCodecClip,
  makeVfrRotatedOddClip,
} from './ffmpegClips.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hipcheck-frames-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('videoFrames (ffmpeg)', () => {
  it('streams every frame of a VFR, rotated, odd-sized clip with ffprobe-exact times and the displayed size', async () => {
    const file = makeVfrRotatedOddClip(dir);
    const info = await videoProbe(file);
    expect([info.width, info.height, info.rotationDeg % 180]).toEqual([241, 321, 90]);
    const want = ffprobeFrameTimes(file);
    const got: number[] = [];
    let firstData: Uint8Array | null = null;
    for await (const f of videoFrames(file)) {
      expect([f.pixels.width, f.pixels.height, f.pixels.data.length]).toEqual([241, 321, 241 * 321 * 3]);
      firstData ??= f.pixels.data;
      expect(f.pixels.data).toBe(firstData); // one reused buffer: memory does not grow with the clip
      got.push(f.tSeconds);
    }
    expect(got).toHaveLength(want.length);
    expect(want.length).toBe(24); // 30 frames, every 5th dropped
    got.forEach((t, i) => expect(t).toBeCloseTo(want[i]!, 5));
    const dts = got.slice(1).map((t, i) => t - got[i]!);
    expect(Math.max(...dts) / Math.min(...dts)).toBeCloseTo(2, 1); // the gaps survived
  });

  it('downscales inside ffmpeg in displayed orientation (scaleTo)', async () => {
    const file = makeVfrRotatedOddClip(dir);
    const sizes = new Set<string>();
    let n = 0;
    for await (const f of videoFrames(file, { scaleTo: { width: 121, height: 161 } })) {
      sizes.add(`${f.pixels.width}x${f.pixels.height}x${f.pixels.data.length}`);
      n++;
    }
    expect([...sizes]).toEqual([`121x161x${121 * 161 * 3}`]);
    expect(n).toBe(24);
  });

  it('stops ffmpeg when the consumer breaks out early', async () => {
    const file = makeVfrRotatedOddClip(dir);
    let n = 0;
    for await (const _ of videoFrames(file)) if (++n === 3) break;
    expect(n).toBe(3);
  });

  it.each([
    ['an empty file', makeEmptyFile, /empty \(0 bytes\)/],
    ['random bytes named .mp4', makeNotAVideo, /not a video file/],
    ['a codec ffmpeg cannot decode', makeUnsupportedCodecClip, /unsupported video codec/],
  ])('explains %s', async (_what, make, msg) => {
    const p = videoProbe(make(dir));
    await expect(p).rejects.toBeInstanceOf(InputError);
    await expect(p).rejects.toThrow(msg);
  });
});
