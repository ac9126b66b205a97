import type { CoreText, TextRef } from './report.ts';

/** The parts of a core text, read one after the other (one part when it is a single key). */
export const textParts = (t: CoreText): readonly TextRef[] =>
  'key' in t ? [t as TextRef] : (t as readonly TextRef[]);
