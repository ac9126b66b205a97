import { useEffect, useId, useRef, useState } from 'react';
import type { Activity, View } from '../../core/report/report.ts';
import { sessionDerive, type Session, type TrackAnalyzer } from '../../core/session/session.ts';
import type { Track } from '../../core/track/track.ts';
import { trackParse } from '../../core/track/trackParse.ts';
import { useAnalysis } from '../analysis/useAnalysis.ts';
import { newId, sessionCreate } from '../storage/sessionStore.ts';
import { toStorageError } from '../storage/storageError.ts';
import { storeChanged } from '../storage/useTrainerStore.ts';
import { persistOnSave } from '../storage/usePersistState.ts';
import { videoStoreAvailable, videoStoreSave } from '../storage/videoStore.ts';
import { localDateIso } from './localDate.ts';
import type { I18n } from '../i18n/i18nContext.ts';

interface Pending {
  file: File;
  title: string;
  date: string;
  activity: Activity;
  view: View;
  keep: boolean;
}

/**
 * A new session for a client from a video: the pose track comes from the model (P2's pipeline, in
 * its worker) or from a track file made earlier (e.g. by `hipcheck pose`). The video is copied to
 * OPFS when the trainer keeps it, else only referenced.
 */
export function NewSessionForm({ t, clientId, analyze, onCreated }: { t: I18n['t']; clientId: string; analyze: TrackAnalyzer; onCreated(id: string): void }) {
  const ids = useId();
  const analysis = useAnalysis('lightning');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(() => localDateIso(new Date()));
  const [activity, setActivity] = useState<Activity>('run');
  const [view, setView] = useState<View>('side');
  const [keep, setKeep] = useState(videoStoreAvailable());
  const [video, setVideo] = useState<File | null>(null);
  const [trackFile, setTrackFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pending = useRef<Pending | null>(null);

  const finish = async (p: Pending, track: Track) => {
    const id = newId();
    const now = new Date().toISOString();
    let storage: 'opfs' | 'reference' = 'reference';
    if (p.keep) {
      await videoStoreSave(`${id}.video`, p.file);
      storage = 'opfs';
    }
    const base = { track, corrections: [], activity: p.activity, view: p.view };
    const session: Session = {
      id,
      clientId,
      title: p.title || p.file.name,
      date: p.date,
      activity: p.activity,
      view: p.view,
      video: { name: p.file.name, sizeBytes: p.file.size, mimeType: p.file.type || 'video/mp4', storage, ...(storage === 'opfs' ? { opfsName: `${id}.video` } : {}) },
      track,
      corrections: [],
      annotations: [],
      report: sessionDerive(base, analyze),
      createdAt: now,
      updatedAt: now,
    };
    await sessionCreate(session);
    void persistOnSave(); // the first save asks the browser to keep the sessions (issue 16)
    storeChanged();
    onCreated(id);
  };

  const run = (p: Pending, track: Track) =>
    finish(p, track).catch((e: unknown) => {
      const se = toStorageError(e, 'save the session');
      setError(se.kind === 'quota' ? t('trainer.quota', { msg: se.message }) : se.message);
      setBusy(false);
    });

  useEffect(() => {
    const p = pending.current;
    if (!p) return;
    if (analysis.state.phase === 'done') {
      pending.current = null;
      void run(p, analysis.state.track);
    } else if (analysis.state.phase === 'error') {
      pending.current = null;
      setError(analysis.state.message);
      setBusy(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- react to the analysis finishing only
  }, [analysis.state]);

  const submit = async () => {
    if (!video) return;
    setError(null);
    setBusy(true);
    const p: Pending = { file: video, title: title.trim(), date, activity, view, keep };
    if (trackFile) {
      try {
        await run(p, trackParse(JSON.parse(await trackFile.text())));
      } catch (e) {
        setError((e as Error).message);
        setBusy(false);
      }
      return;
    }
    pending.current = p;
    void analysis.start(video);
  };

  return (
    <form
      className="trainer-new-session"
      aria-label={t('trainer.newSession')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>{t('trainer.newSession')}</h3>
      <label htmlFor={`${ids}-title`}>{t('trainer.sessionTitle')}</label>
      <input id={`${ids}-title`} type="text" value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={200} />
      <label htmlFor={`${ids}-date`}>{t('trainer.sessionDate')}</label>
      <input id={`${ids}-date`} type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} />
      <label htmlFor={`${ids}-act`}>{t('trainer.activity')}</label>
      <select id={`${ids}-act`} value={activity} onChange={(e) => setActivity(e.currentTarget.value as Activity)}>
        <option value="run">{t('activity.run')}</option>
        <option value="hinge">{t('activity.hinge')}</option>
      </select>
      <label htmlFor={`${ids}-view`}>{t('start.view')}</label>
      <select id={`${ids}-view`} value={view} onChange={(e) => setView(e.currentTarget.value as View)}>
        <option value="side">{t('view.side')}</option>
        <option value="rear">{t('view.rear')}</option>
        <option value="front">{t('view.front')}</option>
      </select>
      <label htmlFor={`${ids}-video`}>{t('trainer.sessionVideo')}</label>
      <input id={`${ids}-video`} type="file" accept="video/*,.mp4,.mov,.m4v,.webm" onChange={(e) => setVideo(e.currentTarget.files?.[0] ?? null)} />
      <label htmlFor={`${ids}-track`}>{t('trainer.sessionTrack')}</label>
      <input id={`${ids}-track`} type="file" accept=".json,application/json" onChange={(e) => setTrackFile(e.currentTarget.files?.[0] ?? null)} />
      <label>
        <input type="checkbox" checked={keep} disabled={!videoStoreAvailable()} onChange={(e) => setKeep(e.currentTarget.checked)} /> {t('trainer.keepVideo')}
      </label>
      <button type="submit" disabled={!video || busy}>
        {t('trainer.createSession')}
      </button>
      {busy && analysis.state.phase === 'running' && (
        <p role="status">
          {t('trainer.analysing')} {analysis.state.progress ? `${analysis.state.progress.framesDone} / ${analysis.state.progress.framesTotal}` : ''}
        </p>
      )}
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
