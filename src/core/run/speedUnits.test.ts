import { describe, expect, it } from 'vitest';
import { speedParse, speedToMps } from './speedUnits.ts';

describe('treadmill speed units', () => {
  it('converts km/h, mph and m/s to m/s', () => {
    expect(speedToMps(14.4, 'kmh')).toBeCloseTo(4, 10);
    expect(speedToMps(10, 'mph')).toBeCloseTo(4.4704, 10);
    expect(speedToMps(0, 'kmh')).toBeNaN();
  });
  it('parses what a person types, and refuses a number without a unit', () => {
    expect(speedParse('12kmh')).toBeCloseTo(3.3333, 4);
    expect(speedParse(' 12 km/h ')).toBeCloseTo(3.3333, 4);
    expect(speedParse('7.5mph')).toBeCloseTo(3.3528, 4);
    expect(speedParse('7,5 MPH')).toBeCloseTo(3.3528, 4);
    expect(speedParse('3.3m/s')).toBe(3.3);
    expect(speedParse('12')).toBeNull();
    expect(speedParse('-3kmh')).toBeNull();
    expect(speedParse('fast')).toBeNull();
  });
});
