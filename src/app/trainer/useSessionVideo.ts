import { useEffect, useState } from 'react';
import type { VideoRef } from '../../core/session/session.ts';
import { videoStoreLoad } from '../storage/videoStore.ts';

/**
 * The session's video as an object URL: from OPFS when a copy is kept, else null until the user
 * picks the file again (`provide`, which checks name and size so another clip is not shown
 * under this session's track).
 */
export function useSessionVideo(video: VideoRef | undefined) {
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [mismatch, setMismatch] = useState(false);

  useEffect(() => {
    let live = true;
    if (video?.storage === 'opfs' && video.opfsName)
      void videoStoreLoad(video.opfsName).then(
        (f) => live && f && setFile(f),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [video?.storage, video?.opfsName]);

  useEffect(() => {
    if (!file) return;
    const u = URL.createObjectURL(file);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [file]);

  const provide = (f: File) => {
    const ok = !video || (f.name === video.name && f.size === video.sizeBytes);
    setMismatch(!ok);
    if (ok) setFile(f);
  };
  return { url, mismatch, provide };
}
