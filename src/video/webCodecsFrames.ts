import { mp4ReadSamples, type Mp4VideoTrack } from './mp4Demux.ts';
import { videoError } from './videoErrors.ts';

/** A decoded frame and its presentation time. The consumer must `close()` the frame. */
export interface TimedFrame {
  frame: VideoFrame;
  /** Seconds from the start of the video, from the container's sample table (exact). */
  tS: number;
}

export interface WebCodecsFramesOptions {
  /**
   * Most frames decoded ahead of the consumer plus chunks queued in the decoder. Decoding runs on
   * the browser's media threads, so a few frames of look-ahead overlap it with inference while
   * memory stays flat (each 720p frame is ~1.4 MB). Default 6.
   */
  maxAhead?: number;
  /** Checked between frames; when it returns true the generator stops with `AbortError`. */
  isCancelled?: () => boolean;
}

/** True when this context has WebCodecs video decoding. */
export function webCodecsAvailable(): boolean {
  return typeof VideoDecoder !== 'undefined' && typeof EncodedVideoChunk !== 'undefined';
}

/**
 * Decodes every frame of an MP4/MOV video track with WebCodecs, in presentation order, each with
 * the exact time from the sample table (edit list applied). Frames before the edit start (tS < 0)
 * are decoded, because later frames may reference them, but not yielded.
 *
 * @throws `UnsupportedCodecError` when the browser cannot decode the track's codec,
 * `VideoDecodeError` when decoding fails midway, `AbortError` when cancelled.
 */
export async function* webCodecsFrames(
  blob: Blob,
  track: Mp4VideoTrack,
  opts: WebCodecsFramesOptions = {},
): AsyncGenerator<TimedFrame> {
  const maxAhead = opts.maxAhead ?? 6;
  if (!webCodecsAvailable())
    throw videoError('UnsupportedCodecError', 'This browser has no WebCodecs video decoder.');
  const support = await VideoDecoder.isConfigSupported(track.config).catch(() => ({ supported: false }));
  if (!support.supported) {
    throw videoError(
      'UnsupportedCodecError',
      `This browser cannot decode the video's codec (${track.config.codec}). Convert it to H.264 MP4 and try again.`,
    );
  }

  const ready: VideoFrame[] = [];
  const timeOfUs = new Map<number, number>();
  let failure: Error | null = null;
  let fed = false;
  let stopped = false;
  // Feeder and consumer both wait here; notify wakes every waiter, each re-checks its condition.
  let waiters: (() => void)[] = [];
  const notify = () => {
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  };
  const sleep = () => new Promise<void>((r) => waiters.push(r));

  const decoder = new VideoDecoder({
    output: (f) => {
      if (stopped) f.close();
      else ready.push(f);
      notify();
    },
    error: (e) => {
      failure = videoError('VideoDecodeError', `The video could not be decoded: ${e.message}`, e);
      notify();
    },
  });
  decoder.addEventListener('dequeue', notify);
  decoder.configure(track.config);

  // The feeder runs alongside the consumer; both only ever wait on `notify`.
  const feeder = (async () => {
    for await (const [s, data] of mp4ReadSamples(blob, track.samples)) {
      while (!stopped && failure === null && decoder.decodeQueueSize + ready.length >= maxAhead)
        await sleep();
      if (stopped || failure !== null) return;
      const timestamp = Math.round(s.tS * 1e6);
      timeOfUs.set(timestamp, s.tS);
      decoder.decode(
        new EncodedVideoChunk({
          type: s.isSync ? 'key' : 'delta',
          timestamp,
          duration: Math.round(s.durationS * 1e6),
          data,
        }),
      );
    }
    if (!stopped && failure === null) await decoder.flush();
  })().then(
    () => {
      fed = true;
      notify();
    },
    (e: unknown) => {
      failure ??= videoError(
        'VideoDecodeError',
        `The video could not be decoded: ${e instanceof Error ? e.message : String(e)}`,
        e,
      );
      fed = true;
      notify();
    },
  );

  try {
    for (;;) {
      if (failure !== null) throw failure;
      if (opts.isCancelled?.()) throw videoError('AbortError', 'Analysis cancelled.');
      const frame = ready.shift();
      if (frame === undefined) {
        if (fed) break;
        await sleep();
        continue;
      }
      notify(); // room for the feeder
      const tS = timeOfUs.get(frame.timestamp) ?? frame.timestamp / 1e6;
      timeOfUs.delete(frame.timestamp);
      if (tS < -1e-6) {
        frame.close();
        continue;
      }
      yield { frame, tS };
    }
  } finally {
    stopped = true;
    notify();
    for (const f of ready.splice(0)) f.close();
    if (decoder.state !== 'closed') decoder.close();
    await feeder;
  }
}
