import { useCallback, useEffect, useRef, useState } from 'react';
import type { Report } from '../../core/report/report.ts';
import { applyCorrections } from '../../core/session/applyCorrections.ts';
import { authoredApply, type AuthoredEdit } from '../../core/session/authoredEdit.ts';
import {
  historyCanRedo,
  historyCanUndo,
  historyCreate,
  historyPush,
  historyRedo,
  historyUndo,
  type History,
} from '../../core/session/history.ts';
import type { Session, SessionAuthored, TrackAnalyzer } from '../../core/session/session.ts';
import { createAutosaver, type Autosaver } from '../storage/autosaver.ts';
import { sessionLoad, sessionSaveAuthored } from '../storage/sessionStore.ts';
import { toStorageError, type StorageError } from '../storage/storageError.ts';
import type { NoteDraft } from '../storage/trainerDb.ts';
import { journalClear, journalRead, journalWrite } from './sessionJournal.ts';

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'error'; error: StorageError };

interface Loaded {
  session: Omit<Session, 'report'>;
  cachedReport: Report | null;
}

interface Saved {
  authored: SessionAuthored;
  noteDraft: NoteDraft | null;
  /** The report of these corrections, on its way from the analysis worker: saved together with them. */
  report: Promise<Report>;
}

/**
 * A stored session opened for editing: its authored state under undo/redo, the report derived from
 * the corrected track (recomputed whenever the corrections change, timed in `analyzeMs`), and
 * autosave of every change (300 ms debounce, flushed when the page is hidden or closed).
 */
export function useSessionEditor(sessionId: string, analyze: TrackAnalyzer) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<StorageError | null>(null);
  const [history, setHistory] = useState<History<SessionAuthored> | null>(null);
  const [noteDraft, setNoteDraftState] = useState<NoteDraft | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const saverRef = useRef<Autosaver<Saved> | null>(null);
  const dirtyRef = useRef(false);

  useEffect(() => {
    let live = true;
    sessionLoad(sessionId).then(
      (r) => {
        if (!live) return;
        if (!r)
          return setLoadError(
            toStorageError({ name: 'NotFoundError', message: sessionId }, 'open the session'),
          );
        const journal = journalRead(sessionId);
        setLoaded({ session: r.session, cachedReport: journal ? null : r.report });
        setHistory(
          historyCreate(
            journal?.authored ?? { corrections: r.session.corrections, annotations: r.session.annotations },
          ),
        );
        setNoteDraftState(journal ? journal.noteDraft : (r.record.noteDraft ?? null));
        // Edits saved only in the journal when the tab closed: write them to IndexedDB now.
        if (journal) dirtyRef.current = true;
      },
      (e: unknown) => live && setLoadError(toStorageError(e, 'open the session')),
    );
    const saver = createAutosaver<Saved>({
      save: async (v) =>
        sessionSaveAuthored(sessionId, { ...v.authored, noteDraft: v.noteDraft }, await v.report),
      onError: (e) => setSave({ kind: 'error', error: toStorageError(e, 'save your changes') }),
      onSaved: () => {
        if (saver.pending()) return;
        journalClear(sessionId);
        setSave({ kind: 'saved' });
      },
      emergency: (v) => journalWrite(sessionId, { authored: v.authored, noteDraft: v.noteDraft }),
    });
    saverRef.current = saver;
    return () => {
      live = false;
      void saver.flush().finally(() => saver.dispose());
    };
  }, [sessionId]);

  const corrections = history?.present.corrections;
  // Issue 14: the analyses run in the analysis worker (the app's analyzer), off the main thread. One
  // promise per corrections state, shared by the screen and the autosave, so an edit is saved (with
  // its own report) even when the session is closed before that report arrives.
  const reports = useRef(new WeakMap<object, { report: Promise<Report>; t0: number }>());
  const reportOf = useCallback(
    (c: SessionAuthored['corrections']) => {
      let r = reports.current.get(c);
      if (!r && loaded) {
        r =
          c === loaded.session.corrections && loaded.cachedReport
            ? { report: Promise.resolve(loaded.cachedReport), t0: NaN }
            : {
                report: Promise.resolve(
                  analyze(applyCorrections(loaded.session.track, c), {
                    activity: loaded.session.activity,
                    view: loaded.session.view,
                  }),
                ),
                t0: performance.now(),
              };
        reports.current.set(c, r);
      }
      return r ?? null;
    },
    [loaded, analyze],
  );
  const [derived, setDerived] = useState<{
    report: Report;
    analyzeMs: number | null;
    /** The corrections this report was computed from. */
    of: SessionAuthored['corrections'];
  } | null>(null);
  useEffect(() => {
    if (!corrections) return;
    const r = reportOf(corrections);
    if (!r) return;
    let live = true;
    void r.report.then((report) => {
      if (live)
        setDerived({
          report,
          analyzeMs: Number.isNaN(r.t0) ? null : performance.now() - r.t0,
          of: corrections,
        });
    });
    return () => {
      live = false;
    };
  }, [corrections, reportOf]);

  /** The report of the model's track alone, for the "model only" column. */
  const [rawReport, setRawReport] = useState<Report | null>(null);
  useEffect(() => {
    if (!loaded) return;
    let live = true;
    void Promise.resolve(
      analyze(loaded.session.track, { activity: loaded.session.activity, view: loaded.session.view }),
    ).then((r) => {
      if (live) setRawReport(r);
    });
    return () => {
      live = false;
    };
  }, [loaded, analyze]);

  useEffect(() => {
    if (!history || !dirtyRef.current) return;
    const r = reportOf(history.present.corrections);
    if (!r) return;
    setSave({ kind: 'saving' });
    saverRef.current?.schedule({ authored: history.present, noteDraft, report: r.report });
  }, [history, noteDraft, reportOf]);

  const edit = useCallback((e: AuthoredEdit) => {
    dirtyRef.current = true;
    setHistory((h) => (h ? historyPush(h, authoredApply(h.present, e)) : h));
  }, []);
  const undo = useCallback(() => {
    dirtyRef.current = true;
    setHistory((h) => (h ? historyUndo(h) : h));
  }, []);
  const redo = useCallback(() => {
    dirtyRef.current = true;
    setHistory((h) => (h ? historyRedo(h) : h));
  }, []);
  const setNoteDraft = useCallback((d: NoteDraft | null) => {
    dirtyRef.current = true;
    setNoteDraftState(d);
  }, []);

  return {
    loaded: loaded?.session ?? null,
    loadError,
    authored: history?.present ?? null,
    canUndo: history ? historyCanUndo(history) : false,
    canRedo: history ? historyCanRedo(history) : false,
    report: derived?.report ?? null,
    analyzeMs: derived?.analyzeMs ?? null,
    rawReport,
    /** An analysis (raw, or of the present corrections) is still on its way from the worker. */
    analysing: !derived || derived.of !== corrections || !rawReport,
    noteDraft,
    save,
    edit,
    undo,
    redo,
    setNoteDraft,
  };
}
