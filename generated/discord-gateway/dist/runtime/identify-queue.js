// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
import { systemTimers, sleep } from './timers.js';
/** In-process default: each bucket hands out one slot per window. */
export class SimpleIdentifyQueue {
    maxConcurrency;
    windowMs;
    timers;
    /** Per bucket: the earliest time the next slot may start. */
    nextSlot = new Map();
    constructor(options = {}) {
        this.maxConcurrency = Math.max(1, Math.floor(options.maxConcurrency ?? 1));
        this.windowMs = options.windowMs ?? 5000;
        this.timers = options.timers ?? systemTimers;
    }
    async wait(shardId, signal) {
        if (signal?.aborted)
            throw signal.reason;
        const bucket = shardId % this.maxConcurrency;
        const now = this.timers.now();
        const at = Math.max(now, this.nextSlot.get(bucket) ?? now);
        // The slot is taken now; an aborted wait leaves it used, which errs on the safe side.
        this.nextSlot.set(bucket, at + this.windowMs);
        if (at > now)
            await sleep(this.timers, at - now, signal);
    }
}
