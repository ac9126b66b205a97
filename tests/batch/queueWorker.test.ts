import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';
import { freePort, hipcheck, hipcheckSpawn, startRedis, waitFor, type CliProcess } from './batchHelpers.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hipcheck-batch-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hipcheck queue / worker command line', () => {
  it('prints usage (exit 0) and rejects a bad command line (exit 2)', async () => {
    for (const args of [['queue', '--help'], ['queue', 'add', '--help'], ['worker', '--help']]) {
      const r = await hipcheck(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/Exit status: 0 .*\n?.*1 Redis unreachable/);
    }
    const cases: [string[], RegExp][] = [
      [['queue'], /say what to do: queue add or queue status/],
      [['queue', 'frob', '--redis', 'redis://127.0.0.1:1'], /unknown queue command 'frob'/],
      [['queue', 'status'], /no Redis given: use --redis redis:\/\/host:port/],
      [['queue', 'status', '--redis', 'http://x:1'], /expects a redis:\/\/ or rediss:\/\/ URL/],
      [['queue', 'add', '--redis', 'redis://127.0.0.1:1'], /no input/],
      [['queue', 'add', 'a.mp4', '--redis', 'redis://127.0.0.1:1', '--json', 'r.json'], /--json is not a queue add option/],
      [['queue', 'add', 'a.mp4', '--redis', 'redis://127.0.0.1:1', '--activity', 'swim'], /unknown activity 'swim'/],
      [['worker'], /no Redis given/],
      [['worker', '--redis', 'redis://127.0.0.1:1', '--concurrency', '0'], /--concurrency must be a whole number ≥ 1/],
    ];
    for (const [args, msg] of cases) {
      const r = await hipcheck(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(msg);
    }
  });

  it('says what to do when Redis is unreachable (exit 1), for queue and worker', async () => {
    const port = await freePort(); // nothing listens there
    for (const args of [['queue', 'status'], ['queue', 'add', join(dir, 'x.mp4')], ['worker']]) {
      const r = await hipcheck([...args, '--redis', `redis://127.0.0.1:${port}`]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(`cannot reach Redis at redis://127.0.0.1:${port} (ECONNREFUSED). Start a Redis server there`);
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
      for (const w of workers) if (w.proc.exitCode === null && w.proc.signalCode === null) w.proc.kill('SIGKILL');
      await redis?.stop();
    });

    it('runs every clip once, hands the killed worker\'s clip on, fails the corrupt one with its reason; reports byte-identical to hipcheck analyze', async () => {
      const clips = CLIPS.map((c) => sharedPath('media', 'hinge', `${c}.mp4`)!);
      const bad = join(dir, 'incoming');
      mkdirSync(bad);
      // A truncated real clip: the header is cut off mid-file, as after a failed upload.
      writeFileSync(join(bad, 'corrupt.mp4'), readFileSync(clips[1]!).subarray(0, 3000));
      const out = join(dir, 'out');
      const opts = ['--activity', 'hinge'];

      const add = await hipcheck(['queue', 'add', ...clips, bad, '--redis', redis.url, '--out', out, ...opts]);
      expect(add.code, add.stderr).toBe(0);
      expect(add.stderr).toMatch(/4 clips queued, 0 already in the queue/);
      // Idempotent: the same clips (one of them under another name) are the same jobs.
      copyFileSync(clips[0]!, join(dir, 'renamed.mp4'));
      const again = await hipcheck(['queue', 'add', ...clips, bad, join(dir, 'renamed.mp4'), '--redis', redis.url, '--out', out, ...opts]);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stderr).toMatch(/0 clips queued, 5 already in the queue/);
      const status0 = JSON.parse((await hipcheck(['queue', 'status', '--redis', redis.url, '--json'])).stdout);
      expect(status0.counts).toEqual({ waiting: 4, active: 0, delayed: 0, completed: 0, failed: 0 });

      // Short locks so the dead worker's clip is handed on within seconds (default 30 s).
      const workerArgs = ['worker', '--redis', redis.url, '--out', out, '--lock-duration', '4000', '--stalled-interval', '1000', '-q'];
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

      const status = async () => JSON.parse((await hipcheck(['queue', 'status', '--redis', redis.url, '--json'])).stdout);
      let last: { counts: Record<string, number>; failed: { clip: string; reason: string; attempts: number }[] } | null = null;
      await waitFor(async () => {
        last = await status();
        return last!.counts.completed! + last!.counts.failed! === 4;
      }, 'all four clips to finish', 150_000, 1000);
      expect(last!.counts).toEqual({ waiting: 0, active: 0, delayed: 0, completed: 3, failed: 1 });
      expect(last!.failed).toHaveLength(1);
      expect(last!.failed[0]!.clip).toBe(join(bad, 'corrupt.mp4'));
      // Failed on its first try, with the message `hipcheck analyze` gives.
      expect(last!.failed[0]!.attempts).toBe(1);
      expect(last!.failed[0]!.reason).toMatch(/corrupt\.mp4: not a video file ffmpeg can read/);
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
