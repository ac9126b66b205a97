import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

/** Repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The `shared/` folder with the real clips and mocap fixtures: `$HIPCHECK_SHARED`, else `../shared`
 * beside the checkout. These files are never committed; tests that need them skip without them.
 */
export const SHARED = process.env.HIPCHECK_SHARED ?? resolve(ROOT, '../shared');

/** Path inside shared/, or null when it is absent. */
export function sharedPath(...parts: string[]): string | null {
  const p = join(SHARED, ...parts);
  return existsSync(p) ? p : null;
}

/**
 * `describe` that runs only when every listed shared file exists, and otherwise shows up as skipped
 * with the reason in its title (a failing test instead when HIPCHECK_REQUIRE_SHARED=1, as in CI).
 */
export function describeWithShared(name: string, parts: string[][], fn: () => void): void {
  const missing = parts.filter((p) => sharedPath(...p) === null).map((p) => p.join('/'));
  if (missing.length === 0) describe(name, fn);
  else if (process.env.HIPCHECK_REQUIRE_SHARED === '1')
    // CI (.ci/run) sets this: a missing clip or fixture is a failure there, not a skip.
    describe(name, () => {
      it(`needs ${missing.join(', ')} in ${SHARED}`, () => {
        throw new Error(`${missing.join(', ')} not found in ${SHARED} (HIPCHECK_REQUIRE_SHARED=1)`);
      });
    });
  else
    describe.skip(`${name} [skipped: ${missing.join(', ')} not found in ${SHARED}; set HIPCHECK_SHARED]`, fn);
}

/** The pixel-measured cadence of media/running/male_side.mp4 (male_side.groundtruth.json), steps/min. */
export function maleSideTruthSpm(): number {
  const file = sharedPath('media', 'running', 'male_side.groundtruth.json');
  if (file === null) throw new Error(`male_side.groundtruth.json not found in ${SHARED}`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { cadence_spm: { value: number } }).cadence_spm.value;
}
