// Test helper: small synthetic clips made with ffmpeg in a temp folder (never committed).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ff = (args: string[]) => execFileSync('ffmpeg', ['-v', 'error', '-y', ...args]);

/** Variable-frame-rate H.264 clip of testsrc, odd size 321x241, flagged as rotated 90°. */
export function makeVfrRotatedOddClip(dir: string): string {
  const tmp = join(dir, 'vfr_odd.mp4');
  const out = join(dir, 'vfr_rot_odd.mp4');
  // Dropping every 5th frame (n % 5 == 2) and keeping the rest's timestamps gives irregular intervals.
  ff([
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=321x241:rate=30',
    '-t',
    '1',
    '-vf',
    "select='not(eq(mod(n\\,5)\\,2))'",
    '-fps_mode',
    'vfr',
    '-c:v',
    'libx264',
    '-pix_fmt',
    'yuv444p',
    tmp,
  ]);
  // The display-matrix rotation is written on a stream copy (ffmpeg 5.1 drops it when encoding).
  ff(['-i', tmp, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', out]);
  return out;
}

/** A clip of ffmpeg's test pattern: a real, decodable video with no person in it. */
export function makeNoPersonClip(dir: string): string {
  const out = join(dir, 'testsrc.mp4');
  ff(['-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=30', '-t', '1', '-pix_fmt', 'yuv420p', out]);
  return out;
}

/** Random bytes named .mp4. */
export function makeNotAVideo(dir: string): string {
  const out = join(dir, 'not_a_video.mp4');
  const bytes = Buffer.alloc(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 251;
  writeFileSync(out, bytes);
  return out;
}

export function makeEmptyFile(dir: string): string {
  const out = join(dir, 'empty.mp4');
  writeFileSync(out, '');
  return out;
}

/**
 * A Matroska file whose video track declares a codec ffmpeg does not know: an MPEG-4 Part 2 clip
 * with its CodecID "V_MPEG4/ISO/ASP" overwritten by a made-up one of the same length, which is what
 * a file from a newer or proprietary encoder looks like to this ffmpeg.
 */
export function makeUnsupportedCodecClip(dir: string): string {
  const src = join(dir, 'mpeg4.mkv');
  ff(['-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=30', '-t', '1', '-c:v', 'mpeg4', src]);
  const d = readFileSync(src);
  const id = Buffer.from('V_MPEG4/ISO/ASP');
  const at = d.indexOf(id);
  if (at < 0) throw new Error('CodecID not found in the Matroska file');
  Buffer.from('V_HIPCHECK/ZZZZ').copy(d, at);
  const out = join(dir, 'unsupported_codec.mkv');
  writeFileSync(out, d);
  return out;
}

/** Presentation times of every frame of the first video stream, as ffprobe reports them. */
export function ffprobeFrameTimes(file: string): number[] {
  const out = execFileSync(
    'ffprobe',
    [
      '-v',
      'error',
      '-select_streams',
      'v:0',
      '-show_entries',
      'frame=best_effort_timestamp_time',
      '-of',
      'json',
      file,
    ],
    { maxBuffer: 1 << 26 },
  );
  const j = JSON.parse(out.toString()) as { frames: { best_effort_timestamp_time: string }[] };
  return j.frames.map((f) => Number(f.best_effort_timestamp_time));
}
