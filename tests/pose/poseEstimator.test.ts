import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageDecode } from '../../src/cli/imageDecode.ts';
import { createNodePoseEstimator } from '../../src/pose/node/createNodePoseEstimator.ts';
import type { PoseEstimator, RawPixels } from '../../src/pose/poseTypes.ts';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';

let est: PoseEstimator;
beforeAll(async () => {
  est = await createNodePoseEstimator({ model: 'lightning' });
});
afterAll(() => est?.dispose());

describe('PoseEstimator (MoveNet Lightning, Node)', () => {
  it('runs on the wasm backend and names its model', () => {
    expect(est.backend).toBe('wasm');
    expect(est.modelName).toBe('movenet-lightning');
  });

  it('returns 17 zero-score triples when there is no person (flat grey frame)', async () => {
    est.reset();
    const grey: RawPixels = {
      data: new Uint8Array(320 * 240 * 3).fill(128),
      width: 320,
      height: 240,
      channels: 3,
    };
    const kp = await est.estimate(grey, 0);
    expect(kp).toHaveLength(17);
    expect(kp.every(([x, y, s]) => x === 0 && y === 0 && s === 0)).toBe(true);
  });

  it('rejects raw pixels whose length does not match the size', async () => {
    await expect(
      est.estimate({ data: new Uint8Array(10), width: 4, height: 4, channels: 3 }, 0),
    ).rejects.toThrow(/needs 48 bytes/);
  });
});

describeWithShared('PoseEstimator on a real photo', [['media', 'stills', '000000000785.jpg']], () => {
  let img: RawPixels & { channels: 3 };
  beforeAll(async () => {
    img = await imageDecode(sharedPath('media', 'stills', '000000000785.jpg')!);
  });

  it('finds the skier in source pixels, inside the annotated box (COCO 281,45 219x347)', async () => {
    est.reset();
    const kp = await est.estimate(img, 0);
    expect(kp).toHaveLength(17);
    const confident = kp.filter((k) => k[2] > 0.3);
    expect(confident.length).toBeGreaterThanOrEqual(12);
    for (const [x, y] of confident) {
      expect(x).toBeGreaterThan(281 - 20);
      expect(x).toBeLessThan(281 + 219 + 20);
      expect(y).toBeGreaterThan(45 - 20);
      expect(y).toBeLessThan(45 + 347 + 20);
    }
  });

  it('gives identical keypoints for RGB, RGBA and a caller-owned tensor, and leaves that tensor alone', async () => {
    const n = img.width * img.height;
    const rgba = new Uint8ClampedArray(n * 4);
    for (let i = 0; i < n; i++) {
      rgba[4 * i] = img.data[3 * i]!;
      rgba[4 * i + 1] = img.data[3 * i + 1]!;
      rgba[4 * i + 2] = img.data[3 * i + 2]!;
      rgba[4 * i + 3] = 255;
    }
    est.reset();
    const a = await est.estimate(img, 0);
    est.reset();
    const b = await est.estimate({ data: rgba, width: img.width, height: img.height, channels: 4 }, 0);
    const t = tf.tensor3d(Int32Array.from(img.data), [img.height, img.width, 3], 'int32');
    est.reset();
    const c = await est.estimate(t, 0);
    expect(t.isDisposed).toBe(false);
    t.dispose();
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('leaks no tensors over repeated estimates, resets and no-person frames', async () => {
    est.reset();
    await est.estimate(img, 0); // warm-up: lazily created kernels/weights settle first
    const before = tf.memory().numTensors;
    const grey: RawPixels = { data: new Uint8Array(64 * 48 * 3), width: 64, height: 48, channels: 3 };
    for (let i = 0; i < 8; i++) {
      await est.estimate(img, i / 30);
      if (i % 3 === 0) await est.estimate(grey, i / 30);
      if (i % 4 === 0) est.reset();
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('serialises concurrent calls (crop-region tracking needs frames in order)', async () => {
    est.reset();
    const seq: number[] = [];
    await Promise.all([0, 1, 2].map((i) => est.estimate(img, i / 30).then(() => seq.push(i))));
    expect(seq).toEqual([0, 1, 2]);
  });
});

describe('PoseEstimator lifecycle', () => {
  it('refuses to run after dispose()', async () => {
    const e = await createNodePoseEstimator({ model: 'lightning' });
    e.dispose();
    await expect(
      e.estimate({ data: new Uint8Array(12), width: 2, height: 2, channels: 3 }, 0),
    ).rejects.toThrow(/after dispose/);
  });
});
