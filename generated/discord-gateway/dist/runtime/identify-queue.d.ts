import { type AbortSignalLike, type Timers } from './timers.js';
/**
 * Paces Identify across shards (reference: "Limits": at most `max_concurrency` identifies per 5 s,
 * bucketed by `shard_id % max_concurrency`). One method, so a shared store can implement it later.
 */
export interface IdentifyQueue {
    /** Resolves when `shardId` may send Identify; rejects if `signal` aborts first. */
    wait(shardId: number, signal?: AbortSignalLike): Promise<void>;
}
export interface SimpleIdentifyQueueOptions {
    /** From GET /gateway/bot `session_start_limit.max_concurrency`. Default 1. */
    maxConcurrency?: number;
    /** Length of one slot in ms. Default 5000. */
    windowMs?: number;
    timers?: Timers;
}
/** In-process default: each bucket hands out one slot per window. */
export declare class SimpleIdentifyQueue implements IdentifyQueue {
    readonly maxConcurrency: number;
    private readonly windowMs;
    private readonly timers;
    /** Per bucket: the earliest time the next slot may start. */
    private readonly nextSlot;
    constructor(options?: SimpleIdentifyQueueOptions);
    wait(shardId: number, signal?: AbortSignalLike): Promise<void>;
}
