// First: before any module builds or parses a zod schema.
import './zodJitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createWorkerTrackAnalyzer } from './bridge/AnalysisBridge.ts';
import { TrainerGate } from './trainer/TrainerGate.tsx';
import './app.css';

// Benchmark and test hooks (scripts/bench-browser.ts, tests/e2e/poseLeak.test.ts) exist only in the
// build made with `--mode hooks` (tests/e2e/helpers/browserApp.ts): Vite replaces MODE at build
// time, so `npm run build` drops this branch and emits no hooks chunk (tests/build/productBuild.test.ts).
if (import.meta.env.MODE === 'hooks' && new URLSearchParams(location.search).has('bench'))
  void import('./benchHooks.ts');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <TrainerGate analyze={createWorkerTrackAnalyzer()}>
      <App />
    </TrainerGate>
  </StrictMode>,
);
