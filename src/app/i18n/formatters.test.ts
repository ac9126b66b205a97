import { describe, expect, it } from 'vitest';
import { makeFormatters } from './formatters.ts';

describe('makeFormatters', () => {
  it('formats units per language', () => {
    const en = makeFormatters('en');
    const ja = makeFormatters('ja');
    expect(en.unit(12.345, 'deg')).toBe('12.3°');
    expect(en.unit(0.254, 's')).toBe('0.25 sec');
    expect(ja.unit(0.254, 's')).toBe('0.25 秒');
    expect(en.unit(168.94, 'spm')).toBe('168.9 steps/min');
    expect(ja.unit(168.94, 'spm')).toBe('168.9 歩/分');
    expect(ja.unit(0.3, 'ratio')).toBe('0.30 × 脚長');
    expect(en.unit(2.234, 'factor')).toBe('2.23');
    expect(en.unit(1234.5, 'deg')).toBe('1,234.5°');
  });
  it('never invents a number for missing values', () => {
    const en = makeFormatters('en');
    expect(en.unit(null, 'deg')).toBe('–');
    expect(en.unit(NaN, 'ratio')).toBe('–');
    expect(en.num(undefined)).toBe('–');
  });
  it('shows video time as m:ss.ss', () => {
    const en = makeFormatters('en');
    expect(en.clock(3.2)).toBe('0:03.20');
    expect(en.clock(75.456)).toBe('1:15.46');
    expect(en.wholeSeconds(11.2)).toBe('12 sec');
    expect(makeFormatters('ja').wholeSeconds(11.2)).toBe('12 秒');
  });
});
