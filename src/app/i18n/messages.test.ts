import { describe, expect, it } from 'vitest';
import { en } from './messages.en.ts';
import { ja } from './messages.ja.ts';
import { metricLabel, translate } from './messages.ts';

// Latin words that may stay in Japanese text: the product name, file formats, units and keys.
const ALLOWED_LATIN = new Set(['hipcheck', 'JSON', 'CSV', 'fps', 'm', 'Shift']);

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
  });
});
