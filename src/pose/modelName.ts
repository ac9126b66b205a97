import type { PoseModelKind, PoseModelName } from './poseTypes.ts';

/** Track `source.model` name of a MoveNet variant: 'movenet-lightning' | 'movenet-thunder'. */
export function poseModelName(kind: PoseModelKind): PoseModelName {
  return `movenet-${kind}`;
}

/** Parses a user-facing model name ('lightning', 'thunder', or 'movenet-…'); null when unknown. */
export function poseModelKindParse(s: string): PoseModelKind | null {
  const k = s
    .trim()
    .toLowerCase()
    .replace(/^movenet-/, '');
  return k === 'lightning' || k === 'thunder' ? k : null;
}

/**
 * URL of a model's JSON as the app serves it (vite.config.ts serves models/ at /models/).
 * `base` is the app's base URL (e.g. `import.meta.env.BASE_URL`), default '/'.
 */
export function poseModelUrl(kind: PoseModelKind, base = '/'): string {
  return `${base.endsWith('/') ? base : `${base}/`}models/movenet-${kind}.json`;
}
