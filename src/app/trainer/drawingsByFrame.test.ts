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
});
