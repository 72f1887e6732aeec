import type { GatewayClientBase, GatewayEventMap } from './client.js';
import { type IdentifyQueue } from './identify-queue.js';
import type { Timers } from './timers.js';
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
export declare class ShardManager<C extends AnyClient> {
    readonly shards: ReadonlyMap<number, C>;
    readonly identifyQueue: IdentifyQueue;
    private readonly listeners;
    constructor(options: ShardManagerOptions<C>);
    /** Connects every shard (identifies paced by the queue); resolves with each READY's d, by shard order. */
    connect(): Promise<ReadyOf<C>[]>;
    close(options?: {
        resumable?: boolean;
    }): Promise<void>;
    on<K extends keyof ShardEventMap<C>>(event: K, listener: (...args: ShardEventMap<C>[K]) => void): this;
    off<K extends keyof ShardEventMap<C>>(event: K, listener: (...args: ShardEventMap<C>[K]) => void): this;
    private forward;
}
export {};
