import { useEffect, useId, useRef, useState } from 'react';
import type { Activity, View } from '../../core/report/report.ts';
import { sessionDerive, type Session, type TrackAnalyzer } from '../../core/session/session.ts';
import type { Track } from '../../core/track/track.ts';
import { trackParse } from '../../core/track/trackParse.ts';
import { errorMessage, localizedError } from '../analysis/errorMessage.ts';
import { useAnalysis } from '../analysis/useAnalysis.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { PoseProgress } from '../review/PoseProgress.tsx';
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
 * OPFS when the trainer keeps it, else only referenced. The video can be dropped on the form; while
 * the model runs, the review's progress card shows frames done, the time left and Cancel, which stops
 * the worker and stores nothing.
 */
export function NewSessionForm({
  t,
  clientId,
  analyze,
  onCreated,
}: {
  t: I18n['t'];
  clientId: string;
  analyze: TrackAnalyzer;
  onCreated(id: string): void;
}) {
  const { locale } = useI18n();
  const ids = useId();
  const videoInput = useRef<HTMLInputElement>(null);
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
  const [cancelled, setCancelled] = useState(false);
  const [dragging, setDragging] = useState(false);
  const pending = useRef<Pending | null>(null);
  const stopping = useRef(false);

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
      video: {
        name: p.file.name,
        sizeBytes: p.file.size,
        mimeType: p.file.type || 'video/mp4',
        storage,
        ...(storage === 'opfs' ? { opfsName: `${id}.video` } : {}),
      },
      track,
      corrections: [],
      annotations: [],
      report: await sessionDerive(base, analyze),
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
      setError(
        t('trainer.createFailed', { msg: errorMessage(toStorageError(e, 'save the session'), locale) }),
      );
      setBusy(false);
    });

  useEffect(() => {
    const p = pending.current;
    if (!p) {
      // Cancelled: once the worker has stopped (whatever it answered last), the form is free again.
      if (stopping.current && analysis.state.phase !== 'running') {
        stopping.current = false;
        setBusy(false);
      }
      return;
    }
    if (analysis.state.phase === 'done') {
      pending.current = null;
      void run(p, analysis.state.track);
    } else if (analysis.state.phase === 'error') {
      pending.current = null;
      setError(localizedError(analysis.state, locale));
      setBusy(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- react to the analysis finishing only
  }, [analysis.state]);

  const submit = async () => {
    if (!video) return;
    setError(null);
    setCancelled(false);
    setBusy(true);
    const p: Pending = { file: video, title: title.trim(), date, activity, view, keep };
    if (trackFile) {
      try {
        let track: Track;
        try {
          track = trackParse(JSON.parse(await trackFile.text()));
        } catch (e) {
          throw Object.assign(new Error((e as Error).message), { name: 'TrackFileError' });
        }
        await run(p, track);
      } catch (e) {
        setError(errorMessage(e, locale));
        setBusy(false);
      }
      return;
    }
    pending.current = p;
    void analysis.start(video);
  };

  const cancel = () => {
    pending.current = null; // a result that still arrives is dropped, never saved
    stopping.current = true;
    setCancelled(true);
    void analysis.cancel();
  };

  /** Takes a chosen or dropped file as the session video, or says why not (nothing else changes). */
  const chooseVideo = (files: FileList | null | undefined, fromDrop: boolean) => {
    const f = files?.[0];
    if (!f) return;
    if (fromDrop && files.length > 1) return setError(t('trainer.dropMany'));
    if (!f.type.startsWith('video/') && !/\.(mp4|mov|m4v|webm)$/i.test(f.name))
      return setError(t('trainer.notVideo', { name: f.name }));
    setError(null);
    setCancelled(false);
    setVideo(f);
    if (fromDrop && videoInput.current) {
      try {
        videoInput.current.files = files; // the file input shows the dropped file too
      } catch {
        // Older browsers cannot set it; the chosen file is still named below the input.
      }
    }
  };

  return (
    <form
      className="trainer-new-session"
      aria-label={t('trainer.newSession')}
      data-dragging={dragging || undefined}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onDragOver={(e) => {
        if (busy || !e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        if (!busy) chooseVideo(e.dataTransfer.files, true);
      }}
    >
      <h3>{t('trainer.newSession')}</h3>
      <label htmlFor={`${ids}-title`}>{t('trainer.sessionTitle')}</label>
      <input
        id={`${ids}-title`}
        type="text"
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        maxLength={200}
      />
      <label htmlFor={`${ids}-date`}>{t('trainer.sessionDate')}</label>
      <input id={`${ids}-date`} type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} />
      <label htmlFor={`${ids}-act`}>{t('trainer.activity')}</label>
      <select
        id={`${ids}-act`}
        value={activity}
        onChange={(e) => setActivity(e.currentTarget.value as Activity)}
      >
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
      <input
        ref={videoInput}
        id={`${ids}-video`}
        type="file"
        accept="video/*,.mp4,.mov,.m4v,.webm"
        disabled={busy}
        onChange={(e) => chooseVideo(e.currentTarget.files, false)}
      />
      <p className="muted" data-testid="session-video-name">
        {video ? t('trainer.chosen', { name: video.name }) : t('trainer.dropHint')}
      </p>
      <label htmlFor={`${ids}-track`}>{t('trainer.sessionTrack')}</label>
      <input
        id={`${ids}-track`}
        type="file"
        accept=".json,application/json"
        onChange={(e) => setTrackFile(e.currentTarget.files?.[0] ?? null)}
      />
      <label>
        <input
          type="checkbox"
          checked={keep}
          disabled={!videoStoreAvailable()}
          onChange={(e) => setKeep(e.currentTarget.checked)}
        />{' '}
        {t('trainer.keepVideo')}
      </label>
      <button type="submit" disabled={!video || busy}>
        {t('trainer.createSession')}
      </button>
      {busy && analysis.state.phase === 'running' && (
        <>
          <p>{t('trainer.analysing')}</p>
          <PoseProgress
            fileName={analysis.state.fileName}
            progress={analysis.state.progress}
            onCancel={cancel}
          />
        </>
      )}
      {cancelled && !busy && <p role="status">{t('trainer.cancelled')}</p>}
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
