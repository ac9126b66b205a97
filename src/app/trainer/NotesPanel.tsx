import { useId } from 'react';
import type { Annotation } from '../../core/session/annotation.ts';
import type { NoteDraft } from '../storage/trainerDb.ts';
import type { I18n } from '../i18n/i18nContext.ts';

interface Props {
  t: I18n['t'];
  annotations: readonly Annotation[];
  timeS: number;
  draft: NoteDraft | null;
  formatT(tS: number): string;
  onDraft(d: NoteDraft | null): void;
  onSave(d: NoteDraft): void;
  onAddMarker(): void;
  onRemove(id: string): void;
  onSeek(tS: number): void;
}

/**
 * Notes pinned to a time and timeline markers. The draft of a note lives in the session record
 * (autosaved), so a note half typed when the tab closes is still there on reopening. Note text is
 * rendered as a React text node, never as markup.
 */
export function NotesPanel(p: Props) {
  const noteId = useId();
  const notes = p.annotations.filter((a) => a.type === 'note');
  const markers = p.annotations.filter((a) => a.type === 'marker');
  return (
    <section className="trainer-notes" aria-label={p.t('trainer.notes')}>
      <h3>{p.t('trainer.notes')}</h3>
      {p.draft ? (
        <div className="note-editor">
          <label htmlFor={noteId}>{p.t('trainer.note')}</label>
          <textarea
            id={noteId}
            value={p.draft.text}
            autoFocus
            rows={3}
            onChange={(e) => p.onDraft({ t: p.draft!.t, text: e.currentTarget.value })}
          />
          <span className="note-time">{p.t('trainer.at', { t: p.formatT(p.draft.t) })}</span>
          <button type="button" disabled={!p.draft.text.trim()} onClick={() => p.onSave(p.draft!)}>
            {p.t('trainer.saveNote')}
          </button>
          <button type="button" onClick={() => p.onDraft(null)}>
            {p.t('trainer.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => p.onDraft({ t: p.timeS, text: '' })}>
          {p.t('trainer.addNote')}
        </button>
      )}
      <button type="button" onClick={p.onAddMarker}>
        {p.t('trainer.addMarker')}
      </button>
      {notes.length === 0 ? (
        <p className="muted">{p.t('trainer.noNotes')}</p>
      ) : (
        <ul data-testid="notes">
          {notes.map((n) => (
            <li key={n.id} data-note-id={n.id}>
              <button
                type="button"
                className="link"
                onClick={() => p.onSeek(n.t)}
                aria-label={p.t('trainer.goTo', { t: p.formatT(n.t) })}
              >
                {p.formatT(n.t)}
              </button>{' '}
              <span className="note-text">{n.text}</span>{' '}
              <button type="button" onClick={() => p.onRemove(n.id)}>
                {p.t('trainer.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {markers.length > 0 && (
        <>
          <h4>{p.t('trainer.markers')}</h4>
          <ul data-testid="markers">
            {markers.map((m) => (
              <li key={m.id}>
                <button type="button" className="link" onClick={() => p.onSeek(m.t)}>
                  {p.formatT(m.t)}
                </button>{' '}
                {m.label}{' '}
                <button type="button" onClick={() => p.onRemove(m.id)}>
                  {p.t('trainer.remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
