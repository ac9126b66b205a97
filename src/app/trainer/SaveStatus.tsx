import type { SaveState } from './useSessionEditor.ts';
import { errorMessage } from '../analysis/errorMessage.ts';
import type { I18n } from '../i18n/i18nContext.ts';
import { useI18n } from '../i18n/useI18n.ts';

/** "All changes saved" / "Saving…", or the storage failure as an alert (in words chosen by the error's kind: quota named as such). */
export function SaveStatus({ t, state }: { t: I18n['t']; state: SaveState }) {
  const { locale } = useI18n();
  if (state.kind === 'error') {
    return <p role="alert">{t('trainer.saveFailed', { msg: errorMessage(state.error, locale) })}</p>;
  }
  return (
    <span className="muted" role="status" data-testid="save-status" data-state={state.kind}>
      {state.kind === 'saved' ? t('trainer.saved') : t('trainer.saving')}
    </span>
  );
}
