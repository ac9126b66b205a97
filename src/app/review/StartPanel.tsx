import { FilmingGuide } from '../guide/FilmingGuide.tsx';
import { useI18n } from '../i18n/useI18n.ts';
import type { AnalysisRequest } from '../../../workers/analysisApi.ts';
import { UploadPicker } from './UploadPicker.tsx';

export type ModelChoice = 'lightning' | 'thunder';

interface Props {
  request: AnalysisRequest;
  onRequest(r: AnalysisRequest): void;
  model: ModelChoice;
  onModel(m: ModelChoice): void;
  onFile(f: File): void;
  onCamera(): void;
  busy: boolean;
  /** After a clip has been analysed the guide folds away to make room for the review. */
  compact: boolean;
}

const ACTIVITIES = ['run', 'hinge', 'auto'] as const;
const VIEWS = ['side', 'rear', 'front', 'auto'] as const;

/** Start: what it is, from where, then upload / drop / camera, with the filming guide. */
export function StartPanel({ request, onRequest, model, onModel, onFile, onCamera, busy, compact }: Props) {
  const { t } = useI18n();
  return (
    <section className="start" aria-labelledby="start-title">
      <div className="start-card">
        <h2 id="start-title">{t('start.title')}</h2>
        <fieldset className="choice-row" disabled={busy}>
          <legend>{t('start.activity')}</legend>
          {ACTIVITIES.map((a) => (
            <label key={a}>
              <input type="radio" name="activity" value={a} checked={request.activity === a} onChange={() => onRequest({ ...request, activity: a })} />
              {t(`activity.${a}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="choice-row" disabled={busy}>
          <legend>{t('start.view')}</legend>
          {VIEWS.map((v) => (
            <label key={v}>
              <input type="radio" name="view" value={v} checked={request.view === v} onChange={() => onRequest({ ...request, view: v })} />
              {t(`view.${v}`)}
            </label>
          ))}
        </fieldset>
        <div className="start-actions">
          <UploadPicker onFile={onFile} disabled={busy} />
          <span>{t('start.or')}</span>
          <button type="button" onClick={onCamera} disabled={busy}>
            {t('start.camera')}
          </button>
          <label>
            {t('start.model')}{' '}
            <select value={model} disabled={busy} onChange={(e) => onModel(e.currentTarget.value as ModelChoice)}>
              <option value="lightning">{t('model.lightning')}</option>
              <option value="thunder">{t('model.thunder')}</option>
            </select>
          </label>
        </div>
        <p className="privacy">{t('app.privacy')}</p>
      </div>
      {compact ? (
        <details className="start-card">
          <summary>{t('guide.title')}</summary>
          <FilmingGuide activity={request.activity} view={request.view} />
        </details>
      ) : (
        <div className="start-card">
          <FilmingGuide activity={request.activity} view={request.view} />
        </div>
      )}
    </section>
  );
}
