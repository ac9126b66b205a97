import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hipcheck } from '../helpers/hipcheckCli.ts';
import { describeWithShared, ROOT, sharedPath } from '../helpers/shared.ts';

// Issue 16, "CLI conventions": each case failed before (no --version; `--json -` wrote a file named
// '-'; a folder said "no such file"; --threshold took 1.2.3 and stored NaN; clips with the same
// name in two folders overwrote each other's report; a pipe closed by `head` printed EPIPE).
const TRACK = ['fixtures', 'mocap', 'hamner_subject04_run300_side.30fps.track.json'];
let dir: string;
let track: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hipcheck-conv-'));
  track = sharedPath(...TRACK) ?? '';
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeWithShared('hipcheck CLI conventions', [TRACK], () => {
  it('prints its version', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = await hipcheck([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(pkg.version);
    }
  });

  it("writes the report to stdout for '--json -' and reads a track from stdin for '-'", async () => {
    const cwd = join(dir, 'stdout');
    mkdirSync(cwd);
    const r = await hipcheck(['analyze', track, '--json', '-']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { format: string; run: { cadenceSpm: number } };
    expect(report.format).toBe('hipcheck-report');
    expect(r.stderr).toMatch(/cadence/); // the summary moved to stderr
    expect(existsSync(join(ROOT, '-'))).toBe(false);
    const piped = await hipcheck(['analyze', '-', '--json', '-', '-q'], {}, readFileSync(track, 'utf8'));
    expect(piped.code).toBe(0);
    expect((JSON.parse(piped.stdout) as typeof report).run.cadenceSpm).toBe(report.run.cadenceSpm);
  });

  it('takes a folder, and never overwrites one report with another of the same name', async () => {
    for (const sub of ['a', 'b']) {
      mkdirSync(join(dir, 'clips', sub), { recursive: true });
      copyFileSync(track, join(dir, 'clips', sub, 'run.track.json'));
    }
    const out = join(dir, 'out');
    mkdirSync(out);
    const r = await hipcheck(['analyze', join(dir, 'clips'), '--json', join(out, 'r.json'), '-q']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(join(out, 'r-run.json'))).toBe(true);
    expect(existsSync(join(out, 'r-run-2.json'))).toBe(true);
    const missing = await hipcheck(['analyze', join(dir, 'no-such-folder')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no-such-folder: no such file or folder/);
  });

  it('rejects a malformed number with exit 2 instead of storing NaN', async () => {
    for (const bad of [
      ['--threshold', 'overstride=1.2.3'],
      ['--slowmo', 'abc'],
      ['--capture-fps', ''],
    ]) {
      const r = await hipcheck(['analyze', track, ...bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/must be a (positive )?number/);
    }
  });

  it('says one line per error, with no stack trace', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format": "hipcheck-track", "frames": [');
    const r = await hipcheck(['analyze', broken]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('ends quietly when the reader closes the pipe (hipcheck ... | head)', async () => {
    // Six reports, one after the other: the writes after head has gone meet a closed pipe.
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 6; i++) copyFileSync(track, join(many, `run${i}.track.json`));
    const sh = `"${process.execPath}" "${join(ROOT, 'bin/hipcheck.mjs')}" analyze "${many}" --json - 2>"${join(dir, 'err')}" | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const status = await new Promise<string>((res) =>
      execFile('bash', ['-c', sh], (_e, stdout) => res(stdout.trim())),
    );
    expect(status).toBe('0');
    expect(readFileSync(join(dir, 'err'), 'utf8')).not.toMatch(/EPIPE|Error/);
  });
});
