import type { TextRef } from '../report/report.ts';

/**
 * The keys of a running flag's title and explanation: the words (our own, patterns.md ideas) are in
 * the report catalogues, `flag.<id>.title` and `flag.<id>.detail` (src/text).
 */
export const runFlagText = (id: string): { title: TextRef; detail: TextRef } => ({
  title: { key: `flag.${id}.title` },
  detail: { key: `flag.${id}.detail` },
});
