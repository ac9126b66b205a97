import { parseArgs } from 'node:util';
import { analyzeArgsParse } from './analyzeArgs.ts';
import { analysisChoice, type AnalysisChoice } from './analyzeClip.ts';
import { QUEUE_NAME } from './queueJob.ts';
import { redisUrlParse } from './queueRedis.ts';

export const QUEUE_USAGE = `Usage: hipcheck queue add <clips or folders>... --redis redis://host:port [--out DIR]
                          [--activity run|hinge|auto] [--view side|rear|front|auto] [--model lightning|thunder]
                          [any other 'hipcheck analyze' option: --lift, --slowmo, --capture-fps, --speed, --threshold;
                          not --jobs: a worker's parallelism is 'hipcheck worker --concurrency']
       hipcheck queue status --redis redis://host:port [--json]

Puts clips on a Redis queue (BullMQ) for 'hipcheck worker' processes on any number of machines,
and shows how far the queue is. Every worker must see the clips and the output folder at the same
paths (shared storage).

queue add: one job per clip (folders are searched for .mp4 .mov .m4v .mkv .webm .avi, recursively).
  The job id is the clip's content hash plus its analysis options, so adding a clip that is already
  queued, running, done or failed changes nothing. Clips that can never succeed (corrupt, unsupported,
  no person) fail on their first try with the message 'hipcheck analyze' gives.
      --out DIR          folder for <clip name>.track.json and .report.json (default: the worker's
                         --out, else the clip's own folder); clips with the same name in one call
                         get -2, -3...
queue status: waiting/active/delayed/completed/failed counts and each failed clip with its reason.
      --json             machine-readable: {"counts": {...}, "failed": [{"id", "clip", "reason", ...}]}

Options for both:
      --redis URL        the Redis server (default: $HIPCHECK_REDIS)
      --queue NAME       queue name (default: ${QUEUE_NAME}), to keep separate batches apart
  -h, --help             this help

Exit status: 0 done, 1 Redis unreachable or some clip unreadable (the others are still queued),
2 bad command line.`;

export interface QueueAddArgs {
  kind: 'add';
  inputs: string[];
  redis: string;
  queue: string;
  outDir: string | null;
  choice: AnalysisChoice;
  quiet: boolean;
}
export interface QueueStatusArgs {
  kind: 'status';
  redis: string;
  queue: string;
  json: boolean;
}
export type QueueArgs = QueueAddArgs | QueueStatusArgs | { kind: 'help' };

/** Takes `--name VALUE` / `--name=VALUE` out of argv; returns the value (last one wins). */
function takeOption(argv: string[], names: string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length;) {
    const a = argv[i]!;
    const eq = names.find((n) => a.startsWith(`${n}=`));
    if (eq !== undefined) {
      value = a.slice(eq.length + 1);
      argv.splice(i, 1);
    } else if (names.includes(a)) {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      value = argv[i + 1];
      argv.splice(i, 2);
    } else i++;
  }
  return value;
}

/** Parses `hipcheck queue ...` arguments; throws an Error with a user-facing message when wrong. */
export function queueArgsParse(argv: string[]): QueueArgs {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '-h' || sub === '--help' || sub === 'help') {
    if (sub === undefined) throw new Error('say what to do: queue add or queue status');
    return { kind: 'help' };
  }
  if (rest.includes('-h') || rest.includes('--help')) return { kind: 'help' };
  if (sub === 'status') {
    const { values } = parseArgs({
      args: rest,
      options: {
        redis: { type: 'string' },
        queue: { type: 'string', default: QUEUE_NAME },
        json: { type: 'boolean', default: false },
      },
    });
    return {
      kind: 'status',
      redis: redisUrlParse(values.redis ?? process.env.HIPCHECK_REDIS),
      queue: queueNameParse(values.queue),
      json: values.json === true,
    };
  }
  if (sub !== 'add') throw new Error(`unknown queue command '${sub}': use add or status`);
  // Our own options first; the rest are exactly 'hipcheck analyze' options, parsed and checked by
  // analyze's own parser, so a queued clip is analysed with the same choices analyze would make.
  const args = [...rest];
  const redis = takeOption(args, ['--redis']);
  const outDir = takeOption(args, ['--out', '-o']) ?? null;
  const queue = takeOption(args, ['--queue']);
  // A queued clip is posed on one thread of its worker (workerJob): parallelism is the worker's
  // --concurrency (or more workers), so a per-clip --jobs would be silently ignored.
  if (args.some((x) => x === '--jobs' || x === '-j' || x.startsWith('--jobs=') || /^-j\d/.test(x)))
    throw new Error(
      "--jobs is not a queue add option: run more clips at once with 'hipcheck worker --concurrency N' or more workers",
    );
  const a = analyzeArgsParse(args);
  if (a.json !== null)
    throw new Error('--json is not a queue add option: workers write <name>.report.json into --out');
  if (a.inputs.length === 0) throw new Error('no clip or folder given');
  return {
    kind: 'add',
    inputs: a.inputs,
    redis: redisUrlParse(redis ?? process.env.HIPCHECK_REDIS),
    queue: queueNameParse(queue),
    outDir,
    choice: analysisChoice(a),
    quiet: a.quiet,
  };
}

export function queueNameParse(name: string | undefined): string {
  const n = name ?? QUEUE_NAME;
  if (!/^[\w.-]{1,64}$/.test(n))
    throw new Error(`--queue expects letters, digits, '.', '_' or '-', got '${n}'`);
  return n;
}
