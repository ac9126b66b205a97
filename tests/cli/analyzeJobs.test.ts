import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Report } from '../../src/core/report/report.ts';
import { poseSegments } from '../../src/cli/poseSegments.ts';
import { videoProbe } from '../../src/cli/videoProbe.ts';
import { ffmpeg, h264Out } from '../e2e/helpers/mediaTools.ts';
import { hipcheck } from '../helpers/hipcheckCli.ts';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';

// Issue 15: `hipcheck analyze` on a video runs the pose stage of `hipcheck pose`, split between
// --jobs worker threads; the stitched track differs from the one-thread track only where a
// segment's crop tracking was re-seeded (~1.6 px), so the report's steps and cadence must agree.
const RUN = ['media', 'running', 'male_side.mp4'];
let dir: string;
let clip: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hipcheck-jobs-'));
  clip = join(dir, 'male_side_first6s.mp4');
  // A short clip (6 s, 180 frames): long enough for two 90-frame segments, short enough for a test.
  const src = sharedPath(...RUN);
  if (src !== null) ffmpeg(['-t', '6', '-i', src, ...h264Out(clip)]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeWithShared('hipcheck analyze --jobs', [RUN], () => {
  it('splits the clip between two pose workers and reports the steps and cadence of the serial run', async () => {
    const info = await videoProbe(clip);
    // The pool really splits this clip (a clip under 120 frames would run in one thread).
    expect(poseSegments(info.durationS, info.fps, 2)).toHaveLength(2);
    const serialOut = join(dir, 'serial.json');
    const pooledOut = join(dir, 'pooled.json');
    const serial = await hipcheck(['analyze', clip, '--jobs', '1', '--json', serialOut, '-q']);
    const pooled = await hipcheck(['analyze', clip, '--jobs', '2', '--json', pooledOut, '-q']);
    expect(serial.stderr).toBe('');
    expect(pooled.stderr).toBe('');
    expect([serial.code, pooled.code]).toEqual([0, 0]);
    const a = JSON.parse(readFileSync(serialOut, 'utf8')) as Report;
    const b = JSON.parse(readFileSync(pooledOut, 'utf8')) as Report;
    expect(b.format).toBe('hipcheck-report');
    expect(b.activity).toBe('run');
    expect(b.view).toBe(a.view);
    expect(b.run!.steps.length).toBeGreaterThan(10);
    expect(b.run!.steps.length).toBe(a.run!.steps.length);
    expect(a.run!.cadenceSpm).not.toBeNull();
    expect(Math.abs(b.run!.cadenceSpm! - a.run!.cadenceSpm!)).toBeLessThanOrEqual(0.5);
  }, 300_000);

  it('takes --jobs as the pose command does, and refuses a bad value with exit 2', async () => {
    const help = await hipcheck(['analyze', '--help']);
    expect(help.stdout).toMatch(/-j, --jobs N +pose worker threads/);
    for (const bad of ['0', '1.5', 'two']) {
      const r = await hipcheck(['analyze', clip, '--jobs', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--jobs must be a whole number between 1 and 64/);
    }
  });
});
