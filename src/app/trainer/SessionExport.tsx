import { useState } from 'react';
import type { Client, Session } from '../../core/session/session.ts';
import { errorMessage } from '../analysis/errorMessage.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { toStorageError } from '../storage/storageError.ts';
import { downloadBlob, sessionExportBlob, sessionExportFileName } from './sessionTransfer.ts';
import type { I18n } from '../i18n/i18nContext.ts';

/** "Export session": the session file, with the video only when the box is ticked. */
export function SessionExport({
  t,
  session,
  client,
}: {
  t: I18n['t'];
  session: Session;
  client: Client | null;
}) {
  const { locale } = useI18n();
  const [withVideo, setWithVideo] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const safeName = session.title.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 60) || 'session';
  return (
    <section className="trainer-export">
      <label>
        <input
          type="checkbox"
          checked={withVideo}
          disabled={session.video.storage !== 'opfs'}
          onChange={(e) => setWithVideo(e.currentTarget.checked)}
        />{' '}
        {t('trainer.exportVideo')}
      </label>
      <button
        type="button"
        onClick={() => {
          setError(null);
          sessionExportBlob(session, client, withVideo).then(
            (b) => downloadBlob(b, sessionExportFileName(safeName, b)),
            (e: unknown) => setError(errorMessage(toStorageError(e, 'export the session'), locale)),
          );
        }}
      >
        {t('trainer.export')}
      </button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
