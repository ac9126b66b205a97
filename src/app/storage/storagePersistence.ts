/**
 * Persistent storage for the trainer's sessions (issue 16). Without it a browser may clear
 * IndexedDB and OPFS when space runs low, and Safari does after 7 days without use. The app asks
 * once, when the trainer first saves a session (a moment that explains itself; Firefox shows a
 * prompt), and shows the state: granted, not granted, not supported, or not asked yet.
 */
export type PersistState = 'granted' | 'not-granted' | 'unsupported' | 'not-asked';

/** The parts of navigator.storage used here (absent in old browsers and some webviews). */
export interface PersistApi {
  persisted(): Promise<boolean>;
  persist(): Promise<boolean>;
}

/** Where "asked already" is remembered (localStorage in the app). */
export interface AskedFlag {
  get(): boolean;
  set(): void;
}

/** What to do, from what is known: ask only on a save, only once, only when not yet persistent. */
export function persistDecision(s: {
  supported: boolean;
  persisted: boolean;
  askedBefore: boolean;
  saving: boolean;
}): PersistState | 'ask' {
  if (!s.supported) return 'unsupported';
  if (s.persisted) return 'granted';
  if (s.askedBefore) return 'not-granted';
  return s.saving ? 'ask' : 'not-asked';
}

const hasApi = (api: Partial<PersistApi> | undefined): api is PersistApi =>
  typeof api?.persisted === 'function' && typeof api.persist === 'function';

/** The state now; `saving` = a session has just been saved, so ask if the decision says so. */
export async function persistState(
  api: Partial<PersistApi> | undefined,
  asked: AskedFlag,
  saving: boolean,
): Promise<PersistState> {
  if (!hasApi(api)) return 'unsupported';
  const persisted = await api.persisted().catch(() => false);
  const d = persistDecision({ supported: true, persisted, askedBefore: asked.get(), saving });
  if (d !== 'ask') return d;
  asked.set();
  return (await api.persist().catch(() => false)) ? 'granted' : 'not-granted';
}
