import { StorageError, withStorageError } from './storageError.ts';

/**
 * Session videos in the Origin Private File System: large files are written as a stream to disk,
 * not held in IndexedDB or in memory, and read back as a File (which a <video> can play by URL).
 */
const DIR = 'hipcheck-videos';

async function videoDir(): Promise<FileSystemDirectoryHandle> {
  if (!navigator.storage?.getDirectory)
    throw new StorageError('unavailable', 'This browser has no private file storage for videos');
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle(DIR, { create: true });
}

/** True when videos can be kept in this browser (else the session only references its video). */
export function videoStoreAvailable(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.storage?.getDirectory === 'function';
}

/** Copies `blob` into OPFS under `name`; a partial file is removed when the write fails. */
export async function videoStoreSave(name: string, blob: Blob): Promise<void> {
  await withStorageError('store the video', async () => {
    const dir = await videoDir();
    const handle = await dir.getFileHandle(name, { create: true });
    const writable = await handle.createWritable();
    try {
      await blob.stream().pipeTo(writable);
    } catch (e) {
      await writable.abort().catch(() => undefined);
      await dir.removeEntry(name).catch(() => undefined);
      throw e;
    }
  });
}

/** The stored video, or null when there is none under that name. */
export async function videoStoreLoad(name: string): Promise<File | null> {
  try {
    const dir = await videoDir();
    return await (await dir.getFileHandle(name)).getFile();
  } catch (e) {
    if ((e as { name?: string }).name === 'NotFoundError') return null;
    throw new StorageError('unavailable', `Could not read the stored video: ${(e as Error).message}`, e);
  }
}

export async function videoStoreDelete(name: string): Promise<void> {
  const dir = await videoDir();
  await dir.removeEntry(name).catch((e: unknown) => {
    if ((e as { name?: string }).name !== 'NotFoundError') throw e;
  });
}
