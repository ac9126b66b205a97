/**
 * Analysis worker: the pure core's `analyzeTrack` and the review's chart series, off the main
 * thread (a long clip takes long enough to freeze the page otherwise). Thin: it only exposes.
 */
import { expose, transfer } from 'comlink';
import { analyzeTrack } from '../src/core/analyze/analyzeTrack.ts';
import { seriesForCharts } from '../src/core/report/seriesForCharts.ts';
import { localizeReport } from '../src/text/localizeReport.ts';
import type { AnalysisRequest, AnalysisResult, AnalysisWorkerApi } from './analysisApi.ts';
import { trackUnpack, type PackedTrack } from '../src/core/track/trackPack.ts';

const api: AnalysisWorkerApi = {
  async analyze(packed: PackedTrack, req: AnalysisRequest): Promise<AnalysisResult> {
    const t0 = performance.now();
    const track = trackUnpack(packed);
    // The texts get their words here, at the edge that hands the report on (src/text).
    const report = localizeReport(
      analyzeTrack(track, {
        activity: req.activity,
        view: req.view,
        ...(req.slowmo ? { slowmoFactor: req.slowmo } : {}),
        ...(req.speedMps ? { speedMps: req.speedMps } : {}),
        ...(req.lift ? { lift: req.lift } : {}),
        ...(req.heightM ? { heightM: req.heightM } : {}),
        ...(req.plateScalePxPerM ? { plateScalePxPerM: req.plateScalePxPerM } : {}),
      }),
    );
    const t1 = performance.now();
    const d = report.detected?.d;
    const series = seriesForCharts(track, { activity: report.activity, ...(d ? { d } : {}) });
    const t2 = performance.now();
    const buffers = [
      series.t,
      series.kneeFlexionLeftDeg,
      series.kneeFlexionRightDeg,
      series.trunkAngleDeg,
      series.pelvicObliquityDeg,
      series.hipHeightRatio,
    ].map((a) => a.buffer as ArrayBuffer);
    return transfer({ report, series, analyzeMs: t1 - t0, seriesMs: t2 - t1 }, buffers);
  },
};

expose(api);
