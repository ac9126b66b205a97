import { availableParallelism } from 'node:os';
import { numberArg } from './cliNumber.ts';

/** Default worker threads at most: one MoveNet per core, and each needs ~150 MB. */
export const MAX_DEFAULT_JOBS = 4;

/**
 * Issue 15: the `-j, --jobs N` option of every command that runs the pose stage on a video
 * (`hipcheck pose`, `hipcheck analyze`): one parse, one default, one help line.
 */
export const JOBS_OPTION = { type: 'string', short: 'j' } as const;

export const JOBS_HELP = `  -j, --jobs N           pose worker threads to split each clip between (default: the number of
                         cores, at most ${MAX_DEFAULT_JOBS}; 1 = none); the segments are stitched into one track`;

/** The --jobs value: as given (a whole number 1–64), else the cores, at most MAX_DEFAULT_JOBS. */
export const jobsParse = (text: string | undefined): number =>
  text !== undefined
    ? numberArg(text, '--jobs', { integer: true, min: 1, max: 64 })
    : Math.max(1, Math.min(MAX_DEFAULT_JOBS, availableParallelism()));
