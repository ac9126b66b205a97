// Throughput of the batch queue (README "Analysing thousands of videos"): the same clips through
// 1 and then 2 local `hipcheck worker` processes on a private redis-server; prints clips/min and
// video seconds analysed per wall-clock second. Needs redis-server, ffmpeg and ../shared/media.
//   node bin/run-ts.mjs scripts/batch-throughput.ts [--workers 1,2]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { sharedPath } from '../tests/helpers/shared.ts';
import { hipcheck, hipcheckSpawn, startRedis, waitFor } from '../tests/batch/batchHelpers.ts';
import { videoProbe } from '../src/cli/videoProbe.ts';

const CLIPS = [
  ['hinge', 'deadlift_bad.mp4'],
  ['hinge', 'rdl.mp4'],
  ['hinge', 'deadlift_good.mp4'],
  ['running', 'overground_demo3.mp4'],
  ['rear-oblique', 'treadmill_balance_rear_oblique.mp4'],
  ['running', 'male_side.mp4'],
];
const arg = process.argv.indexOf('--workers');
const counts = (arg > 0 ? process.argv[arg + 1]! : '1,2').split(',').map(Number);

const clips = CLIPS.map((p) => sharedPath('media', ...p));
if (clips.some((c) => c === null)) throw new Error('../shared/media clips missing');
let videoS = 0;
for (const c of clips) videoS += (await videoProbe(c!)).durationS;

const dir = mkdtempSync(join(tmpdir(), 'hipcheck-throughput-'));
mkdirSync(join(dir, 'redis'));
const redis = await startRedis(join(dir, 'redis'));
try {
  for (const n of counts) {
    const queueName = `tp${n}`;
    const add = await hipcheck([
      'queue',
      'add',
      ...(clips as string[]),
      '--redis',
      redis.url,
      '--queue',
      queueName,
      '--out',
      join(dir, `out${n}`),
      '-q',
    ]);
    if (add.code !== 0) throw new Error(add.stderr);
    const t0 = performance.now();
    const workers = Array.from({ length: n }, () =>
      hipcheckSpawn(['worker', '--redis', redis.url, '--queue', queueName, '-q']),
    );
    const queue = new Queue(queueName, { connection: { url: redis.url } });
    await waitFor(
      async () => {
        const c = await queue.getJobCounts('completed', 'failed');
        return c.completed! + c.failed! === clips.length;
      },
      `${n} workers to finish`,
      30 * 60_000,
      250,
    );
    const wallS = (performance.now() - t0) / 1000;
    const failed = (await queue.getJobCounts('failed')).failed;
    await queue.close();
    for (const w of workers) w.proc.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    console.log(
      `${n} worker${n > 1 ? 's' : ' '}: ${clips.length} clips (${videoS.toFixed(1)} s of video) in ${wallS.toFixed(1)} s wall (worker start-up included) = ${((clips.length / wallS) * 60).toFixed(1)} clips/min, ${(videoS / wallS).toFixed(2)} video s per s${failed ? `, ${failed} FAILED` : ''}`,
    );
  }
} finally {
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}
