import type { RedisLink } from './connection.js';
import type { RedisGatewayError } from './errors.js';
import type { RedisKeys } from './keys.js';

/**
 * Acks of one consumer, batched: the ids handled during a turn of the event loop go out as one XACK per shard,
 * pipelined on the consumer's (non-blocking) connection beside its next read.
 */
export class AckBatcher {
  private readonly ids = new Map<number, string[]>();
  private scheduled = false;

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

  async flush(): Promise<void> {
    this.scheduled = false;
    const batches = [...this.ids];
    this.ids.clear();
    await Promise.all(
      batches.map(async ([shardId, ids]) => {
        try {
          // Counted as Redis counts them: an entry trimmed (and reported as a gap) meanwhile is not acked again.
          // (Read after the await: `count += await ...` would add to the value read before it, losing concurrent flushes.)
          const acked = Number(await this.link.call(['XACK', this.keys.events(shardId), this.group, ...ids]));
          this.onAcked(acked);
        } catch (error) {
          // Not acked: delivered again after `claimIdleMs` (at-least-once).
          this.onError(error as RedisGatewayError);
        }
      }),
    );
  }
}
