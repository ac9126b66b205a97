/**
 * The typed contract of the analysis worker (workers/analysis.worker.ts); both sides import it as
 * types only. Only plain data crosses: the track in (packed into typed arrays, transferred), the report and the chart series (typed arrays,
 * transferred) out.
 */
import type { Report } from '../src/core/report/report.ts';
import type { PackedTrack } from '../src/core/track/trackPack.ts';
import type { ChartSeries } from '../src/core/report/seriesForCharts.ts';

export interface AnalysisRequest {
  activity: 'run' | 'hinge' | 'auto';
  view: 'side' | 'rear' | 'front' | 'auto';
  /** Slow-motion factor of the capture (file time / real time), when the user gave one. */
  slowmo?: number;
  /** Treadmill speed the user gave, m/s (running norms depend on it). */
  speedMps?: number;
  /** Issue 18: the lifter's height, m (bar velocity in m/s), remembered by the start screen. */
  heightM?: number;
  /** Issue 18: px per metre in the lifter's plane from a 45 cm plate marked on the video. */
  plateScalePxPerM?: number;
  /** Issue 13: the hinge lift when the user sets it (absent or 'auto': classified from the movement). */
  lift?: 'rdl' | 'deadlift' | 'squat' | 'swing' | 'good-morning' | 'auto';
}

export interface AnalysisResult {
  report: Report;
  series: ChartSeries;
  /** Worker-side time of the analysis and of the chart series, ms. */
  analyzeMs: number;
  seriesMs: number;
}

export interface AnalysisWorkerApi {
  /** The track comes packed (src/core/track/trackPack.ts): its typed arrays are transferred, not cloned. */
  analyze(track: PackedTrack, req: AnalysisRequest): Promise<AnalysisResult>;
}
