import { expose } from 'comlink';
import { MessageChannel, type MessagePort } from 'node:worker_threads';

/**
 * A Worker without a browser, for the bridge tests (src/app/bridge): comlink talks to a real exposed
 * API over a Node MessageChannel; the test sees whether it was terminated and can make it crash
 * (an `error` event, as a browser fires when a worker fails to load or throws uncaught).
 */
export class FakeWorker extends EventTarget {
  terminated = false;
  private readonly port: MessagePort;
  private readonly other: MessagePort;

  constructor(api: object) {
    super();
    const { port1, port2 } = new MessageChannel();
    expose(api, port2 as unknown as Worker);
    this.port = port1;
    this.other = port2;
  }

  postMessage(msg: unknown, transfer?: Transferable[]): void {
    if (!this.terminated) this.port.postMessage(msg, transfer as never);
  }

  override addEventListener(type: string, l: EventListenerOrEventListenerObject | null): void {
    if (type === 'message') this.port.addEventListener('message', l as never);
    else super.addEventListener(type, l);
  }

  override removeEventListener(type: string, l: EventListenerOrEventListenerObject | null): void {
    if (type === 'message') this.port.removeEventListener('message', l as never);
    else super.removeEventListener(type, l);
  }

  start(): void {
    this.port.start();
  }

  terminate(): void {
    this.terminated = true;
    this.port.close();
    this.other.close();
  }

  crash(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error'), { message }));
  }
}

/** A `createWorker` for a bridge that makes FakeWorkers on `api()` and keeps them, in start order, in `workers`. */
export function fakeWorkers(api: () => object): { workers: FakeWorker[]; createWorker: () => Worker } {
  const workers: FakeWorker[] = [];
  return {
    workers,
    createWorker: () => {
      const w = new FakeWorker(api());
      workers.push(w);
      return w as unknown as Worker;
    },
  };
}

/** Waits until `ok()` holds (real timers: comlink's messages are real), failing after `ms`. */
export async function until(ok: () => boolean, ms = 3000): Promise<void> {
  const t0 = Date.now();
  while (!ok()) {
    if (Date.now() - t0 > ms) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The name of the error `p` rejects with, or 'resolved'; fails after `ms` if it does neither. */
export function settledName(p: Promise<unknown>, ms = 3000): Promise<string> {
  return Promise.race([
    p.then(
      () => 'resolved',
      (e: Error) => e.name,
    ),
    new Promise<string>((r) => setTimeout(() => r('still pending'), ms)),
  ]);
}
