import { describe, expect, it } from 'vitest';
import { parseLocale, pickLocale } from './pickLocale.ts';

describe('pickLocale', () => {
  it('takes the first shipped language in preference order', () => {
    expect(pickLocale(['ja-JP', 'en-US'])).toBe('ja');
    expect(pickLocale(['fr-FR', 'en-GB', 'ja'])).toBe('en');
    expect(pickLocale(['de', 'ja_JP'])).toBe('ja');
  });
  it('falls back to English', () => {
    expect(pickLocale([])).toBe('en');
    expect(pickLocale(undefined)).toBe('en');
    expect(pickLocale(['zh-CN'])).toBe('en');
  });
  it('parses only shipped languages', () => {
    expect(parseLocale('ja')).toBe('ja');
    expect(parseLocale('JA')).toBeNull();
    expect(parseLocale(null)).toBeNull();
  });
});
