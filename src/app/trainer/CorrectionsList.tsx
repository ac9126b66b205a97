import type { KeypointCorrection } from '../../core/session/correction.ts';
import { KEYPOINT_NAMES } from '../../core/track/keypoints.ts';
import { useI18n } from '../i18n/useI18n.ts';

interface Props {
  corrections: readonly KeypointCorrection[];
  onSeekFrame(i: number): void;
  onRemove(id: string): void;
}

/** The keypoint corrections made so far: keypoint and frame span (a click shows the first frame), remove. */
export function CorrectionsList({ corrections, onSeekFrame, onRemove }: Props) {
  const { t } = useI18n();
  return (
    <section aria-label={t('trainer.corrections')}>
      <h3>{t('trainer.corrections')}</h3>
      {corrections.length === 0 ? (
        <p className="muted">{t('trainer.noCorrections')}</p>
      ) : (
        <ul data-testid="corrections">
          {corrections.map((c) => (
            <li key={c.id}>
              <button type="button" className="link" onClick={() => onSeekFrame(c.fromFrame)}>
                {t('trainer.correctionItem', {
                  kp: t(`trainer.kp.${KEYPOINT_NAMES[c.keypoint] ?? 'nose'}`),
                  from: c.fromFrame + 1,
                  to: c.toFrame + 1,
                })}
              </button>{' '}
              <button type="button" onClick={() => onRemove(c.id)}>
                {t('trainer.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
