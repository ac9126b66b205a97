import { afterEach, describe, expect, it } from 'vitest';
import { errorLine } from './cliErrors.ts';
import { uniqueStems } from './cliInputs.ts';
import { numberArg } from './cliNumber.ts';

describe('numberArg', () => {
  it('reads numbers as people type them and refuses everything else', () => {
    expect(numberArg('12', 'x')).toBe(12);
    expect(numberArg('-0.5', 'x')).toBe(-0.5);
    expect(numberArg('.5', 'x')).toBe(0.5);
    expect(numberArg('1e3', 'x')).toBe(1000);
    for (const bad of ['1.2.3', '', ' ', '12abc', 'Infinity', 'NaN', '0x10'])
      expect(() => numberArg(bad, '--t')).toThrow(/--t must be a number/);
    expect(() => numberArg('2.5', '--n', { integer: true })).toThrow(/whole number/);
    expect(() => numberArg('0', '--s', { positive: true })).toThrow(/positive/);
    expect(() => numberArg('0', '--c', { min: 1 })).toThrow(/≥ 1/);
  });
});

describe('uniqueStems', () => {
  it('gives clips with the same name their own output names', () => {
    expect(uniqueStems(['/a/clip.mp4', '/b/clip.mp4', '/c/clip.mov', '/d/other.track.json'])).toEqual([
      'clip',
      'clip-2',
      'clip-3',
      'other',
    ]);
    // A clip already called clip-2 does not collide with the second "clip".
    expect(uniqueStems(['/x/clip-2.mp4', '/a/clip.mp4', '/b/clip.mp4'])).toEqual([
      'clip-2',
      'clip',
      'clip-3',
    ]);
  });
});

describe('errorLine', () => {
  afterEach(() => {
    delete process.env.HIPCHECK_DEBUG;
  });
  it('is the first line of the message, and the stack only with HIPCHECK_DEBUG=1', () => {
    const e = new Error('cannot read x\nmore detail');
    expect(errorLine(e)).toBe('cannot read x');
    process.env.HIPCHECK_DEBUG = '1';
    expect(errorLine(e)).toMatch(/\n\s+at /);
  });
});
