import { resolve } from 'node:path';
import { Queue } from 'bullmq';
import { clipsOf, uniqueStems } from './cliInputs.ts';
import {
  QUEUE_USAGE,
  queueArgsParse,
  type QueueAddArgs,
  type QueueArgs,
  type QueueStatusArgs,
} from './queueArgs.ts';
import { clipJobId, fileSha256, type ClipJobData } from './queueJob.ts';
import { bullConnection, redisCheckReachable, RedisUnreachableError, redisUrlShown } from './queueRedis.ts';

const say = (line: string) => process.stderr.write(`${line}\n`);

/** How a queued clip is retried: transient errors (a machine out of disk, Redis blips) only. */
export const CLIP_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 10_000 },
  // Finished jobs stay, so re-adding a done clip is a no-op and `queue status` can list failures.
  removeOnComplete: false,
  removeOnFail: false,
} as const;

/** `hipcheck queue add|status`. Returns the exit status (see QUEUE_USAGE). */
export async function queueCommand(argv: string[]): Promise<number> {
  let args: QueueArgs;
  try {
    args = queueArgsParse(argv);
  } catch (e) {
    say(`hipcheck queue: ${(e as Error).message}\n\n${QUEUE_USAGE}`);
    return 2;
  }
  if (args.kind === 'help') {
    process.stdout.write(`${QUEUE_USAGE}\n`);
    return 0;
  }
  try {
    await redisCheckReachable(args.redis);
  } catch (e) {
    if (!(e instanceof RedisUnreachableError)) throw e;
    say(`hipcheck queue: ${e.message}`);
    return 1;
  }
  const queue = new Queue<ClipJobData>(args.queue, { connection: bullConnection(args.redis) });
  queue.on('error', (e) => say(`hipcheck queue: Redis: ${e.message}`));
  try {
    return args.kind === 'add' ? await queueAdd(queue, args) : await queueStatus(queue, args);
  } finally {
    await queue.close();
  }
}

async function queueAdd(queue: Queue<ClipJobData>, args: QueueAddArgs): Promise<number> {
  const { clips, problems } = await clipsOf(args.inputs);
  for (const p of problems) say(`hipcheck queue: ${p}`);
  const outDir = args.outDir === null ? null : resolve(args.outDir);
  const names = uniqueStems(clips);
  let added = 0;
  let present = 0;
  let unreadable = 0;
  for (const [i, clip] of clips.entries()) {
    let sha: string;
    try {
      sha = await fileSha256(clip);
    } catch (e) {
      unreadable++;
      say(
        `hipcheck queue: ${clip}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      );
      continue;
    }
    const data: ClipJobData = { clip, clipSha256: sha, name: names[i]!, outDir, choice: args.choice };
    const jobId = clipJobId(sha, args.choice);
    const state = await queue.getJobState(jobId);
    if (state !== 'unknown') {
      present++;
      if (!args.quiet) say(`  already ${state}: ${clip} (${jobId})`);
      continue;
    }
    await queue.add('clip', data, { jobId, ...CLIP_JOB_OPTIONS });
    added++;
    if (!args.quiet) say(`  queued: ${clip} -> ${data.name} (${jobId})`);
  }
  say(
    `hipcheck queue: ${added} clip${added === 1 ? '' : 's'} queued, ${present} already in the queue${unreadable + problems.length > 0 ? `, ${unreadable + problems.length} not found or unreadable` : ''} (queue '${queue.name}' at ${redisUrlShown(args.redis)}).`,
  );
  return unreadable + problems.length > 0 ? 1 : 0;
}

/** The counts `queue status` reports (BullMQ job states). */
const COUNTED = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const;

async function queueStatus(queue: Queue<ClipJobData>, args: QueueStatusArgs): Promise<number> {
  const raw = await queue.getJobCounts(...COUNTED, 'prioritized');
  const counts = Object.fromEntries(
    COUNTED.map((k) => [k, (raw[k] ?? 0) + (k === 'waiting' ? (raw.prioritized ?? 0) : 0)]),
  ) as Record<(typeof COUNTED)[number], number>;
  const failed = (await queue.getFailed(0, -1)).map((j) => ({
    id: j.id ?? '',
    clip: j.data.clip,
    name: j.data.name,
    reason: j.failedReason,
    attempts: j.attemptsMade,
  }));
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ queue: queue.name, counts, failed }, null, 1)}\n`);
    return 0;
  }
  process.stdout.write(`queue '${queue.name}' at ${redisUrlShown(args.redis)}\n`);
  process.stdout.write(`  ${COUNTED.map((k) => `${k} ${counts[k]}`).join('   ')}\n`);
  if (failed.length > 0) {
    process.stdout.write('failed:\n');
    for (const f of failed) process.stdout.write(`  ${f.clip}: ${f.reason}\n`);
  }
  return 0;
}
