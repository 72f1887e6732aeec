import { GatewayError } from './errors.js';
import { RateLimiter } from './ratelimit.js';
import type { Timers } from './timers.js';
/**
 * Outgoing frames, paced by a `RateLimiter`. Managed frames (heartbeat, Identify, Resume) go first and
 * may use the reserved slots; user frames wait for READY/RESUMED and are bounded (`maxQueued`).
 *
 * `lane` says what may be written: 'closed' (no socket: nothing), 'managed' (socket open, not ready yet),
 * 'all' (ready). Each new connection calls `attach` with a fresh limiter; `detach` drops the writer and
 * unsent managed frames (they belong to the old connection), user frames stay queued for the next one.
 */
export type SendLane = 'closed' | 'managed' | 'all';
export declare class SendQueue {
    private readonly timers;
    private readonly maxQueued;
    private readonly managed;
    private readonly user;
    private lane;
    private write;
    private limiter;
    private timer;
    constructor(timers: Timers, maxQueued?: number);
    /** User frames waiting (for READY/RESUMED or for the rate limit). */
    get pendingUserSends(): number;
    attach(write: (data: string) => void, limiter: RateLimiter): void;
    /** Opens the user lane (after READY/RESUMED) and flushes what waited. */
    openUserLane(): void;
    detach(): void;
    /** Queues a managed frame for the current connection (dropped if the connection ends first). */
    pushManaged(data: string): void;
    /** Queues a user frame; resolves once it is written to the socket. */
    push(data: string): Promise<void>;
    /** Rejects every waiting frame (client closed for good). */
    rejectAll(error: GatewayError): void;
    private cancelTimer;
    private flush;
    /** Writes from `queue` while allowed; returns true if `queue` emptied. Schedules a retry otherwise. */
    private drain;
}
