import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { analyzeArgsParse } from './analyzeArgs.ts';
import { poseArgsParse } from './poseArgs.ts';

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

describe('hipcheck analyze --jobs (issue 15)', () => {
  it('takes the pose worker threads as `hipcheck pose` does: given, else the cores (at most 4)', () => {
    expect(analyzeArgsParse(['a.mp4', '--jobs', '3']).jobs).toBe(3);
    expect(analyzeArgsParse(['a.mp4', '-j', '1']).jobs).toBe(1);
    expect(analyzeArgsParse(['a.mp4']).jobs).toBe(poseArgsParse(['a.mp4']).jobs);
    expect(analyzeArgsParse(['a.mp4']).jobs).toBe(Math.min(4, availableParallelism()));
    expect(() => analyzeArgsParse(['a.mp4', '--jobs', '0'])).toThrow(/--jobs must be a whole number/);
  });
});
