import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { text } from 'node:stream/consumers';
import type { Track } from '../core/track/track.ts';
import { trackParse } from '../core/track/trackParse.ts';
import { openSimFiles } from '../core/export/openSimFiles.ts';
import { ANALYZE_USAGE, analyzeArgsParse, type AnalyzeArgs } from './analyzeArgs.ts';
import {
  analysisChoice,
  analyzeChoice,
  isInputProblem,
  reportJsonText,
  writeFileAtomic,
} from './analyzeClip.ts';
import { errorLine } from './cliErrors.ts';
import { clipsOf, uniqueStems } from './cliInputs.ts';
import { createPoseRunner } from './poseRunner.ts';
import { reportSummary } from './reportSummary.ts';

const say = (line: string) => process.stderr.write(`${line}\n`);

/** An output that could not be written: exit status 3, not an input problem. */
class OutputError extends Error {}

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
  const { clips, problems } = await clipsOf(args.inputs, { tracks: true, stdin: true });
  for (const p of problems) say(`hipcheck analyze: ${p}`);
  // With the report JSON on stdout, the summary moves to stderr so the two never mix.
  const toStdout = args.json === '-';
  const summaryOut = toStdout ? process.stderr : process.stdout;
  const names = uniqueStems(clips);
  // The pose stage of `hipcheck pose` (issue 15: --jobs worker threads), started on the first video.
  const poser = createPoseRunner({ model: args.model, prefer: 'wasm', jobs: args.jobs });
  let failed = problems.length;
  let unwritable = 0;
  try {
    for (const [i, file] of clips.entries()) {
      try {
        let track: Track;
        if (file === '-') track = trackParse(JSON.parse(await text(process.stdin)));
        else if (extname(file).toLowerCase() === '.json') {
          track = trackParse(JSON.parse(await readFile(file, 'utf8')));
        } else {
          track = (await poser.run(file, { progress: !args.quiet })).track;
        }
        // The same choices -> options -> report bytes as a queue worker (analyzeClip.ts).
        const report = analyzeChoice(track, analysisChoice(args));
        if (!args.quiet) summaryOut.write(`${reportSummary(report)}\n`);
        if (toStdout) process.stdout.write(`${JSON.stringify(report)}\n`);
        else if (args.json !== null) {
          const out = clips.length > 1 ? `${args.json.replace(/\.json$/i, '')}-${names[i]}.json` : args.json;
          await writeFileAtomic(out, reportJsonText(report)).catch((e: NodeJS.ErrnoException) => {
            throw new OutputError(`cannot write ${out} (${e.code ?? e.message})`);
          });
          if (!args.quiet) say(`  -> ${out}`);
        }
        if (args.trc !== null || args.mot !== null) {
          const files = openSimFiles(track, report, names[i]!);
          for (const [kind, target] of [
            ['trc', args.trc],
            ['mot', args.mot],
          ] as const) {
            if (target === null) continue;
            const ext = new RegExp(`\\.${kind}$`, 'i');
            const out = clips.length > 1 ? `${target.replace(ext, '')}-${names[i]}.${kind}` : target;
            await writeFileAtomic(out, files[kind]).catch((e: NodeJS.ErrnoException) => {
              throw new OutputError(`cannot write ${out} (${e.code ?? e.message})`);
            });
            if (!args.quiet) say(`  -> ${out}${kind === 'trc' ? ` (${files.units})` : ''}`);
          }
        }
      } catch (e) {
        if (e instanceof OutputError) unwritable++;
        else failed++;
        const where = file === '-' ? 'stdin' : file;
        if (e instanceof OutputError || isInputProblem(e)) say(`hipcheck analyze: ${where}: ${e.message}`);
        else if ((e as NodeJS.ErrnoException).code === 'ENOENT')
          say(`hipcheck analyze: ${where}: no such file`);
        else say(`hipcheck analyze: ${where}: ${errorLine(e)}`);
      }
    }
  } finally {
    await poser.close();
  }
  return unwritable > 0 ? 3 : failed > 0 ? 1 : 0;
}
