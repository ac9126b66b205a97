import { existsSync } from 'node:fs';

const USAGE = `hipcheck: on-device analysis of running and hip-hinge form from video.

Usage:
  hipcheck pose <video>... [-o track.json | --out-dir DIR] [--model lightning|thunder]
      video(s) -> keypoint track(s) (hipcheck-track JSON), with MoveNet
  hipcheck analyze ...
      track or video -> report (run 'hipcheck analyze --help')

Run 'hipcheck <command> --help' for a command's options.`;

/** The hipcheck command line (bin/hipcheck.mjs). Returns the process exit status. */
export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'pose': {
      const { poseCommand } = await import('./poseCommand.ts');
      return poseCommand(rest);
    }
    case 'analyze':
      return analyze(rest);
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      process.stderr.write(`${cmd === undefined ? '' : `hipcheck: unknown command '${cmd}'\n\n`}${USAGE}\n`);
      return 2;
  }
}

async function analyze(argv: string[]): Promise<number> {
  // The analysis stage lives in its own module, loaded only for this command so `pose` and
  // `--help` never pay for it; a checkout without it says so instead of crashing.
  const url = new URL('./analyzeCommand.ts', import.meta.url);
  if (!existsSync(url)) {
    process.stderr.write("hipcheck analyze: this build has no analysis stage (src/cli/analyzeCommand.ts is missing).\n");
    return 2;
  }
  const mod = (await import(/* @vite-ignore */ url.href)) as { analyzeCommand: (argv: string[]) => Promise<number> };
  return mod.analyzeCommand(argv);
}
