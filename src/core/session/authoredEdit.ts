import type { Annotation } from './annotation.ts';
import type { KeypointCorrection } from './correction.ts';
import type { SessionAuthored } from './session.ts';

/**
 * The edits a trainer makes, as pure functions from one authored state to the next (fed to
 * historyPush for undo/redo). Nothing is mutated.
 */
export type AuthoredEdit =
  | { kind: 'add-annotation'; annotation: Annotation }
  | { kind: 'update-annotation'; annotation: Annotation }
  | { kind: 'remove-annotation'; id: string }
  | { kind: 'add-correction'; correction: KeypointCorrection }
  | { kind: 'remove-correction'; id: string };

export function authoredApply(state: SessionAuthored, edit: AuthoredEdit): SessionAuthored {
  switch (edit.kind) {
    case 'add-annotation':
      return { ...state, annotations: [...state.annotations, edit.annotation] };
    case 'update-annotation':
      return {
        ...state,
        annotations: state.annotations.map((a) => (a.id === edit.annotation.id ? edit.annotation : a)),
      };
    case 'remove-annotation':
      return { ...state, annotations: state.annotations.filter((a) => a.id !== edit.id) };
    case 'add-correction':
      return { ...state, corrections: [...state.corrections, edit.correction] };
    case 'remove-correction':
      return { ...state, corrections: state.corrections.filter((c) => c.id !== edit.id) };
  }
}
