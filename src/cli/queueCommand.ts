import { readdir, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { Queue } from 'bullmq';
import { QUEUE_USAGE, queueArgsParse, type QueueAddArgs, type QueueArgs, type QueueStatusArgs } from './queueArgs.ts';
import { clipJobId, fileSha256, type ClipJobData } from './queueJob.ts';
import { bullConnection, redisCheckReachable, RedisUnreachableError, redisUrlShown } from './queueRedis.ts';

const say = (line: string) => process.stderr.write(`${line}\n`);

/** Extensions a folder is searched for. */
const VIDEO_EXT = new Set(['.mp4', '.mov', '.m4v', '.mkv', '.webm', '.avi']);

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

/** Clips of the inputs: files as given, folders searched recursively for videos (sorted). */
async function clipsOf(inputs: string[]): Promise<{ clips: string[]; problems: string[] }> {
  const clips: string[] = [];
  const problems: string[] = [];
  for (const input of inputs) {
    const st = await stat(input).catch(() => null);
    if (st === null) problems.push(`${input}: no such file or folder`);
    else if (st.isFile()) clips.push(resolve(input));
    else if (st.isDirectory()) {
      const found = (await readdir(input, { recursive: true, withFileTypes: true }))
        .filter((d) => d.isFile() && VIDEO_EXT.has(extname(d.name).toLowerCase()))
        .map((d) => resolve(d.parentPath, d.name))
        .sort();
      if (found.length === 0) problems.push(`${input}: no videos (${[...VIDEO_EXT].join(' ')}) in this folder`);
      clips.push(...found);
    } else problems.push(`${input}: not a file or folder`);
  }
  return { clips, problems };
}

async function queueAdd(queue: Queue<ClipJobData>, args: QueueAddArgs): Promise<number> {
  const { clips, problems } = await clipsOf(args.inputs);
  for (const p of problems) say(`hipcheck queue: ${p}`);
  const outDir = args.outDir === null ? null : resolve(args.outDir);
  const usedNames = new Map<string, number>();
  let added = 0;
  let present = 0;
  let unreadable = 0;
  for (const clip of clips) {
    let sha: string;
    try {
      sha = await fileSha256(clip);
    } catch (e) {
      unreadable++;
      say(`hipcheck queue: ${clip}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      continue;
    }
    const stem = basename(clip, extname(clip));
    const n = (usedNames.get(stem) ?? 0) + 1;
    usedNames.set(stem, n);
    const data: ClipJobData = { clip, clipSha256: sha, name: n > 1 ? `${stem}-${n}` : stem, outDir, choice: args.choice };
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
  say(`hipcheck queue: ${added} clip${added === 1 ? '' : 's'} queued, ${present} already in the queue${unreadable + problems.length > 0 ? `, ${unreadable + problems.length} not found or unreadable` : ''} (queue '${queue.name}' at ${redisUrlShown(args.redis)}).`);
  return unreadable + problems.length > 0 ? 1 : 0;
}

/** The counts `queue status` reports (BullMQ job states). */
const COUNTED = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const;

async function queueStatus(queue: Queue<ClipJobData>, args: QueueStatusArgs): Promise<number> {
  const raw = await queue.getJobCounts(...COUNTED, 'prioritized');
  const counts = Object.fromEntries(COUNTED.map((k) => [k, (raw[k] ?? 0) + (k === 'waiting' ? (raw.prioritized ?? 0) : 0)])) as Record<(typeof COUNTED)[number], number>;
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
