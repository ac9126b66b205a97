import { parseArgs } from 'node:util';
import { poseModelKindParse } from '../pose/modelName.ts';
import type { PoseModelKind } from '../pose/poseTypes.ts';
import { speedParse } from '../core/run/speedUnits.ts';
import { numberArg } from './cliNumber.ts';
import { JOBS_HELP, JOBS_OPTION, jobsParse } from './poseJobs.ts';

export interface AnalyzeArgs {
  inputs: string[];
  activity: 'run' | 'hinge' | 'auto';
  view: 'side' | 'rear' | 'front' | 'auto';
  slowmo: number | undefined;
  captureFps: number | undefined;
  json: string | null;
  model: PoseModelKind;
  thresholds: Record<string, number>;
  /** Treadmill speed, m/s (--speed 12kmh | 7.5mph | 3.3m/s). */
  speedMps: number | undefined;
  quiet: boolean;
  /** Issue 15: pose worker threads a video is split between (as `hipcheck pose --jobs`); 1 = none. */
  jobs: number;
  /** Issue 13: the lift of a hinge set, when the user says it (default: classified from the movement). */
  lift: 'rdl' | 'deadlift' | 'squat' | 'swing' | 'good-morning' | 'auto';
  /** Issue 18: the lifter's standing height, m: the scale of the bar velocity (m/s). */
  heightM: number | undefined;
  help: boolean;
  /** Issue 18: OpenSim exports of the keypoints (.trc) and per-frame angles (.mot), or null. */
  trc: string | null;
  mot: string | null;
}

export const ANALYZE_USAGE = `Usage: hipcheck analyze <video|track.json>... [--activity run|hinge|auto] [--view side|rear|front|auto]
                        [--slowmo FACTOR | --capture-fps FPS] [--json out.json] [--threshold KEY=VALUE]...
                        [--speed 12kmh|7.5mph|3.3m/s] [--trc out.trc] [--mot out.mot] [--jobs N]

Analyses a running or hip-hinge clip and prints a summary (per-side medians, flags with evidence).
A video is first run through the pose pipeline (MoveNet, needs ffmpeg); a .json input must be a
hipcheck-track v1 file; '-' reads a track from stdin; a folder stands for its videos and
.track.json files.

Options:
      --activity A       run, hinge or auto (default: detected from the feet)
      --view V           side, rear, front or auto (default: detected from the shoulders and hips)
      --slowmo FACTOR    the file is slow motion played FACTOR times slower (e.g. 4 or 8)
      --capture-fps FPS  slow motion given as the capture rate (e.g. 240): factor = FPS / file fps
      --json FILE        write the hipcheck-report JSON here (with several inputs: FILE-<input>.json,
                         numbered -2, -3 when inputs share a name); '-' writes it to stdout (one
                         line per input) and the summary to stderr
      --threshold K=V    override a flag threshold (K.alert=V for the alert level)
      --speed SPEED      treadmill speed (12kmh, 7.5mph or 3.3m/s): running norms depend on it;
                         without it the speed is estimated from cadence
      --height-m H       the lifter's height in metres (e.g. 1.78): bar velocity in m/s (else the
                         track's subject.heightM; without either, relative velocity only)
      --lift L           hinge lift: rdl (also stiff-leg), deadlift (bent-knee pull), swing (kettlebell), good-morning, squat or auto (default: from the movement)
      --trc FILE         write the keypoints as an OpenSim .trc (metres when the track has the
                         subject's height, else pixels; y up); several inputs: FILE-<input>.trc
      --mot FILE         write the per-frame angles (knee/hip flexion, shank, trunk lean, pelvic
                         obliquity, degrees) as an OpenSim .mot; several inputs: FILE-<input>.mot
  -m, --model NAME       pose model for videos: lightning (default) or thunder
${JOBS_HELP}
  -q, --quiet            no summary on stdout
  -h, --help             this help

Exit status: 0 every input analysed, 1 some input failed, 2 bad command line, 3 an output could not
be written.`;

const num = (s: string | undefined, what: string): number | undefined =>
  s === undefined ? undefined : numberArg(s, what, { positive: true });

/** Parses `hipcheck analyze` arguments; throws an Error with a user-facing message when wrong. */
export function analyzeArgsParse(argv: string[]): AnalyzeArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      activity: { type: 'string', default: 'auto' },
      lift: { type: 'string', default: 'auto' },
      'height-m': { type: 'string' },
      view: { type: 'string', default: 'auto' },
      slowmo: { type: 'string' },
      'capture-fps': { type: 'string' },
      json: { type: 'string' },
      threshold: { type: 'string', multiple: true },
      speed: { type: 'string' },
      model: { type: 'string', short: 'm', default: 'lightning' },
      quiet: { type: 'boolean', short: 'q' },
      jobs: JOBS_OPTION,
      help: { type: 'boolean', short: 'h' },
      trc: { type: 'string' },
      mot: { type: 'string' },
    },
  });
  const help = values.help === true;
  const activity = values.activity as AnalyzeArgs['activity'];
  const lift = values.lift as AnalyzeArgs['lift'];
  if (!['rdl', 'deadlift', 'squat', 'swing', 'good-morning', 'auto'].includes(lift))
    throw new Error(`unknown lift '${lift}': use rdl, deadlift, swing, good-morning, squat or auto`);
  if (!['run', 'hinge', 'auto'].includes(activity))
    throw new Error(`unknown activity '${activity}': use run, hinge or auto`);
  const view = values.view as AnalyzeArgs['view'];
  if (!['side', 'rear', 'front', 'auto'].includes(view))
    throw new Error(`unknown view '${view}': use side, rear, front or auto`);
  const model = poseModelKindParse(values.model ?? 'lightning');
  if (model === null) throw new Error(`unknown model '${values.model}': use lightning or thunder`);
  const slowmo = num(values.slowmo, '--slowmo');
  const captureFps = num(values['capture-fps'], '--capture-fps');
  if (slowmo !== undefined && captureFps !== undefined)
    throw new Error('give either --slowmo or --capture-fps, not both');
  const thresholds: Record<string, number> = {};
  for (const kv of values.threshold ?? []) {
    const m = /^([\w.]+)=(.+)$/.exec(kv);
    if (!m) throw new Error(`--threshold expects KEY=NUMBER, got '${kv}'`);
    thresholds[m[1]!] = numberArg(m[2]!, `--threshold ${m[1]}`);
  }
  let speedMps: number | undefined;
  if (values.speed !== undefined) {
    const v = speedParse(values.speed);
    if (v === null || v < 3 / 3.6 || v > 40 / 3.6)
      throw new Error(
        `--speed expects a running speed with its unit, e.g. 12kmh, 7.5mph or 3.3m/s (3–40 km/h), got '${values.speed}'`,
      );
    speedMps = v;
  }
  if (!help && positionals.length === 0) throw new Error('no input: give a video or a track .json file');
  const heightM =
    values['height-m'] === undefined
      ? undefined
      : numberArg(values['height-m'], '--height-m', { min: 0.5, max: 2.6 });
  return {
    inputs: positionals,
    activity,
    view,
    slowmo,
    captureFps,
    json: values.json ?? null,
    model,
    thresholds,
    speedMps,
    quiet: values.quiet === true,
    jobs: jobsParse(values.jobs),
    lift,
    heightM,
    help,
    trc: values.trc ?? null,
    mot: values.mot ?? null,
  };
}
