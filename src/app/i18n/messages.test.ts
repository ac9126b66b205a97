import { describe, expect, it } from 'vitest';
import { UI_WORDS } from '../../text/languages.ts';
import { cameraErrorMessage, errorMessage, localizedError } from '../analysis/errorMessage.ts';
import { localizeMetricIds, MESSAGES, metricLabel, placeholders, translate } from './messages.ts';
import { LOCALES } from './pickLocale.ts';

const en = UI_WORDS.en;
const ja = UI_WORDS.ja;

// Latin words that may stay in Japanese text: the product name, file formats (MP4 splits into
// "MP" + digits, H.264 into "H"), units and key names.
const ALLOWED_LATIN = new Set([
  'hipcheck',
  'https',
  'localhost',
  'JSON',
  'CSV',
  'fps',
  'm',
  'cm',
  'Shift',
  'MP',
  'MOV',
  'H',
  'OpenSim',
  'TRC',
  'MOT',
]);

describe('messages', () => {
  it('every catalogue has exactly the English keys, each non-empty with the same placeholders', () => {
    const keys = Object.keys(en).sort();
    expect(keys.length).toBeGreaterThan(300); // the whole app's strings, trainer included
    expect(LOCALES).toEqual(Object.keys(UI_WORDS));
    for (const locale of LOCALES) {
      const cat = MESSAGES[locale];
      expect(Object.keys(cat).sort(), locale).toEqual(keys);
      for (const key of keys as (keyof typeof en)[]) {
        expect(cat[key], `${locale} ${key}`).toBeTruthy();
        expect(placeholders(cat[key]), `${locale} ${key}`).toEqual(placeholders(en[key]));
      }
    }
  });
  it('reads plain and plural placeholders', () => {
    expect(placeholders('{n, plural, one {# step} other {# steps}}, middle half within {iqr}')).toEqual([
      'iqr',
      'n',
    ]);
    expect(placeholders('{n} 歩、中央の半数が {iqr} の幅')).toEqual(['iqr', 'n']);
    expect(placeholders('no values')).toEqual([]);
  });
  it('chooses plural forms by each language’s rules (Japanese has one form)', () => {
    expect(translate('en', 'summary.steps', { n: 1 })).toBe('1 step');
    expect(translate('en', 'summary.steps', { n: 2 })).toBe('2 steps');
    expect(translate('en', 'summary.steps', { n: 0 })).toBe('0 steps');
    expect(translate('en', 'summary.basis', { n: 1, iqr: '3°' })).toBe('1 step, middle half within 3°');
    expect(translate('en', 'trainer.change.noise', { n: 1 })).toBe(
      'Within the noise: film about 1 more step per clip to tell',
    );
    expect(translate('en', 'trainer.change.noise', { n: 12 })).toBe(
      'Within the noise: film about 12 more steps per clip to tell',
    );
    expect(translate('en', 'top.steps', { n: 1 })).toBe('seen on 1 step');
    expect(translate('en', 'top.reps', { n: 1 })).toBe('seen on 1 rep');
    expect(translate('en', 'top.reps', { n: 5 })).toBe('seen on 5 reps');
    expect(translate('en', 'flags.fewEvents', { n: 1, min: 7 })).toMatch(
      /^Rests on only 1 step or rep \(7 or more/,
    );
    expect(translate('en', 'flags.fewEvents', { n: 3, min: 7 })).toMatch(
      /^Rests on only 3 steps or reps \(7 or more/,
    );
    expect(translate('ja', 'top.steps', { n: 1 })).toBe('1 歩で確認');
    expect(translate('ja', 'summary.steps', { n: 1 })).toBe('1 歩');
    expect(translate('ja', 'summary.steps', { n: 2 })).toBe('2 歩');
    // Without its value the placeholder stays visible rather than guessing a form.
    expect(translate('en', 'summary.steps', {})).toBe('{n, plural, one {# step} other {# steps}}');
  });
  it('translates errors by name in one place, in every language', () => {
    const err = (name: string, message = 'detail') => Object.assign(new Error(message), { name });
    expect(errorMessage(err('NotAVideoError'), 'ja')).toBe(ja['error.NotAVideoError']);
    expect(errorMessage(err('BackendUnavailableError', 'no WebGL'), 'ja')).toBe(
      ja['error.PoseModelLoadError'],
    );
    expect(errorMessage(err('BackendUnavailableError', 'no WebGL'), 'en')).toBe(
      `${en['error.PoseModelLoadError']} (no WebGL)`,
    );
    expect(errorMessage(err('TrackFileError'), 'ja')).toBe(ja['trainer.trackFileError']);
    expect(errorMessage(err('EmptyFileError'), 'en')).toBe(en['error.EmptyFileError']);
    expect(errorMessage(err('SomethingNew', 'boom'), 'en')).toBe(`${en['error.other']} (boom)`);
    expect(errorMessage(err('SomethingNew', 'boom'), 'ja')).toBe(ja['error.other']);
    expect(errorMessage('plain string')).toBe(`${en['error.other']} (plain string)`);
    // The bridges' own errors (src/app/bridge/workerBridge.ts) get the catalogue's words, not their English literal.
    const crash = err('WorkerCrashError', 'The pose worker stopped unexpectedly.');
    expect(errorMessage(crash, 'en')).toBe(en['error.WorkerCrashError']);
    expect(errorMessage(crash, 'ja')).toBe(ja['error.WorkerCrashError']);
    expect(errorMessage(err('AbortError', 'Analysis cancelled.'), 'ja')).toBe(ja['analysis.cancelled']);
    expect(errorMessage(err('AbortError', 'Analysis cancelled.'), 'en')).toBe(en['analysis.cancelled']);
    // A screen keeps the English words and the name; it shows them in its language.
    const kept = { message: errorMessage(crash), name: crash.name };
    expect(localizedError(kept, 'en')).toBe(en['error.WorkerCrashError']);
    expect(localizedError(kept, 'ja')).toBe(ja['error.WorkerCrashError']);
  });
  it('says why the camera did not start, by getUserMedia’s error name, in every language', () => {
    const cam = (name: string, message = 'Permission denied') => ({ name, message });
    expect(cameraErrorMessage(cam('NotAllowedError'), 'en')).toBe(en['error.camera.denied']);
    expect(cameraErrorMessage(cam('NotAllowedError'), 'ja')).toBe(ja['error.camera.denied']);
    expect(cameraErrorMessage(cam('NotFoundError'), 'ja')).toBe(ja['error.camera.none']);
    expect(cameraErrorMessage(cam('NotReadableError'), 'en')).toBe(en['error.camera.busy']);
    // A camera's AbortError is a hardware failure, not the analysis' cancel.
    expect(cameraErrorMessage(cam('AbortError'), 'en')).toBe(en['error.camera.busy']);
    expect(cameraErrorMessage(cam('InsecureContextError'), 'ja')).toBe(ja['error.camera.insecure']);
    expect(cameraErrorMessage(cam('SomethingNew', 'boom'), 'en')).toBe(`${en['error.camera.other']} (boom)`);
    expect(cameraErrorMessage(cam('SomethingNew', 'boom'), 'ja')).toBe(ja['error.camera.other']);
  });

  it('names each language in itself for the language switch', () => {
    expect(LOCALES.map((l) => translate(l, 'app.languageName'))).toEqual(['English', '日本語']);
  });
  it('keeps the names the trainer issue asked for', () => {
    expect([
      en['trainer.addNote'],
      en['trainer.note'],
      en['trainer.saveNote'],
      en['trainer.export'],
      en['trainer.import'],
    ]).toEqual(['Add note', 'Note', 'Save note', 'Export session', 'Import session']);
    expect([ja['trainer.addNote'], ja['trainer.note']]).toEqual(['メモを追加', 'メモ']);
  });
  it('leaves no English words in the Japanese strings', () => {
    for (const [key, s] of Object.entries(ja)) {
      const words = s.replace(/\{\w+\}/g, '').match(/[A-Za-z]+/g) ?? [];
      const stray = words.filter((w) => !ALLOWED_LATIN.has(w));
      expect(stray, key).toEqual([]);
    }
  });
  it('fills placeholders', () => {
    expect(translate('en', 'analysis.frames', { done: 3, total: 360 })).toBe('Frame 3 of 360');
    expect(translate('ja', 'analysis.frames', { done: 3, total: 360 })).toBe('360 フレーム中 3');
  });
  it('labels metrics and falls back for unknown ones', () => {
    expect(metricLabel('ja', 'pelvicDropDeg')).toBe('骨盤の落ち込み');
    expect(metricLabel('en', 'somethingNewRatio')).toBe('Measured value');
    expect(metricLabel('ja', 'contactTimeS.leftMedian')).toBe('接地時間 (左・中央値)');
    expect(metricLabel('en', 'contactTimeS.unknownQualifier')).toBe('Contact time');
  });
  it('replaces metric identifiers in explanation text with labels', () => {
    expect(localizeMetricIds('ja', '(contactTimeS: 左 0.293、右 0.276)')).toBe(
      '(接地時間: 左 0.293、右 0.276)',
    );
    expect(localizeMetricIds('en', 'signs: shankAngleAtContactDeg 11.60, and Sports 2011')).toBe(
      'signs: Shin angle at contact 11.60, and Sports 2011',
    );
  });
});
