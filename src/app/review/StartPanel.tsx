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
  /** While and after a clip is analysed, the panel folds to one row to make room for the review. */
  compact: boolean;
}

const ACTIVITIES = ['run', 'hinge', 'auto'] as const;
const VIEWS = ['side', 'rear', 'front', 'auto'] as const;

/**
 * Start: what it is, from where, then upload / drop / camera, with the filming guide. Once a clip
 * is being analysed or has been, the panel shrinks to one row (upload another, camera) with the
 * choices folded under a summary of them, so the review is on the first screen of a phone.
 */
export function StartPanel({ request, onRequest, model, onModel, onFile, onCamera, busy, compact }: Props) {
  const { t } = useI18n();
  const choices = (
    <>
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
    </>
  );
  const modelSelect = (
    <label>
      {t('start.model')}{' '}
      <select value={model} disabled={busy} onChange={(e) => onModel(e.currentTarget.value as ModelChoice)}>
        <option value="lightning">{t('model.lightning')}</option>
        <option value="thunder">{t('model.thunder')}</option>
      </select>
    </label>
  );
  const sources = (
    <>
      <UploadPicker onFile={onFile} disabled={busy} />
      <span>{t('start.or')}</span>
      <button type="button" onClick={onCamera} disabled={busy}>
        {t('start.camera')}
      </button>
    </>
  );
  if (compact) {
    return (
      <section className="start start-compact" aria-labelledby="start-title">
        <div className="start-card">
          <h2 id="start-title">{t('start.again')}</h2>
          <div className="start-actions">{sources}</div>
          <details className="start-options">
            <summary>{t('start.options')}</summary>
            {choices}
            {modelSelect}
          </details>
        </div>
        <details className="start-card">
          <summary>{t('guide.title')}</summary>
          <FilmingGuide activity={request.activity} view={request.view} />
        </details>
      </section>
    );
  }
  return (
    <section className="start" aria-labelledby="start-title">
      <div className="start-card">
        <h2 id="start-title">{t('start.title')}</h2>
        {choices}
        <div className="start-actions">
          {sources}
          {modelSelect}
        </div>
        <p className="privacy">{t('app.privacy')}</p>
      </div>
      <div className="start-card">
        <FilmingGuide activity={request.activity} view={request.view} />
      </div>
    </section>
  );
}
