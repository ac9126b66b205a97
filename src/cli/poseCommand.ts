import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { PoseEstimator } from '../pose/poseTypes.ts';
import { trackStringify } from '../pose/trackStringify.ts';
import { FFMPEG_INSTALL_HINT, ffmpegBin, ffprobeBin, InputError, runTool } from './ffmpegTools.ts';
import { POSE_USAGE, poseArgsParse, type PoseArgs } from './poseArgs.ts';
import { poseVideo } from './poseVideo.ts';

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
  const outputs = outputPaths(args);
  if (args.outDir !== null) await mkdir(args.outDir, { recursive: true });

  let estimator: PoseEstimator | null = null;
  let failed = 0;
  try {
    for (const [i, file] of args.inputs.entries()) {
      const out = outputs[i]!;
      try {
        // Lazy: tfjs and the weights load only when there is a video to run, and once per batch.
        estimator ??= await loadEstimator(args);
        const { track } = await poseVideo(file, estimator, { progress: !args.quiet, ...(args.fullRes ? { inputLongSidePx: Infinity } : {}) });
        const text = trackStringify(track);
        if (out === '-') process.stdout.write(text);
        else {
          // Write-then-rename: an interrupted run never leaves a half-written track behind.
          await writeFile(`${out}.partial`, text);
          await rename(`${out}.partial`, out);
          if (!args.quiet) say(`  -> ${out}`);
        }
      } catch (e) {
        failed++;
        if (e instanceof InputError) say(`hipcheck pose: ${e.message}`);
        else say(`hipcheck pose: ${file}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      }
    }
  } finally {
    estimator?.dispose();
  }
  if (args.inputs.length > 1) say(`hipcheck pose: ${args.inputs.length - failed} of ${args.inputs.length} videos done${failed > 0 ? `, ${failed} failed` : ''}.`);
  return failed > 0 ? 1 : 0;
}

async function loadEstimator(args: PoseArgs): Promise<PoseEstimator> {
  const { createNodePoseEstimator } = await import('../pose/node/createNodePoseEstimator.ts');
  return createNodePoseEstimator({ model: args.model, prefer: args.backend, ...(args.minPoseScore !== undefined ? { minPoseScore: args.minPoseScore } : {}) });
}

/** Whether ffmpeg and ffprobe both run (`hipcheck pose` and `hipcheck worker` check it first). */
export async function ffmpegAvailable(): Promise<boolean> {
  try {
    const [a, b] = await Promise.all([runTool(ffmpegBin(), ['-version']), runTool(ffprobeBin(), ['-version'])]);
    return a.code === 0 && b.code === 0;
  } catch {
    return false;
  }
}

/** Output path per input: `-o` for one input, else `<out-dir>/<name>.track.json`, unique per batch. */
function outputPaths(args: PoseArgs): string[] {
  if (args.out !== null) return [args.out];
  const used = new Map<string, number>();
  return args.inputs.map((f) => {
    const stem = basename(f, extname(f));
    const n = (used.get(stem) ?? 0) + 1;
    used.set(stem, n);
    return join(args.outDir ?? '.', `${stem}${n > 1 ? `-${n}` : ''}.track.json`);
  });
}
