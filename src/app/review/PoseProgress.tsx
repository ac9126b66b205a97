import type { AnalyzeProgress } from '../../../workers/poseApi.ts';
import { useI18n } from '../i18n/useI18n.ts';

/** Progress of the pose pass: bar, frame count, time estimate, and "Cancel analysis". */
export function PoseProgress({
  fileName,
  progress,
  onCancel,
}: {
  fileName: string;
  progress: AnalyzeProgress | null;
  onCancel(): void;
}) {
  const { t, fmt } = useI18n();
  const eta = progress && Number.isFinite(progress.etaS) ? fmt.wholeSeconds(progress.etaS) : null;
  return (
    <section className="progress-card" aria-live="polite">
      <p>
        <strong>{t('analysis.file', { name: fileName })}</strong>
      </p>
      <progress
        aria-label={t('analysis.progressLabel')}
        max={progress?.framesTotal ?? 1}
        value={progress?.framesDone ?? 0}
      />
      <p>
        {progress
          ? t('analysis.frames', { done: progress.framesDone, total: progress.framesTotal })
          : t('analysis.loadingModel')}
        {eta && ` · ${t('analysis.eta', { s: eta })}`}
      </p>
      <div>
        <button type="button" onClick={onCancel}>
          {t('analysis.cancel')}
        </button>
      </div>
    </section>
  );
}
