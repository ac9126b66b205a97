// Node only: starts the tfjs backend the CLI, the benchmark and the Node tests run MoveNet on.
import { enableProdMode, env, getBackend, setBackend } from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import { withTimeout } from '../withTimeout.ts';

export type NodeBackendName = 'wasm' | 'cpu';

const FALLBACK_NOTE = "falling back to the slow 'cpu' backend (~35x slower).";

export interface NodeBackendOptions {
  /** Backend to try first. Default 'wasm' (SIMD, 1 thread: ~27 ms/frame Lightning vs ~950 on 'cpu'). */
  prefer?: NodeBackendName;
  /** Start-up time after which 'wasm' counts as hung and 'cpu' is used. Default 15 000 ms. */
  timeoutMs?: number;
  /** Where fallback notes go. Default: stderr. */
  log?: (line: string) => void;
}

/**
 * Starts tfjs on WASM (SIMD when the runtime has it, one thread) and falls back to the plain JS
 * 'cpu' backend, with a note on `log`, when WASM fails or does not start within `timeoutMs`
 * (pose-runtime-notes.md: backend start-up can hang silently). `@tensorflow/tfjs-node` is not used:
 * its install script downloads a native binary from outside the npm registry.
 *
 * Also switches tfjs to production mode, which drops per-op debug checks and the "install
 * tfjs-node" console banner that would otherwise interleave with the CLI's progress line.
 * Returns the backend that runs.
 */
export async function initNodeBackend(opts: NodeBackendOptions = {}): Promise<NodeBackendName> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const timeoutMs = opts.timeoutMs ?? 15_000;
  enableProdMode();
  const current = getBackend();
  if (current === 'wasm' || current === 'cpu') {
    if (opts.prefer === undefined || opts.prefer === current) return current;
  }
  if ((opts.prefer ?? 'wasm') === 'wasm') {
    // Node has no SharedArrayBuffer threads in tfjs-wasm; one thread also avoids the 3–4x
    // slow-down measured when two threads share a 2-core machine with other work.
    setThreadsCount(1);
    const start = setBackend('wasm');
    try {
      const ok = await withTimeout(start, timeoutMs, "tfjs 'wasm' backend start-up");
      if (ok && getBackend() === 'wasm') {
        if (!(await env().getAsync('WASM_HAS_SIMD_SUPPORT')))
          log('hipcheck: note: WebAssembly SIMD is not available; MoveNet runs about 3x slower.');
        return 'wasm';
      }
      log(`hipcheck: note: the tfjs 'wasm' backend did not start; ${FALLBACK_NOTE}`);
    } catch (e) {
      log(`hipcheck: note: ${e instanceof Error ? e.message : String(e)}; ${FALLBACK_NOTE}`);
      // tfjs's setBackend installs the backend instance whenever its start-up finally resolves, even
      // after we moved on to 'cpu': put 'cpu' back then, so the backend we announced stays true.
      start.then(
        () => void setBackend('cpu'),
        () => undefined,
      );
    }
  }
  // No tf.ready() here: it waits for any pending backend start-up, i.e. the hung 'wasm' one.
  if (!(await setBackend('cpu'))) throw new Error("No tfjs backend could start (tried 'wasm' and 'cpu').");
  return 'cpu';
}
