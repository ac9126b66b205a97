import { describe, expect, it } from 'vitest';
import type { CoreReport } from '../core/report/report.ts';
import { localizeReport, localizeText, textIn } from './localizeReport.ts';
import { REPORT_WORDS } from './languages.ts';

const reportEn = REPORT_WORDS.en;

const fewEvents = (n: number) => ({ key: 'flag.fewEvents', params: { n, minEvents: 7 } });

describe('report texts from the catalogues', () => {
  it('plurals: "1 event", "2 events" (and 0 events) in English; Japanese has one form', () => {
    expect(textIn('en', fewEvents(1))).toMatch(/^ Only 1 event \(7 or more advised\)/);
    expect(textIn('en', fewEvents(2))).toMatch(/^ Only 2 events \(/);
    expect(textIn('en', fewEvents(0))).toMatch(/^ Only 0 events \(/);
    expect(textIn('ja', fewEvents(1))).toBe(
      '(判定に使えたのは1回のみで、推奨の7回に届かないため、重要度を1段階下げ、信頼度も低く表示しています。)',
    );
  });

  it('warnings with a count say "1 frame", "2 frames" in English, never "frame(s)"; Japanese unchanged', () => {
    const w = (key: string, params: Record<string, number>) => textIn('en', { key, params });
    expect(w('warn.run.legsSwapped', { frames: 1 })).toMatch(/ in 1 frame; repaired/);
    expect(w('warn.run.legsSwapped', { frames: 3 })).toMatch(/ in 3 frames; repaired/);
    expect(w('warn.run.sameFootTwice', { pairs: 1 })).toMatch(/^1 pair of consecutive/);
    expect(w('warn.run.sameFootTwice', { pairs: 2 })).toMatch(/^2 pairs of consecutive/);
    expect(w('warn.run.tooFewForCadence', { contacts: 1 })).toBe('only 1 contact: cadence needs at least 3');
    expect(w('warn.run.tooFewForCadence', { contacts: 2 })).toBe('only 2 contacts: cadence needs at least 3');
    expect(w('warn.run.fewStepsPerSide', { steps: 1 })).toMatch(/^only 1 step on one side/);
    expect(w('warn.run.fewStepsPerSide', { steps: 0 })).toMatch(/^only 0 steps on one side/);
    expect(w('warn.hinge.bodyJumped', { frames: 1, fromT: 1, toT: 2 })).toMatch(/jumped on 1 frame \(/);
    expect(w('warn.secondPerson', { jumps: 1, keptShare: 0.9, otherFrames: 1 })).toMatch(
      /two people 1 time; .* 1 frame of the other/,
    );
    expect(w('warn.secondPerson', { jumps: 4, keptShare: 0.9, otherFrames: 7 })).toMatch(
      /two people 4 times; .* 7 frames of the other/,
    );
    expect(w('warn.run.fewSteps', { held: 1, stepsNeeded: 14, needS: 5 })).toMatch(/about 1 step; /);
    expect(w('warn.run.fewSteps', { held: 9, stepsNeeded: 14, needS: 5 })).toMatch(/about 9 steps; /);
    expect(w('warn.twoPeople', { jumps: 1, keptShare: 0.4 })).toMatch(/between them \(1 time; /);
    expect(w('warn.twoPeople', { jumps: 6, keptShare: 0.4 })).toMatch(/between them \(6 times; /);
    // No entry, fixed or built around a count, writes "(s)".
    for (const [key, entry] of Object.entries(reportEn)) expect(String(entry), key).not.toMatch(/\w\(s\)/);
    expect(textIn('ja', { key: 'warn.run.tooFewForCadence', params: { contacts: 1 } })).toBe(
      '接地が 1 回しかありません。ピッチの計算には 3 回以上必要です',
    );
  });

  it('a text in parts is read one part after the other, per language', () => {
    const t = localizeText([{ key: 'flag.asymmetry.title' }, fewEvents(3)]);
    expect(t.en).toBe(
      'One side clearly differs Only 3 events (7 or more advised), so this is shown one level lower and with low confidence.',
    );
    expect(t.ja.startsWith('左右差が大きい(判定に使えたのは3回のみ')).toBe(true);
  });

  it('nested texts take the same language', () => {
    const drift = {
      key: 'hinge.inconsistency.drift',
      params: {
        what: { key: 'hinge.inconsistency.trunkAngleDeg' },
        changeDeg: 12.4,
        firstDeg: 40,
        lastDeg: 52.4,
        noiseFloorDeg: 3,
      },
    };
    const t = localizeText({ key: 'hinge.inconsistency.detail', params: { parts: [drift] } });
    expect(t.en).toMatch(
      /^Over the set the trunk angle at the bottom moves 12° over the set \(about 40° in the first reps, 52° in the last\)/,
    );
    expect(t.ja).toMatch(/^セットを通して一番下での上体の角度がセットを通して12°変化しています/);
  });

  it('an unknown key is an error, not an empty text', () => {
    expect(() => localizeText({ key: 'no.such.key' })).toThrow(/no\.such\.key/);
  });

  it('localizeReport: {en, ja} pairs in place, warnings in English, the JSON field order kept', () => {
    const core: CoreReport = {
      format: 'hipcheck-report',
      version: 1,
      activity: 'run',
      view: 'rear',
      source: { name: 'x', durationS: 1, fps: 30 },
      flags: [
        {
          id: 'pelvic-drop',
          severity: 'warn',
          side: 'left',
          evidence: [],
          title: { key: 'flag.pelvic-drop.title' },
          detail: [{ key: 'flag.pelvic-drop.detail' }, fewEvents(1)],
          confidence: 0.1,
          drills: [
            {
              id: 'wall-drill',
              name: { key: 'drill.wall-drill.name' },
              why: { key: 'drill.wall-drill.why' },
            },
          ],
          thresholdSource: 'heuristic',
        },
      ],
      quality: {
        framesWithPose: 1,
        meanScore: 0.5,
        warnings: [],
        suggestedSlowmoFactor: 4,
        warningText: [{ key: 'warn.slowmo', params: { factor: 4 } }, { key: 'warn.notADiagnosis' }],
      },
    };
    const r = localizeReport(core);
    expect(Object.keys(r)).toEqual(Object.keys(core));
    expect(Object.keys(r.flags[0]!)).toEqual(Object.keys(core.flags[0]!));
    expect(Object.keys(r.quality)).toEqual(Object.keys(core.quality));
    expect(r.flags[0]!.title).toEqual({
      en: 'Pelvic drop on the swing side',
      ja: '骨盤の左右のブレ(遊脚側の落ち込み)',
    });
    expect(r.flags[0]!.detail.en).toMatch(/Only 1 event \(/);
    expect(r.flags[0]!.drills![0]!.name.en).toBe('Wall drill (alternating knee drives)');
    expect(r.quality.warnings).toEqual([
      'slow motion ×4: all times and cadences are real time',
      'hipcheck gives feedback on movement, not a diagnosis: see a professional if there is pain or numbness',
    ]);
    expect(r.quality.warningText!.map((w) => w.en)).toEqual(r.quality.warnings);
    expect(r.quality.warningText![0]!.ja).toBe('スローモーション ×4：時間とピッチはすべて実時間です');
  });
});
