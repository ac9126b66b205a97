import type { Track } from '../track/track.ts';

/**
 * The keypoint track as an OpenSim TRC file (marker positions per frame, the format Sports2D and
 * Pose2Sim write): tab-separated, five header lines (PathFileType; the names DataRate CameraRate
 * NumFrames NumMarkers Units OrigDataRate OrigDataStartFrame OrigNumFrames and their values; Frame#,
 * Time and each marker name over its three columns; X1 Y1 Z1 …), a blank line, then one row per
 * frame numbered from 1. X is the image x, Y the image height minus y (OpenSim's y axis points up),
 * Z 0 (one camera). A marker the frame lacks (no person, or a NaN coordinate) is left as empty cells,
 * as OpenSim's TRC reader and Pose2Sim's writer treat missing markers.
 */
export interface TrcOptions {
  /** Written on the PathFileType line. */
  fileName: string;
  /** Metres per pixel (trackScale.ts); without it the file is in pixels (Units `px`). */
  metresPerPx?: number | null;
}

const fixed = (v: number, digits: number): string => (Number.isFinite(v) ? v.toFixed(digits) : '');

/** Decimals written: 0.001 px, or 0.00001 m (0.01 mm). */
export const TRC_DECIMALS = { px: 3, m: 5 } as const;

export function trcText(track: Track, opts: TrcOptions): string {
  const scale =
    opts.metresPerPx && Number.isFinite(opts.metresPerPx) && opts.metresPerPx > 0 ? opts.metresPerPx : null;
  const units = scale ? 'm' : 'px';
  const digits = TRC_DECIMALS[units];
  const k = scale ?? 1;
  const names = track.keypoints;
  const n = track.frames.length;
  const rate = fixed(track.fps, 3);
  const lines = [
    ['PathFileType', '4', '(X/Y/Z)', opts.fileName].join('\t'),
    [
      'DataRate',
      'CameraRate',
      'NumFrames',
      'NumMarkers',
      'Units',
      'OrigDataRate',
      'OrigDataStartFrame',
      'OrigNumFrames',
    ].join('\t'),
    [rate, rate, String(n), String(names.length), units, rate, '1', String(n)].join('\t'),
    ['Frame#', 'Time', ...names.flatMap((name) => [name, '', ''])].join('\t'),
    ['', '', ...names.flatMap((_, i) => [`X${i + 1}`, `Y${i + 1}`, `Z${i + 1}`])].join('\t'),
    '',
  ];
  track.frames.forEach((f, fi) => {
    const cells = [String(fi + 1), fixed(f.t, 6)];
    for (let m = 0; m < names.length; m++) {
      const p = f.kp[m];
      const x = p ? p[0] : NaN;
      const y = p ? p[1] : NaN;
      if (Number.isFinite(x) && Number.isFinite(y))
        cells.push(fixed(x * k, digits), fixed((track.height - y) * k, digits), fixed(0, digits));
      else cells.push('', '', '');
    }
    lines.push(cells.join('\t'));
  });
  return lines.join('\n') + '\n';
}
