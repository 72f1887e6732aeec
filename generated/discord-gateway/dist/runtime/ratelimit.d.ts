/**
 * The send limit (reference: "Limits": 120 events per 60 s per connection) as a pure sliding-window
 * counter. It holds no timers: every call takes `now`, so tests drive it with any clock.
 * `reserved` slots are kept for managed sends (heartbeat, Identify, Resume): user sends may only use
 * `limit - reserved` of the window.
 */
export type SendPriority = 'managed' | 'user';
export interface RateLimitOptions {
    /** Sends per window. Default 120. */
    limit?: number;
    /** Window length in ms. Default 60000. */
    windowMs?: number;
    /** Slots kept for managed sends. Default 5 (see `reservedFor`). */
    reserved?: number;
}
export declare class RateLimiter {
    readonly limit: number;
    readonly windowMs: number;
    reserved: number;
    /** Times of the sends still inside the window, oldest first (a ring of size `limit`). */
    private readonly times;
    private head;
    constructor(options?: RateLimitOptions);
    private prune;
    /** Sends counted in the window ending at `now`. */
    used(now: number): number;
    private capacity;
    /** Takes a slot if one is free for `priority`; returns whether it did. */
    tryTake(now: number, priority: SendPriority): boolean;
    /** The earliest time a slot frees up for `priority` (now, if one is free). */
    nextFreeAt(now: number, priority: SendPriority): number;
}
/**
 * Slots to reserve for a heartbeat interval: every heartbeat in a window, one op-1-requested beat per
 * scheduled beat, plus Identify/Resume, plus one spare; at most half the limit (41.25 s -> 8 of 120).
 */
export declare function reservedFor(heartbeatIntervalMs: number, limit?: number, windowMs?: number): number;
