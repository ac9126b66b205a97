import { describe, expect, it } from 'vitest';
import type { DrawingAnnotation } from '../../core/session/annotation.ts';
import { drawingsByFrame } from './drawingsByFrame.ts';

const frames = [0, 1 / 30, 2 / 30, 3 / 30].map((t) => ({ t, kp: [] }));
const line = (id: string, t: number): DrawingAnnotation => ({
  id,
  type: 'drawing',
  t,
  shape: { kind: 'line', from: { xPx: 0, yPx: 0 }, to: { xPx: 1, yPx: 1 } },
});

describe('drawingsByFrame', () => {
  it('groups drawings on the same frame and orders the frames by time', () => {
    const g = drawingsByFrame(frames, [line('c', 0.1), line('a', 0), line('b', 0.001), line('d', 0.034)]);
    expect(g.map((x) => [x.frame, x.drawings.map((d) => d.id)])).toEqual([
      [0, ['a', 'b']],
      [1, ['d']],
      [3, ['c']],
    ]);
    expect(g[1]!.t).toBeCloseTo(1 / 30, 12);
  });
  it('has no groups without frames or drawings', () => {
    expect(drawingsByFrame([], [line('a', 0)])).toEqual([]);
    expect(drawingsByFrame(frames, [])).toEqual([]);
  });
  it('puts each drawing on exactly one frame, the nearest, also where frames are irregular', () => {
    // The session view shows a frame's drawings by this rule; the old ±half-nominal-frame window
    // (1/60 s at 30 fps) showed a drawing at 0.015 s on both frame 0 (0 s) and frame 1 (0.02 s).
    const irregular = [0, 0.02, 0.0667, 0.1].map((t) => ({ t, kp: [] }));
    const ds = [line('a', 0.015), line('b', 0.0099), line('c', 0.04), line('d', 0.2)];
    const g = drawingsByFrame(irregular, ds);
    expect(g.flatMap((x) => x.drawings.map((d) => d.id)).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(g.map((x) => [x.frame, x.drawings.map((d) => d.id)])).toEqual([
      [0, ['b']],
      [1, ['a', 'c']],
      [3, ['d']],
    ]);
  });
});
