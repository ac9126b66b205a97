import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { PoseEstimator, PoseModelKind } from '../pose/poseTypes.ts';
import { createVideoEstimator, isInputProblem } from './analyzeClip.ts';
import { FFMPEG_INSTALL_HINT } from './ffmpegTools.ts';
import { ffmpegAvailable } from './poseCommand.ts';
import type { ClipJobData, ClipJobResult } from './queueJob.ts';
import { bullConnection, redisCheckReachable, RedisUnreachableError, redisUrlShown } from './queueRedis.ts';
import { WORKER_USAGE, workerArgsParse, type WorkerArgs } from './workerArgs.ts';
import { runClipJob } from './workerJob.ts';

const say = (line: string) => process.stderr.write(`${line}\n`);

/** Estimators kept between clips, one per concurrent slot and model (loading one takes seconds). */
function estimatorPool() {
  const free = new Map<PoseModelKind, PoseEstimator[]>();
  const all: PoseEstimator[] = [];
  return {
    async take(model: PoseModelKind): Promise<PoseEstimator> {
      const e = free.get(model)?.pop();
      if (e !== undefined) return e;
      const made = await createVideoEstimator(model);
      all.push(made);
      return made;
    },
    give(model: PoseModelKind, e: PoseEstimator): void {
      free.set(model, [...(free.get(model) ?? []), e]);
    },
    dispose(): void {
      for (const e of all) e.dispose();
    },
  };
}

/** `hipcheck worker`: runs queued clips until SIGTERM/SIGINT. Returns the exit status (WORKER_USAGE). */
export async function workerCommand(argv: string[]): Promise<number> {
  let args: WorkerArgs;
  try {
    args = workerArgsParse(argv);
  } catch (e) {
    say(`hipcheck worker: ${(e as Error).message}\n\n${WORKER_USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${WORKER_USAGE}\n`);
    return 0;
  }
  if (!(await ffmpegAvailable())) {
    say(`hipcheck worker: ${FFMPEG_INSTALL_HINT}`);
    return 1;
  }
  try {
    await redisCheckReachable(args.redis);
  } catch (e) {
    if (!(e instanceof RedisUnreachableError)) throw e;
    say(`hipcheck worker: ${e.message}`);
    return 1;
  }
  const me = `${hostname()}:${process.pid}`;
  const log = (line: string) => say(`hipcheck worker ${me}: ${line}`);
  const outDir = args.outDir === null ? null : resolve(args.outDir);
  const pool = estimatorPool();
  // Several clips at once on a terminal would draw over each other's progress bar.
  const progress = !args.quiet && (args.concurrency === 1 || process.stderr.isTTY !== true);

  let signalled: string | null = null;
  const processor = async (job: Job<ClipJobData, ClipJobResult>): Promise<ClipJobResult> => {
    const { data } = job;
    log(`start ${data.name} (${job.id}, ${data.clip}), try ${job.attemptsMade + 1}`);
    const estimator = await pool.take(data.choice.model);
    try {
      return await runClipJob(data, {
        estimator,
        outDir,
        progress,
        onProgress: (p) => void job.updateProgress(p).catch(() => {}),
      });
    } catch (e) {
      // Ctrl-C on a terminal reaches ffmpeg too, whose death would read as a corrupt clip: after a
      // signal nothing is the clip's fault, and it goes back to the queue for another try.
      if (signalled !== null)
        throw new Error(
          `${data.clip}: interrupted by ${signalled} (${(e as Error).message}); back to the queue`,
          { cause: e },
        );
      // A clip that can never succeed fails now with the CLI's own words; anything else is retried.
      if (isInputProblem(e)) throw new UnrecoverableError(e.message);
      throw e;
    } finally {
      pool.give(data.choice.model, estimator);
    }
  };

  const worker = new Worker<ClipJobData, ClipJobResult>(args.queue, processor, {
    connection: bullConnection(args.redis),
    concurrency: args.concurrency,
    lockDuration: args.lockDurationMs,
    stalledInterval: args.stalledIntervalMs,
    // A clip whose worker died twice is run a third time before it counts as failed.
    maxStalledCount: 2,
    autorun: false,
  });
  let lastError = '';
  worker.on('error', (e) => {
    if (e.message !== lastError) log(`Redis: ${e.message} (retrying)`);
    lastError = e.message;
  });
  worker.on('completed', (job, r) =>
    log(`done ${job.data.name}: ${r.frames} frames in ${r.elapsedS.toFixed(1)} s -> ${r.report}`),
  );
  worker.on('failed', (job, e) => {
    if (job === undefined) return;
    const final =
      e instanceof UnrecoverableError ||
      e.name === 'UnrecoverableError' ||
      job.attemptsMade >= (job.opts.attempts ?? 1);
    log(`${final ? 'failed' : 'will retry'} ${job.data.name}: ${e.message}`);
  });
  worker.on('stalled', (jobId) =>
    log(`clip ${jobId} lost its worker (killed or cut off); it goes back to the queue`),
  );

  let stopping = 0;
  const stopped = new Promise<void>((done) => {
    const stop = (sig: string) => {
      signalled = sig;
      stopping++;
      if (stopping === 1) {
        log(`${sig}: finishing the clip in hand, then exiting (send it again to exit at once)`);
        void worker.close().then(done, done);
      } else {
        log(`${sig} again: exiting now; the clip in hand goes back to the queue when its lock runs out`);
        void worker.close(true).then(done, done);
      }
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
  });
  log(
    `waiting for clips on queue '${args.queue}' at ${redisUrlShown(args.redis)} (concurrency ${args.concurrency})`,
  );
  const ran = worker.run().then(
    () => 0,
    (e: Error) => {
      log(`stopped on an error: ${e.message}`);
      return 1;
    },
  );
  const code = await Promise.race([stopped.then(() => 0), ran]);
  if (code !== 0) await worker.close(true).catch(() => {});
  pool.dispose();
  log('stopped');
  return code;
}
