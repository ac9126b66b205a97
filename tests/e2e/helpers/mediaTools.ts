import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../../helpers/shared.ts';

/** Presentation times (s) of every video frame, read by ffprobe: an independent timestamp reference. */
export function ffprobeFrameTimes(file: string): number[] {
  const out = execFileSync(
    'ffprobe',
    ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'frame=pts_time', '-of', 'csv=p=0', file],
    {
      encoding: 'utf8',
    },
  );
  return out
    .split('\n')
    .map((l) => l.trim().replace(/,$/, ''))
    .filter((l) => l.length > 0)
    .map(Number);
}

/** The output arguments of a test clip re-encoded as H.264 (veryfast, yuv420p, no audio) into `out`. */
export function h264Out(out: string): string[] {
  return ['-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-an', out];
}

/** Runs ffmpeg quietly (throws with its stderr on failure). */
export function ffmpeg(args: string[]): void {
  execFileSync('ffmpeg', ['-v', 'error', '-y', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
}

/**
 * Bounding box (source px) of where the picture MOVES over the clip, with no pose model: mean
 * absolute frame-to-frame difference per pixel on a 4×-downscaled grey copy, thresholded at
 * 4× its clip median, then the box holding the central 98 % of those pixels by row and column.
 * With a fixed camera and a static scene (the treadmill garage clip) what moves is the runner —
 * limbs swinging past the hips, the torso bouncing — and the belt under their feet. A model-free
 * check that keypoints sit where the person is, not a tight person box.
 */
export function motionBox(
  file: string,
  widthPx: number,
  heightPx: number,
): { x0: number; y0: number; x1: number; y1: number; areaRatio: number } {
  const w = Math.round(widthPx / 4);
  const h = Math.round(heightPx / 4);
  const raw = execFileSync(
    'ffmpeg',
    ['-v', 'error', '-i', file, '-vf', `scale=${w}:${h}`, '-pix_fmt', 'gray', '-f', 'rawvideo', '-'],
    {
      maxBuffer: 1 << 30,
    },
  );
  const n = w * h;
  const frames = Math.floor(raw.length / n);
  const energy = new Float64Array(n);
  for (let f = 1; f < frames; f++) {
    const a = (f - 1) * n;
    const b = f * n;
    for (let i = 0; i < n; i++) energy[i]! += Math.abs(raw[b + i]! - raw[a + i]!);
  }
  const sorted = Float64Array.from(energy).sort();
  const thr = 4 * sorted[Math.floor(n / 2)]!;
  const rows = new Float64Array(h);
  const cols = new Float64Array(w);
  let count = 0;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      if (energy[y * w + x]! > thr) {
        rows[y]!++;
        cols[x]!++;
        count++;
      }
  const span = (hist: Float64Array) => {
    let acc = 0;
    let lo = 0;
    let hi = hist.length - 1;
    for (let i = 0; i < hist.length; i++)
      if ((acc += hist[i]!) >= 0.01 * count) {
        lo = i;
        break;
      }
    acc = 0;
    for (let i = hist.length - 1; i >= 0; i--)
      if ((acc += hist[i]!) >= 0.01 * count) {
        hi = i;
        break;
      }
    return [lo, hi + 1] as const;
  };
  const [y0, y1] = span(rows);
  const [x0, x1] = span(cols);
  return { x0: x0 * 4, y0: y0 * 4, x1: x1 * 4, y1: y1 * 4, areaRatio: ((x1 - x0) * (y1 - y0)) / n };
}

/**
 * Chromium flags for a fake camera that plays `source` (its first 8 s at 360×640, converted once to
 * Y4M under tests/artifacts, the format the fake device reads): small enough to load fast, long
 * enough for a cadence window. Used by the live e2e and the live bench.
 */
export function fakeCameraArgs(source: string): string[] {
  const y4m = join(ROOT, 'tests/artifacts/male_side.live.y4m');
  if (!existsSync(y4m)) {
    mkdirSync(dirname(y4m), { recursive: true });
    ffmpeg(['-i', source, '-t', '8', '-vf', 'scale=360:640', '-pix_fmt', 'yuv420p', y4m]);
  }
  return [
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${y4m}`,
  ];
}
