import { z } from 'zod';
import type { Annotation } from './annotation.ts';
import type { KeypointCorrection } from './correction.ts';

/**
 * zod schemas for what a session file holds. Import is untrusted input: every string and array
 * has an upper bound so a hostile file cannot make the app allocate without limit after parsing,
 * and numbers must be finite (zod rejects NaN and ±Infinity). A track's missing x/y may arrive as
 * null (JSON has no NaN) and become NaN, the core's missing-sample value.
 */
const finite = z.number();
const coord = finite.min(-1e6).max(1e6);
const text = (max: number) => z.string().max(max);
const id = z.string().min(1).max(100);
const time = finite.min(0).max(86_400);

export const MAX_FRAMES = 200_000;
export const MAX_ANNOTATIONS = 10_000;
export const MAX_CORRECTIONS = 20_000;
export const MAX_NOTE_CHARS = 20_000;
export const MAX_FREEHAND_POINTS = 10_000;

const point = z.strictObject({ xPx: coord, yPx: coord });

const shape = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('line'), from: point, to: point }),
  z.strictObject({ kind: z.literal('arrow'), from: point, to: point }),
  z.strictObject({ kind: z.literal('angle'), a: point, vertex: point, b: point }),
  z.strictObject({ kind: z.literal('freehand'), points: z.array(point).min(1).max(MAX_FREEHAND_POINTS) }),
  z.strictObject({ kind: z.literal('text'), at: point, text: text(MAX_NOTE_CHARS) }),
]);

export const annotationSchema = z.discriminatedUnion('type', [
  z.strictObject({ id, type: z.literal('note'), t: time, text: text(MAX_NOTE_CHARS) }),
  z.strictObject({ id, type: z.literal('marker'), t: time, label: text(500) }),
  z.strictObject({ id, type: z.literal('drawing'), t: time, shape, color: text(40).optional() }),
]);

export const correctionSchema = z
  .strictObject({
    id,
    keypoint: z.int().min(0).max(16),
    fromFrame: z.int().min(0).max(MAX_FRAMES),
    toFrame: z.int().min(0).max(MAX_FRAMES),
    xPx: coord,
    yPx: coord,
  })
  .refine((c) => c.toFrame >= c.fromFrame, { message: 'toFrame must not be before fromFrame' });

const maybeNaN = finite.nullable().transform((v) => (v === null ? NaN : v));

export const trackSchema = z.looseObject({
  format: z.literal('hipcheck-track'),
  version: z.literal(1),
  source: z.looseObject({ kind: text(100), name: text(1000) }),
  width: finite.positive().max(100_000),
  height: finite.positive().max(100_000),
  fps: finite.positive().max(10_000),
  keypoints: z.array(text(50)).length(17),
  frames: z
    .array(
      z.strictObject({
        t: time,
        kp: z
          .array(z.tuple([maybeNaN, maybeNaN, maybeNaN]))
          .refine((kp) => kp.length === 0 || kp.length === 17, {
            message: 'a frame holds 17 keypoints or none',
          }),
      }),
    )
    .max(MAX_FRAMES),
  subject: z.looseObject({ heightM: finite.positive().max(3).optional() }).optional(),
});

export const activitySchema = z.enum(['run', 'hinge']);
export const viewSchema = z.enum(['side', 'rear', 'front']);

/** The file's report is validated for shape only: import recomputes it from track + corrections. */
const reportSchema = z.looseObject({ format: z.literal('hipcheck-report'), version: z.literal(1) });

export const sessionFileSchema = z.strictObject({
  format: z.literal('hipcheck-session'),
  version: z.literal(1),
  exportedAt: text(40),
  client: z.strictObject({ name: text(200) }).optional(),
  session: z.strictObject({
    title: text(200),
    date: text(40),
    activity: activitySchema,
    view: viewSchema,
    video: z.strictObject({ name: text(1000), sizeBytes: z.int().min(0), mimeType: text(200) }),
    track: trackSchema,
    corrections: z.array(correctionSchema).max(MAX_CORRECTIONS),
    annotations: z.array(annotationSchema).max(MAX_ANNOTATIONS),
    report: reportSchema.optional(),
  }),
  /** The video itself, only when the trainer chose to include it. */
  videoData: z.strictObject({ mimeType: text(200), base64: z.base64() }).optional(),
});

// Compile-time checks that what the schemas accept is exactly the core's types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const schemaMatchesTypes: [
  Same<z.infer<typeof annotationSchema>, Annotation>,
  Same<z.infer<typeof correctionSchema>, KeypointCorrection>,
] = [true, true];
