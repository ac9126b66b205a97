import type { SaveState } from './useSessionEditor.ts';
import type { I18n } from '../i18n/i18nContext.ts';

/** "All changes saved" / "Saving…", or the storage failure as an alert (quota named as such). */
export function SaveStatus({ t, state }: { t: I18n['t']; state: SaveState }) {
  if (state.kind === 'error') {
    return <p role="alert">{state.error.kind === 'quota' ? t('trainer.quota', { msg: state.error.message }) : t('trainer.saveFailed', { msg: state.error.message })}</p>;
  }
  return (
    <span className="muted" role="status" data-testid="save-status" data-state={state.kind}>
      {state.kind === 'saved' ? t('trainer.saved') : t('trainer.saving')}
    </span>
  );
}
