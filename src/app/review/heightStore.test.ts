import { describe, expect, it } from 'vitest';
import { heightOf } from './heightStore.ts';

describe('the start screen height (bar velocity scale)', () => {
  it('is undefined when empty, null when not a height, else metres', () => {
    expect(heightOf({ text: ' ', unit: 'cm' })).toBeUndefined();
    expect(heightOf({ text: '175', unit: 'cm' })).toBe(1.75);
    expect(heightOf({ text: '172,5', unit: 'cm' })).toBe(1.725);
    expect(heightOf({ text: `5'9"`, unit: 'ftin' })).toBe(1.753);
    expect(heightOf({ text: '5 9', unit: 'ftin' })).toBe(1.753);
    expect(heightOf({ text: '6ft', unit: 'ftin' })).toBe(1.829);
    expect(heightOf({ text: '5ft 11in', unit: 'ftin' })).toBe(1.803);
    expect(heightOf({ text: '1.75', unit: 'cm' })).toBeNull(); // metres typed as cm
    expect(heightOf({ text: '5 13', unit: 'ftin' })).toBeNull();
    expect(heightOf({ text: '175', unit: 'ftin' })).toBeNull();
    expect(heightOf({ text: 'abc', unit: 'cm' })).toBeNull();
  });
});
