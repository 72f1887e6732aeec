// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
import { systemTimers, sleep, type AbortSignalLike, type Timers } from './timers.js';

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
export class SimpleIdentifyQueue implements IdentifyQueue {
  readonly maxConcurrency: number;
  private readonly windowMs: number;
  private readonly timers: Timers;
  /** Per bucket: the earliest time the next slot may start. */
  private readonly nextSlot = new Map<number, number>();

  constructor(options: SimpleIdentifyQueueOptions = {}) {
    this.maxConcurrency = Math.max(1, Math.floor(options.maxConcurrency ?? 1));
    this.windowMs = options.windowMs ?? 5000;
    this.timers = options.timers ?? systemTimers;
  }

  async wait(shardId: number, signal?: AbortSignalLike): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    const bucket = shardId % this.maxConcurrency;
    const now = this.timers.now();
    const at = Math.max(now, this.nextSlot.get(bucket) ?? now);
    // The slot is taken now; an aborted wait leaves it used, which errs on the safe side.
    this.nextSlot.set(bucket, at + this.windowMs);
    if (at > now) await sleep(this.timers, at - now, signal);
  }
}
