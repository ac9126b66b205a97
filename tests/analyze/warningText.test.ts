import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnalyzeOptions } from '../../src/core/analyze/analyzeTrack.ts';
import { analyzeTrack } from '../helpers/localized.ts';
import type { Report } from '../../src/core/report/report.ts';
import { trackCreate, type Track } from '../../src/core/track/track.ts';
import { trackParse } from '../../src/core/track/trackParse.ts';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';

/** Japanese script (kana or kanji). */
const JA = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** Three or more English words in a row: an untranslated phrase (units and names are single words). */
const ENGLISH_RUN = /\b[A-Za-z]{2,}\b(?:\s+\b[A-Za-z]{2,}\b){2,}/;

/** Every warning of `r` comes in English (= quality.warnings, same order) and in Japanese. */
function expectTranslated(r: Report) {
  const w = r.quality.warningText;
  expect(w, 'quality.warningText').toBeDefined();
  expect(w!.map((x) => x.en)).toEqual(r.quality.warnings);
  for (const x of w!) {
    expect(x.ja, x.en).toMatch(JA);
    expect(x.ja, x.en).not.toMatch(ENGLISH_RUN);
  }
}

const synthetic = (name: string) =>
  trackCreate({ source: { kind: 'synthetic', name }, width: 100, height: 100, fps: 30 });

describe('quality.warningText: every warning in English and Japanese', () => {
  it('an empty track', () => {
    const r = analyzeTrack(synthetic('empty'));
    expect(r.quality.warnings.length).toBeGreaterThan(0);
    expectTranslated(r);
  });
  it('no legs visible (run and hinge), and no person', () => {
    const t = synthetic('nolegs');
    for (let i = 0; i < 300; i++)
      t.frames.push({
        t: i / 30,
        kp: Array.from(
          { length: 17 },
          (_, k) => [50 + k, 20 + k, k >= 11 ? 0 : 0.9] as [number, number, number],
        ),
      });
    for (const activity of ['run', 'hinge'] as const) {
      const r = analyzeTrack(t, { activity });
      expect(r.quality.warnings.length).toBeGreaterThan(0);
      expectTranslated(r);
    }
    const nobody: Track = { ...t, frames: t.frames.map((f) => ({ t: f.t, kp: [] })) };
    expectTranslated(analyzeTrack(nobody, { activity: 'hinge' }));
    expectTranslated(analyzeTrack(nobody, { activity: 'run' }));
  });
});

describeWithShared('quality.warningText on the mocap fixtures', [['fixtures', 'mocap']], () => {
  const dir = sharedPath('fixtures', 'mocap')!;
  const fixture = (name: string): Track => trackParse(JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')));
  it.each(readdirSync(dir).filter((f) => f.endsWith('.track.json')))('%s', (f) => {
    const r = analyzeTrack(fixture(f));
    expect(r.quality.warnings.length).toBeGreaterThan(0);
    expectTranslated(r);
  });
  it('options and odd clips: view override, slow motion (given, wrong, implausible), capture rate, 1 s, 0.4 s', () => {
    const t = fixture('hamner_subject04_run400_side.60fps.track.json');
    const slow: Track = { ...t, fps: 7.5, frames: t.frames.map((f) => ({ t: f.t * 8, kp: f.kp })) };
    const fast: Track = { ...t, fps: 240, frames: t.frames.map((f) => ({ t: f.t / 4, kp: f.kp })) };
    const cases: [Track, AnalyzeOptions][] = [
      [t, { view: 'rear' }],
      [slow, { activity: 'run', view: 'side' }],
      [slow, { slowmoFactor: 8 }],
      [slow, { slowmoFactor: 100 }],
      [t, { captureFps: 240 }],
      [t, { captureFps: 1 }],
      [fast, { activity: 'run' }],
      [{ ...t, frames: t.frames.filter((f) => f.t < 1) }, {}],
      [{ ...t, frames: t.frames.filter((f) => f.t < 0.4) }, { activity: 'hinge' }],
    ];
    const seen = new Set<string>();
    for (const [tr, o] of cases) {
      const r = analyzeTrack(tr, o);
      expectTranslated(r);
      r.quality.warnings.forEach((w) => seen.add(w));
    }
    expect(seen.size).toBeGreaterThanOrEqual(10);
  });
});
