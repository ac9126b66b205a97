import { parseArgs } from 'node:util';
import { numberArg } from './cliNumber.ts';
import { queueNameParse } from './queueArgs.ts';
import { QUEUE_NAME } from './queueJob.ts';
import { redisUrlParse } from './queueRedis.ts';

export interface WorkerArgs {
  redis: string;
  queue: string;
  concurrency: number;
  /** Output folder for every job (overrides the job's own `queue add --out`), or null. */
  outDir: string | null;
  /** BullMQ lock duration and stalled-check interval, ms. */
  lockDurationMs: number;
  stalledIntervalMs: number;
  quiet: boolean;
  help: boolean;
}

export const WORKER_USAGE = `Usage: hipcheck worker --redis redis://host:port [--concurrency N] [--out DIR]

Takes clips from the Redis queue filled by 'hipcheck queue add' and analyses them until stopped:
pose (the same pipeline as 'hipcheck pose'), then analysis (the same as 'hipcheck analyze'). Writes
<name>.track.json and <name>.report.json atomically into the output folder; the report is
byte-identical to 'hipcheck analyze <clip> --json' with the same options. Start one or more on every
machine that sees the clips and the output folder at the same paths.

A clip that can never succeed (corrupt, unsupported, no person) fails at once with analyze's message;
other errors are tried up to 3 times with backoff. A worker that dies mid-clip (killed, machine lost)
has its clip handed to another worker once its lock runs out.

SIGTERM or Ctrl-C: finish the clip in hand, then exit 0; a second signal exits at once and the clip
goes back to the queue for another worker.

Options:
      --redis URL            the Redis server (default: $HIPCHECK_REDIS)
      --queue NAME           queue name (default: ${QUEUE_NAME})
  -c, --concurrency N        clips at once in this process (default 1). Pose is CPU-bound: rather
                             run one worker process per two cores than raise this
  -o, --out DIR              output folder for every clip (default: the folder given to queue add,
                             else the clip's own folder)
      --lock-duration MS     how long a clip stays locked without a heartbeat before another worker
                             may take it (default 30000)
      --stalled-interval MS  how often this worker looks for clips of dead workers (default 30000)
  -q, --quiet                no per-frame progress lines
  -h, --help                 this help

Exit status: 0 stopped by SIGTERM/SIGINT, 1 Redis unreachable or ffmpeg missing, 2 bad command line.`;

const positiveInt = (s: string | undefined, what: string, dflt: number, min = 1): number => {
  if (s === undefined) return dflt;
  return numberArg(s, what, { integer: true, min });
};

/** Parses `hipcheck worker` arguments; throws an Error with a user-facing message when wrong. */
export function workerArgsParse(argv: string[]): WorkerArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      redis: { type: 'string' },
      queue: { type: 'string' },
      concurrency: { type: 'string', short: 'c' },
      out: { type: 'string', short: 'o' },
      'lock-duration': { type: 'string' },
      'stalled-interval': { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const help = values.help === true;
  if (help)
    return {
      redis: '',
      queue: QUEUE_NAME,
      concurrency: 1,
      outDir: null,
      lockDurationMs: 30_000,
      stalledIntervalMs: 30_000,
      quiet: false,
      help,
    };
  return {
    redis: redisUrlParse(values.redis ?? process.env.HIPCHECK_REDIS),
    queue: queueNameParse(values.queue),
    concurrency: positiveInt(values.concurrency, '--concurrency', 1),
    outDir: values.out ?? null,
    lockDurationMs: positiveInt(values['lock-duration'], '--lock-duration', 30_000, 1000),
    stalledIntervalMs: positiveInt(values['stalled-interval'], '--stalled-interval', 30_000, 500),
    quiet: values.quiet === true,
    help,
  };
}
