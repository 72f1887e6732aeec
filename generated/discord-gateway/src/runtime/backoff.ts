// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
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

export class Backoff {
  readonly baseMs: number;
  readonly maxMs: number;
  private failures = 0;

  constructor(options: BackoffOptions = {}, private readonly random: () => number = Math.random) {
    this.baseMs = Math.max(1, options.baseMs ?? 1000);
    this.maxMs = Math.max(this.baseMs, options.maxMs ?? 60_000);
  }

  /** Consecutive reconnects since the last reset. */
  get attempts(): number {
    return this.failures;
  }

  /** The delay before the next reconnect; each call counts one more attempt. */
  next(): number {
    const cap = Math.min(this.maxMs, this.baseMs * 2 ** Math.min(this.failures, 30));
    this.failures += 1;
    return Math.round(cap / 2 + (cap / 2) * this.random());
  }

  reset(): void {
    this.failures = 0;
  }
}
