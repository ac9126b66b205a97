import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import type { TrackAnalyzer } from '../../core/session/session.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';

// A separate chunk (issue 16, lean bundle): the analysis page does not download the workspace.
const TrainerApp = lazy(() => import('./TrainerApp.tsx').then((m) => ({ default: m.TrainerApp })));

const isTrainer = () => window.location.hash.startsWith('#trainer');

/** Shows the trainer workspace at `#trainer…`, the app's normal page (`children`) otherwise. */
export function TrainerGate({ analyze, children }: { analyze: TrackAnalyzer; children: ReactNode }) {
  const [on, setOn] = useState(isTrainer);
  useEffect(() => {
    const f = () => setOn(isTrainer());
    window.addEventListener('hashchange', f);
    return () => window.removeEventListener('hashchange', f);
  }, []);
  if (!on) return children;
  return (
    <I18nProvider>
      <main>
        <LanguageSwitch />
        <Suspense fallback={null}>
          <TrainerApp analyze={analyze} />
        </Suspense>
      </main>
    </I18nProvider>
  );
}
