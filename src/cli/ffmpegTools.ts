import { spawn } from 'node:child_process';

/** Error for input the user can fix (bad file, missing tool): the CLI prints `message` only. */
export class InputError extends Error {
  override name = 'InputError';
}

/** What to tell a user who has no ffmpeg/ffprobe. */
export const FFMPEG_INSTALL_HINT =
  'hipcheck needs ffmpeg (with ffprobe) to read videos. Install it, e.g. on Debian/Ubuntu: sudo apt-get install ffmpeg (macOS: brew install ffmpeg), or set HIPCHECK_FFMPEG / HIPCHECK_FFPROBE to their paths.';

/** ffmpeg executable: `$HIPCHECK_FFMPEG`, else `ffmpeg` on PATH. */
export const ffmpegBin = (): string => process.env.HIPCHECK_FFMPEG ?? 'ffmpeg';
/** ffprobe executable: `$HIPCHECK_FFPROBE`, else `ffprobe` on PATH. */
export const ffprobeBin = (): string => process.env.HIPCHECK_FFPROBE ?? 'ffprobe';

/** Turns a spawn ENOENT into the install hint; other errors pass through. */
export function spawnErrorToInput(e: unknown, bin: string): Error {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return new InputError(`'${bin}' was not found. ${FFMPEG_INSTALL_HINT}`);
  return err instanceof Error ? err : new Error(String(e));
}

/** Runs a tool to completion and returns stdout (bytes), stderr (text) and the exit code. */
export function runTool(
  bin: string,
  args: string[],
): Promise<{ stdout: Buffer; stderr: string; code: number }> {
  return new Promise((resolve, reject) => {
    const p = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    p.stdout.on('data', (b: Buffer) => out.push(b));
    p.stderr.on('data', (b: Buffer) => (err += b.toString()));
    p.on('error', (e) => reject(spawnErrorToInput(e, bin)));
    p.on('close', (code) => resolve({ stdout: Buffer.concat(out), stderr: err, code: code ?? 1 }));
  });
}

/** The last meaningful lines of ffmpeg's stderr, for error messages. */
export function ffmpegErrorTail(stderr: string, lines = 3): string {
  return stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.includes('Parsed_showinfo'))
    .slice(-lines)
    .join(' | ');
}
