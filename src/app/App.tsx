import { lazy, Suspense, useState } from 'react';
import type { PoseModelKind } from '../pose/poseTypes.ts';
import type { AnalysisRequest } from '../../workers/analysisApi.ts';
import { useAnalysis } from './analysis/useAnalysis.ts';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { LanguageSwitch } from './i18n/LanguageSwitch.tsx';
import { useI18n } from './i18n/useI18n.ts';
import { localizedError } from './analysis/errorMessage.ts';
import { PoseProgress } from './review/PoseProgress.tsx';
import { ReviewContainer } from './review/ReviewContainer.tsx';
import { StartPanel } from './review/StartPanel.tsx';
import { SkeletonPlayer } from './player/SkeletonPlayer.tsx';
import { UpdatePrompt } from './pwa/UpdatePrompt.tsx';
import './styles/review.css';
import './styles/print.css';

// A separate chunk (issue 16, lean bundle): loaded when the camera is started, not by every visit.
const LiveScreen = lazy(() => import('./live/LiveScreen.tsx').then((m) => ({ default: m.LiveScreen })));

/** The app: start (choose, film or upload, guide) → pose pass → analysis → review. */
export function App() {
  return (
    <I18nProvider>
      <AppPage />
    </I18nProvider>
  );
}

function AppPage() {
  const { t, fmt, locale } = useI18n();
  const [model, setModel] = useState<PoseModelKind>('lightning');
  const [request, setRequest] = useState<AnalysisRequest>({ activity: 'auto', view: 'auto' });
  const [live, setLive] = useState(false);
  const { state, backend, start, cancel } = useAnalysis(model);
  const running = state.phase === 'running';
  return (
    // data-analysis-run: which file the outcome on screen belongs to (tests wait for the new one).
    <main className="app-shell" data-analysis-run={state.run} data-analysis-phase={state.phase}>
      <header className="app-header">
        <h1>hipcheck</h1>
        <p className="tagline">{t('app.tagline')}</p>
        {/* A new tab, so the clip under review here is not lost; the workspace saves everything itself. */}
        <a className="nav-link" href="#trainer" target="_blank" rel="noopener">
          {t('app.trainer')}
        </a>
        <LanguageSwitch />
      </header>
      <UpdatePrompt />
      {live ? (
        <Suspense fallback={null}>
          <LiveScreen
            activity={request.activity}
            onClose={() => setLive(false)}
            onRecorded={(f) => {
              setLive(false);
              void start(f);
            }}
          />
        </Suspense>
      ) : (
        <StartPanel
          request={request}
          onRequest={setRequest}
          model={model}
          onModel={setModel}
          onFile={(f) => void start(f)}
          onCamera={() => setLive(true)}
          busy={running}
          compact={state.phase !== 'idle'}
        />
      )}
      {backend && (
        <p className="status hint" data-testid="backend" data-backend={backend.backend}>
          {t('app.backend')}{' '}
          <code title={backend.reason}>
            {backend.model} · {backend.backend}
            {backend.simd !== undefined
              ? ` (SIMD ${backend.simd ? 'on' : 'off'}, ${backend.threads ?? 1} thread)`
              : ''}
          </code>
        </p>
      )}
      {state.phase === 'running' && (
        <PoseProgress fileName={state.fileName} progress={state.progress} onCancel={() => void cancel()} />
      )}
      {state.phase === 'error' && (
        <p role="alert" className="alert">
          {localizedError(state, locale)} {t('error.keep')}
        </p>
      )}
      {state.phase === 'done' && (
        <>
          {state.noPerson && (
            <p role="alert" className="alert">
              {t('error.noPerson')}
            </p>
          )}
          <p
            className="status hint"
            data-testid="analysis-stats"
            data-frames={state.track.frames.length}
            data-fps={state.stats.fps.toFixed(2)}
            data-realtime={state.stats.realTimeRatio.toFixed(3)}
            data-path={state.path}
            data-stats={JSON.stringify(state.stats)}
          >
            {t('analysis.stats', {
              n: state.track.frames.length,
              s: fmt.unit(state.stats.wallMs / 1000, 's'),
              fps: fmt.num(state.stats.fps, 1),
              rt: fmt.num(state.stats.realTimeRatio, 2),
            })}
          </p>
          {state.noPerson ? (
            // No person: nothing to analyse, but the clip and its (empty) track stay available.
            <SkeletonPlayer
              key={state.file.name + state.file.lastModified}
              file={state.file}
              track={state.track}
            />
          ) : (
            <ReviewContainer
              key={state.file.name + state.file.lastModified + state.track.frames.length}
              file={state.file}
              track={state.track}
              request={request}
            />
          )}
        </>
      )}
    </main>
  );
}
