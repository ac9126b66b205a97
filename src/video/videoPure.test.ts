import { describe, expect, it } from 'vitest';
import { editListShift } from './editListShift.ts';
import { matrixRotationDeg, rotatedSize } from './matrixRotationDeg.ts';
import { sniffContainer } from './sniffContainer.ts';

const FX = 65536;

describe('editListShift', () => {
  it('ffmpeg B-frame edit: media starts 2 frames in', () => {
    // x264 with 2 B-frames at timescale 15360, 30 fps: elst media_time 1024 (= 2 × 512).
    expect(editListShift([{ segment_duration: 12000, media_time: 1024 }], 1000)).toEqual({
      mediaStart: 1024,
      delayS: 0,
    });
  });
  it('no edit list: identity', () => {
    expect(editListShift(undefined, 1000)).toEqual({ mediaStart: 0, delayS: 0 });
  });
  it('leading empty edit delays the start', () => {
    expect(
      editListShift(
        [
          { segment_duration: 500, media_time: -1 },
          { segment_duration: 9000, media_time: 0 },
        ],
        1000,
      ),
    ).toEqual({
      mediaStart: 0,
      delayS: 0.5,
    });
  });
});

describe('matrixRotationDeg', () => {
  it('reads the four right angles', () => {
    expect(matrixRotationDeg([FX, 0, 0, 0, FX, 0, 0, 0, 1 << 30])).toBe(0);
    expect(matrixRotationDeg([0, FX, 0, -FX, 0, 0, 0, 0, 1 << 30])).toBe(90);
    expect(matrixRotationDeg([-FX, 0, 0, 0, -FX, 0, 0, 0, 1 << 30])).toBe(180);
    expect(matrixRotationDeg([0, -FX, 0, FX, 0, 0, 0, 0, 1 << 30])).toBe(270);
  });
  it('reads an unsigned (Uint32Array) matrix', () => {
    expect(matrixRotationDeg(new Uint32Array([0, FX, 0, 2 ** 32 - FX, 0, 0, 0, 0, 2 ** 30]))).toBe(90);
  });
  it('swaps the size for quarter turns', () => {
    expect(rotatedSize(1280, 720, 90)).toEqual({ widthPx: 720, heightPx: 1280 });
    expect(rotatedSize(1280, 720, 180)).toEqual({ widthPx: 1280, heightPx: 720 });
  });
});

describe('sniffContainer', () => {
  const bytes = (s: string) =>
    new Uint8Array([0, 0, 0, 32, ...[...s].map((c) => c.charCodeAt(0)), 0, 0, 0, 0]);
  it('recognises mp4/mov, webm and junk', () => {
    expect(sniffContainer(bytes('ftyp'))).toBe('mp4');
    expect(sniffContainer(bytes('wide'))).toBe('mp4');
    expect(sniffContainer(new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 0, 0, 0]))).toBe('webm');
    expect(sniffContainer(new TextEncoder().encode('hello, I am a text file'))).toBe('unknown');
    expect(sniffContainer(new Uint8Array(0))).toBe('unknown');
  });
});
