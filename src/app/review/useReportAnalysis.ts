import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Report } from '../../core/report/report.ts';
import type { Track } from '../../core/track/track.ts';
import type { AnalysisRequest } from '../../../workers/analysisApi.ts';
import { errorMessage } from '../analysis/errorMessage.ts';
import { createAnalysisBridge, type AnalysisBridge } from '../bridge/AnalysisBridge.ts';
import type { ChartSeries } from '../../core/report/seriesForCharts.ts';

export type ReportState =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'cancelled' }
  | { phase: 'done'; report: Report; series: ChartSeries; analyzeMs: number }
  | { phase: 'error'; message: string; name?: string };

/**
 * Runs the analysis of a finished track in the analysis worker and keeps the result. Starting a new
 * one, cancelling or unmounting terminates a running analysis (the worker restarts on next use).
 */
export function useReportAnalysis() {
  const bridgeRef = useRef<AnalysisBridge | null>(null);
  const [state, setState] = useState<ReportState>({ phase: 'idle' });

  useEffect(() => {
    const b = createAnalysisBridge();
    bridgeRef.current = b;
    return () => {
      b.dispose();
      bridgeRef.current = null;
    };
  }, []);

  const run = useCallback(async (track: Track, req: AnalysisRequest) => {
    const b = bridgeRef.current;
    if (!b) return;
    setState({ phase: 'running' });
    try {
      const r = await b.analyze(track, req);
      // Issue 15: the whole review renders at once when the report arrives; as a transition React
      // renders it in slices that yield to the browser, instead of one long main-thread task.
      startTransition(() =>
        setState({ phase: 'done', report: r.report, series: r.series, analyzeMs: r.analyzeMs }),
      );
    } catch (e) {
      if ((e as { name?: string }).name === 'AbortError') return;
      // English words by the error's name (the screen shows them in its language: localizedError).
      setState({ phase: 'error', message: errorMessage(e), name: (e as { name?: string } | null)?.name });
    }
  }, []);

  const cancel = useCallback(() => {
    bridgeRef.current?.cancel();
    setState({ phase: 'cancelled' });
  }, []);

  return { state, run, cancel };
}
