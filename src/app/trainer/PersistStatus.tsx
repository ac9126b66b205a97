import { usePersistState } from '../storage/usePersistState.ts';
import type { PersistState } from '../storage/storagePersistence.ts';
import type { I18n } from '../i18n/i18nContext.ts';

const KEY = {
  granted: 'trainer.persist.granted',
  'not-granted': 'trainer.persist.notGranted',
  unsupported: 'trainer.persist.unsupported',
  'not-asked': 'trainer.persist.notAsked',
} as const satisfies Record<PersistState, string>;

/** Whether the browser keeps the trainer's sessions, and what that means. */
export function PersistStatus({ t }: { t: I18n['t'] }) {
  const state = usePersistState();
  if (state === null) return null;
  return (
    <p
      className={state === 'not-granted' || state === 'unsupported' ? 'muted persist-warn' : 'muted'}
      data-testid="persist-status"
      data-state={state}
    >
      {t(KEY[state])}
    </p>
  );
}
