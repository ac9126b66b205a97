import type { MessageKey } from '../i18n/messages.ts';
import { translate } from '../i18n/messages.ts';
import type { Locale } from '../i18n/pickLocale.ts';

/**
 * The one place where an error from the pipeline (or the trainer's files) gets its words, chosen by
 * the error's `name` (a StorageError also by its `kind`); the words live in the catalogues (`error.*`).
 * Names without their own message get `error.other`.
 */
const KEY_BY_NAME: Readonly<Record<string, MessageKey>> = {
  EmptyFileError: 'error.EmptyFileError',
  NotAVideoError: 'error.NotAVideoError',
  UnsupportedCodecError: 'error.UnsupportedCodecError',
  UnsupportedContainerError: 'error.UnsupportedContainerError',
  VideoDecodeError: 'error.VideoDecodeError',
  PoseModelLoadError: 'error.PoseModelLoadError',
  BackendUnavailableError: 'error.PoseModelLoadError',
  TrackFileError: 'trainer.trackFileError',
  WorkerCrashError: 'error.WorkerCrashError',
  // A cancel the screen did not catch on its own still gets the catalogue's words, not the bridge's English.
  AbortError: 'analysis.cancelled',
};

/**
 * getUserMedia's errors by name (MDN: MediaDevices.getUserMedia, Exceptions). A camera's AbortError is
 * a hardware failure, not a cancel, hence its own table; InsecureContextError is useCamera's own (no
 * mediaDevices: not https).
 */
const CAMERA_KEY_BY_NAME: Readonly<Record<string, MessageKey>> = {
  NotAllowedError: 'error.camera.denied',
  SecurityError: 'error.camera.denied',
  NotFoundError: 'error.camera.none',
  OverconstrainedError: 'error.camera.none',
  NotReadableError: 'error.camera.busy',
  AbortError: 'error.camera.busy',
  InsecureContextError: 'error.camera.insecure',
};

/** Errors whose own message adds specifics worth showing (the codec, the decoder's words). */
const WITH_DETAIL = new Set([
  'StorageError',
  'UnsupportedCodecError',
  'VideoDecodeError',
  'PoseModelLoadError',
  'BackendUnavailableError',
]);

function parts(e: unknown): { name: string; detail: string } {
  const o = typeof e === 'object' && e !== null ? (e as { name?: unknown; message?: unknown }) : null;
  return { name: o ? String(o.name ?? '') : '', detail: o ? String(o.message ?? '') : String(e) };
}

/** The catalogue key of an error, by its name. */
export function errorKey(e: unknown): MessageKey {
  const { name } = parts(e);
  if (name === 'StorageError') {
    const kind = (e as { kind?: unknown }).kind;
    return kind === 'quota'
      ? 'error.storage.quota'
      : kind === 'unavailable'
        ? 'error.storage.unavailable'
        : 'error.storage.other';
  }
  return KEY_BY_NAME[name] ?? 'error.other';
}

/**
 * What the person sees for an error, in `locale`. English adds the error's own (English) detail
 * where it names something specific; other languages show the catalogue's sentence only.
 */
export function errorMessage(e: unknown, locale: Locale = 'en'): string {
  const { name, detail } = parts(e);
  const text = translate(locale, errorKey(e));
  const showDetail = locale === 'en' && detail && (WITH_DETAIL.has(name) || !(name in KEY_BY_NAME));
  return showDetail ? `${text} (${detail})` : text;
}

/**
 * An error kept by a screen as its English words (`errorMessage(e)`, taken where it was caught) and
 * its name, shown in `locale`: English keeps those words (they can name the codec and other
 * specifics); other languages get the catalogue's sentence chosen by the name.
 */
export function localizedError(e: { message: string; name?: string }, locale: Locale): string {
  return locale === 'en' ? e.message : errorMessage({ name: e.name }, locale);
}

/**
 * What the person sees when the camera does not start, in `locale`: why (permission refused, no
 * camera, camera in use, not https) from the error's name; an unknown name gets the general sentence
 * with the browser's own (English) words in English only.
 */
export function cameraErrorMessage(e: { name: string; message: string }, locale: Locale = 'en'): string {
  const key = CAMERA_KEY_BY_NAME[e.name];
  if (key) return translate(locale, key);
  const text = translate(locale, 'error.camera.other');
  return locale === 'en' && e.message ? `${text} (${e.message})` : text;
}
