import { getBackend, ready, setBackend } from '@tensorflow/tfjs-core';
import { withTimeout } from '../withTimeout.ts';
import { webglProbe, webgpuProbe } from './backendProbe.ts';

export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
export type BackendPreference = 'auto' | BackendName;

/** One backend considered at start-up, and what happened. */
export interface BackendAttempt {
  backend: BackendName;
  ok: boolean;
  /** Why it was skipped or failed, or what it measured. */
  reason: string;
  /** Warm ms per Lightning/Thunder frame, when a start-up race ran. */
  msPerFrame?: number;
}

/** Start-up limits (ms). A minified build once made setBackend('wasm') hang silently. */
const START_TIMEOUT_MS: Record<BackendName, number> = { webgpu: 8000, webgl: 8000, wasm: 15000, cpu: 5000 };

/** Registers a backend's kernels (lazily: only the backends we try are downloaded) and starts it. */
export async function backendStart(name: BackendName, baseUrl: string): Promise<void> {
  if (name === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    wasm.setWasmPaths(`${baseUrl}tfjs-wasm/`);
  } else if (name === 'webgl') await import('@tensorflow/tfjs-backend-webgl');
  else if (name === 'webgpu') await import('@tensorflow/tfjs-backend-webgpu');
  else await import('@tensorflow/tfjs-backend-cpu');
  const ok = await withTimeout(setBackend(name), START_TIMEOUT_MS[name], `setBackend('${name}')`);
  if (!ok || getBackend() !== name) throw new Error(`setBackend('${name}') failed`);
  await withTimeout(ready(), START_TIMEOUT_MS[name], `tf.ready() on ${name}`);
}

export interface BackendRace {
  /** Loads the model on the current backend and returns warm ms per frame (a short timed run). */
  time(backend: BackendName): Promise<number>;
}

export interface BackendChoice {
  backend: BackendName;
  reason: string;
  attempts: BackendAttempt[];
  webglRenderer?: string;
}

/**
 * Picks and starts a tfjs backend (issue 2, pose-runtime-notes.md):
 * WebGPU only on a real non-fallback adapter; WebGL only when hardware-rendered AND faster than
 * WASM in a short start-up race; else WASM (SIMD build when supported; 1 thread without
 * cross-origin isolation, which is also the fastest setting on 2 cores); else cpu.
 * An explicit preference is tried first and falls back along the same chain.
 * Every start-up has a timeout, so a hanging backend becomes a fallback.
 */
export async function backendSelect(
  pref: BackendPreference,
  baseUrl: string,
  race: BackendRace,
): Promise<BackendChoice> {
  const attempts: BackendAttempt[] = [];
  let webglRenderer: string | undefined;
  const tryStart = async (name: BackendName): Promise<boolean> => {
    try {
      await backendStart(name, baseUrl);
      return true;
    } catch (e) {
      attempts.push({ backend: name, ok: false, reason: `start-up failed: ${(e as Error).message}` });
      return false;
    }
  };

  if (pref !== 'auto') {
    // Run what was asked for (benchmarks measure software WebGL on purpose), but say what it is.
    const gl = pref === 'webgl' ? webglProbe() : null;
    if (await tryStart(pref)) {
      attempts.push({ backend: pref, ok: true, reason: gl ? `requested; ${gl.reason}` : 'requested' });
      return {
        backend: pref,
        reason: `${pref} (requested${gl ? `; ${gl.reason}` : ''})`,
        attempts,
        ...(gl?.renderer ? { webglRenderer: gl.renderer } : {}),
      };
    }
  }

  if (pref === 'auto' || pref === 'webgpu') {
    const gpu = await webgpuProbe();
    if (gpu.ok && pref === 'auto' && (await tryStart('webgpu'))) {
      attempts.push({ backend: 'webgpu', ok: true, reason: gpu.reason });
      return { backend: 'webgpu', reason: `WebGPU on a ${gpu.reason}`, attempts };
    }
    if (!gpu.ok) attempts.push({ backend: 'webgpu', ok: false, reason: gpu.reason });
  }

  if (pref === 'auto' || pref === 'webgpu' || pref === 'webgl') {
    const gl = webglProbe();
    webglRenderer = gl.renderer || undefined;
    if (!gl.ok) attempts.push({ backend: 'webgl', ok: false, reason: gl.reason });
    else if (await tryStart('webgl')) {
      try {
        const glMs = await withTimeout(race.time('webgl'), 20000, 'WebGL warm-up');
        if (await tryStart('wasm')) {
          const wasmMs = await race.time('wasm');
          const winner: BackendName = glMs < wasmMs ? 'webgl' : 'wasm';
          attempts.push({
            backend: 'webgl',
            ok: winner === 'webgl',
            reason: `${gl.reason}: ${glMs.toFixed(1)} ms/frame`,
            msPerFrame: glMs,
          });
          attempts.push({
            backend: 'wasm',
            ok: winner === 'wasm',
            reason: `${wasmMs.toFixed(1)} ms/frame`,
            msPerFrame: wasmMs,
          });
          if (winner === 'webgl' && !(await tryStart('webgl')))
            return { backend: 'wasm', reason: 'WASM (WebGL restart failed)', attempts, webglRenderer };
          return {
            backend: winner,
            reason: `${winner === 'webgl' ? 'WebGL' : 'WASM'} won the start-up race (WebGL ${glMs.toFixed(0)} ms vs WASM ${wasmMs.toFixed(0)} ms a frame)`,
            attempts,
            webglRenderer,
          };
        }
        attempts.push({ backend: 'webgl', ok: true, reason: `${gl.reason}; WASM unavailable` });
        return { backend: 'webgl', reason: 'hardware WebGL (WASM unavailable)', attempts, webglRenderer };
      } catch (e) {
        attempts.push({ backend: 'webgl', ok: false, reason: `warm-up failed: ${(e as Error).message}` });
      }
    }
  }

  if (pref !== 'cpu' && (await tryStart('wasm'))) {
    attempts.push({ backend: 'wasm', ok: true, reason: 'fallback after GPU backends' });
    const why = attempts
      .filter((a) => !a.ok)
      .map((a) => `${a.backend}: ${a.reason}`)
      .join('; ');
    return { backend: 'wasm', reason: `WASM${why ? ` (${why})` : ''}`, attempts, webglRenderer };
  }
  if (await tryStart('cpu')) {
    attempts.push({ backend: 'cpu', ok: true, reason: 'last resort' });
    return {
      backend: 'cpu',
      reason: 'tfjs cpu backend (slow): no other backend started',
      attempts,
      webglRenderer,
    };
  }
  const e = new Error(
    `No tfjs backend could start: ${attempts.map((a) => `${a.backend}: ${a.reason}`).join('; ')}`,
  );
  e.name = 'BackendUnavailableError';
  throw e;
}
