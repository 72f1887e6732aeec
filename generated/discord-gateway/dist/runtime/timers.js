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
    keepAlive: () => processHold.take(),
};
/**
 * One referenced interval that never does anything, shared by every started client of the process and cleared
 * when the last one lets go: the cheapest way to hold the event loop, paid once and not per shard.
 */
const processHold = {
    holders: 0,
    handle: undefined,
    take() {
        if (this.holders++ === 0)
            this.handle = globalThis.setInterval(() => undefined, KEEP_ALIVE_PERIOD_MS);
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            if (--this.holders === 0) {
                globalThis.clearInterval(this.handle);
                this.handle = undefined;
            }
        };
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
