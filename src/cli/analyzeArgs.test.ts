import { describe, expect, it } from 'vitest';
import { analyzeArgsParse } from './analyzeArgs.ts';

describe('hipcheck analyze --speed', () => {
  it('takes a treadmill speed in km/h, mph or m/s', () => {
    expect(analyzeArgsParse(['a.json', '--speed', '12kmh']).speedMps).toBeCloseTo(3.3333, 4);
    expect(analyzeArgsParse(['a.json', '--speed', '7.5mph']).speedMps).toBeCloseTo(3.3528, 4);
    expect(analyzeArgsParse(['a.json', '--speed=3.3m/s']).speedMps).toBe(3.3);
    expect(analyzeArgsParse(['a.json']).speedMps).toBeUndefined();
  });
  it('refuses a speed without a unit or outside running speeds, saying how to write it', () => {
    expect(() => analyzeArgsParse(['a.json', '--speed', '12'])).toThrow(/12kmh, 7.5mph or 3.3m\/s/);
    expect(() => analyzeArgsParse(['a.json', '--speed', '90kmh'])).toThrow(/3–40 km\/h/);
  });
});

describe('hipcheck analyze --trc --mot (issue 18)', () => {
  it('takes the OpenSim output files, none by default', () => {
    expect(analyzeArgsParse(['a.json', '--trc', 'o.trc', '--mot=o.mot'])).toMatchObject({
      trc: 'o.trc',
      mot: 'o.mot',
    });
    expect(analyzeArgsParse(['a.json'])).toMatchObject({ trc: null, mot: null });
  });
});
