export class Backoff {
    random;
    baseMs;
    maxMs;
    failures = 0;
    constructor(options = {}, random = Math.random) {
        this.random = random;
        this.baseMs = Math.max(1, options.baseMs ?? 1000);
        this.maxMs = Math.max(this.baseMs, options.maxMs ?? 60_000);
    }
    /** Consecutive reconnects since the last reset. */
    get attempts() {
        return this.failures;
    }
    /** The delay before the next reconnect; each call counts one more attempt. */
    next() {
        const cap = Math.min(this.maxMs, this.baseMs * 2 ** Math.min(this.failures, 30));
        this.failures += 1;
        return Math.round(cap / 2 + (cap / 2) * this.random());
    }
    reset() {
        this.failures = 0;
    }
}
