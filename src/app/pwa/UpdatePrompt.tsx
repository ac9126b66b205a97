import { useRegisterSW } from 'virtual:pwa-register/react';
import { useI18n } from '../i18n/useI18n.ts';

/**
 * Registers the service worker (built app only) and says when it matters: once, that the app now
 * works offline; and when a new version is waiting, offers to reload into it. The new version never
 * takes over by itself, so a clip under review is not lost.
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
  if (needRefresh) {
    return (
      <div className="pwa-prompt" role="status" data-testid="pwa-update">
        <span>{t('pwa.updateReady')}</span>{' '}
        <button type="button" onClick={() => void updateServiceWorker(true)}>
          {t('pwa.reload')}
        </button>{' '}
        <button type="button" onClick={() => setNeedRefresh(false)}>
          {t('pwa.later')}
        </button>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="pwa-prompt" role="status" data-testid="pwa-offline-ready">
        <span>{t('pwa.offlineReady')}</span>{' '}
        <button type="button" onClick={() => setOfflineReady(false)}>
          {t('pwa.dismiss')}
        </button>
      </div>
    );
  }
  return null;
}
