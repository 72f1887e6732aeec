import type { GatewaySession, SessionStore } from '@gen-gateway/runtime';
import type { RedisOption } from './connection.js';
import type { RedisGatewayError } from './errors.js';
import type { IdentifyQueueMetrics, RedisIdentifyQueue, RedisIdentifyQueueOptions, SessionStartLimit } from './identify-queue.js';
import type { SendCommandTable } from './send-commands.js';
import type { ExpiredCommand } from './command-relay.js';
import type { GapReport } from './stream-publisher.js';

/**
 * What the host needs of a client: the generated `GatewayClient` (any `GatewayClientBase`) is one. `onAny` hands it
 * every dispatch to publish; `session` is the session each dispatch belongs to. Commands (`events.send`) call the
 * client's send methods by name (those of `commands`).
 */
export interface HostedClient {
  connect(): Promise<unknown>;
  close(options?: { resumable?: boolean | undefined }): Promise<void>;
  onAny(listener: (event: string, args: unknown[]) => void): () => void;
  readonly session: GatewaySession | undefined;
}

/** The options the host controls, given to `createClient`: spread them into the client's options. */
export interface HostedClientOptions {
  shard: [shardId: number, shardCount: number];
  /** A RedisIdentifyQueue on the host's Redis and prefix: identify pacing and budget shared by the fleet. */
  identifyQueue: RedisIdentifyQueue;
  /**
   * The shard's session, kept in Redis with the stream it publishes to: saves and deletes travel with the published
   * dispatches, fenced by this lease's token, and the stored sequence is the last one published.
   */
  sessionStore: SessionStore;
}

export interface ShardHostOptions<C extends HostedClient> {
  /** A `redis://` URL (the host creates and closes its clients) or a node-redis client (it uses it and a `duplicate()` for its blocking command reads). Default `redis://127.0.0.1:6379`. */
  redis?: RedisOption | undefined;
  /** Total shards of the bot (from GET /gateway/bot); the same in every host. */
  shardCount: number;
  /** `session_start_limit.max_concurrency`; the same in every host. Default 1. */
  maxConcurrency?: number;
  /** Most shards this host runs at once. Default `shardCount`. */
  capacity?: number;
  /** A lease not renewed for this long is lost (and claimable by any host). Default 30000. */
  leaseTtlMs?: number;
  /** How often the host renews its leases and looks for free or expired shards. Default `leaseTtlMs / 3`. */
  pollMs?: number;
  /** Key prefix shared by the fleet. Default `gen-gateway:`. */
  prefix?: string;
  /** The host's id in the leases. Default a random UUID. */
  hostId?: string;
  /** A Redis call not answered within this fails. Default 2000; less than `leaseTtlMs / 3`. */
  commandTimeoutMs?: number;
  /** `session_start_limit` from GET /gateway/bot: the fleet's daily identify budget (see RedisIdentifyQueue). */
  sessionStartLimit?: SessionStartLimit;
  /** More options of the host's RedisIdentifyQueue (`reserve`, `windowMs`...). */
  identify?: Omit<RedisIdentifyQueueOptions, 'redis' | 'prefix' | 'maxConcurrency'>;
  /** Session TTL in Redis (see RedisSessionStore); renewed with the lease while the host holds it. Default 600000. */
  sessionTtlMs?: number;
  /** The shard streams every dispatch is published to. */
  stream?: {
    /** `MAXLEN ~` of each shard's stream: entries kept (a little more: Redis trims whole nodes). Default 10000; 0: unbounded. */
    maxLen?: number;
    /** Most dispatches in one publish script call. Default 512. */
    maxBatch?: number;
    /** `MAXLEN ~` of each shard's gap ledger. Default 1000. */
    gapMaxLen?: number;
  };
  /** The send methods `events.send` may call on the clients. Default: the generated Discord client's (`GatewaySendCommands`). */
  commands?: SendCommandTable;
  /** A queued command left unsent this long (its host died, or its send failed) is taken and tried again. Default `leaseTtlMs`. */
  commandRetryMs?: number;
  createClient: (options: HostedClientOptions) => C;
}

export type ShardHostEvents = {
  /** The host took the shard's lease (a new fencing `token`) and is connecting its client. */
  claimed: [shardId: number, token: number];
  /** The host lost the lease (not renewed in time, or another host holds it): the client was closed resumably. */
  lost: [shardId: number, token: number];
  /** `stop()` handed the shard over: client closed resumably, session saved, lease released. */
  released: [shardId: number, token: number];
  /** A trim of a shard's stream removed entries a consumer group had not acked (also in the shard's gap ledger). */
  gap: [report: GapReport];
  /** A command (`events.send`) was past its expiry when this host took it to send: not sent, acked. */
  commandExpired: [command: ExpiredCommand];
  /** LEASE_LOST (with `lost`, and for each refused fenced write), REDIS_UNAVAILABLE, a client's failed connect. */
  error: [error: RedisGatewayError | Error];
  debug: [message: string];
};

export interface ShardHostMetrics {
  hostId: string;
  /** Shards whose lease the host holds now. */
  shards: number[];
  claims: number;
  renewals: number;
  /** Leases lost (expired before renewal, or taken over). */
  lost: number;
  /** Lease or claim calls that failed (Redis unavailable). */
  failures: number;
  /** Fenced writes (publishes, session saves and deletes) refused because the host no longer held the lease. */
  refusedWrites: number;
  /** Dispatches appended to the shard streams. */
  published: number;
  /** Dispatches already in their stream (a replay after Resume, a retried call): not appended again. */
  duplicates: number;
  /** Publish script calls that succeeded. */
  publishBatches: number;
  /** Publish script calls that failed (Redis unavailable) and were retried. */
  publishFailures: number;
  /** Dispatches not published by this host (lease lost, refused): the shard's next Resume replays them. */
  dropped: number;
  /** Dispatches and session writes waiting to be published now. */
  queued: number;
  /** Entries `MAXLEN ~` removed from the streams' heads. */
  trimmed: number;
  /** Entries consumer groups lost to trimming before acking them (reported as `gap`; -1 counts are not added). */
  gaps: number;
  /** Commands (`events.send`) sent through a client. */
  commandsSent: number;
  /** Commands that could not be sent (dropped if they never can be, else tried again). */
  commandsFailed: number;
  /** Commands past their expiry when taken to send: not sent, acked, reported as `commandExpired`. */
  commandsExpired: number;
  /** The identify waits of this host's clients (its RedisIdentifyQueue): how many, how many now, the longest. */
  identify: IdentifyQueueMetrics;
}
