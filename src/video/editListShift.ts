/** One edit-list entry as mp4box.js parses it (`elst`; ISO/IEC 14496-12 §8.6.6). */
export interface EditListEntry {
  /** Duration of this edit, in MOVIE timescale units. */
  segment_duration: number;
  /** Start of the edit in MEDIA time (track timescale units); -1 marks an empty edit (a delay). */
  media_time: number;
}

/**
 * How to turn a sample's composition time into presentation time from the start of the video.
 *
 * mp4box.js reports sample `cts` in media time and ignores the edit list. Encoders with B-frames
 * (x264 via ffmpeg, phones) write an edit starting at `media_time` > 0 so that the first shown
 * frame lands at t = 0; ignoring it shifts every frame (2 frames for ffmpeg's default). Leading
 * empty edits delay the start. Only the first non-empty edit is honoured, as players do for a
 * single-edit file; multi-segment edit lists (rare cuts) are not supported.
 *
 * @returns `t = (cts − mediaStart) / timescale + delayS` for each sample.
 */
export function editListShift(
  edits: readonly EditListEntry[] | undefined,
  movieTimescale: number,
): { mediaStart: number; delayS: number } {
  let delayS = 0;
  for (const e of edits ?? []) {
    if (e.media_time === -1) {
      delayS += movieTimescale > 0 ? e.segment_duration / movieTimescale : 0;
      continue;
    }
    return { mediaStart: e.media_time, delayS };
  }
  return { mediaStart: 0, delayS };
}
