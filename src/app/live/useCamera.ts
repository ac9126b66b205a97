import { useCallback, useEffect, useRef, useState } from 'react';

export type CameraState =
  | { phase: 'off' }
  | { phase: 'starting' }
  | { phase: 'on'; stream: MediaStream }
  /** `name`: the getUserMedia error's name (NotAllowedError, NotFoundError, …), which picks the words (cameraErrorMessage). */
  | { phase: 'error'; name: string; message: string };

/**
 * The camera stream (getUserMedia, no audio: only the picture is analysed). Prefers the rear camera
 * on phones, 720p, and as many frames per second as the camera gives up to 60 (contacts are short).
 * Stops every track on stop and on unmount so the camera light goes off.
 */
export function useCamera() {
  const [state, setState] = useState<CameraState>({ phase: 'off' });
  const streamRef = useRef<MediaStream | null>(null);

  const stop = useCallback(() => {
    streamRef.current?.getTracks().forEach((t) => t.stop());
    streamRef.current = null;
    setState({ phase: 'off' });
  }, []);

  const start = useCallback(async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setState({
        phase: 'error',
        name: 'InsecureContextError',
        message: 'getUserMedia is not available (the page must be served over https or from localhost)',
      });
      return;
    }
    setState({ phase: 'starting' });
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: {
          facingMode: { ideal: 'environment' },
          width: { ideal: 1280 },
          height: { ideal: 720 },
          frameRate: { ideal: 60, max: 60 },
        },
      });
      streamRef.current = stream;
      setState({ phase: 'on', stream });
    } catch (e) {
      setState({
        phase: 'error',
        name: e instanceof Error ? e.name : '',
        message: e instanceof Error ? e.message : String(e),
      });
    }
  }, []);

  useEffect(() => () => streamRef.current?.getTracks().forEach((t) => t.stop()), []);
  return { state, start, stop };
}
