/**
 * Saves the latest value shortly after each change (debounced, `delayMs`, default 300 ms, well
 * within the one second the trainer workflow promises) and at once when the page is hidden or
 * closed (`visibilitychange` to hidden, `pagehide`): those are the last events a closing tab
 * reliably gets (https://developer.chrome.com/docs/web-platform/page-lifecycle-api). Writes run one
 * at a time, newest value wins; a failed write is reported through `onError` and retried with the
 * next change or flush, never dropped silently.
 */
export interface Autosaver<T> {
  /** Queues `value` to be saved. */
  schedule(value: T): void;
  /** Saves any pending value now; resolves when it is written. */
  flush(): Promise<void>;
  /** True while a value waits or is being written. */
  pending(): boolean;
  dispose(): void;
}

export interface AutosaverOptions<T> {
  save(value: T): Promise<void>;
  onError(e: unknown): void;
  onSaved?(): void;
  /**
   * Called synchronously on pagehide / hidden with the newest value not yet known to be written:
   * an IndexedDB write started then may not finish before the page is gone, so the caller can put
   * it somewhere synchronous (localStorage) and replay it on the next load.
   */
  emergency?(value: T): void;
  delayMs?: number;
  /** Where page-lifecycle events come from (the window; injectable for tests). */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  isHidden?(): boolean;
}

export function createAutosaver<T>(opts: AutosaverOptions<T>): Autosaver<T> {
  const delay = opts.delayMs ?? 300;
  let next: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let inFlight: { value: T } | null = null;

  const run = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (running) return running.then(() => (next ? run() : undefined));
    if (!next) return Promise.resolve();
    const { value } = next;
    next = null;
    inFlight = { value };
    // onSaved runs once this write is over (running cleared), so pending() then says only
    // whether a newer value waits.
    const write: Promise<void> = opts
      .save(value)
      .then(
        () => true,
        (e: unknown) => {
          // Keep the value unless a newer one arrived meanwhile, so the next flush retries it.
          next ??= { value };
          opts.onError(e);
          return false;
        },
      )
      .then((ok) => {
        inFlight = null;
        running = null;
        if (ok) opts.onSaved?.();
      });
    running = write;
    return write;
  };

  const onLifecycle = (e: Event) => {
    if (e.type === 'pagehide' || (opts.isHidden?.() ?? document.visibilityState === 'hidden')) {
      const unsaved = next ?? inFlight;
      if (unsaved) opts.emergency?.(unsaved.value);
      void run();
    }
  };
  // visibilitychange is fired at the document, pagehide at the window.
  const docEvents = opts.events ?? document;
  const winEvents = opts.events ?? window;
  docEvents.addEventListener('visibilitychange', onLifecycle);
  winEvents.addEventListener('pagehide', onLifecycle);

  return {
    schedule(value) {
      next = { value };
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => void run(), delay);
    },
    flush: run,
    pending: () => next !== null || running !== null,
    dispose() {
      docEvents.removeEventListener('visibilitychange', onLifecycle);
      winEvents.removeEventListener('pagehide', onLifecycle);
      if (timer !== null) clearTimeout(timer);
    },
  };
}
