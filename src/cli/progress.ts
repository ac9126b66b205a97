export interface Progress {
  /** Reports `done` of `total` frames (total NaN when unknown). */
  update(done: number): void;
  /** Clears the bar and prints a closing line. */
  finish(line: string): void;
}

export interface ProgressOptions {
  label: string;
  total: number;
  stream?: NodeJS.WriteStream;
  /** Seconds between plain lines when the stream is not a terminal. Default 5. */
  plainEveryS?: number;
  now?: () => number;
}

const fmtS = (s: number): string =>
  !Number.isFinite(s)
    ? '?'
    : s < 60
      ? `${Math.round(s)}s`
      : `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;

/**
 * A progress bar with rate and ETA on stderr. On a terminal it redraws one line (at most 10×/s);
 * otherwise (a log file, CI) it prints a plain line every few seconds so logs stay readable.
 */
export function createProgress(opts: ProgressOptions): Progress {
  const stream = opts.stream ?? process.stderr;
  const now = opts.now ?? (() => performance.now() / 1000);
  const tty = stream.isTTY === true;
  const start = now();
  let last = -Infinity;
  const text = (done: number): string => {
    const el = now() - start;
    const rate = el > 0 ? done / el : 0;
    const total = opts.total;
    const frac = Number.isFinite(total) && total > 0 ? Math.min(1, done / total) : NaN;
    const eta = Number.isFinite(frac) && rate > 0 ? (total - done) / rate : NaN;
    const width = 24;
    const bar = Number.isFinite(frac)
      ? `[${'#'.repeat(Math.round(frac * width)).padEnd(width, '.')}] ${String(Math.round(frac * 100)).padStart(3)}% `
      : '';
    return `${opts.label} ${bar}${done}${Number.isFinite(total) ? `/${total}` : ''} frames ${rate.toFixed(1)} fps ETA ${fmtS(eta)}`;
  };
  return {
    update(done) {
      const t = now();
      if (tty) {
        if (t - last < 0.1) return;
        last = t;
        stream.write(`\r${text(done).slice(0, (stream.columns ?? 100) - 1)}\x1b[K`);
      } else if (t - last >= (opts.plainEveryS ?? 5)) {
        if (last !== -Infinity || done > 0) stream.write(`${text(done)}\n`);
        last = t;
      }
    },
    finish(line) {
      stream.write(tty ? `\r\x1b[K${line}\n` : `${line}\n`);
    },
  };
}
