import { describe, expect, it } from 'vitest';
import * as en from './en.ts';
import * as ja from './ja.ts';
import { REPORT_WORDS, UI_WORDS } from './languages.ts';

describe('one file per language', () => {
  it('lists the same languages for the app and the report, English first', () => {
    expect(Object.keys(UI_WORDS)[0]).toBe('en');
    expect(Object.keys(REPORT_WORDS)).toEqual(Object.keys(UI_WORDS));
  });

  it('every language has exactly the English keys, the app’s and the report’s', () => {
    expect(Object.keys(en.ui).length).toBeGreaterThan(300);
    expect(Object.keys(en.report).length).toBeGreaterThan(100);
    for (const lang of Object.keys(UI_WORDS) as (keyof typeof UI_WORDS)[]) {
      expect(Object.keys(UI_WORDS[lang]).sort(), `${lang} ui`).toEqual(Object.keys(en.ui).sort());
      expect(Object.keys(REPORT_WORDS[lang]).sort(), `${lang} report`).toEqual(Object.keys(en.report).sort());
    }
  });

  it('a language file exports its two parts and nothing else', () => {
    for (const file of [en, ja]) expect(Object.keys(file).sort()).toEqual(['report', 'ui']);
    expect(UI_WORDS.ja).toBe(ja.ui);
    expect(REPORT_WORDS.ja).toBe(ja.report);
  });
});
