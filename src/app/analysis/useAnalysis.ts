import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { NO_PERSON_SHARE, personFrameShare } from '../../core/track/personPresence.ts';
import type { Track } from '../../core/track/track.ts';
import type { AnalyzeProgress, AnalyzeStats, PoseWorkerInitResult } from '../../../workers/poseApi.ts';
import type { PoseModelKind } from '../../pose/poseTypes.ts';
import type { PoseBridge } from '../bridge/PoseBridge.ts';
import type { PosePool } from '../bridge/PosePool.ts';
import { createPoseBridge, createPosePool } from '../bridge/poseWorker.ts';
import { analyzeVideo } from './analyzeVideo.ts';
import { errorMessage } from './errorMessage.ts';

/**
 * `run` counts the files started on this page (0 before the first): each state says which run it
 * belongs to, so the page can tell a new outcome from the last one still on screen while the
 * switch to the new run is rendered as a transition.
 */
export type AnalysisState = { run: number } & (
  | { phase: 'idle' }
  | { phase: 'running'; fileName: string; progress: AnalyzeProgress | null }
  | { phase: 'done'; file: File; track: Track; stats: AnalyzeStats; path: string; noPerson: boolean }
  | { phase: 'error'; message: string; name?: string }
);

/** Runs `fn` when the page is idle (requestIdleCallback; a short timeout where it is missing). Returns a canceller. */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 5000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 200);
  return () => clearTimeout(id);
}

/**
 * Owns the pose workers for the page's lifetime and runs one analysis at a time. The pool's model
 * is loaded at idle time on page load (issue 15), so it is ready, or nearly, when a file is chosen.
 */
export function useAnalysis(model: PoseModelKind) {
  const poolRef = useRef<PosePool | null>(null);
  const bridgeRef = useRef<PoseBridge | null>(null);
  const cancelledRef = useRef(false);
  const runRef = useRef(0);
  const [state, setState] = useState<AnalysisState>({ run: 0, phase: 'idle' });
  const [backend, setBackend] = useState<PoseWorkerInitResult | null>(null);

  useEffect(() => {
    const pool = createPosePool();
    poolRef.current = pool;
    const stopIdle = whenIdle(() => {
      pool
        .warm({ model, backend: 'auto', baseUrl: import.meta.env.BASE_URL })
        .then(setBackend, () => undefined); // a failure shows when a file is analysed
    });
    return () => {
      stopIdle();
      pool.dispose();
      poolRef.current = null;
      bridgeRef.current?.dispose();
      bridgeRef.current = null;
    };
  }, [model]);

  const start = useCallback(
    async (file: File) => {
      const pool = poolRef.current;
      if (!pool) return;
      cancelledRef.current = false;
      const run = ++runRef.current;
      // Issue 15: the screen changes (start panel made compact, progress card) are rendered as
      // transitions, in slices that yield to the browser, not in one task inside the input's event.
      startTransition(() => setState({ run, phase: 'running', fileName: file.name, progress: null }));
      try {
        // Not awaited here: the pool demuxes the file while the model finishes loading.
        pool
          .warm({ model, backend: 'auto', baseUrl: import.meta.env.BASE_URL })
          .then(setBackend, () => undefined);
        const fallbackBridge = () => (bridgeRef.current ??= createPoseBridge());
        const r = await analyzeVideo(pool, fallbackBridge, file, {
          model,
          isCancelled: () => cancelledRef.current,
          onProgress: (progress) =>
            startTransition(() =>
              setState((s) => (s.phase === 'running' && s.run === run ? { ...s, progress } : s)),
            ),
        });
        performance.mark('hipcheck:track-ready'); // the bench and the long-task probe split pose time from review time here
        // The one person-present rule of the app, the CLI and the core; the words are the UI's (error.noPerson).
        const noPerson = personFrameShare(r.track) < NO_PERSON_SHARE;
        startTransition(() =>
          setState({ run, phase: 'done', file, track: r.track, stats: r.stats, path: r.path, noPerson }),
        );
      } catch (e) {
        if ((e as { name?: string }).name === 'AbortError') setState({ run, phase: 'idle' });
        else setState({ run, phase: 'error', message: errorMessage(e), name: (e as { name?: string }).name });
      }
    },
    [model],
  );

  const cancel = useCallback(async () => {
    cancelledRef.current = true;
    await Promise.all([poolRef.current?.cancel(), bridgeRef.current?.cancel()]);
  }, []);

  return { state, backend, start, cancel };
}
