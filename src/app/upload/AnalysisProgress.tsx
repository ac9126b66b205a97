import type { AnalyzeProgress } from '../../pose/browser/poseWorkerApi.ts';

const fmtS = (s: number) => (Number.isFinite(s) ? (s < 60 ? `${Math.ceil(s)} s` : `${Math.floor(s / 60)} min ${Math.ceil(s % 60)} s`) : '…');

/** Progress bar with frame count and ETA, and the Cancel button. */
export function AnalysisProgress({ fileName, progress, onCancel }: { fileName: string; progress: AnalyzeProgress | null; onCancel: () => void }) {
  return (
    <section aria-live="polite">
      <p>
        Analysing <strong>{fileName}</strong>
        {progress ? ` — frame ${progress.framesDone} of ${progress.framesTotal}, about ${fmtS(progress.etaS)} left` : ' — loading the pose model…'}
      </p>
      <progress aria-label="Analysis progress" max={progress?.framesTotal ?? 1} value={progress?.framesDone ?? 0} />
      <div className="controls">
        <button type="button" onClick={onCancel} aria-label="Cancel analysis">
          Cancel
        </button>
      </div>
    </section>
  );
}
