import type { RedisLink } from './connection.js';
import type { RedisGatewayError } from './errors.js';
import type { RedisKeys } from './keys.js';

const RETRY_MIN_MS = 50;
const RETRY_MAX_MS = 1000;

/**
 * Acks of one consumer, batched: the ids handled during a turn of the event loop go out as one XACK per shard,
 * pipelined on the consumer's (non-blocking) connection beside its next read. An XACK that fails (Redis down or
 * restarting) is tried again, backing off, until Redis takes it: the handler already ran, so leaving the entry
 * pending would have it handed out (and handled) again after `claimIdleMs`. Until then its id is `waiting`, and the
 * claim round leaves it to this consumer.
 */
export class AckBatcher {
  private readonly ids = new Map<number, string[]>();
  /** Ids whose XACK failed, per shard: sent again with the next flush. */
  private readonly failed = new Map<number, Set<string>>();
  private scheduled = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryMs = RETRY_MIN_MS;
  /** An outage is reported once, not at every retry. */
  private failing = false;
  private closed = false;

  constructor(
    private readonly link: RedisLink,
    private readonly keys: RedisKeys,
    private readonly group: string,
    private readonly onAcked: (count: number) => void,
    private readonly onError: (error: RedisGatewayError) => void,
  ) {}

  add(shardId: number, id: string): void {
    const list = this.ids.get(shardId);
    if (list) list.push(id);
    else this.ids.set(shardId, [id]);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => void this.flush());
    }
  }

  /** Ids of the shard handled here and not acked in Redis yet (queued, or their XACK failed and will be retried). */
  waiting(shardId: number): string[] {
    return [...(this.ids.get(shardId) ?? []), ...(this.failed.get(shardId) ?? [])];
  }

  async flush(): Promise<void> {
    this.scheduled = false;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const batches = new Map<number, string[]>();
    for (const [shardId, ids] of this.failed) batches.set(shardId, [...ids]);
    for (const [shardId, ids] of this.ids) batches.set(shardId, [...(batches.get(shardId) ?? []), ...ids]);
    this.ids.clear();
    let failures = 0;
    await Promise.all(
      [...batches].map(async ([shardId, ids]) => {
        try {
          // Counted as Redis counts them: an entry trimmed (and reported as a gap) meanwhile is not acked again,
          // nor one whose earlier XACK did run although its reply was lost.
          // (Read after the await: `count += await ...` would add to the value read before it, losing concurrent flushes.)
          const acked = Number(await this.link.call(['XACK', this.keys.events(shardId), this.group, ...ids]));
          this.onAcked(acked);
          const failed = this.failed.get(shardId);
          if (failed) {
            for (const id of ids) failed.delete(id);
            if (failed.size === 0) this.failed.delete(shardId);
          }
        } catch (error) {
          failures += 1;
          const failed = this.failed.get(shardId) ?? new Set<string>();
          for (const id of ids) failed.add(id);
          this.failed.set(shardId, failed);
          if (!this.failing) this.onError(error as RedisGatewayError);
          this.failing = true;
        }
      }),
    );
    if (failures === 0) {
      this.retryMs = RETRY_MIN_MS;
      this.failing = false;
      return;
    }
    if (this.closed || this.retryTimer !== undefined || this.scheduled) return;
    this.retryTimer = setTimeout(() => void this.flush(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }

  /**
   * A last flush, then no more retries: what is still not acked stays pending in the group and is handed out again
   * after `claimIdleMs` (at-least-once).
   */
  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }
}
