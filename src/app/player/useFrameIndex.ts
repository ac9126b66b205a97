import { useCallback, useSyncExternalStore } from 'react';
import type { TrackFrame } from '../../core/track/track.ts';
import { frameAtTime } from '../../core/track/frameTime.ts';
import type { PlayheadStore } from './playheadStore.ts';

/** Index of the frame on display (0 before the first frame), re-rendering only when it changes. */
export function useFrameIndex(store: PlayheadStore, frames: readonly Pick<TrackFrame, 't'>[]): number {
  const get = useCallback(() => Math.max(0, frameAtTime(frames, store.get())), [store, frames]);
  const subscribe = useCallback((fn: () => void) => store.subscribe(() => fn()), [store]);
  return useSyncExternalStore(subscribe, get);
}
