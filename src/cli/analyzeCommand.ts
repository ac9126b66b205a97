import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Track } from '../core/track/track.ts';
import { trackParse } from '../core/track/trackParse.ts';
import type { PoseEstimator } from '../pose/poseTypes.ts';
import { ANALYZE_USAGE, analyzeArgsParse, type AnalyzeArgs } from './analyzeArgs.ts';
import { analysisChoice, analyzeChoice, createVideoEstimator, isInputProblem, reportJsonText, writeFileAtomic } from './analyzeClip.ts';
import { reportSummary } from './reportSummary.ts';

const say = (line: string) => process.stderr.write(`${line}\n`);

/** `hipcheck analyze`: videos or track files → report JSON + summary. Returns the exit status. */
export async function analyzeCommand(argv: string[]): Promise<number> {
  let args: AnalyzeArgs;
  try {
    args = analyzeArgsParse(argv);
  } catch (e) {
    say(`hipcheck analyze: ${(e as Error).message}\n\n${ANALYZE_USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${ANALYZE_USAGE}\n`);
    return 0;
  }
  let estimator: PoseEstimator | null = null;
  let failed = 0;
  try {
    for (const file of args.inputs) {
      try {
        let track: Track;
        if (extname(file).toLowerCase() === '.json') {
          track = trackParse(JSON.parse(await readFile(file, 'utf8')));
        } else {
          // Lazy: the pose stage loads only when a video has to go through it.
          const { poseVideo } = await import('./poseVideo.ts');
          estimator ??= await createVideoEstimator(args.model);
          track = (await poseVideo(file, estimator, { progress: !args.quiet })).track;
        }
        // The same choices -> options -> report bytes as a queue worker (analyzeClip.ts).
        const report = analyzeChoice(track, analysisChoice(args));
        if (!args.quiet) process.stdout.write(`${reportSummary(report)}\n`);
        if (args.json !== null) {
          const out = args.inputs.length > 1 ? `${args.json.replace(/\.json$/i, '')}-${basename(file, extname(file))}.json` : args.json;
          await writeFileAtomic(out, reportJsonText(report));
          if (!args.quiet) say(`  -> ${out}`);
        }
      } catch (e) {
        failed++;
        if (isInputProblem(e)) say(`hipcheck analyze: ${file}: ${e.message}`);
        else if ((e as NodeJS.ErrnoException).code === 'ENOENT') say(`hipcheck analyze: ${file}: no such file`);
        else say(`hipcheck analyze: ${file}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      }
    }
  } finally {
    estimator?.dispose();
  }
  return failed > 0 ? 1 : 0;
}
