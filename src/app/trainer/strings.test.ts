import { describe, expect, it } from 'vitest';
import { trainerEn, trainerJa } from './strings.ts';

const LATIN_OK = new Set(['hipcheck', 'JSON']);

describe('trainer strings', () => {
  it('has Japanese for every key, same placeholders, no stray English', () => {
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(trainerEn) as (keyof typeof trainerEn)[]) {
      expect(trainerJa[key], key).toBeTruthy();
      expect(ph(trainerJa[key]), key).toEqual(ph(trainerEn[key]));
      const stray = (trainerJa[key].replace(/\{\w+\}/g, '').match(/[A-Za-z]+/g) ?? []).filter((w) => !LATIN_OK.has(w));
      expect(stray, key).toEqual([]);
    }
  });
  it('uses the names the issue asks for', () => {
    expect([trainerEn['trainer.addNote'], trainerEn['trainer.note'], trainerEn['trainer.saveNote'], trainerEn['trainer.export'], trainerEn['trainer.import']]).toEqual(['Add note', 'Note', 'Save note', 'Export session', 'Import session']);
    expect([trainerJa['trainer.addNote'], trainerJa['trainer.note']]).toEqual(['メモを追加', 'メモ']);
  });
});
