import type { RawPixels } from '../pose/poseTypes.ts';
import { ffmpegBin, ffmpegErrorTail, InputError, runTool } from './ffmpegTools.ts';
import { videoProbe } from './videoProbe.ts';

/** Decodes a still image (JPEG, PNG, …) to RGB with ffmpeg, rotation metadata applied. */
export async function imageDecode(file: string): Promise<RawPixels & { channels: 3 }> {
  const info = await videoProbe(file);
  const { stdout, stderr, code } = await runTool(ffmpegBin(), [
    '-v',
    'error',
    '-nostdin',
    '-i',
    file,
    '-frames:v',
    '1',
    '-f',
    'rawvideo',
    '-pix_fmt',
    'rgb24',
    'pipe:1',
  ]);
  if (code !== 0) throw new InputError(`${file}: could not decode the image (${ffmpegErrorTail(stderr)}).`);
  const { width, height } = info;
  if (stdout.length !== width * height * 3)
    throw new InputError(`${file}: decoded ${stdout.length} bytes, expected ${width}x${height}x3.`);
  return {
    data: new Uint8Array(stdout.buffer, stdout.byteOffset, stdout.byteLength),
    width,
    height,
    channels: 3,
  };
}
