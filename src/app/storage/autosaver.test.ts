import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from './autosaver.ts';

describe('createAutosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = (save: (v: number) => Promise<void>) => {
    const events = new EventTarget();
    const errors: unknown[] = [];
    let hidden = false;
    const a = createAutosaver<number>({
      save,
      onError: (e) => errors.push(e),
      delayMs: 300,
      events,
      isHidden: () => hidden,
    });
    return { a, events, errors, hide: () => (hidden = true) };
  };

  it('saves only the latest value, once, after the delay', async () => {
    const saved: number[] = [];
    const { a } = setup(async (v) => void saved.push(v));
    a.schedule(1);
    a.schedule(2);
    await vi.advanceTimersByTimeAsync(299);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual([2]);
    expect(a.pending()).toBe(false);
  });

  it('calls onSaved with nothing pending after the last write, and not while a newer value waits', async () => {
    const seen: boolean[] = [];
    let release: () => void = () => undefined;
    const a = createAutosaver<number>({
      save: (v) => (v === 1 ? new Promise<void>((r) => (release = r)) : Promise.resolve()),
      onError: () => undefined,
      onSaved: () => seen.push(a.pending()),
      delayMs: 300,
      events: new EventTarget(),
      isHidden: () => false,
    });
    a.schedule(1);
    await vi.advanceTimersByTimeAsync(300); // write of 1 under way
    a.schedule(2); // arrives mid-write
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([true]); // 1 written, 2 still waits
    await vi.advanceTimersByTimeAsync(300);
    expect(seen).toEqual([true, false]);
    expect(a.pending()).toBe(false);
  });

  it('writes at once on pagehide and on visibilitychange to hidden', async () => {
    const saved: number[] = [];
    const { a, events, hide } = setup(async (v) => void saved.push(v));
    a.schedule(1);
    events.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual([]); // still visible: nothing forced
    hide();
    events.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual([1]);
    a.schedule(2);
    events.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual([1, 2]);
  });

  it('hands the unsaved value to `emergency` synchronously on pagehide', async () => {
    const events = new EventTarget();
    const kept: number[] = [];
    const a = createAutosaver<number>({
      save: () => new Promise<void>(() => undefined),
      onError: () => undefined,
      emergency: (v) => kept.push(v),
      events,
      isHidden: () => true,
    });
    events.dispatchEvent(new Event('pagehide'));
    expect(kept).toEqual([]); // nothing pending
    a.schedule(5);
    events.dispatchEvent(new Event('pagehide'));
    expect(kept).toEqual([5]);
    events.dispatchEvent(new Event('pagehide')); // write of 5 started but never finished
    expect(kept).toEqual([5, 5]);
  });

  it('serialises writes and keeps the newest value arriving mid-write', async () => {
    const saved: number[] = [];
    let release: () => void = () => undefined;
    const { a } = setup((v) => new Promise<void>((r) => (release = () => (saved.push(v), r()))));
    a.schedule(1);
    await vi.advanceTimersByTimeAsync(300);
    a.schedule(2);
    const flushed = a.flush();
    release();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await flushed;
    expect(saved).toEqual([1, 2]);
  });

  it('reports a failed write and retries it on the next flush', async () => {
    const saved: number[] = [];
    let fail = true;
    const { a, errors } = setup(async (v) => {
      if (fail) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      saved.push(v);
    });
    a.schedule(7);
    await vi.advanceTimersByTimeAsync(300);
    expect(errors).toHaveLength(1);
    expect(a.pending()).toBe(true);
    fail = false;
    await a.flush();
    expect(saved).toEqual([7]);
  });
});
