import type { Playback } from '../player/usePlayer.ts';
import { useI18n } from '../i18n/useI18n.ts';

interface Props {
  player: Playback;
  /** Frame on display and the number of frames. */
  frame: number;
  n: number;
  timeS: number;
  /** Play is offered only with the video at hand. */
  hasVideo: boolean;
  formatT(tS: number): string;
}

/** The session's transport: frame back/forward, play/pause, the time slider and the frame counter. */
export function SessionTransport({ player, frame, n, timeS, hasVideo, formatT }: Props) {
  const { t } = useI18n();
  return (
    <div className="trainer-transport">
      <button type="button" onClick={() => player.step(-1)} aria-label={t('player.prev')}>
        ◀
      </button>
      {hasVideo && (
        <button type="button" onClick={player.toggle}>
          {player.playing ? t('player.pause') : t('player.play')}
        </button>
      )}
      <button type="button" onClick={() => player.step(1)} aria-label={t('player.next')}>
        ▶
      </button>
      <input
        type="range"
        aria-label={t('charts.time')}
        min={0}
        max={Math.max(0, n - 1)}
        value={frame}
        onChange={(e) => player.seekFrame(Number(e.currentTarget.value))}
      />
      <span data-testid="frame-counter" data-frame={frame}>
        {t('player.frame', { i: frame + 1, n })} · {formatT(timeS)}
      </span>
    </div>
  );
}
