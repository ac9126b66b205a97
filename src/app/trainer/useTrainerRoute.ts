import { useCallback, useEffect, useState } from 'react';

export type TrainerRoute = { clientId: string | null; sessionId: string | null; compare: boolean };

const parse = (hash: string): TrainerRoute => {
  const m = /^#trainer(?:\/c\/([\w-]+))?(?:\/s\/([\w-]+))?(\/compare)?$/.exec(hash);
  return { clientId: m?.[1] ?? null, sessionId: m?.[2] ?? null, compare: !!m?.[3] };
};
const format = (r: TrainerRoute) =>
  `#trainer${r.clientId ? `/c/${r.clientId}` : ''}${r.sessionId ? `/s/${r.sessionId}` : ''}${r.compare ? '/compare' : ''}`;

/** Which client / session / compare view is open, kept in the URL hash so a reload reopens it. */
export function useTrainerRoute(): [TrainerRoute, (r: TrainerRoute) => void] {
  const [route, setRoute] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const on = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const go = useCallback((r: TrainerRoute) => {
    window.location.hash = format(r);
    setRoute(r);
  }, []);
  return [route, go];
}
