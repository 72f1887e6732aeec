import { RedisGatewayError } from './errors.js';

/**
 * Every key this package uses, built here and nowhere else, from one prefix.
 *
 * Hash tags (the part in braces decides the Redis Cluster slot):
 * - `{identify}`: the identify queue's keys, every bucket and the daily budget, share one slot, because a grant
 *   takes a bucket's slot and a unit of the fleet-wide budget in one atomic script. Identify traffic is tiny
 *   (at most `maxConcurrency` grants per 5 s), so one slot is no hot spot.
 * - `{shard:<id>}`: everything about one shard (its session, its lease, its event stream, its command stream, its
 *   gap ledger and dead letters), so a fenced publish reads the lease, appends to the stream and checkpoints the
 *   session in one script, and a consumer's claim moves an entry to its dead letters in one script.
 * - `{fleet}`: the fleet's configuration (the shard count, written by every ShardHost, read by GatewayEvents).
 */
export interface IdentifyBucketKeys {
  /** ZSET: waiting tickets, scored by shard id (lowest shard first). */
  readonly queue: string;
  /** ZSET: waiting tickets, scored by the Redis time (ms) their lease runs out. */
  readonly leases: string;
  /** STRING (expires by itself): the Redis time (ms) from which the bucket's next grant may start. */
  readonly next: string;
  /** ZSET: recently granted tickets, scored by grant time, so a retried call returns its grant again. */
  readonly granted: string;
}

export interface RedisKeys {
  readonly prefix: string;
  identifyBucket(bucket: number): IdentifyBucketKeys;
  /** HASH `remaining`, `resetAt` (Redis ms), `total`: the fleet's daily identify budget. */
  readonly identifyBudget: string;
  /** ZSET ticket -> Redis ms: one shard's recent identifies, for the crash-loop breaker (in the identify slot). */
  identifyHistory(shardId: number): string;
  /**
   * HASH `id`, `sequence`, `resumeUrl`, `ready`: one shard's gateway session; for a hosted shard also `epoch`
   * (the first part of its stream ids), and `sequence` is then the last one published to the stream.
   */
  session(shardId: number): string;
  /**
   * HASH `owner` (a host id, '' when released), `token` (the fencing counter: only grows), `expiresAt` (Redis
   * ms): one shard's lease. Never deleted, so the counter survives releases.
   */
  lease(shardId: number): string;
  /**
   * STREAM: every dispatch the shard's client received, entry id `<session epoch>-<sequence>`, fields `t` (event
   * name) and `d` (its data, JSON). Bounded by `MAXLEN ~`.
   */
  events(shardId: number): string;
  /** STREAM: commands for the shard's owning host (`events.send`), fields `method` and `d` (JSON). */
  commands(shardId: number): string;
  /**
   * STREAM: gap reports, one entry per consumer group and trim that removed entries the group had not acked yet,
   * fields `group`, `kind` (`undelivered` or `unacked`), `count`, `from`, `to`. Read by each group once.
   */
  gaps(shardId: number): string;
  /** STREAM: one consumer group's dead letters of the shard (events its handlers kept failing). */
  deadLetters(shardId: number, group: string): string;
  /** HASH `shardCount`: the fleet's configuration, written by ShardHost. */
  readonly fleet: string;
}

export const DEFAULT_PREFIX = 'gen-gateway:';

export function createKeys(prefix: string = DEFAULT_PREFIX): RedisKeys {
  if (typeof prefix !== 'string' || /[{}]/.test(prefix)) {
    // A brace in the prefix would become the hash tag and put every key in one slot (or split a shard's keys).
    throw new RedisGatewayError('INVALID_OPTION', `prefix must be a string without "{" or "}", got ${JSON.stringify(prefix)}`);
  }
  const identify = `${prefix}{identify}`;
  return {
    prefix,
    identifyBucket: (bucket) => ({
      queue: `${identify}:bucket:${bucket}:queue`,
      leases: `${identify}:bucket:${bucket}:leases`,
      next: `${identify}:bucket:${bucket}:next`,
      granted: `${identify}:bucket:${bucket}:granted`,
    }),
    identifyBudget: `${identify}:budget`,
    identifyHistory: (shardId) => `${identify}:shard:${shardId}:history`,
    session: (shardId) => `${prefix}{shard:${shardId}}:session`,
    lease: (shardId) => `${prefix}{shard:${shardId}}:lease`,
    events: (shardId) => `${prefix}{shard:${shardId}}:events`,
    commands: (shardId) => `${prefix}{shard:${shardId}}:commands`,
    gaps: (shardId) => `${prefix}{shard:${shardId}}:gaps`,
    // The group name comes after the hash tag: whatever it holds (braces too), the key stays in the shard's slot.
    deadLetters: (shardId, group) => `${prefix}{shard:${shardId}}:dead:${group}`,
    fleet: `${prefix}{fleet}:config`,
  };
}
