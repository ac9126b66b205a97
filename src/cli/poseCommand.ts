import { mkdir, rename, writeFile } from 'node:fs/promises';
import { trackStringify } from '../pose/trackStringify.ts';
import { errorLine } from './cliErrors.ts';
import { clipsOf, outPath, uniqueStems } from './cliInputs.ts';
import { FFMPEG_INSTALL_HINT, ffmpegBin, ffprobeBin, InputError, runTool } from './ffmpegTools.ts';
import { POSE_USAGE, poseArgsParse, type PoseArgs } from './poseArgs.ts';
import { createPoseRunner } from './poseRunner.ts';

const say = (line: string) => process.stderr.write(`${line}\n`);

/** `hipcheck pose`: videos → hipcheck-track files. Returns the exit status (see POSE_USAGE). */
export async function poseCommand(argv: string[]): Promise<number> {
  let args: PoseArgs;
  try {
    args = poseArgsParse(argv);
  } catch (e) {
    say(`hipcheck pose: ${(e as Error).message}\n\n${POSE_USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${POSE_USAGE}\n`);
    return 0;
  }
  if (!(await ffmpegAvailable())) {
    say(`hipcheck pose: ${FFMPEG_INSTALL_HINT}`);
    return 1;
  }
  const { clips, problems } = await clipsOf(args.inputs);
  for (const p of problems) say(`hipcheck pose: ${p}`);
  if (args.out !== null && clips.length > 1) {
    say(`hipcheck pose: -o names one output file but ${clips.length} videos were given; use --out-dir`);
    return 2;
  }
  const outputs =
    args.out !== null ? [args.out] : uniqueStems(clips).map((n) => outPath(args.outDir, n, '.track.json'));
  if (args.outDir !== null) await mkdir(args.outDir, { recursive: true });

  // Lazy: tfjs and the weights load only when there is a video to run, and once per batch; with
  // --jobs > 1 (issue 15) each clip is split between worker threads, one MoveNet each.
  const poser = createPoseRunner({ ...estimatorOptions(args), jobs: args.jobs });
  let failed = problems.length;
  let unwritable = 0;
  try {
    for (const [i, file] of clips.entries()) {
      const out = outputs[i]!;
      try {
        const { track } = await poser.run(file, {
          progress: !args.quiet,
          ...(args.fullRes ? { inputLongSidePx: Infinity } : {}),
        });
        const text = trackStringify(track);
        if (out === '-') process.stdout.write(text);
        else {
          // Write-then-rename: an interrupted run never leaves a half-written track behind.
          try {
            await writeFile(`${out}.partial`, text);
            await rename(`${out}.partial`, out);
          } catch (e) {
            unwritable++;
            say(
              `hipcheck pose: ${file}: cannot write ${out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
            );
            continue;
          }
          if (!args.quiet) say(`  -> ${out}`);
        }
      } catch (e) {
        failed++;
        if (e instanceof InputError) say(`hipcheck pose: ${e.message}`);
        else say(`hipcheck pose: ${file}: ${errorLine(e)}`);
      }
    }
  } finally {
    await poser.close();
  }
  const total = clips.length + problems.length;
  const bad = failed + unwritable;
  if (total > 1)
    say(`hipcheck pose: ${total - bad} of ${total} videos done${bad > 0 ? `, ${bad} failed` : ''}.`);
  return unwritable > 0 ? 3 : failed > 0 ? 1 : 0;
}

function estimatorOptions(args: PoseArgs) {
  return {
    model: args.model,
    prefer: args.backend,
    ...(args.minPoseScore !== undefined ? { minPoseScore: args.minPoseScore } : {}),
  };
}

/** Whether ffmpeg and ffprobe both run (`hipcheck pose` and `hipcheck worker` check it first). */
export async function ffmpegAvailable(): Promise<boolean> {
  try {
    const [a, b] = await Promise.all([
      runTool(ffmpegBin(), ['-version']),
      runTool(ffprobeBin(), ['-version']),
    ]);
    return a.code === 0 && b.code === 0;
  } catch {
    return false;
  }
}
