import { useEffect } from 'react';
import type { Playback } from './usePlayer.ts';

/**
 * Keyboard review: ←/→ step one frame, Shift+←/→ ten, space plays or pauses. Ignored while typing in
 * a field or when a control that uses these keys itself (select, slider) has focus. The review, the
 * trainer's session view and the no-person view all use it, on the one player (usePlayer.ts).
 */
export function useFrameKeys(pb: Pick<Playback, 'step' | 'toggle'>, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (el && (el.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName))) return;
      if (e.key === 'ArrowRight' || e.key === '.') pb.step(e.shiftKey ? 10 : 1);
      else if (e.key === 'ArrowLeft' || e.key === ',') pb.step(e.shiftKey ? -10 : -1);
      else if (e.key === ' ' && el?.tagName !== 'BUTTON') pb.toggle();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pb, enabled]);
}
