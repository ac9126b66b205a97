import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeTrack } from '../helpers/localized.ts';
import { detectActivity } from '../../src/core/analyze/detectActivity.ts';
import { trackCreate, type Track } from '../../src/core/track/track.ts';
import { trackParse } from '../../src/core/track/trackParse.ts';
import { poseTrackForMedia } from '../helpers/mediaTrack.ts';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';

const fixture = (name: string): Track =>
  trackParse(JSON.parse(readFileSync(sharedPath('fixtures', 'mocap', name)!, 'utf8')));
const numbersIn = (r: ReturnType<typeof analyzeTrack>) =>
  (r.run?.steps ?? []).flatMap((s) =>
    Object.entries(s).filter(([k, v]) => typeof v === 'number' && !['contactT', 'confidence'].includes(k)),
  );

describe('bad input: clear warnings, no crash, no invented numbers', () => {
  it('an empty track', () => {
    const r = analyzeTrack(
      trackCreate({ source: { kind: 'synthetic', name: 'empty' }, width: 100, height: 100, fps: 30 }),
    );
    expect(r.quality.warnings.join(' ')).toMatch(/empty/);
    expect(r.run).toBeUndefined();
    expect(r.flags).toEqual([]);
  });
  it('a track with no legs visible', () => {
    const t = trackCreate({
      source: { kind: 'synthetic', name: 'nolegs' },
      width: 100,
      height: 100,
      fps: 30,
    });
    for (let i = 0; i < 300; i++)
      t.frames.push({
        t: i / 30,
        kp: Array.from(
          { length: 17 },
          (_, k) => [50 + k, 20 + k, k >= 11 ? 0 : 0.9] as [number, number, number],
        ),
      });
    const r = analyzeTrack(t, { activity: 'run' });
    expect(r.quality.warnings.join(' ')).toMatch(/legs .*not visible/);
    expect(r.run?.steps ?? []).toEqual([]);
    expect(r.run?.cadenceSpm ?? null).toBeNull();
  });
});

describeWithShared('analyzeTrack on the mocap fixtures', [['fixtures', 'mocap']], () => {
  const files = readdirSync(sharedPath('fixtures', 'mocap')!).filter((f) => f.endsWith('.track.json'));
  it.each(files)('detectActivity: %s', (f) => {
    expect(detectActivity(fixture(f)).activity).toBe(/_run\d+(cms)?_/.test(f) ? 'run' : 'hinge');
  });
  it('a 1-second clip: warned, and no flags from a handful of steps', () => {
    const t = fixture('hamner_subject04_run300_side.60fps.track.json');
    const short = { ...t, frames: t.frames.filter((f) => f.t < 1.0) };
    const r = analyzeTrack(short);
    expect(r.quality.warnings.join(' ')).toMatch(/only 1\.0 s long/);
    expect(r.flags.filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('slow motion: an 8x file is detected as implausible and corrected by --slowmo 8', () => {
    const t = fixture('hamner_subject04_run400_side.60fps.track.json');
    const slow: Track = { ...t, fps: 7.5, frames: t.frames.map((f) => ({ t: f.t * 8, kp: f.kp })) };
    const bad = analyzeTrack(slow, { activity: 'run', view: 'side' });
    expect(bad.flags).toEqual([]);
    expect(numbersIn(bad)).toEqual([]);
    expect(bad.quality.suggestedSlowmoFactor).toBe(8);
    const good = analyzeTrack(slow, { slowmoFactor: 8 });
    expect(good.quality.suggestedSlowmoFactor).toBeUndefined();
    const slow4: Track = { ...t, fps: 15, frames: t.frames.map((f) => ({ t: f.t * 4, kp: f.kp })) };
    expect(analyzeTrack(slow4, { activity: 'run', view: 'side' }).quality.suggestedSlowmoFactor).toBe(4);
    // Not running at any factor: a squat read as a run gets no suggestion.
    const squat = fixture(
      readdirSync(sharedPath('fixtures', 'mocap')!).find(
        (f) => /squat.*\.track\.json$/.test(f) && !/_run/.test(f),
      )!,
    );
    expect(
      analyzeTrack(squat, { activity: 'run', view: 'side' }).quality.suggestedSlowmoFactor,
    ).toBeUndefined();
    const ref = analyzeTrack(t);
    expect(good.run!.cadenceSpm).toBeCloseTo(ref.run!.cadenceSpm!, 0);
    expect(good.source.slowmoFactor).toBe(8);
  });
});

describe('real clips through the pose pipeline', () => {
  it('male_side.mp4: cadence 168.9 ± 1.5, contacts alternate with no gaps, contact times 180–320 ms', async () => {
    const t = await poseTrackForMedia('media/running/male_side.mp4');
    if (!t) throw new Error('missing: shared/media/running/male_side.mp4 not found');
    const r = analyzeTrack(t);
    expect(r.activity).toBe('run');
    expect(r.view).toBe('side');
    expect(r.run!.running).toBe(true);
    expect(Math.abs(r.run!.cadenceSpm! - 168.9)).toBeLessThanOrEqual(1.5);
    const st = r.run!.steps;
    expect(st.length).toBeGreaterThanOrEqual(30);
    st.slice(1).forEach((s, i) => {
      expect(s.side).not.toBe(st[i]!.side);
      expect(s.contactT - st[i]!.contactT).toBeLessThan(0.5);
    });
    for (const s of st) {
      expect(s.contactTimeS).toBeGreaterThanOrEqual(0.18);
      expect(s.contactTimeS).toBeLessThanOrEqual(0.32);
    }
  }, 300_000);
  it('walk_demo4.mp4: walking is said to be walking; no running flags or stance numbers', async () => {
    const t = await poseTrackForMedia('media/walking/walk_demo4.mp4');
    if (!t) throw new Error('missing: shared/media/walking/walk_demo4.mp4 not found');
    const r = analyzeTrack(t);
    expect(r.quality.warnings.join(' ')).toMatch(/walking/);
    expect(r.run?.running).toBe(false);
    expect(r.flags).toEqual([]);
    expect(numbersIn(r)).toEqual([]);
  }, 300_000);
  it.each([
    'media/hinge/deadlift_good.mp4',
    'media/hinge/rdl.mp4',
    'media/hinge/deadlift_bad.mp4',
    'media/squat-front/squats_front_5fps.mp4',
  ])(
    '%s is a hinge',
    async (p) => {
      const t = await poseTrackForMedia(p);
      if (!t) throw new Error(`missing: ${p} not found`);
      expect(detectActivity(t).activity).toBe('hinge');
    },
    300_000,
  );
});
