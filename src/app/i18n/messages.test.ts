import { describe, expect, it } from 'vitest';
import { en } from './messages.en.ts';
import { ja } from './messages.ja.ts';
import { localizeMetricIds, metricLabel, translate } from './messages.ts';

// Latin words that may stay in Japanese text: the product name, file formats (MP4 splits into
// "MP" + digits, H.264 into "H"), units and key names.
const ALLOWED_LATIN = new Set(['hipcheck', 'JSON', 'CSV', 'fps', 'm', 'Shift', 'MP', 'MOV', 'H', 'OpenSim', 'TRC', 'MOT']);

describe('messages', () => {
  it('has a Japanese string for every English key, with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(ja[key], key).toBeTruthy();
      const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(ph(ja[key]), key).toEqual(ph(en[key]));
    }
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
    expect(localizeMetricIds('ja', '(contactTimeS: 左 0.293、右 0.276)')).toBe('(接地時間: 左 0.293、右 0.276)');
    expect(localizeMetricIds('en', 'signs: shankAngleAtContactDeg 11.60, and Sports 2011')).toBe('signs: Shin angle at contact 11.60, and Sports 2011');
  });
});
