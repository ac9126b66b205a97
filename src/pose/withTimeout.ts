/**
 * Rejects with an Error named 'TimeoutError' when `promise` has not settled after `ms`
 * milliseconds. Used around tfjs backend start-up, which can hang without an error
 * (pose-runtime-notes.md: a minified build made `setBackend('wasm')` with threads hang); a hang
 * must turn into a fallback, not a frozen app.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      const e = new Error(`${what} did not finish within ${ms} ms`);
      e.name = 'TimeoutError';
      reject(e);
    }, ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
