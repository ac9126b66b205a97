import { describe, expect, it } from 'vitest';
import {
  historyCanRedo,
  historyCanUndo,
  historyCreate,
  historyPush,
  historyRedo,
  historyUndo,
} from './history.ts';

describe('history', () => {
  it('undoes and redoes in order and a new edit clears redo', () => {
    let h = historyCreate<number[]>([]);
    h = historyPush(h, [1]);
    h = historyPush(h, [1, 2]);
    expect(h.present).toEqual([1, 2]);
    h = historyUndo(h);
    expect(h.present).toEqual([1]);
    expect(historyCanRedo(h)).toBe(true);
    h = historyRedo(h);
    expect(h.present).toEqual([1, 2]);
    h = historyUndo(historyUndo(h));
    expect(h.present).toEqual([]);
    expect(historyCanUndo(h)).toBe(false);
    expect(historyUndo(h)).toBe(h);
    h = historyPush(historyRedo(h), [9]);
    expect(h.present).toEqual([9]);
    expect(historyCanRedo(h)).toBe(false);
    expect(h.past).toEqual([[], [1]]);
  });

  it('keeps at most `limit` undo steps and ignores pushing the same value', () => {
    let h = historyCreate(0);
    for (let i = 1; i <= 10; i++) h = historyPush(h, i, 3);
    expect(h.past).toEqual([7, 8, 9]);
    expect(historyPush(h, h.present)).toBe(h);
  });
});
