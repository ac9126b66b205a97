import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { modelPrecacheEntries } from '../../scripts/vite-pwa-precache.ts';

const sha = (b: Buffer) => createHash('sha256').update(b).digest();
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function modelsDir(files: Record<string, Buffer>, stated: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'hipcheck-models-'));
  dirs.push(dir);
  for (const [n, b] of Object.entries(files)) writeFileSync(join(dir, n), b);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ models: { m: { files: stated } } }));
  return dir;
}

describe('precache entries of the MoveNet weights', () => {
  it('carry the sha256 of models/manifest.json as revision and as Subresource-Integrity', () => {
    const w = Buffer.from('weights'),
      j = Buffer.from('{"graph":1}');
    const d = modelsDir(
      { 'm.bin': w, 'm.json': j },
      { 'm.bin': sha(w).toString('hex'), 'm.json': sha(j).toString('hex') },
    );
    expect(modelPrecacheEntries(d)).toEqual([
      {
        url: 'models/m.bin',
        revision: sha(w).toString('hex'),
        integrity: `sha256-${sha(w).toString('base64')}`,
      },
      {
        url: 'models/m.json',
        revision: sha(j).toString('hex'),
        integrity: `sha256-${sha(j).toString('base64')}`,
      },
    ]);
  });

  it('stop the build when a file on disk does not match its stated sha256, or is missing', () => {
    const d = modelsDir(
      { 'm.bin': Buffer.from('other bytes') },
      { 'm.bin': sha(Buffer.from('weights')).toString('hex') },
    );
    expect(() => modelPrecacheEntries(d)).toThrow(/does not match models\/manifest.json/);
    const e = modelsDir({}, { 'gone.bin': '00' });
    expect(() => modelPrecacheEntries(e)).toThrow(/missing/);
  });
});
