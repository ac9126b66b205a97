import { readFile } from 'node:fs/promises';
import { errorLine, exitQuietlyOnBrokenPipe } from './cliErrors.ts';

const USAGE = `hipcheck: on-device analysis of running and hip-hinge form from video.

Usage:
  hipcheck pose <video>... [-o track.json | --out-dir DIR] [--model lightning|thunder]
      video(s) -> keypoint track(s) (hipcheck-track JSON), with MoveNet
  hipcheck analyze ...
      track or video -> report (run 'hipcheck analyze --help')
  hipcheck queue add <clips or folders>... --redis URL  |  hipcheck queue status --redis URL
      put clips on a Redis queue for workers on many machines; see how far it is
  hipcheck worker --redis URL [--concurrency N] [--out DIR]
      analyse queued clips until stopped (pose + analysis, reports identical to analyze's)

  hipcheck --version
      the version of hipcheck

Run 'hipcheck <command> --help' for a command's options.

Exit status: 0 done, 1 an input could not be read or analysed (the others are still done),
2 bad command line, 3 an output could not be written. Errors are one line each; set
HIPCHECK_DEBUG=1 for stack traces. A closed pipe (hipcheck ... | head) ends quietly.`;

/** The hipcheck command line (bin/hipcheck.mjs). Returns the process exit status. */
export async function main(argv: string[]): Promise<number> {
  exitQuietlyOnBrokenPipe();
  try {
    return await command(argv);
  } catch (e) {
    // Anything a command did not turn into its own message: still one line, not a stack trace.
    process.stderr.write(`hipcheck: ${errorLine(e)}\n`);
    return 1;
  }
}

async function command(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'pose': {
      const { poseCommand } = await import('./poseCommand.ts');
      return poseCommand(rest);
    }
    case 'analyze':
      return analyze(rest);
    case 'queue': {
      // BullMQ and the Redis client load only for the batch commands.
      const { queueCommand } = await import('./queueCommand.ts');
      return queueCommand(rest);
    }
    case 'worker': {
      const { workerCommand } = await import('./workerCommand.ts');
      return workerCommand(rest);
    }
    case '-V':
    case '--version':
      process.stdout.write(`${await version()}\n`);
      return 0;
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
  // The analysis stage is loaded only for this command, so `pose` and `--help` never pay for it.
  const { analyzeCommand } = await import('./analyzeCommand.ts');
  return analyzeCommand(argv);
}

/** The version in package.json (the one file that states it). */
async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
