import { useCallback, useEffect, useRef, useState } from 'react';
import type { Track } from '../../core/track/track.ts';
import type { AnalyzeProgress, AnalyzeStats, PoseWorkerInitResult } from '../../pose/browser/poseWorkerApi.ts';
import type { PoseModelKind } from '../../pose/poseTypes.ts';
import type { PoseBridge } from '../../pose/browser/PoseBridge.ts';
import { createPoseBridge } from '../poseWorker.ts';
import { analyzeVideo } from './analyzeVideo.ts';
import { errorMessage } from './errorMessage.ts';

export type AnalysisState =
  | { phase: 'idle' }
  | { phase: 'running'; fileName: string; progress: AnalyzeProgress | null }
  | { phase: 'done'; file: File; track: Track; stats: AnalyzeStats; path: string; warning: string | null }
  | { phase: 'error'; message: string; name?: string };

/** Fraction of frames with a person below which the clip is reported as "no person". */
const MIN_FRAMES_WITH_POSE = 0.05;

/** Owns the pose bridge for the page's lifetime and runs one analysis at a time. */
export function useAnalysis(model: PoseModelKind) {
  const bridgeRef = useRef<PoseBridge | null>(null);
  const cancelledRef = useRef(false);
  const [state, setState] = useState<AnalysisState>({ phase: 'idle' });
  const [backend, setBackend] = useState<PoseWorkerInitResult | null>(null);

  useEffect(() => {
    const bridge = createPoseBridge();
    bridgeRef.current = bridge;
    return () => {
      bridge.dispose();
      bridgeRef.current = null;
    };
  }, []);

  const start = useCallback(
    async (file: File) => {
      const bridge = bridgeRef.current;
      if (!bridge) return;
      cancelledRef.current = false;
      setState({ phase: 'running', fileName: file.name, progress: null });
      try {
        setBackend(await bridge.init({ model, backend: 'auto', baseUrl: import.meta.env.BASE_URL }));
        const r = await analyzeVideo(bridge, file, {
          model,
          isCancelled: () => cancelledRef.current,
          onProgress: (progress) => setState((s) => (s.phase === 'running' ? { ...s, progress } : s)),
        });
        const withPose = r.track.frames.filter((f) => f.kp.some((k) => k[2] > 0)).length / Math.max(1, r.track.frames.length);
        const warning =
          withPose < MIN_FRAMES_WITH_POSE
            ? 'No person was found in this video. Film the whole body, side or rear view, with one person in the frame.'
            : null;
        setState({ phase: 'done', file, track: r.track, stats: r.stats, path: r.path, warning });
      } catch (e) {
        if ((e as { name?: string }).name === 'AbortError') setState({ phase: 'idle' });
        else setState({ phase: 'error', message: errorMessage(e), name: (e as { name?: string }).name });
      }
    },
    [model],
  );

  const cancel = useCallback(async () => {
    cancelledRef.current = true;
    await bridgeRef.current?.cancel();
  }, []);

  return { state, backend, start, cancel };
}
