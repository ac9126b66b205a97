/**
 * The one line a user sees for an error: its message. The stack trace, which helps a developer and
 * not a user, only with HIPCHECK_DEBUG=1.
 */
export function errorLine(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  return process.env.HIPCHECK_DEBUG === '1' ? (e.stack ?? e.message) : e.message.split('\n')[0]!;
}

/**
 * `hipcheck … | head` closes the pipe early: the write fails with EPIPE, which is the reader's
 * choice, not an error. Exit quietly with success instead of printing a stack trace.
 */
export function exitQuietlyOnBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
}
