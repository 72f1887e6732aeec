import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { RedisOption } from './connection.js';
import { RedisGatewayError } from './errors.js';
import { nonNegativeInteger, positiveInteger } from './identify-queue.js';
import type { SendCommandTable } from './send-commands.js';
import type { GapReport } from './stream-publisher.js';

export interface GatewayEventsOptions {
  /** A `redis://` URL (GatewayEvents creates and closes its two clients) or a node-redis client (it uses it and a `duplicate()`). Default `redis://127.0.0.1:6379`. */
  redis?: RedisOption | undefined;
  /** The consumer group: one name per bot or service. Each group gets every event; each event goes to one consumer of the group. */
  group: string;
  /** This consumer's name in the group. Default `<hostname>:<pid>:<random>`; a restart with the same name takes over its pending entries at once. */
  consumer?: string;
  /** Key prefix shared with the fleet's ShardHosts. Default `gen-gateway:`. */
  prefix?: string;
  /** Shards to read. Default: the fleet's (every ShardHost writes it), looked for again at each claim round until found. */
  shardCount?: number;
  /** Where a group this consumer creates starts: `new` events (default) or the `oldest` the streams still hold. */
  startAt?: 'new' | 'oldest';
  /** Most entries one read takes per shard. Default 200. */
  batchSize?: number;
  /** Most entries read and not acked yet (reading pauses above). Default 2000. */
  maxInFlight?: number;
  /** Longest wait of one blocking read. Default 2000. */
  blockMs?: number;
  /**
   * An entry unacked for this long (its consumer died, or its handler rejected) is handed to a consumer again.
   * Make it longer than your slowest handler: an entry handled longer than that may be handed out twice. Default 30000.
   */
  claimIdleMs?: number;
  /** How often idle entries, dead letters and gap reports are looked for. Default `claimIdleMs / 2`, at most 5000. */
  claimIntervalMs?: number;
  /** Hand-overs of one entry (the first delivery included) after which it moves to the dead letters. Default 5. */
  maxDeliveries?: number;
  /** `MAXLEN ~` of each shard's dead letters of this group. Default 10000. */
  deadLetterMaxLen?: number;
  /** `MAXLEN ~` of each shard's command stream (`send`). Default 1000; 0: unbounded. */
  commandMaxLen?: number;
  /**
   * How long a command (`send`) stays worth sending, by Redis' clock from when it was queued: a host that takes it
   * later (no host ran the shard meanwhile) does not send it, acks it and reports it (`commandExpired`). `send`'s
   * `ttlMs` overrides it per command. Default 30000; 0: never expires.
   */
  commandTtlMs?: number;
  /** A Redis call not answered within this fails. Default 2000. */
  commandTimeoutMs?: number;
  /** The commands `send` accepts, with their schemas. Default: the generated Discord client's (`GatewaySendCommands`). */
  commands?: SendCommandTable;
}

/** An entry that failed `maxDeliveries` times, now in `key` (fields `id`, `deliveries`, `consumer`, `t`, `d`). */
export interface DeadLetter {
  shardId: number;
  group: string;
  /** Its id in the shard's stream. */
  id: string;
  event: string;
  deliveries: number;
  /** The dead-letter stream it was added to. */
  key: string;
}

export type GatewayEventsEvents = {
  /** Entries this group lost to the stream's trimming before acking them (reported by one consumer of the group). */
  gap: [report: GapReport];
  deadLetter: [deadLetter: DeadLetter];
  /** HANDLER_FAILED (a handler rejected: the entry is delivered again later), REDIS_UNAVAILABLE. */
  error: [error: RedisGatewayError];
  debug: [message: string];
};

export interface GatewayEventsMetrics {
  group: string;
  consumer: string;
  /** Shard streams read. */
  shards: number;
  /** Entries handed to this consumer (first deliveries and redeliveries). */
  delivered: number;
  acked: number;
  /** Handler rejections (those entries were not acked). */
  failed: number;
  /** Entries this consumer took over after they sat unacked for `claimIdleMs`. */
  redelivered: number;
  /** Entries this consumer moved to the dead letters. */
  deadLetters: number;
  /** Entries lost to trimming before this group acked them, as this consumer reported them. */
  gaps: number;
  /** Entries read and not acked yet, here. */
  inFlight: number;
  /** The group's pending entries (delivered, not acked) over every shard, at the last claim round. */
  pending: number;
  /** Entries not delivered to the group yet over every shard (stream lag), at the last claim round; -1 unknown. */
  lag: number;
}

/** Every option checked (INVALID_OPTION naming it, thrown at construction) with its default filled in. */
export interface EventsSettings {
  group: string;
  consumer: string;
  shardCount: number | undefined;
  /** The XGROUP CREATE id of a new group. */
  startAt: '$' | '0';
  batchSize: number;
  maxInFlight: number;
  blockMs: number;
  claimIdleMs: number;
  claimIntervalMs: number;
  maxDeliveries: number;
  deadLetterMaxLen: number;
  commandMaxLen: number;
  commandTtlMs: number;
  commandTimeoutMs: number;
}

/** `send`'s options. */
export interface SendOptions {
  /** This command's lifetime (ms, from when it is queued, by Redis' clock); 0: never expires. Default `commandTtlMs`. */
  ttlMs?: number;
}

export function resolveEventsOptions(options: GatewayEventsOptions): EventsSettings {
  if (typeof options?.group !== 'string' || options.group.length === 0) {
    throw new RedisGatewayError('INVALID_OPTION', 'group must be a non-empty string (the consumer group: one name per bot or service)');
  }
  if (options.startAt !== undefined && options.startAt !== 'new' && options.startAt !== 'oldest') {
    throw new RedisGatewayError('INVALID_OPTION', `startAt must be 'new' or 'oldest', got ${String(options.startAt)}`);
  }
  const claimIdleMs = positiveInteger('claimIdleMs', options.claimIdleMs ?? 30_000);
  return {
    group: options.group,
    consumer: options.consumer ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    shardCount: options.shardCount === undefined ? undefined : positiveInteger('shardCount', options.shardCount),
    startAt: options.startAt === 'oldest' ? '0' : '$',
    batchSize: positiveInteger('batchSize', options.batchSize ?? 200),
    maxInFlight: positiveInteger('maxInFlight', options.maxInFlight ?? 2000),
    blockMs: positiveInteger('blockMs', options.blockMs ?? 2000),
    claimIdleMs,
    claimIntervalMs: positiveInteger('claimIntervalMs', options.claimIntervalMs ?? Math.max(1, Math.min(5000, Math.floor(claimIdleMs / 2)))),
    maxDeliveries: positiveInteger('maxDeliveries', options.maxDeliveries ?? 5),
    deadLetterMaxLen: positiveInteger('deadLetterMaxLen', options.deadLetterMaxLen ?? 10_000),
    commandMaxLen: nonNegativeInteger('commandMaxLen', options.commandMaxLen ?? 1000),
    commandTtlMs: nonNegativeInteger('commandTtlMs', options.commandTtlMs ?? 30_000),
    commandTimeoutMs: positiveInteger('commandTimeoutMs', options.commandTimeoutMs ?? 2000),
  };
}
