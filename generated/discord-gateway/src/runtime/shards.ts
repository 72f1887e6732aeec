// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
import type { GatewayClientBase, GatewayEventMap } from './client.js';
import { SimpleIdentifyQueue, type IdentifyQueue } from './identify-queue.js';
import type { Timers } from './timers.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
// Any client, whatever frames it receives: a generated client narrows `Received` to its own union of frames.
type AnyClient = GatewayClientBase<any, any, any, any>;
type DispatchesOf<C extends AnyClient> = NonNullable<C['~types']>['dispatches'];
type ReadyOf<C extends AnyClient> = NonNullable<C['~types']>['ready'];
type ReceivedOf<C extends AnyClient> = NonNullable<C['~types']>['received'];
type EventsOf<C extends AnyClient> = GatewayEventMap<DispatchesOf<C>, ReadyOf<C>, ReceivedOf<C>>;

/** A client's events, each with the shard id appended. */
export type ShardEventMap<C extends AnyClient> = {
  [K in keyof EventsOf<C>]: [...EventsOf<C>[K], shardId: number];
};

export interface ShardManagerOptions<C extends AnyClient> {
  /** Total shards of the bot (from GET /gateway/bot). */
  shardCount: number;
  /** Shards this process runs. Default: all of 0..shardCount-1. */
  shardIds?: readonly number[];
  /** `session_start_limit.max_concurrency`. Default 1. Ignored when `identifyQueue` is given. */
  maxConcurrency?: number;
  /** Shared by every shard. Default: a SimpleIdentifyQueue with `maxConcurrency`. */
  identifyQueue?: IdentifyQueue;
  /** Builds one shard's client; pass `shard` and `identifyQueue` into the client options. */
  createClient: (shard: [shardId: number, shardCount: number], identifyQueue: IdentifyQueue) => C;
  /** Timers for the default identify queue. */
  timers?: Timers;
}

/**
 * Several shards of one bot in one process (reference: "Sharding"). Each shard is its own client
 * (connection, session, rate limit); identifies are paced by one shared `IdentifyQueue`; every client
 * event is re-emitted with the shard id as last argument.
 */
export class ShardManager<C extends AnyClient> {
  readonly shards: ReadonlyMap<number, C>;
  readonly identifyQueue: IdentifyQueue;
  private readonly listeners = new Map<string, ((...args: any[]) => void)[]>();

  constructor(options: ShardManagerOptions<C>) {
    const { shardCount } = options;
    if (!Number.isInteger(shardCount) || shardCount < 1) throw new TypeError('shardCount must be a positive integer');
    this.identifyQueue =
      options.identifyQueue ??
      new SimpleIdentifyQueue({ maxConcurrency: options.maxConcurrency ?? 1, ...(options.timers ? { timers: options.timers } : {}) });
    const ids = options.shardIds ?? Array.from({ length: shardCount }, (_, i) => i);
    const shards = new Map<number, C>();
    for (const id of ids) {
      if (!Number.isInteger(id) || id < 0 || id >= shardCount) throw new RangeError(`shard id ${id} is outside 0..${shardCount - 1}`);
      const client = options.createClient([id, shardCount], this.identifyQueue);
      // Only the events the manager has listeners for: a client skips debug text and 'frame' events nobody reads.
      client.onAny((event, args) => this.forward(event, args, id), (event) => this.listeners.has(event));
      shards.set(id, client);
    }
    this.shards = shards;
  }

  /** Connects every shard (identifies paced by the queue); resolves with each READY's d, by shard order. */
  connect(): Promise<ReadyOf<C>[]> {
    return Promise.all([...this.shards.values()].map((client) => client.connect() as Promise<ReadyOf<C>>));
  }

  close(options?: { resumable?: boolean }): Promise<void> {
    return Promise.all([...this.shards.values()].map((client) => client.close(options))).then(() => undefined);
  }

  on<K extends keyof ShardEventMap<C>>(event: K, listener: (...args: ShardEventMap<C>[K]) => void): this {
    const list = this.listeners.get(event as string) ?? [];
    this.listeners.set(event as string, [...list, listener as (...args: any[]) => void]);
    return this;
  }

  off<K extends keyof ShardEventMap<C>>(event: K, listener: (...args: ShardEventMap<C>[K]) => void): this {
    const list = this.listeners.get(event as string);
    if (list) this.listeners.set(event as string, list.filter((candidate) => candidate !== listener));
    return this;
  }

  private forward(event: string, args: unknown[], shardId: number): void {
    const list = this.listeners.get(event);
    if (!list) return;
    // A throw here propagates to the client's emitter, which reports it as that shard's 'error'.
    for (const listener of list) listener(...args, shardId);
  }
}
