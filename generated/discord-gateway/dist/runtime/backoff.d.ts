/**
 * Reconnect delays: exponential with jitter, capped, reset after a successful READY/RESUMED
 * (reference: "Reconnect storms"). Delay n (0-based) is uniform in [cap/2, cap] with
 * cap = min(maxMs, baseMs * 2^n), so even the first retry waits at least baseMs/2: never a tight loop.
 */
export interface BackoffOptions {
    /** First cap in ms. Default 1000. */
    baseMs?: number;
    /** Largest delay in ms. Default 60000. */
    maxMs?: number;
}
export declare class Backoff {
    private readonly random;
    readonly baseMs: number;
    readonly maxMs: number;
    private failures;
    constructor(options?: BackoffOptions, random?: () => number);
    /** Consecutive reconnects since the last reset. */
    get attempts(): number;
    /** The delay before the next reconnect; each call counts one more attempt. */
    next(): number;
    reset(): void;
}
