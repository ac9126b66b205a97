import { useCallback, useEffect, useRef, useState } from 'react';
import { cameraErrorMessage, localizedError } from '../analysis/errorMessage.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { drawSkeleton } from '../player/drawSkeleton.ts';
import type { LiveReading } from './LiveTracker.ts';
import { useCamera } from './useCamera.ts';
import { useLivePose } from './useLivePose.ts';
import { useRecorder } from './useRecorder.ts';

/**
 * How often the numbers and cues under the picture are re-rendered, ms (issue 15). A person reads
 * them a few times a second; a React render for every camera frame cost the live frame rate. The
 * skeleton is drawn on every frame.
 */
const NUMBERS_EVERY_MS = 100;

interface Props {
  activity: 'run' | 'hinge' | 'auto';
  /** A recorded take, to be analysed like an upload. */
  onRecorded(file: File): void;
  onClose(): void;
}

/** Live camera: skeleton, a few smoothed numbers and cues, and a record button. */
export function LiveScreen({ activity, onRecorded, onClose }: Props) {
  const { t, fmt, locale } = useI18n();
  const cam = useCamera();
  const rec = useRecorder();
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [reading, setReading] = useState<LiveReading | null>(null);
  const [now, setNow] = useState(0);
  const numbersAt = useRef(-Infinity);
  const { start: startCam } = cam;

  useEffect(() => {
    void startCam();
  }, [startCam]);
  useEffect(() => {
    const v = videoRef.current;
    if (v && cam.state.phase === 'on' && v.srcObject !== cam.state.stream) {
      v.srcObject = cam.state.stream;
      void v.play();
    }
  }, [cam.state]);
  useEffect(() => {
    if (!rec.recording) return;
    const id = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(id);
  }, [rec.recording]);

  const onReading = useCallback((r: LiveReading, w: number, h: number) => {
    const c = canvasRef.current;
    const ctx = c?.getContext('2d');
    // Skeletons drawn so far: the live frame rate the bench measures (scripts/bench-browser.ts).
    if (c) {
      c.dataset.readings = String(Number(c.dataset.readings ?? 0) + 1);
      c.dataset.points = String(r.kpDisplay.length);
    }
    if (c && ctx) {
      if (c.width !== w || c.height !== h) {
        c.width = w;
        c.height = h;
      }
      ctx.clearRect(0, 0, w, h);
      drawSkeleton(ctx, r.kpDisplay, (x, y) => [x, y], { scalePx: Math.max(1, h / 640) });
    }
    const t = performance.now();
    if (t - numbersAt.current >= NUMBERS_EVERY_MS) {
      numbersAt.current = t;
      setReading(r);
    }
  }, []);
  const poseError = useLivePose(videoRef, cam.state.phase === 'on', onReading);

  const stopAndAnalyse = async () => {
    const file = await rec.stop();
    cam.stop();
    if (file && file.size > 0) onRecorded(file);
  };
  const showRun = activity !== 'hinge';
  const showHinge = activity !== 'run';
  const cueKey = {
    hipsBack: 'live.cue.hipsBack',
    leanBack: 'live.cue.leanBack',
    stepBack: 'live.cue.stepBack',
  } as const;

  return (
    <section className="live" aria-labelledby="live-title" data-testid="live">
      <h2 id="live-title">{t('live.title')}</h2>
      {cam.state.phase === 'starting' && <p role="status">{t('live.starting')}</p>}
      {cam.state.phase === 'error' && (
        <p role="alert" className="alert">
          {cameraErrorMessage(cam.state, locale)}
        </p>
      )}
      {poseError && (
        <p role="alert" className="alert">
          {t('analysis.failed', { msg: localizedError(poseError, locale) })}
        </p>
      )}
      <div className="live-stage">
        <video ref={videoRef} muted playsInline />
        <canvas ref={canvasRef} aria-hidden="true" data-testid="live-skeleton" />
      </div>
      <div className="live-numbers" aria-live="polite">
        {showRun && (
          <article className="card" data-testid="live-cadence">
            <h3>{t('live.cadence')}</h3>
            <p className="big">{fmt.unit(reading?.cadenceSpm ?? null, 'spm')}</p>
          </article>
        )}
        <article className="card" data-testid="live-trunk">
          <h3>{t('live.trunk')}</h3>
          <p className="big">{fmt.unit(reading?.trunkDeg ?? null, 'deg')}</p>
        </article>
        {showHinge && (
          <article className="card" data-testid="live-reps">
            <h3>{t('live.reps')}</h3>
            <p className="big">{fmt.num(reading?.reps ?? 0, 0)}</p>
          </article>
        )}
      </div>
      <div className="live-cues" aria-live="assertive">
        {reading && !reading.personSeen && <span className="live-cue">{t('live.noPerson')}</span>}
        {reading?.cues
          .filter((c) => showHinge || c === 'stepBack')
          .map((c) => (
            <span key={c} className="live-cue">
              {t(cueKey[c])}
            </span>
          ))}
      </div>
      <p className="hint">{t('live.smoothed')}</p>
      <div className="start-actions">
        {cam.state.phase === 'on' && !rec.recording && (
          <button
            type="button"
            className="primary"
            onClick={() => cam.state.phase === 'on' && rec.start(cam.state.stream)}
          >
            {t('live.record')}
          </button>
        )}
        {rec.recording && (
          <>
            <button type="button" className="primary" onClick={() => void stopAndAnalyse()}>
              {t('live.stopRecord')}
            </button>
            <span role="status">
              {t('live.recording', { s: fmt.unit(Math.max(0, now - rec.startedAt) / 1000, 's') })}
            </span>
          </>
        )}
        <button
          type="button"
          onClick={() => {
            void rec.stop();
            cam.stop();
            onClose();
          }}
        >
          {t('live.stop')}
        </button>
      </div>
    </section>
  );
}
