import type { PoseBridge } from '../bridge/PoseBridge.ts';
import type { PosePool } from '../bridge/PosePool.ts';
import type { AnalyzeProgress, AnalyzeResult } from '../../../workers/poseApi.ts';
import { createTrackBuilder } from '../../pose/trackBuilder.ts';
import type { PoseModelKind } from '../../pose/poseTypes.ts';
import { POSE_INPUT_LONG_SIDE_PX } from '../../pose/poseInputSize.ts';
import { videoElementFrames } from '../../video/videoElementFrames.ts';
import { isNamedError, videoError } from '../../video/videoErrors.ts';

/**
 * Runs the pose pipeline on an uploaded file: over the pool of pose workers (mp4box.js + WebCodecs,
 * segments in parallel: the fast path) when it can, else frames from a <video> element here, each
 * transferred to one worker (`fallbackBridge()`, made only then).
 */
export async function analyzeVideo(
  pool: PosePool,
  fallbackBridge: () => PoseBridge,
  file: File,
  opts: { model: PoseModelKind; onProgress: (p: AnalyzeProgress) => void; isCancelled: () => boolean },
): Promise<AnalyzeResult & { path: 'webcodecs' | 'video-element' }> {
  if (file.size === 0) throw videoError('EmptyFileError', 'This file is empty (0 bytes).');
  try {
    return { ...(await pool.analyzeFile(file, file.name, opts.onProgress)), path: 'webcodecs' };
  } catch (e) {
    const fallback =
      isNamedError(e, 'UnsupportedContainerError') ||
      (isNamedError(e, 'UnsupportedCodecError') && typeof VideoDecoder === 'undefined');
    if (!fallback) throw e;
  }
  const bridge = fallbackBridge();
  const init = await bridge.init({ model: opts.model });
  await bridge.reset();
  const t0 = performance.now();
  let builder: ReturnType<typeof createTrackBuilder> | null = null;
  let lastT = 0;
  for await (const f of videoElementFrames(file, {
    longSidePx: POSE_INPUT_LONG_SIDE_PX[opts.model],
    isCancelled: opts.isCancelled,
  })) {
    builder ??= createTrackBuilder({
      name: file.name,
      model: init.model,
      width: f.widthPx,
      height: f.heightPx,
    });
    const r = await bridge.estimate(f.bitmap, f.tS, { sourceWidthPx: f.widthPx, sourceHeightPx: f.heightPx });
    builder.add(f.tS, r.kp);
    lastT = f.tS;
    const elapsedS = (performance.now() - t0) / 1000;
    opts.onProgress({
      framesDone: f.index + 1,
      framesTotal: f.total,
      tS: f.tS,
      elapsedS,
      etaS: (elapsedS / (f.index + 1)) * (f.total - f.index - 1),
    });
  }
  if (!builder) throw videoError('NotAVideoError', 'No frame of this video could be read.');
  const wallMs = performance.now() - t0;
  const frames = builder.frameCount;
  return {
    track: builder.finish(),
    rotationDeg: 0,
    stats: {
      frames,
      wallMs,
      fps: frames / (wallMs / 1000),
      realTimeRatio: lastT / (wallMs / 1000),
      decodeWaitMs: NaN,
      prepMs: NaN,
      modelMs: NaN,
    },
    path: 'video-element',
  };
}
