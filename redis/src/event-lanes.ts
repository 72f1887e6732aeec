import { RedisGatewayError } from './errors.js';
import { sequenceOf } from './stream-replies.js';

/** What a handler gets beside the event's data. */
export interface EventContext<E extends string = string> {
  shardId: number;
  /** The gateway sequence of the dispatch (its stream id's second part). */
  sequence: number;
  /** The entry's stream id, `<session epoch>-<sequence>`: unique per shard, growing in the shard's order. */
  id: string;
  event: E;
  /** How many times the entry was handed to a consumer of the group, this time included (1 the first time). */
  deliveries: number;
}

export type EventHandler = (data: unknown, context: EventContext) => unknown;

/** One entry read for this consumer. */
export interface LaneEntry {
  readonly id: string;
  readonly event: string;
  readonly data: string;
  readonly deliveries: number;
  /** `performance.now()` when it was read: an entry handled for longer than the claim idle time is reported busy. */
  readonly readAt: number;
}

export interface LaneHooks {
  handlers(event: string): readonly EventHandler[] | undefined;
  ack(shardId: number, id: string): void;
  /** The handler rejected or threw, or the data was not JSON: not acked (redelivered later). */
  fail(shardId: number, entry: LaneEntry, error: RedisGatewayError): void;
}

/**
 * The entries of one shard this consumer holds, handled one after the other in stream order (per-shard order
 * within one consumer), each acked once every handler of its event resolved. A handler that returns no promise
 * costs no await, so a synchronous handler runs a whole batch in one turn.
 */
export class ShardLane {
  private readonly queue: LaneEntry[] = [];
  private head = 0;
  private running: Promise<void> | undefined;
  private current: LaneEntry | undefined;

  constructor(
    readonly shardId: number,
    private readonly hooks: LaneHooks,
  ) {}

  get size(): number {
    return this.queue.length - this.head + (this.current ? 1 : 0);
  }

  push(entry: LaneEntry): void {
    this.queue.push(entry);
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
  }

  /** Ids held longer than `olderThan` (performance.now() time): the claim round must leave them to this consumer. */
  busyIds(olderThan: number): string[] {
    const ids: string[] = [];
    if (this.current && this.current.readAt < olderThan) ids.push(this.current.id);
    for (let i = this.head; i < this.queue.length; i++) {
      const entry = this.queue[i] as LaneEntry;
      if (entry.readAt < olderThan) ids.push(entry.id);
    }
    return ids;
  }

  /** Resolves once every entry pushed so far was handled. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    while (this.head < this.queue.length) {
      const entry = this.queue[this.head] as LaneEntry;
      this.queue[this.head++] = undefined as unknown as LaneEntry;
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      this.current = entry;
      try {
        await this.handle(entry);
      } finally {
        this.current = undefined;
      }
    }
  }

  private async handle(entry: LaneEntry): Promise<void> {
    const handlers = this.hooks.handlers(entry.event);
    if (handlers === undefined || handlers.length === 0) {
      // Nobody here wants this event: acked, so it does not wait for a redelivery nobody wants either.
      this.hooks.ack(this.shardId, entry.id);
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(entry.data);
    } catch (error) {
      this.hooks.fail(this.shardId, entry, new RedisGatewayError('HANDLER_FAILED', `shard ${this.shardId}: ${entry.event} ${entry.id}: its data is not JSON`, { cause: error }));
      return;
    }
    const context: EventContext = { shardId: this.shardId, sequence: sequenceOf(entry.id), id: entry.id, event: entry.event, deliveries: entry.deliveries };
    try {
      if (handlers.length === 1) {
        const result = (handlers[0] as EventHandler)(data, context);
        if (isThenable(result)) await result;
      } else {
        await Promise.all(handlers.map((handler) => handler(data, context)));
      }
    } catch (error) {
      this.hooks.fail(this.shardId, entry, new RedisGatewayError('HANDLER_FAILED', `shard ${this.shardId}: a ${entry.event} handler failed on ${entry.id} (delivery ${entry.deliveries}): ${String((error as Error)?.message ?? error)}`, { cause: error }));
      return;
    }
    // at-least-once: acked only once every handler resolved.
    this.hooks.ack(this.shardId, entry.id);
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
