import { describe, expect, it } from 'vitest';
import { persistDecision, persistState, type AskedFlag } from './storagePersistence.ts';

const flag = (asked = false): AskedFlag & { asked: boolean } => {
  const f = { asked, get: () => f.asked, set: () => void (f.asked = true) };
  return f;
};
const api = (persisted: boolean, grants: boolean) => {
  const calls = { persist: 0 };
  return {
    calls,
    persisted: () => Promise.resolve(persisted),
    persist: () => {
      calls.persist++;
      return Promise.resolve(grants);
    },
  };
};

describe('storage persistence: when to ask and what to show', () => {
  it('decides from support, current state, an earlier ask and whether a session is being saved', () => {
    expect(persistDecision({ supported: false, persisted: false, askedBefore: false, saving: true })).toBe(
      'unsupported',
    );
    expect(persistDecision({ supported: true, persisted: true, askedBefore: false, saving: true })).toBe(
      'granted',
    );
    expect(persistDecision({ supported: true, persisted: false, askedBefore: false, saving: false })).toBe(
      'not-asked',
    );
    expect(persistDecision({ supported: true, persisted: false, askedBefore: false, saving: true })).toBe(
      'ask',
    );
    expect(persistDecision({ supported: true, persisted: false, askedBefore: true, saving: true })).toBe(
      'not-granted',
    );
  });

  it('asks on the first save only, and remembers that it asked', async () => {
    const a = api(false, false);
    const f = flag();
    expect(await persistState(a, f, false)).toBe('not-asked');
    expect(a.calls.persist).toBe(0);
    expect(await persistState(a, f, true)).toBe('not-granted');
    expect(a.calls.persist).toBe(1);
    expect(f.asked).toBe(true);
    expect(await persistState(a, f, true)).toBe('not-granted');
    expect(a.calls.persist).toBe(1);
  });

  it('reports granted when the browser grants, and never asks when storage is already persistent', async () => {
    const g = api(false, true);
    expect(await persistState(g, flag(), true)).toBe('granted');
    const p = api(true, true);
    expect(await persistState(p, flag(), true)).toBe('granted');
    expect(p.calls.persist).toBe(0);
  });

  it('without the API (old browsers, some webviews) the state is "unsupported" and nothing throws', async () => {
    expect(await persistState(undefined, flag(), true)).toBe('unsupported');
    expect(await persistState({}, flag(), true)).toBe('unsupported');
  });

  it('a failing persist() counts as not granted', async () => {
    const bad = {
      persisted: () => Promise.resolve(false),
      persist: () => Promise.reject(new Error('denied')),
    };
    expect(await persistState(bad, flag(), true)).toBe('not-granted');
  });
});
