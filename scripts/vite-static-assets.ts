import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export interface StaticDir {
  /** URL prefix, with leading and trailing slash, e.g. `/models/`. */
  urlPrefix: string;
  /** Folder on disk. */
  dir: string;
  /** Which file names are served and copied. */
  match: RegExp;
}

const MIME: Record<string, string> = {
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.wasm': 'application/wasm',
};
const mimeOf = (name: string) => MIME[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream';

/** Serves folders outside `public/` at fixed URLs in dev and preview, and copies them into the build. */
export function staticAssets(dirs: StaticDir[]): Plugin {
  const middleware = (req: { url?: string }, res: import('node:http').ServerResponse, next: () => void) => {
    const url = (req.url ?? '').split('?')[0] ?? '';
    for (const d of dirs) {
      if (!url.startsWith(d.urlPrefix)) continue;
      const name = decodeURIComponent(url.slice(d.urlPrefix.length));
      const file = join(d.dir, name);
      if (!d.match.test(name) || name.includes('/') || !existsSync(file)) continue;
      res.setHeader('Content-Type', mimeOf(name));
      res.setHeader('Content-Length', String(statSync(file).size));
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      createReadStream(file).pipe(res);
      return;
    }
    next();
  };
  return {
    name: 'hipcheck-static-assets',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
    generateBundle() {
      for (const d of dirs) {
        if (!existsSync(d.dir)) this.error(`${d.dir} is missing: run npm ci (it fetches the model weights)`);
        for (const name of readdirSync(d.dir).filter((n) => d.match.test(n))) {
          this.emitFile({
            type: 'asset',
            fileName: d.urlPrefix.slice(1) + name,
            source: readFileSync(join(d.dir, name)),
          });
        }
      }
    },
  };
}
