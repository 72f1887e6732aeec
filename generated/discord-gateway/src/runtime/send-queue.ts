// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
import { GatewayError } from './errors.js';
import { RateLimiter, type SendPriority } from './ratelimit.js';
import type { TimerHandle, Timers } from './timers.js';

/**
 * Outgoing frames, paced by a `RateLimiter`. Managed frames (heartbeat, Identify, Resume) go first and
 * may use the reserved slots; user frames wait for READY/RESUMED and are bounded (`maxQueued`).
 *
 * `lane` says what may be written: 'closed' (no socket: nothing), 'managed' (socket open, not ready yet),
 * 'all' (ready). Each new connection calls `attach` with a fresh limiter; `detach` drops the writer and
 * unsent managed frames (they belong to the old connection), user frames stay queued for the next one.
 */
export type SendLane = 'closed' | 'managed' | 'all';

interface Pending {
  readonly data: string;
  readonly resolve: () => void;
  readonly reject: (error: GatewayError) => void;
}

export class SendQueue {
  private readonly managed: string[] = [];
  private readonly user: Pending[] = [];
  private lane: SendLane = 'closed';
  private write: ((data: string) => void) | undefined;
  private limiter = new RateLimiter();
  private timer: TimerHandle | undefined;

  constructor(
    private readonly timers: Timers,
    private readonly maxQueued = 1000,
  ) {}

  /** User frames waiting (for READY/RESUMED or for the rate limit). */
  get pendingUserSends(): number {
    return this.user.length;
  }

  attach(write: (data: string) => void, limiter: RateLimiter): void {
    this.write = write;
    this.limiter = limiter;
    this.lane = 'managed';
    this.flush();
  }

  /** Opens the user lane (after READY/RESUMED) and flushes what waited. */
  openUserLane(): void {
    if (this.lane === 'closed') return;
    this.lane = 'all';
    this.flush();
  }

  detach(): void {
    this.write = undefined;
    this.lane = 'closed';
    this.cancelTimer();
    this.managed.length = 0;
  }

  /** Queues a managed frame for the current connection (dropped if the connection ends first). */
  pushManaged(data: string): void {
    if (this.lane === 'closed') return;
    this.managed.push(data);
    this.flush();
  }

  /** Queues a user frame; resolves once it is written to the socket. */
  push(data: string): Promise<void> {
    if (this.user.length >= this.maxQueued) {
      return Promise.reject(
        new GatewayError(
          'SEND_QUEUE_FULL',
          `send queue is full (${this.maxQueued} sends waiting for the connection or the rate limit); ` +
            'wait for "ready"/"resumed" or raise maxQueuedSends',
        ),
      );
    }
    return new Promise<void>((resolve, reject) => {
      this.user.push({ data, resolve, reject });
      this.flush();
    });
  }

  /** Rejects every waiting frame (client closed for good). */
  rejectAll(error: GatewayError): void {
    this.managed.length = 0;
    for (const item of this.user.splice(0)) item.reject(error);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private flush(): void {
    this.cancelTimer();
    if (!this.drain(this.managed, 'managed')) return;
    if (this.lane === 'all') this.drain(this.user, 'user');
  }

  /** Writes from `queue` while allowed; returns true if `queue` emptied. Schedules a retry otherwise. */
  private drain(queue: (Pending | string)[], priority: SendPriority): boolean {
    while (queue.length > 0) {
      const write = this.write;
      if (write === undefined) return false;
      const now = this.timers.now();
      if (!this.limiter.tryTake(now, priority)) {
        const at = this.limiter.nextFreeAt(now, priority);
        this.timer = this.timers.setTimeout(() => {
          this.timer = undefined;
          this.flush();
        }, Math.max(1, at - now));
        return false;
      }
      const item = queue.shift() as Pending | string;
      if (typeof item === 'string') write(item);
      else {
        write(item.data);
        item.resolve();
      }
    }
    return true;
  }
}
