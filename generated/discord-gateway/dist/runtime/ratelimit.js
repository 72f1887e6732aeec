export class RateLimiter {
    limit;
    windowMs;
    reserved;
    /** Times of the sends still inside the window, oldest first (a ring of size `limit`). */
    times = [];
    head = 0;
    constructor(options = {}) {
        this.limit = options.limit ?? 120;
        this.windowMs = options.windowMs ?? 60_000;
        this.reserved = Math.min(this.limit - 1, options.reserved ?? 5);
    }
    prune(now) {
        while (this.head < this.times.length && this.times[this.head] <= now - this.windowMs)
            this.head += 1;
        if (this.head > 64 && this.head * 2 > this.times.length) {
            this.times.splice(0, this.head);
            this.head = 0;
        }
    }
    /** Sends counted in the window ending at `now`. */
    used(now) {
        this.prune(now);
        return this.times.length - this.head;
    }
    capacity(priority) {
        return priority === 'managed' ? this.limit : this.limit - this.reserved;
    }
    /** Takes a slot if one is free for `priority`; returns whether it did. */
    tryTake(now, priority) {
        if (this.used(now) >= this.capacity(priority))
            return false;
        this.times.push(now);
        return true;
    }
    /** The earliest time a slot frees up for `priority` (now, if one is free). */
    nextFreeAt(now, priority) {
        const over = this.used(now) - this.capacity(priority);
        if (over < 0)
            return now;
        return this.times[this.head + over] + this.windowMs;
    }
}
/**
 * Slots to reserve for a heartbeat interval: every heartbeat in a window, one op-1-requested beat per
 * scheduled beat, plus Identify/Resume, plus one spare; at most half the limit (41.25 s -> 8 of 120).
 */
export function reservedFor(heartbeatIntervalMs, limit = 120, windowMs = 60_000) {
    const beats = Math.ceil(windowMs / heartbeatIntervalMs) + 1;
    return Math.min(Math.floor(limit / 2), beats * 2 + 2);
}
