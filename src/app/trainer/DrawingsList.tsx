import type { Annotation } from '../../core/session/annotation.ts';
import { useI18n } from '../i18n/useI18n.ts';

interface Props {
  annotations: readonly Annotation[];
  formatT(tS: number): string;
  onSeek(tS: number): void;
  onRemove(id: string): void;
}

/** The session's drawings, each with its time (a click shows its frame) and a remove button. */
export function DrawingsList({ annotations, formatT, onSeek, onRemove }: Props) {
  const { t } = useI18n();
  return (
    <section aria-label={t('trainer.drawings')}>
      <h3>{t('trainer.drawings')}</h3>
      <ul data-testid="drawings">
        {annotations.map((a) =>
          a.type === 'drawing' ? (
            <li key={a.id} data-kind={a.shape.kind}>
              <button type="button" className="link" onClick={() => onSeek(a.t)}>
                {formatT(a.t)}
              </button>{' '}
              {t(`trainer.tool.${a.shape.kind}`)}{' '}
              <button type="button" onClick={() => onRemove(a.id)}>
                {t('trainer.remove')}
              </button>
            </li>
          ) : null,
        )}
      </ul>
    </section>
  );
}
