import {
  createFile,
  DataStream,
  Endianness,
  MP4BoxBuffer,
  type ISOFile,
  type Movie,
  type VisualSampleEntry,
} from 'mp4box';
import { editListShift } from './editListShift.ts';
import { matrixRotationDeg, rotatedSize } from './matrixRotationDeg.ts';
import { videoError } from './videoErrors.ts';

/** One coded video sample, in decode order. */
export interface Mp4Sample {
  /** Byte range in the file. */
  offset: number;
  size: number;
  isSync: boolean;
  /** Presentation time in seconds from the start of the video, edit list applied (authoritative). */
  tS: number;
  durationS: number;
}

/** What a WebCodecs decoder needs to decode one MP4/MOV video track, and how to show it. */
export interface Mp4VideoTrack {
  config: VideoDecoderConfig;
  /** Clockwise display rotation from the track matrix; frames are decoded unrotated. */
  rotationDeg: 0 | 90 | 180 | 270;
  /** Size after rotation: the size of the track's keypoint coordinates. */
  displayWidthPx: number;
  displayHeightPx: number;
  /** Nominal rate: 1 / median sample duration (frames/s); frame times are `samples[i].tS`. */
  nominalFps: number;
  /** End of the last shown frame (s). */
  durationS: number;
  /** Decode order. Samples the edit list hides (tS < 0) are kept: later frames may depend on them. */
  samples: Mp4Sample[];
}

const READ_CHUNK_BYTES = 4 << 20;

/**
 * Reads the `moov` of an MP4/MOV file with mp4box.js and returns the first video track's decoder
 * configuration and sample table. Reads the file in 4 MiB slices and keeps no media data
 * (`createFile(false)`), so memory does not grow with the clip; sample bytes are read later by
 * offset ({@link mp4ReadSamples}). Works wherever `Blob` does (main thread or worker).
 *
 * @throws `NotAVideoError` when no movie header is found, `UnsupportedContainerError` when the file
 * has no video track.
 */
export async function mp4Demux(blob: Blob): Promise<Mp4VideoTrack> {
  const file: ISOFile = createFile(false);
  let movie: Movie | null = null;
  let parseError: string | null = null;
  file.onReady = (info) => {
    movie = info;
  };
  file.onError = (_module, message) => {
    parseError = message;
  };
  let pos = 0;
  while (movie === null && pos < blob.size && parseError === null) {
    const buf = await blob.slice(pos, pos + READ_CHUNK_BYTES).arrayBuffer();
    let next: number | undefined;
    try {
      next = file.appendBuffer(MP4BoxBuffer.fromArrayBuffer(buf, pos), pos + buf.byteLength >= blob.size);
    } catch (e) {
      throw videoError('NotAVideoError', 'This file could not be read as an MP4/MOV video.', e);
    }
    pos = typeof next === 'number' && next > pos ? next : pos + buf.byteLength;
  }
  if (movie === null) file.flush();
  const info = movie as Movie | null;
  if (info === null)
    throw videoError(
      'NotAVideoError',
      `This file is not a readable MP4/MOV video${parseError ? ` (${parseError})` : ''}.`,
    );
  const vt = info.videoTracks[0];
  if (!vt) throw videoError('UnsupportedContainerError', 'This file has no video track.');
  const trak = file.getTrackById(vt.id);
  const entry = trak.mdia.minf.stbl.stsd.entries[0] as VisualSampleEntry | undefined;
  const raw = file.getTrackSamplesInfo(vt.id);
  if (!entry || raw.length === 0) throw videoError('NotAVideoError', 'The video track holds no frames.');

  const { mediaStart, delayS } = editListShift(vt.edits, info.timescale);
  const samples: Mp4Sample[] = raw.map((s) => ({
    offset: s.offset,
    size: s.size,
    isSync: s.is_sync,
    tS: (s.cts - mediaStart) / s.timescale + delayS,
    durationS: s.duration / s.timescale,
  }));
  const rotationDeg = matrixRotationDeg(vt.matrix);
  const codedWidth = entry.width || vt.video?.width || 0;
  const codedHeight = entry.height || vt.video?.height || 0;
  const shown = rotatedSize(codedWidth, codedHeight, rotationDeg);
  const last = samples.reduce((m, s) => (s.tS > m.tS ? s : m), samples[0]!);
  const durationS = last.tS + last.durationS;
  const dts = samples
    .map((s) => s.durationS)
    .filter((d) => d > 0)
    .sort((a, b) => a - b);
  const typicalDt = dts[Math.floor(dts.length / 2)] ?? 0;
  const description = codecDescription(entry);
  return {
    config: { codec: vt.codec, codedWidth, codedHeight, ...(description ? { description } : {}) },
    rotationDeg,
    displayWidthPx: shown.widthPx,
    displayHeightPx: shown.heightPx,
    nominalFps: typicalDt > 0 ? 1 / typicalDt : 30,
    durationS,
    samples,
  };
}

/**
 * The codec-specific configuration record WebCodecs wants as `description` (AVC: avcC, HEVC:
 * hvcC; VP9/AV1 decode without one): the box body, without its 8-byte header.
 */
function codecDescription(entry: VisualSampleEntry): Uint8Array | undefined {
  const box = entry.avcC ?? entry.hvcC ?? entry.vpcC ?? entry.av1C;
  if (!box || entry.vpcC || entry.av1C) return undefined;
  const stream = new DataStream(undefined, 0, Endianness.BIG_ENDIAN);
  (box as { write(s: DataStream): void }).write(stream);
  return new Uint8Array(stream.buffer, 8);
}

/**
 * Reads the bytes of consecutive samples with few, bounded reads: samples lying close together in
 * the file (usually all of them, in decode order) are fetched in one slice of at most ~2 MiB.
 * Yields `[sample, bytes]` in the order given.
 */
export async function* mp4ReadSamples(
  blob: Blob,
  samples: readonly Mp4Sample[],
): AsyncGenerator<[Mp4Sample, Uint8Array]> {
  const MAX_SPAN = 2 << 20;
  let i = 0;
  while (i < samples.length) {
    const first = samples[i]!;
    let j = i + 1;
    let end = first.offset + first.size;
    while (j < samples.length) {
      const s = samples[j]!;
      if (s.offset < first.offset || s.offset + s.size - first.offset > MAX_SPAN) break;
      end = Math.max(end, s.offset + s.size);
      j++;
    }
    const buf = new Uint8Array(await blob.slice(first.offset, end).arrayBuffer());
    for (let k = i; k < j; k++) {
      const s = samples[k]!;
      yield [s, buf.subarray(s.offset - first.offset, s.offset - first.offset + s.size)];
    }
    i = j;
  }
}
