import { useState } from 'react';
import type { PoseModelKind } from '../pose/poseTypes.ts';
import { useAnalysis } from './analysis/useAnalysis.ts';
import { SkeletonPlayer } from './player/SkeletonPlayer.tsx';
import { AnalysisProgress } from './upload/AnalysisProgress.tsx';
import { VideoPicker } from './upload/VideoPicker.tsx';

/** The minimal pose page: pick a clip, watch the analysis run, review the skeleton, download the track. */
export function App() {
  const [model, setModel] = useState<PoseModelKind>('lightning');
  const { state, backend, start, cancel } = useAnalysis(model);
  const running = state.phase === 'running';
  return (
    <main>
      <h1>hipcheck</h1>
      <div className="controls">
        <label>
          Model{' '}
          <select value={model} disabled={running} onChange={(e) => setModel(e.currentTarget.value as PoseModelKind)}>
            <option value="lightning">MoveNet Lightning (fast)</option>
            <option value="thunder">MoveNet Thunder (accurate)</option>
          </select>
        </label>
      </div>
      <VideoPicker onFile={(f) => void start(f)} disabled={running} />
      {backend && (
        <p className="status" data-testid="backend" data-backend={backend.backend}>
          Pose model: {backend.model} on {backend.backend}
          {backend.simd !== undefined ? ` (SIMD ${backend.simd ? 'on' : 'off'}, ${backend.threads ?? 1} thread)` : ''} — {backend.reason}
        </p>
      )}
      {state.phase === 'running' && <AnalysisProgress fileName={state.fileName} progress={state.progress} onCancel={() => void cancel()} />}
      {state.phase === 'error' && (
        <p role="alert" className="alert">
          {state.message}
        </p>
      )}
      {state.phase === 'done' && (
        <>
          {state.warning && (
            <p role="alert" className="alert">
              {state.warning}
            </p>
          )}
          <p className="status" data-testid="analysis-stats" data-frames={state.track.frames.length} data-fps={state.stats.fps.toFixed(2)} data-realtime={state.stats.realTimeRatio.toFixed(3)} data-path={state.path} data-stats={JSON.stringify(state.stats)}>
            {state.track.frames.length} frames analysed in {(state.stats.wallMs / 1000).toFixed(1)} s ({state.stats.fps.toFixed(1)} frames/s,{' '}
            {state.stats.realTimeRatio.toFixed(2)}× real time)
          </p>
          <SkeletonPlayer key={state.file.name + state.file.lastModified} file={state.file} track={state.track} />
        </>
      )}
    </main>
  );
}
