import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../helpers/shared.ts';

/** Runs bin/hipcheck.mjs as a user would and returns its exit status and output. */
export function hipcheck(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin/hipcheck.mjs'), ...args],
      { env: { ...process.env, HIPCHECK_REDIS: '', ...env }, maxBuffer: 1 << 26 },
      (err, stdout, stderr) => {
        const code = err === null ? 0 : typeof err.code === 'number' ? err.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A long-running `hipcheck ...` process whose stderr is collected. */
export interface CliProcess {
  proc: ChildProcess;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function hipcheckSpawn(args: string[]): CliProcess {
  const proc = spawn(process.execPath, [join(ROOT, 'bin/hipcheck.mjs'), ...args], {
    env: { ...process.env, HIPCHECK_REDIS: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  proc.stderr!.on('data', (b: Buffer) => (err += b.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { proc, stderr: () => err, exited };
}

/** Resolves once `cond()` holds, polling every `everyMs`; rejects with `what` after `timeoutMs`. */
export async function waitFor(
  cond: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs: number,
  everyMs = 200,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** A loopback TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Debian's redis-server must be installed (.ci/run installs it); a clear failure otherwise, never a skip. */
export function redisServerBin(): string {
  const bin = process.env.HIPCHECK_REDIS_SERVER ?? 'redis-server';
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  if (r.error !== undefined || r.status !== 0) {
    throw new Error(
      `'${bin}' not found: the batch queue test needs a real Redis. Install it (Debian/Ubuntu: sudo apt-get install redis-server; .ci/run does) or set HIPCHECK_REDIS_SERVER.`,
    );
  }
  return bin;
}

/** A private redis-server on a free loopback port: no persistence, its own folder. Stop it with stop(). */
export async function startRedis(
  dir: string,
): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const bin = redisServerBin();
  const port = await freePort();
  const proc = spawn(
    bin,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  proc.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  proc.stderr!.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<void>((resolve) => proc.on('exit', () => resolve()));
  await waitFor(
    () => /Ready to accept connections/.test(out) || proc.exitCode !== null,
    'redis-server to start',
    20_000,
    50,
  );
  if (proc.exitCode !== null) throw new Error(`redis-server did not start on port ${port}:\n${out}`);
  return {
    url: `redis://127.0.0.1:${port}`,
    pid: proc.pid!,
    stop: async () => {
      if (proc.exitCode === null) process.kill(proc.pid!, 'SIGTERM');
      await exited;
    },
  };
}
