// Test helper: PCK of MoveNet against the COCO human annotations in shared/media/stills.
import type { KeypointTriple } from '../../src/core/track/track.ts';
import type { RawPixels } from '../../src/pose/poseTypes.ts';

export interface CocoPerson {
  imageId: number;
  /** [x, y, w, h] in image pixels. */
  bbox: [number, number, number, number];
  /** 17 × [x, y, v]; v = 0 not labelled, 1 labelled but hidden, 2 visible. */
  keypoints: [number, number, number][];
  numKeypoints: number;
}

export interface CocoFile {
  images: { id: number; file_name: string; width: number; height: number }[];
  annotations: { image_id: number; bbox: number[]; keypoints: number[]; num_keypoints: number }[];
}

export function cocoPeople(coco: CocoFile): CocoPerson[] {
  return coco.annotations.map((a) => ({
    imageId: a.image_id,
    bbox: a.bbox as CocoPerson['bbox'],
    keypoints: Array.from(
      { length: 17 },
      (_, i) =>
        [a.keypoints[3 * i]!, a.keypoints[3 * i + 1]!, a.keypoints[3 * i + 2]!] as [number, number, number],
    ),
    numKeypoints: a.num_keypoints,
  }));
}

const LS = 5,
  RS = 6,
  LH = 11,
  RH = 12;

/**
 * Torso size in px: the longer labelled torso diagonal (left shoulder–right hip, right
 * shoulder–left hip), the "torso diameter" of Yang & Ramanan's PCK. The diagonal, not the
 * shoulder-to-hip height, so a person seen from the side still gets a sensible size. NaN when no
 * diagonal is labelled.
 */
export function torsoSizePx(kp: CocoPerson['keypoints']): number {
  const d = (a: number, b: number) =>
    kp[a]![2] > 0 && kp[b]![2] > 0 ? Math.hypot(kp[a]![0] - kp[b]![0], kp[a]![1] - kp[b]![1]) : NaN;
  const ds = [d(LS, RH), d(RS, LH)].filter(Number.isFinite);
  return ds.length > 0 ? Math.max(...ds) : NaN;
}

/** Share of box `a` covered by box `b` (both [x, y, w, h]). */
export function boxCoverRatio(a: CocoPerson['bbox'], b: CocoPerson['bbox']): number {
  const w = Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]);
  return w > 0 && h > 0 ? (w * h) / (a[2] * a[3]) : 0;
}

/**
 * The people a single-person model like MoveNet is meant for: at least 10 of 17 keypoints labelled
 * (most of the body in view, not a head behind someone), a box at least 100 px tall (MoveNet sees
 * a crop resized to 192/256 px; a 96 px background figure would be upsampled 2–3× from a blur), a
 * measurable torso, and not standing mostly (> 50 % of its box) behind a larger annotated person:
 * SinglePose returns the most prominent person in the crop, which is then the other one (the
 * product warns on two people instead of measuring either).
 */
export function isMoveNetSubject(p: CocoPerson, all: readonly CocoPerson[]): boolean {
  const hidden = all.some(
    (o) =>
      o !== p &&
      o.imageId === p.imageId &&
      o.bbox[2] * o.bbox[3] > p.bbox[2] * p.bbox[3] &&
      boxCoverRatio(p.bbox, o.bbox) > 0.5,
  );
  return p.numKeypoints >= 10 && p.bbox[3] >= 100 && Number.isFinite(torsoSizePx(p.keypoints)) && !hidden;
}

/** Crop rectangle around a box, `marginRatio` of its size added on each side, clipped to the image. */
export function cropAround(
  bbox: CocoPerson['bbox'],
  width: number,
  height: number,
  marginRatio = 0.2,
): { x: number; y: number; w: number; h: number } {
  const [bx, by, bw, bh] = bbox;
  const x0 = Math.max(0, Math.floor(bx - marginRatio * bw));
  const y0 = Math.max(0, Math.floor(by - marginRatio * bh));
  const x1 = Math.min(width, Math.ceil(bx + bw * (1 + marginRatio)));
  const y1 = Math.min(height, Math.ceil(by + bh * (1 + marginRatio)));
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** Copies a rectangle out of RGB pixels. */
export function cropPixels(img: RawPixels, r: { x: number; y: number; w: number; h: number }): RawPixels {
  const c = img.channels;
  const out = new Uint8Array(r.w * r.h * c);
  for (let row = 0; row < r.h; row++) {
    const src = ((r.y + row) * img.width + r.x) * c;
    out.set(img.data.subarray(src, src + r.w * c), row * r.w * c);
  }
  return { data: out, width: r.w, height: r.h, channels: c };
}

/** Counts labelled keypoints within `alpha × torso size` of the annotation. */
export function pckCount(
  pred: readonly KeypointTriple[],
  gt: CocoPerson['keypoints'],
  alpha: number,
): { correct: number; total: number } {
  const ref = alpha * torsoSizePx(gt);
  let correct = 0,
    total = 0;
  gt.forEach(([x, y, v], i) => {
    if (v === 0) return;
    total++;
    const p = pred[i]!;
    if (p[2] > 0 && Math.hypot(p[0] - x, p[1] - y) <= ref) correct++;
  });
  return { correct, total };
}
