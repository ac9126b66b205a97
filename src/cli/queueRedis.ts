import { Redis } from 'ioredis';

/** Redis cannot be reached at the URL given: the CLI prints `message` and exits 1. */
export class RedisUnreachableError extends Error {
  override name = 'RedisUnreachableError';
}

/** Checks the form of a --redis URL; throws an Error with a user-facing message (exit 2). */
export function redisUrlParse(url: string | undefined): string {
  if (url === undefined || url === '')
    throw new Error('no Redis given: use --redis redis://host:port (or set HIPCHECK_REDIS)');
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`--redis expects a URL like redis://host:6379, got '${url}'`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:')
    throw new Error(`--redis expects a redis:// or rediss:// URL, got '${url}'`);
  return url;
}

/** The URL with any password hidden, for messages and logs. */
export const redisUrlShown = (url: string): string => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');

/**
 * Connects once, without retrying, and says in plain words when Redis is not there (BullMQ's own
 * clients would retry forever and print nothing useful). Throws RedisUnreachableError.
 */
export async function redisCheckReachable(url: string, timeoutMs = 5000): Promise<void> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  let cause: Error | null = null; // the socket's error (ECONNREFUSED...) says more than connect()'s rejection
  client.on('error', (e: Error) => (cause ??= e));
  try {
    await client.connect();
    await client.ping();
  } catch (e) {
    const err = (cause ?? e) as NodeJS.ErrnoException;
    const why = err.code ?? err.message;
    throw new RedisUnreachableError(
      `cannot reach Redis at ${redisUrlShown(url)} (${why}). Start a Redis server there (Debian/Ubuntu: sudo apt-get install redis-server) or give the right address with --redis redis://host:port.`,
    );
  } finally {
    client.disconnect();
  }
}

/** BullMQ connection options for a URL (workers need maxRetriesPerRequest: null, per BullMQ). */
export const bullConnection = (url: string) => ({ url, maxRetriesPerRequest: null });
