import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { RawPixels } from '../pose/poseTypes.ts';
import { ffmpegBin, ffmpegErrorTail, InputError, spawnErrorToInput } from './ffmpegTools.ts';

export interface VideoFrame {
  /** 0-based index in presentation order. */
  index: number;
  /** Presentation time in seconds (pts × time base, edit list applied by ffmpeg). */
  tSeconds: number;
  /** RGB pixels, displayed orientation (after `scaleTo`). The buffer is reused: valid until the next frame is pulled. */
  pixels: RawPixels & { channels: 3; data: Uint8Array };
}

export interface VideoFramesOptions {
  /** Resize every frame to this size (displayed orientation) inside ffmpeg. Default: as decoded. */
  scaleTo?: { width: number; height: number };
  /**
   * Start decoding at this time (s, on the same clock as `tSeconds`): ffmpeg seeks to the keyframe
   * before it and drops the frames before it, so a pose worker's segment does not decode the clip
   * from the start. Frame times stay those of a whole-clip decode (`-copyts -start_at_zero`).
   */
  fromS?: number;
}

interface FrameMeta {
  pts: number;
  w: number;
  h: number;
}

// One showinfo line per frame: "n: 12 pts: 6144 pts_time:0.4 ... s:720x1280 ...".
const FRAME_LINE = /\bn:\s*(\d+)\s+pts:\s*(-?\d+)\s+pts_time:\S+.*?\bs:(\d+)x(\d+)/;
const TIMEBASE_LINE = /config in time_base:\s*(\d+)\/(\d+)/;

/**
 * Streams every decoded frame of a video's first video stream as RGB, in presentation order, with
 * its exact timestamp. One ffmpeg process does it all: it decodes, applies the rotation metadata
 * (ffmpeg autorotates), passes each frame through once (`-fps_mode passthrough`: no frame is
 * dropped or duplicated to force a constant rate, so variable frame rate survives) and reports each
 * frame's pts and size through the `showinfo` filter on stderr, while the pixels come on stdout.
 * Only one frame is held at a time (memory stays flat); ffmpeg decodes ahead in its own process
 * while MoveNet runs here, and pipe back-pressure stops it running away. Needs ffmpeg ≥ 5.1.
 *
 * Breaking out of the loop kills ffmpeg. A decode failure throws InputError with ffmpeg's message.
 */
export async function* videoFrames(file: string, opts: VideoFramesOptions = {}): AsyncGenerator<VideoFrame> {
  const bin = ffmpegBin();
  // Scaling happens after autorotation, so `scaleTo` is in displayed orientation. 'area' averages
  // the source pixels under each output pixel: a proper anti-aliased downscale.
  const scale = opts.scaleTo ? `scale=${opts.scaleTo.width}:${opts.scaleTo.height}:flags=area,` : '';
  const args = [
    '-hide_banner',
    '-nostdin',
    '-nostats',
    '-loglevel',
    'info',
    ...(opts.fromS !== undefined && opts.fromS > 0
      ? ['-ss', opts.fromS.toFixed(6), '-copyts', '-start_at_zero']
      : []),
    '-i',
    file,
    '-map',
    '0:v:0',
    '-an',
    '-sn',
    '-dn',
    '-vf',
    `${scale}showinfo=checksum=0`,
    '-fps_mode',
    'passthrough',
    '-f',
    'rawvideo',
    '-pix_fmt',
    'rgb24',
    'pipe:1',
  ];
  const proc = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let spawnError: Error | null = null;
  const exited = new Promise<number>((resolve) => {
    proc.on('error', (e) => {
      spawnError = spawnErrorToInput(e, bin);
      resolve(-1);
    });
    proc.on('close', (code) => resolve(code ?? -1));
  });

  // Frame metadata arrives on stderr; pixels on stdout. Pair them by order.
  const metas: FrameMeta[] = [];
  let timeBase = NaN;
  let stderrTail = '';
  let wake: (() => void) | null = null;
  let stderrDone = false;
  const rl = createInterface({ input: proc.stderr });
  rl.on('line', (line) => {
    const m = FRAME_LINE.exec(line);
    if (m) metas.push({ pts: Number(m[2]), w: Number(m[3]), h: Number(m[4]) });
    else {
      const tb = TIMEBASE_LINE.exec(line);
      if (tb && Number.isNaN(timeBase)) timeBase = Number(tb[1]) / Number(tb[2]);
      else if (!line.includes('Parsed_showinfo')) stderrTail = (stderrTail + '\n' + line).slice(-4000);
    }
    wake?.();
  });
  rl.on('close', () => {
    stderrDone = true;
    wake?.();
  });
  const nextMeta = async () => {
    while (metas.length === 0 && !stderrDone) await new Promise<void>((r) => (wake = r));
    wake = null;
    return metas.shift();
  };

  let index = 0;
  let size: { w: number; h: number } | null = null;
  let cur: FrameMeta | undefined;
  let buf: Uint8Array | null = null;
  let filled = 0;
  try {
    for await (const chunk of proc.stdout as AsyncIterable<Buffer>) {
      let off = 0;
      while (off < chunk.length) {
        if (cur === undefined) {
          cur = await nextMeta();
          if (cur === undefined)
            throw new InputError(`${file}: ffmpeg sent pixels without frame information.`);
          // The output size is fixed by the first frame (ffmpeg rescales any later size change to it).
          size ??= { w: cur.w, h: cur.h };
          buf ??= new Uint8Array(size.w * size.h * 3);
        }
        const frame = buf!;
        const n = Math.min(frame.length - filled, chunk.length - off);
        frame.set(chunk.subarray(off, off + n), filled);
        filled += n;
        off += n;
        if (filled === frame.length) {
          if (Number.isNaN(timeBase))
            throw new InputError(`${file}: ffmpeg did not report the stream's time base.`);
          yield {
            index,
            tSeconds: cur.pts * timeBase,
            pixels: { data: frame, width: size!.w, height: size!.h, channels: 3 },
          };
          index++;
          filled = 0;
          cur = undefined;
        }
      }
    }
    const code = await exited;
    if (spawnError !== null) throw spawnError;
    if (code !== 0)
      throw new InputError(
        `${file}: ffmpeg could not decode it (${ffmpegErrorTail(stderrTail) || `exit ${code}`}).`,
      );
    if (filled !== 0) throw new InputError(`${file}: the last frame was cut short.`);
    if (index === 0) throw new InputError(`${file}: no video frames could be decoded.`);
  } finally {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    rl.close();
  }
}
