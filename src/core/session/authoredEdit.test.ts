import { describe, expect, it } from 'vitest';
import { authoredApply } from './authoredEdit.ts';
import { historyCreate, historyPush, historyUndo } from './history.ts';
import type { SessionAuthored } from './session.ts';

describe('authoredApply', () => {
  it('adds, updates and removes without mutating, and undoes through history', () => {
    const s0: SessionAuthored = { corrections: [], annotations: [] };
    const s1 = authoredApply(s0, {
      kind: 'add-annotation',
      annotation: { id: 'n', type: 'note', t: 1, text: 'a' },
    });
    const s2 = authoredApply(s1, {
      kind: 'update-annotation',
      annotation: { id: 'n', type: 'note', t: 1, text: 'b' },
    });
    const s3 = authoredApply(s2, {
      kind: 'add-correction',
      correction: { id: 'c', keypoint: 1, fromFrame: 0, toFrame: 0, xPx: 1, yPx: 1 },
    });
    const s4 = authoredApply(authoredApply(s3, { kind: 'remove-annotation', id: 'n' }), {
      kind: 'remove-correction',
      id: 'c',
    });
    expect(s0.annotations).toHaveLength(0);
    expect(s2.annotations[0]).toMatchObject({ text: 'b' });
    expect(s1.annotations[0]).toMatchObject({ text: 'a' });
    expect(s3.corrections).toHaveLength(1);
    expect(s4).toEqual(s0);
    let h = historyCreate(s0);
    for (const s of [s1, s2, s3]) h = historyPush(h, s);
    expect(historyUndo(h).present).toBe(s2);
  });
});
