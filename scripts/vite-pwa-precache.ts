import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A Workbox precache entry (workbox-build's ManifestEntry). */
export interface PrecacheEntry {
  url: string;
  revision: string;
  integrity: string;
}

interface ModelsManifest {
  models: Record<string, { files: Record<string, string> }>;
}

/**
 * Precache entries for the MoveNet weights, guarded by the sha256 values of models/manifest.json:
 * the revision is the sha256 (a new weight file means a new cache entry) and the entry's
 * Subresource-Integrity value makes the browser refuse to cache bytes that do not match it. The
 * files on disk are checked too, so a build never ships weights its own manifest disowns.
 */
export function modelPrecacheEntries(modelsDir: string, urlPrefix = 'models/'): PrecacheEntry[] {
  const manifest = JSON.parse(readFileSync(join(modelsDir, 'manifest.json'), 'utf8')) as ModelsManifest;
  const entries: PrecacheEntry[] = [];
  for (const model of Object.values(manifest.models)) {
    for (const [name, sha256] of Object.entries(model.files)) {
      const file = join(modelsDir, name);
      if (!existsSync(file)) throw new Error(`${file} is missing: run npm ci (it fetches the model weights)`);
      const actual = createHash('sha256').update(readFileSync(file)).digest('hex');
      if (actual !== sha256)
        throw new Error(
          `${file}: sha256 ${actual} does not match models/manifest.json (${sha256}); run npm run fetch-models`,
        );
      entries.push({
        url: urlPrefix + name,
        revision: sha256,
        integrity: `sha256-${Buffer.from(sha256, 'hex').toString('base64')}`,
      });
    }
  }
  return entries;
}
