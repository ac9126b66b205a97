// First: before any module builds or parses a zod schema.
import './zodJitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { analyzeTrack } from '../core/analyze/analyzeTrack.ts';
import { TrainerGate } from './trainer/TrainerGate.tsx';
import './app.css';

// Benchmark hooks (scripts/bench-browser.ts) are a separate chunk, loaded only on ?bench.
if (new URLSearchParams(location.search).has('bench')) void import('./benchHooks.ts');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <TrainerGate analyze={analyzeTrack}>
      <App />
    </TrainerGate>
  </StrictMode>,
);
