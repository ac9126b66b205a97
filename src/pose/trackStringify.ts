import type { Track } from '../core/track/track.ts';

/**
 * Serialises a track the one way both the browser and the CLI write it: the header as indented
 * JSON, then one frame per line, so files are small, diff well and are byte-identical for the same
 * estimates. The result parses back with plain `JSON.parse`.
 */
export function trackStringify(track: Track): string {
  const { frames, ...header } = track;
  const head = JSON.stringify(header, null, 2);
  const body = frames.map((f) => `    ${JSON.stringify(f)}`).join(',\n');
  return `${head.slice(0, -2)},\n  "frames": [${frames.length > 0 ? `\n${body}\n  ` : ''}]\n}\n`;
}
