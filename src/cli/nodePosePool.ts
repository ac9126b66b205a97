import { Worker } from 'node:worker_threads';
import type { NodePoseEstimatorOptions } from '../pose/node/createNodePoseEstimator.ts';
import type { SegmentFrames } from '../pose/parallel/segmentStitch.ts';
import { InputError } from './ffmpegTools.ts';
import type { FrameRange } from './poseFrames.ts';
import type { PoseJob, PoseWorkerReply } from './poseWorkerProtocol.ts';

interface Slot {
  worker: Worker;
  busy: boolean;
}

/**
 * Issue 15: `hipcheck pose` on every core. N worker threads (bin/pose-worker.mjs →
 * poseSegmentWorker.ts), each with its own tfjs WASM backend (one thread: Node's tfjs-wasm has
 * none more) and MoveNet, started once per command; a clip's segments are queued to whichever
 * worker is free. Each worker decodes with its own ffmpeg and skips to its segment, so decoding
 * runs in parallel too.
 */
export class NodePosePool {
  private readonly slots: Slot[];
  private nextId = 1;
  private readonly pending = new Map<
    number,
    {
      resolve: (s: SegmentFrames) => void;
      reject: (e: Error) => void;
      onFrames: (n: number) => void;
      slot: Slot;
    }
  >();
  private readonly queue: (() => void)[] = [];
  /** Set once a worker has died: every later job fails at once. */
  private broken: string | null = null;

  private constructor(workers: Worker[]) {
    this.slots = workers.map((worker) => ({ worker, busy: false }));
    for (const slot of this.slots)
      slot.worker.on('message', (m: PoseWorkerReply) => {
        if (m.kind === 'ready' || m.kind === 'failed') return;
        const p = this.pending.get(m.id);
        if (!p) return;
        if (m.kind === 'progress') return p.onFrames(m.frames);
        this.pending.delete(m.id);
        this.release(p.slot);
        if (m.kind === 'done') p.resolve({ index: m.index, t: m.t, kp: m.kp });
        else p.reject(m.inputError ? new InputError(m.message) : new Error(m.message));
      });
    // A worker that dies (out of memory, a crash in the backend) fails its job instead of leaving it
    // waiting forever, and every job after it fails at once.
    for (const slot of this.slots) {
      const fail = (why: string) => {
        if (this.closing) return;
        this.broken ??= why;
        for (const go of this.queue.splice(0)) go();
        for (const [id, p] of this.pending)
          if (p.slot === slot) {
            this.pending.delete(id);
            p.reject(new Error(`a pose worker stopped (${why})`));
          }
      };
      slot.worker.on('error', (e) => fail(e.message));
      slot.worker.on('exit', (code) => fail(`exit ${code}`));
    }
  }

  /** Starts `n` workers and waits until each has its model loaded. */
  static async start(n: number, opts: Omit<NodePoseEstimatorOptions, 'log'>): Promise<NodePosePool> {
    const workers = Array.from(
      { length: n },
      () => new Worker(new URL('../../bin/pose-worker.mjs', import.meta.url)),
    );
    try {
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve, reject) => {
              const onMsg = (m: PoseWorkerReply) => {
                if (m.kind === 'ready') resolve();
                else if (m.kind === 'failed') reject(new Error(`pose worker: ${m.message}`));
              };
              w.on('message', onMsg);
              w.once('error', reject);
              w.once('exit', (code) => reject(new Error(`pose worker exited (${code}) before it was ready`)));
              w.postMessage({ kind: 'init', opts });
            }),
        ),
      );
    } catch (e) {
      await Promise.all(workers.map((w) => w.terminate()));
      throw e;
    }
    return new NodePosePool(workers);
  }

  get size(): number {
    return this.slots.length;
  }

  /** Runs each range of `file` on a free worker; resolves with every segment's frames (in range order). */
  run(
    file: string,
    input: PoseJob['input'],
    ranges: readonly FrameRange[],
    onFrames: (n: number) => void = () => undefined,
  ): Promise<SegmentFrames[]> {
    return Promise.all(ranges.map((range) => this.one({ file, input, range }, onFrames)));
  }

  private one(job: Omit<PoseJob, 'kind' | 'id'>, onFrames: (n: number) => void): Promise<SegmentFrames> {
    return new Promise((resolve, reject) => {
      const go = () => {
        if (this.broken !== null) return reject(new Error(`a pose worker stopped (${this.broken})`));
        const slot = this.slots.find((s) => !s.busy)!;
        slot.busy = true;
        const id = this.nextId++;
        this.pending.set(id, { resolve, reject, onFrames, slot });
        slot.worker.postMessage({ kind: 'run', id, ...job } satisfies PoseJob);
      };
      if (this.broken !== null || this.slots.some((s) => !s.busy)) go();
      else this.queue.push(go);
    });
  }

  private release(slot: Slot): void {
    slot.busy = false;
    this.queue.shift()?.();
  }

  private closing = false;

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
