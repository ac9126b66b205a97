import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
  report: Report;
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
      save: (v) => sessionSaveAuthored(sessionId, { ...v.authored, noteDraft: v.noteDraft }, v.report),
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
  const initialCorrections = loaded?.session.corrections;
  const derived = useMemo(() => {
    if (!loaded || !corrections) return null;
    if (corrections === initialCorrections && loaded.cachedReport)
      return { report: loaded.cachedReport, analyzeMs: null };
    const t0 = performance.now();
    const report = analyze(applyCorrections(loaded.session.track, corrections), {
      activity: loaded.session.activity,
      view: loaded.session.view,
    });
    return { report, analyzeMs: performance.now() - t0 };
  }, [loaded, corrections, initialCorrections, analyze]);

  /** The report of the model's track alone, for the "model only" column. */
  const rawReport = useMemo(
    () =>
      loaded
        ? analyze(loaded.session.track, { activity: loaded.session.activity, view: loaded.session.view })
        : null,
    [loaded, analyze],
  );

  useEffect(() => {
    if (!history || !derived || !dirtyRef.current) return;
    setSave({ kind: 'saving' });
    saverRef.current?.schedule({ authored: history.present, noteDraft, report: derived.report });
  }, [history, noteDraft, derived]);

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
    noteDraft,
    save,
    edit,
    undo,
    redo,
    setNoteDraft,
  };
}
