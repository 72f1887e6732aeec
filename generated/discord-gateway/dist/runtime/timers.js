/** Any period works (the interval's callback does nothing); the largest a Node timer takes wakes it least. */
const KEEP_ALIVE_PERIOD_MS = 2 ** 31 - 1;
export const systemTimers = {
    now: () => Date.now(),
    setTimeout: (callback, ms) => {
        const handle = globalThis.setTimeout(callback, ms);
        // The client's lifetime is held by keepAlive(), in one place; a timer left behind must not hold the process.
        handle.unref?.();
        return handle;
    },
    clearTimeout: (handle) => globalThis.clearTimeout(handle),
    keepAlive: () => {
        // One referenced interval that never does anything: the cheapest handle that holds the event loop.
        const handle = globalThis.setInterval(() => undefined, KEEP_ALIVE_PERIOD_MS);
        return () => globalThis.clearInterval(handle);
    },
};
/** Resolves after `ms` on `timers`; rejects with the signal's reason when aborted. */
export function sleep(timers, ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const onAbort = () => {
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
