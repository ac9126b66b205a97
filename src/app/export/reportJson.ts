import type { Report } from '../../core/report/report.ts';
import type { Track } from '../../core/track/track.ts';
import { trackStringify } from '../../pose/trackStringify.ts';
import { baseName } from './reportCsv.ts';

/**
 * The report file, byte for byte what `hipcheck analyze --json` writes for the same analysis:
 * indented by one space (as src/cli/analyzeCommand.ts writes it) and a final newline.
 */
export function reportJsonText(report: Report): string {
  return `${JSON.stringify(report, null, 1)}\n`;
}

export function reportFileName(report: Report): string {
  return `${baseName(report.source.name)}.report.json`;
}

/** The keypoint track as a `hipcheck-track` v1 file, written exactly as `hipcheck pose` writes it. */
export function trackJsonText(track: Track): string {
  return trackStringify(track);
}

export function trackFileName(track: Track): string {
  return `${baseName(track.source.name)}.track.json`;
}
