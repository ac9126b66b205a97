// Node only: MoveNet weights from models/ as a tfjs IO handler.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { io } from '@tensorflow/tfjs-core';
import type { PoseModelKind } from '../poseTypes.ts';

/** The repository's models/ folder (weights fetched on install by scripts/fetch-models.mjs). */
export const MODELS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../models');

/** Path of a model's JSON in `modelsDir`. */
export function nodeModelJsonPath(kind: PoseModelKind, modelsDir = MODELS_DIR): string {
  return join(modelsDir, `movenet-${kind}.json`);
}

/**
 * Reads `movenet-<kind>.json` and the weight files its manifest names, and returns an in-memory IO
 * handler (`tf.io.fromMemory`): in Node tfjs's `loadGraphModel` cannot open a `file://` URL or a
 * plain path (pose-runtime-notes.md). Weight groups are joined in manifest order with tfjs's own
 * `getModelArtifactsForJSON`. A missing file throws an Error that says how to fetch the weights.
 */
export async function nodeModelHandler(kind: PoseModelKind, modelsDir = MODELS_DIR): Promise<io.IOHandler> {
  const jsonPath = nodeModelJsonPath(kind, modelsDir);
  let modelJson: io.ModelJSON;
  try {
    modelJson = JSON.parse(await readFile(jsonPath, 'utf8')) as io.ModelJSON;
  } catch (e) {
    throw new Error(
      `Cannot read the MoveNet ${kind} model at ${jsonPath} (${(e as Error).message}). Fetch the weights with: npm run fetch-models`,
      { cause: e },
    );
  }
  const artifacts = await io.getModelArtifactsForJSON(modelJson, async (manifest) => {
    const specs: io.WeightsManifestEntry[] = [];
    const parts: Uint8Array[] = [];
    for (const group of manifest) {
      specs.push(...group.weights);
      for (const p of group.paths) parts.push(await readFile(join(dirname(jsonPath), p)));
    }
    const total = parts.reduce((n, b) => n + b.byteLength, 0);
    const all = new Uint8Array(total);
    let off = 0;
    for (const b of parts) {
      all.set(b, off);
      off += b.byteLength;
    }
    return [specs, all.buffer];
  });
  return io.fromMemory(artifacts);
}
