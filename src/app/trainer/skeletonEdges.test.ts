import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SKELETON_EDGES, SKELETON_MIN_SCORE } from '../../core/track/skeleton.ts';
import { KP } from '../../core/track/keypoints.ts';
import type { KeypointTriple } from '../../core/track/track.ts';
import { drawSkeleton } from '../player/drawSkeleton.ts';
import { makeFormatters } from '../i18n/formatters.ts';
import { I18nContext, type I18n } from '../i18n/i18nContext.ts';
import { metricLabel, translate } from '../i18n/messages.ts';
import { FrameStage } from './FrameStage.tsx';

// The review's canvas drawer (player, key frames, live camera) and the trainer's SVG stage draw one
// skeleton (issue 14): the same edges between the same visible keypoints.

/** 17 keypoints at distinct whole-pixel positions; the listed ones scored below the draw threshold. */
const frameKp = (hidden: number[]): KeypointTriple[] =>
  Array.from({ length: 17 }, (_, i) => [100 + 13 * i, 40 + 29 * i, hidden.includes(i) ? 0.1 : 0.9]);

const key = (kp: KeypointTriple[], x: number, y: number) => kp.findIndex((k) => k[0] === x && k[1] === y);
const edgeKey = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);

/** Edges (keypoint index pairs) and points drawn by drawSkeleton, read from a recording context. */
function canvasDrawn(kp: KeypointTriple[]) {
  const edges: string[] = [];
  const points: number[] = [];
  let from: [number, number] | null = null;
  const ctx = {
    beginPath: () => (from = null),
    moveTo: (x: number, y: number) => (from = [x, y]),
    lineTo: (x: number, y: number) => edges.push(edgeKey(key(kp, ...from!), key(kp, x, y))),
    arc: (x: number, y: number) => points.push(key(kp, x, y)),
    stroke: () => undefined,
    fill: () => undefined,
  } as unknown as CanvasRenderingContext2D;
  drawSkeleton(ctx, kp, (x, y) => [x, y]);
  return { edges: edges.sort(), points: points.sort((a, b) => a - b) };
}

const i18n: I18n = {
  locale: 'en',
  setLocale: () => undefined,
  t: (k, vars) => translate('en', k, vars),
  metric: (name) => metricLabel('en', name),
  pick: (text) => text?.en ?? '',
  fmt: makeFormatters('en'),
};

/** Edges and points of the trainer's stage, read from its server-rendered SVG. */
function stageDrawn(kp: KeypointTriple[]) {
  const html = renderToStaticMarkup(
    createElement(
      I18nContext.Provider,
      { value: i18n },
      createElement(FrameStage, {
        widthPx: 640,
        heightPx: 640,
        frame: { t: 0, kp },
        corrected: new Set<number>(),
        drawings: [],
        tool: 'line',
        editable: false,
        onDrawing: () => undefined,
        onTextAt: () => undefined,
        onMoveKeypoint: () => undefined,
      }),
    ),
  );
  const edges = [...html.matchAll(/<line x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"/g)].map(
    (m) => edgeKey(key(kp, Number(m[1]), Number(m[2])), key(kp, Number(m[3]), Number(m[4]))),
  );
  const points = [...html.matchAll(/<circle data-keypoint="(\d+)"/g)].map((m) => Number(m[1]));
  return { edges: edges.sort(), points: points.sort((a, b) => a - b) };
}

describe('one skeleton', () => {
  for (const [name, hidden] of [
    ['every keypoint seen', []],
    ['a wrist and a knee unseen', [KP.left_wrist, KP.right_knee]],
    ['a hip unseen', [KP.left_hip]],
  ] as const) {
    it(`the review's canvas and the trainer's stage draw the same edges and points: ${name}`, () => {
      const kp = frameKp([...hidden]);
      const canvas = canvasDrawn(kp);
      const stage = stageDrawn(kp);
      const expected = SKELETON_EDGES.filter(([a, b]) => !hidden.some((h) => h === a || h === b))
        .map(([a, b]) => edgeKey(a, b))
        .sort();
      expect(canvas.edges).toEqual(expected);
      expect(stage.edges).toEqual(expected);
      expect(canvas.points).toEqual(stage.points);
      expect(canvas.points).toEqual([...Array(17).keys()].filter((i) => !hidden.some((h) => h === i)));
    });
  }

  it('joins the body only, each edge once, with a threshold both drawers use', () => {
    expect(new Set(SKELETON_EDGES.map(([a, b]) => edgeKey(a, b))).size).toBe(SKELETON_EDGES.length);
    expect(SKELETON_EDGES.flat().every((i) => i >= KP.left_shoulder && i <= KP.right_ankle)).toBe(true);
    const atThreshold = frameKp([]).map((k): KeypointTriple => [k[0], k[1], SKELETON_MIN_SCORE]);
    expect(canvasDrawn(atThreshold).edges.length).toBe(SKELETON_EDGES.length);
    expect(stageDrawn(atThreshold).edges.length).toBe(SKELETON_EDGES.length);
  });
});
