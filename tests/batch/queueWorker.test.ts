import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';
import { queueArgsParse } from '../../src/cli/queueArgs.ts';
import { workerArgsParse } from '../../src/cli/workerArgs.ts';
import { freePort, hipcheck, hipcheckSpawn, startRedis, waitFor, type CliProcess } from './batchHelpers.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hipcheck-batch-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hipcheck queue / worker command line', () => {
  it('prints usage (exit 0) and rejects a bad command line (exit 2)', async () => {
    // Each spawn starts Node + tsx (seconds on a busy machine): the messages are checked on the
    // parsers below, the exit statuses on a few real runs, in parallel.
    const runs = await Promise.all([
      hipcheck(['queue', '--help']),
      hipcheck(['worker', '--help']),
      hipcheck(['queue']),
      hipcheck(['worker', '--redis', 'redis://127.0.0.1:1', '--concurrency', '0']),
    ]);
    for (const r of runs.slice(0, 2)) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/Exit status: 0 .*\n?.*1 Redis unreachable/);
    }
    expect(runs[2]!.code).toBe(2);
    expect(runs[2]!.stderr).toMatch(/say what to do: queue add or queue status[^]*Usage: hipcheck queue add/);
    expect(runs[3]!.code).toBe(2);
    expect(runs[3]!.stderr).toMatch(/--concurrency must be a whole number ≥ 1/);
    const queueCases: [string[], RegExp][] = [
      [['frob', '--redis', 'redis://127.0.0.1:1'], /unknown queue command 'frob'/],
      [['status'], /no Redis given: use --redis redis:\/\/host:port/],
      [['status', '--redis', 'http://x:1'], /expects a redis:\/\/ or rediss:\/\/ URL/],
      [['add', '--redis', 'redis://127.0.0.1:1'], /no input/],
      [
        ['add', 'a.mp4', '--redis', 'redis://127.0.0.1:1', '--json', 'r.json'],
        /--json is not a queue add option/,
      ],
      [['add', 'a.mp4', '--redis', 'redis://127.0.0.1:1', '--activity', 'swim'], /unknown activity 'swim'/],
      [['add', 'a.mp4', '--redis', 'redis://127.0.0.1:1', '--jobs', '2'], /--jobs is not a queue add option/],
      [['add', 'a.mp4', '--redis', 'redis://127.0.0.1:1', '-j2'], /--jobs is not a queue add option/],
      [['add', 'a.mp4', '--redis'], /--redis needs a value/],
    ];
    for (const [args, msg] of queueCases) expect(() => queueArgsParse(args), args.join(' ')).toThrow(msg);
    expect(() => workerArgsParse([])).toThrow(/no Redis given/);
    expect(() => workerArgsParse(['--redis', 'redis://h:1', '--lock-duration', '10'])).toThrow(
      /--lock-duration must be a whole number ≥ 1000/,
    );
  });

  it('says what to do when Redis is unreachable (exit 1), for queue and worker', async () => {
    const port = await freePort(); // nothing listens there
    const all = [['queue', 'status'], ['queue', 'add', join(dir, 'x.mp4')], ['worker']];
    const runs = await Promise.all(
      all.map((args) => hipcheck([...args, '--redis', `redis://127.0.0.1:${port}`])),
    );
    for (const [i, r] of runs.entries()) {
      expect(r.code, all[i]!.join(' ')).toBe(1);
      expect(r.stderr).toContain(
        `cannot reach Redis at redis://127.0.0.1:${port} (ECONNREFUSED). Start a Redis server there`,
      );
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

// Three short real clips (0.97, 1.80 and 2.07 s: the shortest hinge clips, so the test stays near a
// minute on two cores) and one corrupt file.
const CLIPS = ['deadlift_bad', 'rdl', 'deadlift_good'];

describeWithShared(
  'hipcheck worker on a real Redis: two workers, one SIGKILLed mid-clip',
  CLIPS.map((c) => ['media', 'hinge', `${c}.mp4`]),
  () => {
    let redis: Awaited<ReturnType<typeof startRedis>>;
    const workers: CliProcess[] = [];
    beforeAll(async () => {
      mkdirSync(join(dir, 'redis'));
      redis = await startRedis(join(dir, 'redis'));
    });
    afterAll(async () => {
      for (const w of workers)
        if (w.proc.exitCode === null && w.proc.signalCode === null) w.proc.kill('SIGKILL');
      await redis?.stop();
    });

    it("runs every clip once, hands the killed worker's clip on, fails the corrupt one with its reason; reports byte-identical to hipcheck analyze", async () => {
      const clips = CLIPS.map((c) => sharedPath('media', 'hinge', `${c}.mp4`)!);
      const bad = join(dir, 'incoming');
      mkdirSync(bad);
      // A truncated real clip: the header is cut off mid-file, as after a failed upload.
      writeFileSync(join(bad, 'corrupt.mp4'), readFileSync(clips[1]!).subarray(0, 3000));
      const out = join(dir, 'out');
      const opts = ['--activity', 'hinge'];

      const add = await hipcheck([
        'queue',
        'add',
        ...clips,
        bad,
        '--redis',
        redis.url,
        '--out',
        out,
        ...opts,
      ]);
      expect(add.code, add.stderr).toBe(0);
      expect(add.stderr).toMatch(/4 clips queued, 0 already in the queue/);
      // Idempotent: the same clips (one of them under another name) are the same jobs.
      copyFileSync(clips[0]!, join(dir, 'renamed.mp4'));
      const again = await hipcheck([
        'queue',
        'add',
        ...clips,
        bad,
        join(dir, 'renamed.mp4'),
        '--redis',
        redis.url,
        '--out',
        out,
        ...opts,
      ]);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stderr).toMatch(/0 clips queued, 5 already in the queue/);
      const text0 = await hipcheck(['queue', 'status', '--redis', redis.url]);
      expect(text0.stdout).toMatch(/waiting 4 {3}active 0 {3}delayed 0 {3}completed 0 {3}failed 0\n$/);

      // Short locks so the dead worker's clip is handed on within seconds (default 30 s).
      const workerArgs = [
        'worker',
        '--redis',
        redis.url,
        '--out',
        out,
        '--lock-duration',
        '4000',
        '--stalled-interval',
        '1000',
        '-q',
      ];
      const a = hipcheckSpawn(workerArgs);
      workers.push(a);
      await waitFor(() => /start (\S+) \(/.test(a.stderr()), 'worker A to start its first clip', 60_000);
      const killedClip = /start (\S+) \(/.exec(a.stderr())![1]!;
      const b = hipcheckSpawn(workerArgs);
      workers.push(b);
      a.proc.kill('SIGKILL');
      expect((await a.exited).signal).toBe('SIGKILL');
      expect(a.stderr()).not.toMatch(/done /); // it died mid-clip
      expect(CLIPS).toContain(killedClip);

      // Polled in-process (a CLI run per poll would take CPU from the workers); then the CLI's answer.
      const queue = new Queue('hipcheck', { connection: { url: redis.url } });
      try {
        await waitFor(
          async () => {
            const n = await queue.getJobCounts('completed', 'failed');
            return n.completed! + n.failed! === 4;
          },
          'all four clips to finish',
          150_000,
          500,
        );
      } finally {
        await queue.close();
      }
      const st = await hipcheck(['queue', 'status', '--redis', redis.url, '--json']);
      expect(st.code, st.stderr).toBe(0);
      const last = JSON.parse(st.stdout) as {
        counts: Record<string, number>;
        failed: { clip: string; reason: string; attempts: number }[];
      };
      expect(last.counts).toEqual({ waiting: 0, active: 0, delayed: 0, completed: 3, failed: 1 });
      expect(last.failed).toHaveLength(1);
      expect(last.failed[0]!.clip).toBe(join(bad, 'corrupt.mp4'));
      // Failed on its first try, with the message `hipcheck analyze` gives.
      expect(last.failed[0]!.attempts).toBe(1);
      expect(last.failed[0]!.reason).toMatch(/corrupt\.mp4: not a video file ffmpeg can read/);
      // Worker B found the dead worker's clip and finished it.
      expect(b.stderr()).toMatch(/lost its worker/);
      expect(b.stderr()).toContain(`done ${killedClip}:`);

      // SIGTERM: the idle worker exits cleanly.
      b.proc.kill('SIGTERM');
      expect(await b.exited).toEqual({ code: 0, signal: null });
      expect(b.stderr()).toMatch(/stopped\n$/);

      // The same clips through the local CLI, same options: the same report bytes.
      const local = await hipcheck(['analyze', ...clips, ...opts, '--json', join(dir, 'local.json'), '-q']);
      expect(local.code, local.stderr).toBe(0);
      for (const c of CLIPS) {
        const mine = readFileSync(join(out, `${c}.report.json`), 'utf8');
        expect(mine.length).toBeGreaterThan(1000);
        expect(mine, c).toBe(readFileSync(join(dir, `local-${c}.json`), 'utf8'));
        expect(JSON.parse(readFileSync(join(out, `${c}.track.json`), 'utf8')).source.name).toBe(`${c}.mp4`);
      }
    }, 300_000);
  },
);
