import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyzeArgsParse } from '../../src/cli/analyzeArgs.ts';
import { analysisChoice } from '../../src/cli/analyzeClip.ts';
import { queueArgsParse } from '../../src/cli/queueArgs.ts';
import { clipJobId, fileSha256 } from '../../src/cli/queueJob.ts';

const choice = (...argv: string[]) => analysisChoice(analyzeArgsParse(['x.mp4', ...argv]));

describe('queued clip job id', () => {
  it('is the content hash plus the analysis choices: same choices in any order and through JSON give the same id', () => {
    const sha = 'ab'.repeat(32);
    const a = choice('--activity', 'hinge', '--view', 'side', '--threshold', 'k1=2', '--threshold', 'k2=3');
    const b = choice('--threshold', 'k2=3', '--view', 'side', '--threshold', 'k1=2', '--activity', 'hinge');
    expect(clipJobId(sha, a)).toBe(clipJobId(sha, b));
    expect(clipJobId(sha, JSON.parse(JSON.stringify(a)))).toBe(clipJobId(sha, a)); // undefined fields dropped, as in Redis
    expect(clipJobId(sha, a)).toMatch(/^clip-[0-9a-f]{32}-[0-9a-f]{12}$/); // BullMQ: not an integer, no ':'
    for (const other of [
      choice('--activity', 'run', '--view', 'side'),
      choice('--activity', 'hinge', '--view', 'side', '--model', 'thunder'),
      choice('--activity', 'hinge', '--view', 'side', '--speed', '12kmh'),
    ]) {
      expect(clipJobId(sha, other)).not.toBe(clipJobId(sha, a));
    }
    expect(clipJobId('cd'.repeat(32), a)).not.toBe(clipJobId(sha, a));
  });

  it('hashes the clip bytes (sha256, streamed)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hipcheck-sha-'));
    try {
      const bytes = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7) & 255));
      writeFileSync(join(dir, 'a.bin'), bytes);
      expect(await fileSha256(join(dir, 'a.bin'))).toBe(createHash('sha256').update(bytes).digest('hex'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("queue add takes the analyze options through analyze's own parser", () => {
    const a = queueArgsParse([
      'add',
      'v.mp4',
      'dir/',
      '--redis=redis://h:1',
      '--activity',
      'run',
      '--speed',
      '12kmh',
      '--out',
      'o',
      '--queue',
      'night',
    ]);
    expect(a).toMatchObject({
      kind: 'add',
      inputs: ['v.mp4', 'dir/'],
      redis: 'redis://h:1',
      queue: 'night',
      outDir: 'o',
    });
    if (a.kind !== 'add') throw new Error('not add');
    expect(a.choice).toEqual(choice('--activity', 'run', '--speed', '12kmh'));
    expect(() => queueArgsParse(['add', 'v.mp4', '--redis', 'redis://h:1', '--queue', 'a:b'])).toThrow(
      /--queue expects/,
    );
  });
});
