import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Report } from '../../src/core/report/report.ts';
import type { Track } from '../../src/core/track/track.ts';
import { describeWithShared, ROOT, sharedPath, maleSideTruthSpm } from '../helpers/shared.ts';
import { appStart, type RunningApp } from './helpers/browserApp.ts';
import { uploadVideo } from './helpers/appActions.ts';
import { ffmpeg, h264Out } from './helpers/mediaTools.ts';
import { downloadJson, waitForReport } from './helpers/reviewActions.ts';

const RUNNING = ['media', 'running'];
const CLIPS = join(ROOT, 'tests/artifacts/clips');

/** `hipcheck analyze <video> --json`: the whole CLI path (ffmpeg frames, MoveNet in Node, analysis). */
function cliReport(video: string): Report {
  const out = join(CLIPS, `${video.split('/').pop()}.cli-report.json`);
  execFileSync('node', [join(ROOT, 'bin/hipcheck.mjs'), 'analyze', video, '--json', out, '--quiet'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 600_000,
  });
  return JSON.parse(readFileSync(out, 'utf8')) as Report;
}

/**
 * A phone-like clip made from male_side.mp4: 60 fps (each frame shown twice), 1080x1920 portrait;
 * `rotated` stores it 1920x1080 with a display-matrix rotation, as phones save portrait video.
 */
function phoneClip(rotated: boolean): string {
  mkdirSync(CLIPS, { recursive: true });
  const out = join(CLIPS, rotated ? 'male_side_60fps_1080x1920_rot.mp4' : 'male_side_60fps_1080x1920.mp4');
  if (existsSync(out)) return out;
  const src = sharedPath(...RUNNING, 'male_side.mp4')!;
  if (!rotated) {
    ffmpeg(['-i', src, '-vf', 'scale=1080:1920,fps=60', ...h264Out(out)]);
  } else {
    const land = join(CLIPS, 'male_side_60fps_landscape.mp4');
    ffmpeg(['-i', src, '-vf', 'transpose=1,scale=1920:1080,fps=60', ...h264Out(land)]);
    ffmpeg(['-i', land, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', out]);
  }
  return out;
}

describeWithShared(
  'the app and `hipcheck analyze` read the same cadence from the same clip',
  [RUNNING],
  () => {
    let app: RunningApp;
    const clips: string[] = [];

    beforeAll(async () => {
      const dir = sharedPath(...RUNNING)!;
      clips.push(
        ...readdirSync(dir)
          .filter((f) => f.endsWith('.mp4'))
          .map((f) => join(dir, f)),
      );
      clips.push(phoneClip(false), phoneClip(true));
      app = await appStart();
    }, 600_000);

    afterAll(async () => {
      await app?.close();
    });

    it('every clip in media/running and a 60 fps 1080x1920 version of male_side (plain and rotated): cadence within 0.5 steps/min', async () => {
      const rows: string[] = [];
      for (const clip of clips) {
        const page = await app.browser.newPage({ acceptDownloads: true, locale: 'en-US' });
        await page.goto(app.url);
        await uploadVideo(page, clip);
        await waitForReport(page, 600_000);
        const web = (await downloadJson<Report>(page, 'Download report (JSON)')).value;
        const track = (await downloadJson<Track>(page, 'Download track')).value;
        await page.close();
        writeFileSync(join(CLIPS, `${clip.split('/').pop()}.app-track.json`), JSON.stringify(track));
        const cli = cliReport(clip);
        expect.soft(web.view, clip).toBe(cli.view);
        // Every clip here is a side view: a runner crossing the frame is not a front view.
        expect.soft(web.view, clip).toBe('side');
        expect.soft(web.activity, clip).toBe('run');
        expect.soft(track.fps, clip).toBeCloseTo(cli.source.fps, 2);
        const [a, b] = [web.run?.cadenceSpm ?? null, cli.run?.cadenceSpm ?? null];
        if (a === null || b === null) expect.soft(a, clip).toBe(b);
        else expect.soft(Math.abs(a - b), `${clip}: app ${a}, cli ${b}`).toBeLessThanOrEqual(0.5);
        const rhythm = (r: Report) => r.detected?.rhythmCadenceSpm ?? null;
        const [ra, rb] = [rhythm(web), rhythm(cli)];
        // The rhythm is not the reported cadence: it only has to agree as well as the clip allows
        // (a 1.6-s clip holds two strides; the two pose back-ends differ by ~0.5–2 px).
        if (ra === null || rb === null) expect.soft(ra, clip).toBe(rb);
        else
          expect
            .soft(Math.abs(Math.log(ra / rb)), `${clip}: rhythm app ${ra}, cli ${rb}`)
            .toBeLessThanOrEqual(Math.log(1.05));
        rows.push(
          `${clip.split('/').pop()}: cadence app ${a} / cli ${b} steps/min, rhythm app ${ra} / cli ${rb}, frames ${track.frames.length}, fps app ${track.fps} / cli ${cli.source.fps}`,
        );
      }
      console.log(`[cli vs app]\n${rows.join('\n')}`);
    }, 1_800_000);

    it('a ×10 slow-motion clip (300 fps lab capture saved at 30, made from the first 5 s of male_side): the app suggests ×10 with its reason and, re-analysed, gives the real cadence', async () => {
      const slow = join(CLIPS, 'male_side_first5s_x10.mp4');
      ffmpeg([
        '-t',
        '5',
        '-i',
        sharedPath(...RUNNING, 'male_side.mp4')!,
        '-vf',
        'setpts=10*PTS',
        '-r',
        '3',
        '-c:v',
        'libx264',
        '-pix_fmt',
        'yuv420p',
        '-an',
        slow,
      ]);
      const page = await app.browser.newPage({ acceptDownloads: true, locale: 'en-US' });
      await page.goto(app.url);
      await uploadVideo(page, slow);
      const apply = page.getByRole('button', { name: 'Re-analyse as ×10 slow motion' });
      await apply.waitFor({ timeout: 300_000 });
      expect(await page.getByTestId('slowmo-rhythm').textContent()).toMatch(
        /×10 makes that 1[67]\d steps\/min/,
      );
      await page.screenshot({ path: join(ROOT, 'tests/artifacts/slowmo-x10-suggest.png') });
      await apply.click();
      await expect
        .poll(() => page.getByTestId('slowmo').textContent(), { timeout: 60_000 })
        .toContain('Analysed as ×10 slow motion');
      await page.getByTestId('cadence').waitFor({ timeout: 60_000 });
      const r = (await downloadJson<Report>(page, 'Download report (JSON)')).value;
      await page.close();
      const truth = maleSideTruthSpm();
      expect(r.source.slowmoFactor).toBe(10);
      expect(Math.abs(r.run!.cadenceSpm! - truth)).toBeLessThanOrEqual(2);
    }, 600_000);
  },
);
