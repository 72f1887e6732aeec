// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
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

export class RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  reserved: number;
  /** Times of the sends still inside the window, oldest first (a ring of size `limit`). */
  private readonly times: number[] = [];
  private head = 0;

  constructor(options: RateLimitOptions = {}) {
    this.limit = options.limit ?? 120;
    this.windowMs = options.windowMs ?? 60_000;
    this.reserved = Math.min(this.limit - 1, options.reserved ?? 5);
  }

  private prune(now: number): void {
    while (this.head < this.times.length && (this.times[this.head] as number) <= now - this.windowMs) this.head += 1;
    if (this.head > 64 && this.head * 2 > this.times.length) {
      this.times.splice(0, this.head);
      this.head = 0;
    }
  }

  /** Sends counted in the window ending at `now`. */
  used(now: number): number {
    this.prune(now);
    return this.times.length - this.head;
  }

  private capacity(priority: SendPriority): number {
    return priority === 'managed' ? this.limit : this.limit - this.reserved;
  }

  /** Takes a slot if one is free for `priority`; returns whether it did. */
  tryTake(now: number, priority: SendPriority): boolean {
    if (this.used(now) >= this.capacity(priority)) return false;
    this.times.push(now);
    return true;
  }

  /** The earliest time a slot frees up for `priority` (now, if one is free). */
  nextFreeAt(now: number, priority: SendPriority): number {
    const over = this.used(now) - this.capacity(priority);
    if (over < 0) return now;
    return (this.times[this.head + over] as number) + this.windowMs;
  }
}

/**
 * Slots to reserve for a heartbeat interval: every heartbeat in a window, one op-1-requested beat per
 * scheduled beat, plus Identify/Resume, plus one spare; at most half the limit (41.25 s -> 8 of 120).
 */
export function reservedFor(heartbeatIntervalMs: number, limit = 120, windowMs = 60_000): number {
  const beats = Math.ceil(windowMs / heartbeatIntervalMs) + 1;
  return Math.min(Math.floor(limit / 2), beats * 2 + 2);
}
