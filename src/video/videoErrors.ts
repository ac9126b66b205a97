/**
 * Errors of the frame sources. They cross the worker boundary by `name` (comlink copies `name` and
 * `message`; `instanceof` does not survive a postMessage), so callers test `err.name`.
 */
export type VideoErrorName =
  | 'EmptyFileError'
  | 'NotAVideoError'
  | 'UnsupportedContainerError'
  | 'UnsupportedCodecError'
  | 'VideoDecodeError'
  | 'AbortError';

/** Makes an Error whose `name` is one of {@link VideoErrorName}. */
export function videoError(name: VideoErrorName, message: string, cause?: unknown): Error {
  const e = new Error(message, cause === undefined ? undefined : { cause });
  e.name = name;
  return e;
}

/** True when `e` is an Error-like object with the given name (works across realms and workers). */
export function isNamedError(e: unknown, name: string): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === name;
}
