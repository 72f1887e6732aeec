/**
 * The clock every timed behaviour goes through, so tests can drive time by hand (or with fake timers).
 * The default reads the globals at call time, which keeps `vi.useFakeTimers()` working.
 */
export type TimerHandle = unknown;

export interface Timers {
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
  /**
   * Keeps the process alive until the returned function is called. A started client holds one, so a bot whose
   * only work is the client stays up while it waits to reconnect (no socket then holds Node's event loop) and
   * exits by itself once the client is closed. Optional: timers without it (a test clock) hold nothing.
   */
  keepAlive?(): () => void;
}

/** Any period works (the interval's callback does nothing); the largest a Node timer takes wakes it least. */
const KEEP_ALIVE_PERIOD_MS = 2 ** 31 - 1;

export const systemTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => {
    const handle = globalThis.setTimeout(callback, ms);
    // The client's lifetime is held by keepAlive(), in one place; a timer left behind must not hold the process.
    (handle as { unref?: () => void }).unref?.();
    return handle;
  },
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  keepAlive: () => processHold.take(),
};

/**
 * One referenced interval that never does anything, shared by every started client of the process and cleared
 * when the last one lets go: the cheapest way to hold the event loop, paid once and not per shard.
 */
const processHold = {
  holders: 0,
  handle: undefined as ReturnType<typeof setInterval> | undefined,
  take(): () => void {
    if (this.holders++ === 0) this.handle = globalThis.setInterval(() => undefined, KEEP_ALIVE_PERIOD_MS);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.holders === 0) {
        globalThis.clearInterval(this.handle);
        this.handle = undefined;
      }
    };
  },
};


/**
 * The part of an `AbortSignal` the runtime uses, spelled out so its declarations compile without the DOM or Node
 * type libraries (`AbortSignal` is a global of both, in neither ES lib). A real `AbortSignal` is one.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** Resolves after `ms` on `timers`; rejects with the signal's reason when aborted. */
export function sleep(timers: Timers, ms: number, signal?: AbortSignalLike): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      timers.clearTimeout(handle);
      reject(signal?.reason);
    };
    const handle = timers.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
