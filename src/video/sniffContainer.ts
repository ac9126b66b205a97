/** Container family guessed from a file's first bytes (the extension is not trusted). */
export type ContainerKind = 'mp4' | 'webm' | 'unknown';

const MP4_BOXES = new Set(['ftyp', 'moov', 'mdat', 'free', 'skip', 'wide', 'pnot', 'uuid', 'styp']);

/**
 * Looks at the first 12 bytes: an ISO-BMFF/QuickTime file starts with a box (`size`, 4-char type,
 * e.g. `ftyp`); Matroska/WebM starts with the EBML magic 1A 45 DF A3.
 */
export function sniffContainer(head: Uint8Array): ContainerKind {
  if (head.length >= 4 && head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3)
    return 'webm';
  if (head.length >= 8) {
    const type = String.fromCharCode(head[4]!, head[5]!, head[6]!, head[7]!);
    if (MP4_BOXES.has(type)) return 'mp4';
  }
  return 'unknown';
}
