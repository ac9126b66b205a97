import { FilmingGuide } from '../guide/FilmingGuide.tsx';
import { useI18n } from '../i18n/useI18n.ts';
import type { AnalysisRequest } from '../../../workers/analysisApi.ts';
import { HeightInput } from './HeightInput.tsx';
import { SpeedInput } from './SpeedInput.tsx';
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
const LIFTS = ['auto', 'deadlift', 'rdl', 'squat', 'swing', 'good-morning'] as const;

/**
 * Start: what it is, from where, then upload / drop / camera, with the filming guide. Once a clip
 * is being analysed or has been, the panel shrinks to one row (upload another, camera) with the
 * choices folded under a summary of them, so the review is on the first screen of a phone.
 */
export function StartPanel({ request, onRequest, model, onModel, onFile, onCamera, busy, compact }: Props) {
  const { t } = useI18n();
  const choices = (
    <>
      <ChoiceRow
        name="activity"
        legend={t('start.activity')}
        options={ACTIVITIES}
        value={request.activity}
        label={(a) => t(`activity.${a}`)}
        disabled={busy}
        onChange={(activity) => onRequest({ ...request, activity })}
      />
      <ChoiceRow
        name="view"
        legend={t('start.view')}
        options={VIEWS}
        value={request.view}
        label={(v) => t(`view.${v}`)}
        disabled={busy}
        onChange={(view) => onRequest({ ...request, view })}
      />
      {request.activity !== 'hinge' && (
        <SpeedInput
          value={request.speedMps}
          disabled={busy}
          onChange={(speedMps) => onRequest(withOptional(request, 'speedMps', speedMps))}
        />
      )}
      {request.activity !== 'run' && (
        <HeightInput
          value={request.heightM}
          disabled={busy}
          onChange={(heightM) => onRequest(withOptional(request, 'heightM', heightM))}
        />
      )}
      {request.activity !== 'run' && (
        <ChoiceRow
          name="lift"
          legend={t('start.lift')}
          options={LIFTS}
          value={request.lift ?? 'auto'}
          label={(l) => t(`lift.${l}`)}
          disabled={busy}
          onChange={(lift) => onRequest({ ...request, lift })}
        />
      )}
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

/** The request with an optional number set, or without it (exactOptionalPropertyTypes). */
function withOptional(
  r: AnalysisRequest,
  key: 'speedMps' | 'heightM',
  v: number | undefined,
): AnalysisRequest {
  const { [key]: _old, ...rest } = r;
  return v === undefined ? rest : { ...rest, [key]: v };
}

interface ChoiceRowProps<T extends string> {
  name: string;
  legend: string;
  options: readonly T[];
  value: T;
  label(option: T): string;
  disabled: boolean;
  onChange(option: T): void;
}

/** One question as a row of radio "pills". */
function ChoiceRow<T extends string>({
  name,
  legend,
  options,
  value,
  label,
  disabled,
  onChange,
}: ChoiceRowProps<T>) {
  return (
    <fieldset className="choice-row" disabled={disabled}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o}>
          <input type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} />
          {label(o)}
        </label>
      ))}
    </fieldset>
  );
}
