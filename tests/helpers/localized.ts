// The core's analyses with their texts given words (src/text/localizeReport.ts), as the app's
// analysis worker and the CLI write them: for tests that read a flag's or a warning's words.
import { analyzeHinge as analyzeHingeCore } from '../../src/core/hinge/analyzeHinge.ts';
import { analyzeTrack as analyzeTrackCore } from '../../src/core/analyze/analyzeTrack.ts';
import { analyzeRun as analyzeRunCore } from '../../src/core/run/analyzeRun.ts';
import type { CoreFlag, Flag, LocalizedText, Report, TextRef } from '../../src/core/report/report.ts';
import { localizeFlag, localizeReport, localizeText } from '../../src/text/localizeReport.ts';

type Localized<A extends { flags: CoreFlag[]; warnings: TextRef[] }> = Omit<A, 'flags' | 'warnings'> & {
  flags: Flag[];
  warnings: LocalizedText[];
};

const localized = <A extends { flags: CoreFlag[]; warnings: TextRef[] }>(a: A): Localized<A> => ({
  ...a,
  flags: a.flags.map(localizeFlag),
  warnings: a.warnings.map(localizeText),
});

export const analyzeTrack = (...a: Parameters<typeof analyzeTrackCore>): Report =>
  localizeReport(analyzeTrackCore(...a));
export const analyzeHinge = (...a: Parameters<typeof analyzeHingeCore>) => localized(analyzeHingeCore(...a));
export const analyzeRun = (...a: Parameters<typeof analyzeRunCore>) => localized(analyzeRunCore(...a));
/** analyzeHinge's result with its texts in words. */
export type HingeAnalysis = ReturnType<typeof analyzeHinge>;
