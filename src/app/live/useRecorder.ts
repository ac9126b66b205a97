import { useCallback, useRef, useState } from 'react';

/** Containers to try, best first: MP4 goes through the fast WebCodecs path of the pose pipeline. */
const TYPES = [
  'video/mp4;codecs=avc1',
  'video/mp4',
  'video/webm;codecs=vp9',
  'video/webm;codecs=vp8',
  'video/webm',
];

export function pickRecorderType(isSupported: (t: string) => boolean): string | null {
  return TYPES.find((t) => isSupported(t)) ?? null;
}

/**
 * Records a take from the live stream with MediaRecorder; `stop()` resolves with a File that the app
 * analyses exactly like an upload.
 */
export function useRecorder() {
  const recRef = useRef<MediaRecorder | null>(null);
  const chunksRef = useRef<Blob[]>([]);
  const [recording, setRecording] = useState(false);
  const [startedAt, setStartedAt] = useState(0);

  const start = useCallback((stream: MediaStream) => {
    const type = pickRecorderType((t) => MediaRecorder.isTypeSupported(t));
    const rec = new MediaRecorder(stream, {
      ...(type ? { mimeType: type } : {}),
      videoBitsPerSecond: 6_000_000,
    });
    const chunks: Blob[] = [];
    chunksRef.current = chunks;
    rec.ondataavailable = (e) => {
      if (e.data.size) chunks.push(e.data);
    };
    rec.start(500);
    recRef.current = rec;
    setRecording(true);
    setStartedAt(performance.now());
  }, []);

  const stop = useCallback(
    () =>
      new Promise<File | null>((resolve) => {
        const rec = recRef.current;
        if (!rec || rec.state === 'inactive') return resolve(null);
        rec.onstop = () => {
          const type = rec.mimeType || 'video/webm';
          const ext = type.includes('mp4') ? 'mp4' : 'webm';
          const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
          recRef.current = null;
          setRecording(false);
          resolve(new File(chunksRef.current, `camera-${stamp}.${ext}`, { type: type.split(';')[0] }));
        };
        rec.stop();
      }),
    [],
  );
  return { recording, startedAt, start, stop };
}
