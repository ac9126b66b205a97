import { useCallback, useEffect, useRef, useState } from 'react';
import { NO_PERSON_SHARE, personFrameShare } from '../../core/track/personPresence.ts';
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
  | { phase: 'done'; file: File; track: Track; stats: AnalyzeStats; path: string; noPerson: boolean }
  | { phase: 'error'; message: string; name?: string };

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
        // The one person-present rule of the app, the CLI and the core; the words are the UI's (error.noPerson).
        const noPerson = personFrameShare(r.track) < NO_PERSON_SHARE;
        setState({ phase: 'done', file, track: r.track, stats: r.stats, path: r.path, noPerson });
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
