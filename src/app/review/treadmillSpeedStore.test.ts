import { describe, expect, it } from 'vitest';
import { speedOf } from './treadmillSpeedStore.ts';

describe('the start screen speed', () => {
  it('is undefined when empty, null when not a running speed, else m/s', () => {
    expect(speedOf({ text: ' ', unit: 'kmh' })).toBeUndefined();
    expect(speedOf({ text: '12', unit: 'kmh' })).toBeCloseTo(3.3333, 4);
    expect(speedOf({ text: '7,5', unit: 'mph' })).toBeCloseTo(3.3528, 4);
    expect(speedOf({ text: '1', unit: 'kmh' })).toBeNull();
    expect(speedOf({ text: 'abc', unit: 'kmh' })).toBeNull();
  });
});
