import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './shared.ts';

/** Runs bin/hipcheck.mjs as a user would (optionally with stdin) and returns its exit status and output. */
export function hipcheck(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  stdin?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [join(ROOT, 'bin/hipcheck.mjs'), ...args],
      { env: { ...process.env, ...env }, maxBuffer: 1 << 26 },
      (err, stdout, stderr) => {
        const code = err === null ? 0 : typeof err.code === 'number' ? err.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
    if (stdin !== undefined) child.stdin?.end(stdin);
  });
}
