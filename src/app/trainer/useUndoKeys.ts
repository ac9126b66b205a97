import { useEffect } from 'react';

/**
 * Ctrl+Z / ⌘Z undoes, Ctrl+Shift+Z / ⌘⇧Z (and Ctrl+Y) redoes, except while typing in a text field,
 * where the browser's own text undo applies.
 */
export function useUndoKeys(undo: () => void, redo: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (
        el &&
        (el.tagName === 'TEXTAREA' ||
          (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'text') ||
          el.isContentEditable)
      )
        return;
      if (!(e.ctrlKey || e.metaKey)) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) undo();
      else if ((k === 'z' && e.shiftKey) || k === 'y') redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);
}
