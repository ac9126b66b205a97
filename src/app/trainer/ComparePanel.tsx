import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Report } from '../../core/report/report.ts';
import { applyCorrections } from '../../core/session/applyCorrections.ts';
import type { Session } from '../../core/session/session.ts';
import { syncEventTimes, syncMapTime, type SyncMode } from '../../core/session/syncTimes.ts';
import { sessionLoad } from '../storage/sessionStore.ts';
import type { SessionRecord } from '../storage/trainerDb.ts';
import { FrameStage } from './FrameStage.tsx';
import { MetricsTable } from './MetricsTable.tsx';
import { nearestFrame, seekTimeForFrame } from '../../core/track/frameTime.ts';
import { useSessionVideo } from './useSessionVideo.ts';
import type { I18n } from '../i18n/i18nContext.ts';

type Loaded = Omit<Session, 'report'> & { report: Report };

function useLoaded(id: string): Loaded | null {
  const [s, setS] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    setS(null);
    if (id) void sessionLoad(id).then((r) => live && r?.report && setS({ ...r.session, report: r.report }));
    return () => {
      live = false;
    };
  }, [id]);
  return s;
}

/** Two sessions side by side, B's time mapped from A's by contacts or reps, metrics in one table. */
export function ComparePanel({ t, sessions }: { t: I18n['t']; sessions: readonly SessionRecord[] }) {
  const ids = useId();
  const [idA, setIdA] = useState(sessions[0]?.id ?? '');
  const [idB, setIdB] = useState(sessions[1]?.id ?? '');
  const [mode, setMode] = useState<SyncMode>('contact');
  const [tA, setTA] = useState(0);
  const a = useLoaded(idA);
  const b = useLoaded(idB);
  const tB = useMemo(
    () => (a && b ? syncMapTime(syncEventTimes(a.report, mode), syncEventTimes(b.report, mode), tA) : tA),
    [a, b, mode, tA],
  );
  const pick = (label: string, value: string, set: (v: string) => void, suffix: string) => (
    <>
      <label htmlFor={ids + suffix}>{label}</label>
      <select id={ids + suffix} value={value} onChange={(e) => set(e.currentTarget.value)}>
        {sessions.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title} · {s.date}
          </option>
        ))}
      </select>
    </>
  );
  const duration = a?.track.frames.at(-1)?.t ?? 0;
  return (
    <section className="trainer-compare" aria-label={t('trainer.compare')} data-testid="compare">
      <h2>{t('trainer.compare')}</h2>
      {pick(t('trainer.compareA'), idA, setIdA, 'a')}
      {pick(t('trainer.compareB'), idB, setIdB, 'b')}
      <label htmlFor={ids + 'm'}>{t('trainer.syncBy')}</label>
      <select id={ids + 'm'} value={mode} onChange={(e) => setMode(e.currentTarget.value as SyncMode)}>
        <option value="contact">{t('trainer.sync.contact')}</option>
        <option value="rep">{t('trainer.sync.rep')}</option>
      </select>
      <input
        type="range"
        aria-label={t('charts.time')}
        min={0}
        max={duration}
        step={0.001}
        value={tA}
        onChange={(e) => setTA(Number(e.currentTarget.value))}
      />
      <div className="trainer-compare-stages">
        {a && <ComparedStage s={a} tS={tA} />}
        {b && <ComparedStage s={b} tS={tB} />}
      </div>
      {a && b && (
        <MetricsTable
          t={t}
          a={a.report}
          b={b.report}
          labelA={t('trainer.compareA')}
          labelB={t('trainer.compareB')}
          caption={t('trainer.compareTable')}
          testId="compare-metrics"
        />
      )}
    </section>
  );
}

function ComparedStage({ s, tS }: { s: Loaded; tS: number }) {
  const video = useSessionVideo(s.video);
  const ref = useRef<HTMLVideoElement>(null);
  const corrected = useMemo(() => applyCorrections(s.track, s.corrections), [s]);
  const i = nearestFrame(s.track.frames, tS);
  useEffect(() => {
    // The middle of the frame the skeleton is drawn from (its start lands on the previous frame a third of the time).
    if (ref.current && i >= 0) ref.current.currentTime = seekTimeForFrame(s.track.frames, i, s.track.fps);
  }, [i, s.track, video.url]);
  return (
    <figure data-compare-session={s.id} data-frame={i}>
      <div className="trainer-stage-wrap" style={{ aspectRatio: `${s.track.width} / ${s.track.height}` }}>
        {video.url ? (
          <video ref={ref} src={video.url} muted playsInline preload="auto" />
        ) : (
          <div className="trainer-no-video" />
        )}
        <FrameStage
          widthPx={s.track.width}
          heightPx={s.track.height}
          frame={corrected.frames[i]}
          corrected={new Set()}
          drawings={[]}
          tool="correct"
          editable={false}
          onDrawing={() => undefined}
          onTextAt={() => undefined}
          onMoveKeypoint={() => undefined}
        />
      </div>
      <figcaption>
        {s.title} · {s.date}
      </figcaption>
    </figure>
  );
}
