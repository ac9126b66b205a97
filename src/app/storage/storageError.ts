/**
 * Storage failures, sorted so the UI can say what happened. A full disk or an exhausted origin
 * quota surfaces as a DOMException named "QuotaExceededError" (from IndexedDB requests and
 * transactions, and from OPFS writable streams); it is never swallowed.
 */
export type StorageErrorKind = 'quota' | 'unavailable' | 'not-found' | 'other';

export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** Wraps any thrown value as a StorageError, recognising quota errors by name (not instanceof). */
export function toStorageError(e: unknown, what: string): StorageError {
  if (e instanceof StorageError) return e;
  const name = (e as { name?: unknown } | null)?.name;
  const msg = (e as { message?: unknown } | null)?.message;
  // The browser's own message goes inside our sentence: without its closing full stop.
  const detail = typeof msg === 'string' && msg.trim() ? `: ${msg.trim().replace(/[.。]+$/, '')}` : '';
  if (name === 'QuotaExceededError')
    return new StorageError('quota', `Not enough storage space to ${what}${detail}`, e);
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    return new StorageError('unavailable', `Browser storage is unavailable, could not ${what}${detail}`, e);
  }
  if (name === 'NotFoundError')
    return new StorageError('not-found', `Not found, could not ${what}${detail}`, e);
  return new StorageError('other', `Could not ${what}${detail}`, e);
}

/** Runs `fn`, rethrowing its failure as a StorageError that says what was being done. */
export async function withStorageError<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toStorageError(e, what);
  }
}
