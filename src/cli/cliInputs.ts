import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';

/** Extensions a folder is searched for. */
export const VIDEO_EXT = new Set(['.mp4', '.mov', '.m4v', '.mkv', '.webm', '.avi']);

/**
 * The clips of the command line's inputs (`hipcheck pose`, `analyze`, `queue add`): files as given,
 * folders searched recursively for videos (sorted), `-` (standard input) kept with `stdin`. With
 * `tracks`, a folder's `.track.json` files count too (`hipcheck analyze tracks/`). A missing input
 * or a folder without any is a problem, reported with the others, not a stop.
 */
export async function clipsOf(
  inputs: readonly string[],
  opts: { tracks?: boolean; stdin?: boolean } = {},
): Promise<{ clips: string[]; problems: string[] }> {
  const clips: string[] = [];
  const problems: string[] = [];
  const wanted = (name: string) =>
    VIDEO_EXT.has(extname(name).toLowerCase()) ||
    (opts.tracks === true && name.toLowerCase().endsWith('.track.json'));
  for (const input of inputs) {
    if (input === '-') {
      if (opts.stdin) clips.push(input);
      else problems.push('-: this command reads files, not standard input');
      continue;
    }
    const st = await stat(input).catch(() => null);
    if (st === null) problems.push(`${input}: no such file or folder`);
    else if (st.isFile()) clips.push(resolve(input));
    else if (st.isDirectory()) {
      const found = (await readdir(input, { recursive: true, withFileTypes: true }))
        .filter((d) => d.isFile() && wanted(d.name))
        .map((d) => resolve(d.parentPath, d.name))
        .sort();
      if (found.length === 0)
        problems.push(
          `${input}: no videos (${[...VIDEO_EXT].join(' ')}${opts.tracks ? ' .track.json' : ''}) in this folder`,
        );
      clips.push(...found);
    } else problems.push(`${input}: not a file or folder`);
  }
  return { clips, problems };
}

/** A file's name without its extension (and without `.track` for a track file). */
export function stemOf(file: string): string {
  const b = basename(file);
  return b.toLowerCase().endsWith('.track.json')
    ? b.slice(0, -'.track.json'.length)
    : basename(b, extname(b));
}

/**
 * One output name per input, never the same twice in a run: clips with the same name in different
 * folders (a/clip.mp4, b/clip.mp4) get `clip` and `clip-2`, so one run never overwrites its own
 * output (an explicitly named output of an earlier run is replaced, as `cp` and `ffmpeg -y` do).
 */
export function uniqueStems(files: readonly string[]): string[] {
  const used = new Map<string, number>();
  return files.map((f) => {
    const stem = stemOf(f);
    let n = (used.get(stem) ?? 0) + 1;
    // A clip literally named "clip-2" next to two "clip"s still gets a name of its own.
    while (n > 1 && used.has(`${stem}-${n}`)) n++;
    used.set(stem, n);
    const name = n > 1 ? `${stem}-${n}` : stem;
    if (n > 1) used.set(name, 1);
    return name;
  });
}

/** `dir/name + suffix` (the current folder when dir is null). */
export const outPath = (dir: string | null, name: string, suffix: string) =>
  join(dir ?? '.', `${name}${suffix}`);
