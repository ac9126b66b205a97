import { useId, useState } from 'react';
import type { TrackAnalyzer } from '../../core/session/session.ts';
import { toStorageError } from '../storage/storageError.ts';
import { storeChanged } from '../storage/useTrainerStore.ts';
import { persistOnSave } from '../storage/usePersistState.ts';
import { sessionImportFile } from './sessionTransfer.ts';
import { errorMessage } from '../analysis/errorMessage.ts';
import type { I18n } from '../i18n/i18nContext.ts';
import { useI18n } from '../i18n/useI18n.ts';

/** File input "Import session"; every refusal is an alert that says what is wrong, nothing is written. */
export function ImportSession({
  t,
  analyze,
  fallbackClientName,
  onImported,
}: {
  t: I18n['t'];
  analyze: TrackAnalyzer;
  fallbackClientName: string;
  onImported(id: string, clientId: string): void;
}) {
  const { locale } = useI18n();
  const id = useId();
  const [msg, setMsg] = useState<{ error: boolean; text: string } | null>(null);
  const onFile = async (file: File) => {
    setMsg(null);
    try {
      const r = await sessionImportFile(file, analyze, fallbackClientName);
      if (!r.ok) {
        const why = t(`trainer.importErr.${r.error.code}`, { detail: r.error.detail ?? '' });
        setMsg({ error: true, text: t('trainer.importError', { name: file.name, msg: why }) });
        return;
      }
      void persistOnSave(); // an imported session is a saved one too (issue 16)
      storeChanged();
      setMsg({ error: false, text: t('trainer.imported', { title: r.session.title }) });
      onImported(r.session.id, r.session.clientId);
    } catch (e) {
      setMsg({
        error: true,
        text: t('trainer.importError', {
          name: file.name,
          msg: errorMessage(toStorageError(e, 'import the session'), locale),
        }),
      });
    }
  };
  return (
    <div className="trainer-import">
      <label htmlFor={id}>{t('trainer.import')}</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json,.hipcheck-session"
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (f) void onFile(f);
        }}
      />
      {msg && (msg.error ? <p role="alert">{msg.text}</p> : <p role="status">{msg.text}</p>)}
    </div>
  );
}
