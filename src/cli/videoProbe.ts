import { stat } from 'node:fs/promises';
import { ffmpegErrorTail, ffprobeBin, InputError, runTool } from './ffmpegTools.ts';

export interface VideoInfo {
  /** Displayed frame size in pixels: coded size with the rotation metadata applied. */
  width: number;
  height: number;
  /** Nominal frame rate (frames/s) from the container; frame times are authoritative. */
  fps: number;
  /** Container duration in seconds, NaN when unknown. */
  durationS: number;
  /** Expected number of frames (container count, else duration × fps), NaN when unknown. */
  frameCountEstimate: number;
  codec: string;
  /** Clockwise display rotation in degrees (0, 90, 180, 270). */
  rotationDeg: number;
}

interface ProbeJson {
  streams?: {
    codec_name?: string;
    codec_tag_string?: string;
    width?: number;
    height?: number;
    avg_frame_rate?: string;
    r_frame_rate?: string;
    nb_frames?: string;
    duration?: string;
    tags?: { rotate?: string };
    side_data_list?: { rotation?: number }[];
  }[];
  format?: { duration?: string; format_name?: string };
}

const rate = (s: string | undefined): number => {
  const [n, d] = (s ?? '').split('/').map(Number);
  return n !== undefined && d !== undefined && n > 0 && d > 0 ? n / d : NaN;
};

/**
 * Reads a video's header with ffprobe and says, in plain words, why it cannot be used: empty file,
 * not a video, no video stream, a codec this ffmpeg cannot decode. Throws InputError.
 */
export async function videoProbe(file: string): Promise<VideoInfo> {
  const st = await stat(file).catch(() => null);
  if (st === null || !st.isFile()) throw new InputError(`${file}: no such file.`);
  if (st.size === 0) throw new InputError(`${file}: the file is empty (0 bytes); it is not a video.`);
  const args = [
    '-v',
    'error',
    '-show_entries',
    'stream=codec_type,codec_name,codec_tag_string,width,height,avg_frame_rate,r_frame_rate,nb_frames,duration:stream_tags=rotate:stream_side_data=rotation:format=duration,format_name',
    '-select_streams',
    'v:0',
    '-of',
    'json',
    file,
  ];
  const { stdout, stderr, code } = await runTool(ffprobeBin(), args);
  if (code !== 0) {
    throw new InputError(
      `${file}: not a video file ffmpeg can read (${ffmpegErrorTail(stderr, 1) || `ffprobe exit ${code}`}).`,
    );
  }
  const j = JSON.parse(stdout.toString()) as ProbeJson;
  const s = j.streams?.[0];
  if (s === undefined)
    throw new InputError(`${file}: has no video stream (is it an audio file or an image sequence?).`);
  const codec = s.codec_name ?? 'none';
  if (codec === 'none' || codec === 'unknown' || !(Number(s.width) > 0) || !(Number(s.height) > 0)) {
    const tag =
      s.codec_tag_string !== undefined && /^[\x21-\x7e]{4}$/.test(s.codec_tag_string)
        ? ` '${s.codec_tag_string}'`
        : '';
    throw new InputError(
      `${file}: unsupported video codec${tag}; this ffmpeg cannot decode it. Re-encode it to H.264, e.g. ffmpeg -i in.mov -c:v libx264 out.mp4`,
    );
  }
  const rot =
    ((Math.round(
      Number(s.side_data_list?.find((d) => d.rotation !== undefined)?.rotation ?? s.tags?.rotate ?? 0),
    ) %
      360) +
      360) %
    360;
  const swap = rot === 90 || rot === 270;
  const fps =
    [rate(s.avg_frame_rate), rate(s.r_frame_rate)].find((r) => Number.isFinite(r) && r < 1000) ?? NaN;
  const durationS = Number(s.duration ?? j.format?.duration ?? NaN);
  const nb = Number(s.nb_frames ?? NaN);
  return {
    width: swap ? s.height! : s.width!,
    height: swap ? s.width! : s.height!,
    fps,
    durationS,
    frameCountEstimate: nb > 0 ? nb : Math.round(durationS * fps),
    codec,
    rotationDeg: rot,
  };
}
