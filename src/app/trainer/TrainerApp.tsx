import { useId, useState } from 'react';
import type { TrackAnalyzer } from '../../core/session/session.ts';
import { clientSave, newId } from '../storage/sessionStore.ts';
import { toStorageError } from '../storage/storageError.ts';
import { storeChanged, useClients, useSessions } from '../storage/useTrainerStore.ts';
import { ComparePanel } from './ComparePanel.tsx';
import { ImportSession } from './ImportSession.tsx';
import { NewSessionForm } from './NewSessionForm.tsx';
import { PersistStatus } from './PersistStatus.tsx';
import { SessionView } from './SessionView.tsx';
import { useTrainerRoute } from './useTrainerRoute.ts';
import { errorMessage } from '../analysis/errorMessage.ts';
import { useI18n } from '../i18n/useI18n.ts';
import './trainer.css';

/** The trainer workspace: clients, their sessions, one session open for review, compare, import. */
export function TrainerApp({ analyze }: { analyze: TrackAnalyzer }) {
  const { t, locale } = useI18n();
  const nameId = useId();
  const [route, go] = useTrainerRoute();
  const clients = useClients();
  const sessions = useSessions(route.clientId ?? undefined);
  const allSessions = useSessions(undefined);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const client = clients.data.find((c) => c.id === route.clientId) ?? null;
  const openSession = allSessions.data.find((s) => s.id === route.sessionId);
  const sessionClient = clients.data.find((c) => c.id === openSession?.clientId) ?? client;

  const addClient = async () => {
    const n = name.trim();
    if (!n) return;
    try {
      const c = { id: newId(), name: n, createdAt: new Date().toISOString() };
      await clientSave(c);
      setName('');
      storeChanged();
      go({ clientId: c.id, sessionId: null, compare: false });
    } catch (e) {
      setError(errorMessage(toStorageError(e, 'save the client'), locale));
    }
  };

  return (
    <div className="trainer">
      <a className="nav-link" href="#">
        {t('start.title')}
      </a>
      <h1>{t('trainer.title')}</h1>
      <PersistStatus t={t} />
      {(clients.error ?? error) && (
        <p role="alert">{clients.error ? errorMessage(clients.error, locale) : error}</p>
      )}
      {route.sessionId ? (
        <SessionView
          key={route.sessionId}
          sessionId={route.sessionId}
          client={sessionClient}
          analyze={analyze}
          onBack={() => go({ clientId: route.clientId, sessionId: null, compare: false })}
        />
      ) : route.compare ? (
        <>
          <button
            type="button"
            onClick={() => go({ clientId: route.clientId, sessionId: null, compare: false })}
          >
            {t('trainer.back')}
          </button>
          {allSessions.loading ? null : <ComparePanel t={t} sessions={allSessions.data} />}
        </>
      ) : (
        <div className="trainer-home">
          <section aria-label={t('trainer.clients')}>
            <h2>{t('trainer.clients')}</h2>
            {clients.data.length === 0 && !clients.loading && (
              <p className="muted">{t('trainer.noClients')}</p>
            )}
            <ul data-testid="clients">
              {clients.data.map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    aria-pressed={c.id === route.clientId}
                    onClick={() => go({ clientId: c.id, sessionId: null, compare: false })}
                  >
                    {c.name}
                  </button>
                </li>
              ))}
            </ul>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void addClient();
              }}
            >
              <label htmlFor={nameId}>{t('trainer.clientName')}</label>{' '}
              <input
                id={nameId}
                type="text"
                value={name}
                maxLength={200}
                onChange={(e) => setName(e.currentTarget.value)}
              />{' '}
              <button type="submit">{t('trainer.addClient')}</button>
            </form>
            <ImportSession
              t={t}
              analyze={analyze}
              fallbackClientName={client?.name ?? 'Imported'}
              onImported={(_id, clientId) => go({ clientId, sessionId: null, compare: false })}
            />
            <button
              type="button"
              disabled={allSessions.data.length < 2}
              onClick={() => go({ clientId: route.clientId, sessionId: null, compare: true })}
            >
              {t('trainer.compare')}
            </button>
          </section>
          {client && (
            <section aria-label={t('trainer.sessions')}>
              <h2>
                {t('trainer.sessions')} · {client.name}
              </h2>
              {sessions.data.length === 0 && !sessions.loading && (
                <p className="muted">{t('trainer.noSessions')}</p>
              )}
              <ul data-testid="sessions">
                {sessions.data.map((s) => (
                  <li key={s.id} data-session-id={s.id}>
                    <button
                      type="button"
                      onClick={() => go({ clientId: client.id, sessionId: s.id, compare: false })}
                    >
                      {s.title}
                    </button>{' '}
                    <span className="muted">
                      {s.date} · {t(`activity.${s.activity}`)} · {t(`view.${s.view}`)}
                    </span>
                  </li>
                ))}
              </ul>
              <NewSessionForm
                t={t}
                clientId={client.id}
                analyze={analyze}
                onCreated={(id) => go({ clientId: client.id, sessionId: id, compare: false })}
              />
            </section>
          )}
        </div>
      )}
    </div>
  );
}
