import type { ReactNode, RefObject } from 'react';
import type { VideoRef } from '../../core/session/session.ts';
import { useI18n } from '../i18n/useI18n.ts';
import type { useSessionVideo } from './useSessionVideo.ts';

interface Props {
  videoRef: RefObject<HTMLVideoElement | null>;
  /** The session's video as stored (name and size, to ask for the same file again). */
  source: VideoRef;
  video: ReturnType<typeof useSessionVideo>;
  widthPx: number;
  heightPx: number;
  /** The layer drawn over the picture (the frame stage). */
  children: ReactNode;
}

/**
 * The session's video with the stage over it, or, when the clip is not at hand (an imported
 * session), a blank picture and a field to pick the same file again.
 */
export function SessionVideo({ videoRef, source, video, widthPx, heightPx, children }: Props) {
  const { t } = useI18n();
  return (
    <>
      <div className="trainer-stage-wrap" style={{ aspectRatio: `${widthPx} / ${heightPx}` }}>
        {video.url ? (
          <video ref={videoRef} src={video.url} muted playsInline preload="auto" />
        ) : (
          <div className="trainer-no-video" />
        )}
        {children}
      </div>
      {!video.url && (
        <p className="muted">
          {t('trainer.videoMissing', { name: source.name })}{' '}
          <label>
            {t('trainer.chooseVideo')}{' '}
            <input
              type="file"
              accept="video/*"
              onChange={(e) => e.currentTarget.files?.[0] && video.provide(e.currentTarget.files[0])}
            />
          </label>
        </p>
      )}
      {video.mismatch && (
        <p role="alert">{t('trainer.videoMismatch', { name: source.name, size: source.sizeBytes })}</p>
      )}
    </>
  );
}
