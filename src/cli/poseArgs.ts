import { parseArgs } from 'node:util';
import { poseModelKindParse } from '../pose/modelName.ts';
import type { PoseModelKind } from '../pose/poseTypes.ts';
import { numberArg } from './cliNumber.ts';
import { JOBS_HELP, JOBS_OPTION, jobsParse } from './poseJobs.ts';

export interface PoseArgs {
  inputs: string[];
  /** Output file for a single input ('-' = stdout), or null. */
  out: string | null;
  /** Output folder for `<name>.track.json` files; default the current folder. */
  outDir: string | null;
  model: PoseModelKind;
  backend: 'wasm' | 'cpu';
  minPoseScore: number | undefined;
  /** Feed MoveNet full-resolution frames instead of the app's downscaled ones. */
  fullRes: boolean;
  /** Pose worker threads a clip is split between (issue 15); 1 runs every frame in this thread. */
  jobs: number;
  quiet: boolean;
  help: boolean;
}

export const POSE_USAGE = `Usage: hipcheck pose <video>... [-o track.json | --out-dir DIR] [--model lightning|thunder]

Runs MoveNet on every frame of each video and writes a hipcheck-track v1 JSON file per video
(keypoints in video pixels, exact frame times). Decoding needs ffmpeg.

Options:
  -o, --out FILE         output file (one input only; '-' writes to stdout)
  -d, --out-dir DIR      folder for <video name>.track.json (default: the current folder)
  -m, --model NAME       lightning (fast, default) or thunder (more accurate, ~4x slower)
      --backend NAME     wasm (default) or cpu (slow fallback)
      --min-pose-score S mean keypoint score under which a frame counts as "no person" (default 0.25)
      --full-res         feed MoveNet full-size frames (slower); by default, like the app, the long
                         side is scaled to 576 px (lightning) / 768 px (thunder) first
${JOBS_HELP}
  -q, --quiet            no progress output
  -h, --help             this help

A folder stands for the videos in it (searched recursively). Videos with the same name in different
folders get <name>.track.json, <name>-2.track.json, ... so one run never overwrites its own output.

Exit status: 0 all tracks written, 1 some input failed (the others' tracks are still written),
2 bad command line, 3 a track could not be written.`;

/** Parses `hipcheck pose` arguments; throws an Error with a user-facing message when they are wrong. */
export function poseArgsParse(argv: string[]): PoseArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      'out-dir': { type: 'string', short: 'd' },
      model: { type: 'string', short: 'm', default: 'lightning' },
      backend: { type: 'string', default: 'wasm' },
      'min-pose-score': { type: 'string' },
      'full-res': { type: 'boolean', default: false },
      jobs: JOBS_OPTION,
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const help = values.help === true;
  const model = poseModelKindParse(values.model ?? 'lightning');
  if (model === null) throw new Error(`unknown model '${values.model}': use lightning or thunder`);
  const backend = values.backend;
  if (backend !== 'wasm' && backend !== 'cpu')
    throw new Error(`unknown backend '${backend}': use wasm or cpu`);
  let minPoseScore: number | undefined;
  if (values['min-pose-score'] !== undefined) {
    minPoseScore = numberArg(values['min-pose-score'], '--min-pose-score', { positive: true });
    if (!(minPoseScore < 1)) throw new Error('--min-pose-score must be between 0 and 1');
  }
  const jobs = jobsParse(values.jobs);
  const out = values.out ?? null;
  const outDir = values['out-dir'] ?? null;
  if (!help && positionals.length === 0) throw new Error('no video given');
  if (out !== null && outDir !== null) throw new Error('use either -o or --out-dir, not both');
  if (out !== null && positionals.length > 1)
    throw new Error(`-o names one output file but ${positionals.length} videos were given; use --out-dir`);
  return {
    inputs: positionals,
    out,
    outDir,
    model,
    backend,
    minPoseScore,
    fullRes: values['full-res'] === true,
    jobs,
    quiet: values.quiet === true,
    help,
  };
}
