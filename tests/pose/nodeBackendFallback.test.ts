// Runs in its own worker process (vitest forks, isolate): it replaces the 'wasm' backend
// registration in this process's tfjs engine to simulate a start-up that hangs or fails.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../src/pose/node/initNodeBackend.ts';

describe('initNodeBackend fallback', () => {
  it("falls back to 'cpu' with a note when wasm start-up hangs, and stays on cpu", async () => {
    tf.removeBackend('wasm');
    let resolveLate: (b: tf.KernelBackend) => void = () => undefined;
    tf.registerBackend('wasm', () => new Promise<tf.KernelBackend>((r) => (resolveLate = r)));
    const notes: string[] = [];
    const t0 = performance.now();
    expect(await initNodeBackend({ timeoutMs: 300, log: (l) => notes.push(l) })).toBe('cpu');
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(notes.join('\n')).toMatch(/did not finish within 300 ms; falling back to the slow 'cpu' backend/);
    expect(tf.getBackend()).toBe('cpu');
    // A start-up that completes late must not switch the engine under us.
    resolveLate(tf.findBackend('cpu')!);
    await new Promise((r) => setTimeout(r, 50));
    expect(tf.getBackend()).toBe('cpu');
    expect(tf.engine().backend).toBe(tf.findBackend('cpu'));
    expect(tf.add(tf.scalar(1), tf.scalar(2)).dataSync()[0]).toBe(3);
  });

  it('falls back when the wasm backend fails to initialise', async () => {
    tf.removeBackend('wasm');
    tf.registerBackend('wasm', () => {
      throw new Error('no WebAssembly here');
    });
    const notes: string[] = [];
    expect(await initNodeBackend({ prefer: 'wasm', timeoutMs: 300, log: (l) => notes.push(l) })).toBe('cpu');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/falling back/);
  });
});
