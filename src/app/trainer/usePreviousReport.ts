import { useEffect, useState } from 'react';
import type { Report } from '../../core/report/report.ts';
import { sessionLoad } from '../storage/sessionStore.ts';
import type { SessionRecord } from '../storage/trainerDb.ts';
import { useSessions } from '../storage/useTrainerStore.ts';

/** The client's latest session filmed before `date` (ISO YYYY-MM-DD), or null. */
export function previousSession<S extends Pick<SessionRecord, 'id' | 'date'>>(
  sessions: readonly S[],
  date: string,
  ownId?: string,
): S | null {
  let best: S | null = null;
  for (const s of sessions) if (s.id !== ownId && s.date < date && (!best || s.date > best.date)) best = s;
  return best;
}

/**
 * Issue 18: the report of the client's previous session of the same activity, for the client
 * report's "since last time" compare (null without a client, an earlier session or its report).
 */
export function usePreviousReport(
  clientId: string | null,
  date: string,
  activity: Report['activity'],
  ownId?: string,
): { date: string; report: Report } | null {
  // '' matches no client: no sessions listed.
  const sessions = useSessions(clientId ?? '');
  const prev = clientId ? previousSession(sessions.data, date, ownId) : null;
  const [out, setOut] = useState<{ date: string; report: Report } | null>(null);
  const id = prev?.id ?? '';
  useEffect(() => {
    let live = true;
    setOut(null);
    if (id)
      void sessionLoad(id).then(
        (r) =>
          live &&
          r?.report &&
          r.report.activity === activity &&
          setOut({ date: r.record.date, report: r.report }),
      );
    return () => {
      live = false;
    };
  }, [id, activity]);
  return out;
}
