import type { KeypointTriple, Track, TrackFrame } from './track.ts';

/**
 * A track as a few flat typed arrays (issue 14): what crosses to the analysis worker. A structured
 * clone of the frames' nested arrays costs the main thread ~100 ms for a 2-minute clip; typed
 * arrays are transferred without a copy. Exact: every number is kept as the float64 it was.
 */
export interface PackedTrack {
  /** The track without its frames. */
  header: Omit<Track, 'frames'>;
  /** Frame times, s. */
  t: Float64Array;
  /** Keypoints per frame: 17, or 0 for a frame without a person. */
  count: Uint8Array;
  /** x, y, score of every keypoint of every frame in order (frames with no person add nothing). */
  kp: Float64Array;
  /** (frame index, keypoint index) pairs of authored keypoints (a trainer's corrections). */
  authored: Int32Array;
}

export function trackPack(track: Track): PackedTrack {
  const { frames, ...header } = track;
  const n = frames.length;
  const t = new Float64Array(n);
  const count = new Uint8Array(n);
  let total = 0;
  let nAuthored = 0;
  for (const f of frames) {
    total += f.kp.length;
    nAuthored += f.authored?.length ?? 0;
  }
  const kp = new Float64Array(total * 3);
  const authored = new Int32Array(nAuthored * 2);
  let o = 0;
  let a = 0;
  for (let i = 0; i < n; i++) {
    const f = frames[i]!;
    t[i] = f.t;
    count[i] = f.kp.length;
    for (const p of f.kp) {
      kp[o++] = p[0];
      kp[o++] = p[1];
      kp[o++] = p[2];
    }
    for (const k of f.authored ?? []) {
      authored[a++] = i;
      authored[a++] = k;
    }
  }
  return { header, t, count, kp, authored };
}

export function trackUnpack(p: PackedTrack): Track {
  const frames: TrackFrame[] = new Array(p.t.length);
  let o = 0;
  for (let i = 0; i < p.t.length; i++) {
    const kp: KeypointTriple[] = new Array(p.count[i]!);
    for (let k = 0; k < kp.length; k++, o += 3) kp[k] = [p.kp[o]!, p.kp[o + 1]!, p.kp[o + 2]!];
    frames[i] = { t: p.t[i]!, kp };
  }
  for (let a = 0; a < p.authored.length; a += 2) {
    const f = frames[p.authored[a]!]!;
    (f.authored ??= []).push(p.authored[a + 1]!);
  }
  return { ...p.header, frames } as Track;
}

/** The buffers to transfer with a packed track. */
export function trackPackBuffers(p: PackedTrack): ArrayBuffer[] {
  return [p.t, p.count, p.kp, p.authored].map((a) => a.buffer as ArrayBuffer);
}
