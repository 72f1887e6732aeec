import { RedisGatewayError } from './errors.js';

/**
 * Every key this package uses, built here and nowhere else, from one prefix.
 *
 * Hash tags (the part in braces decides the Redis Cluster slot):
 * - `{identify}`: the identify queue's keys, every bucket and the daily budget, share one slot, because a grant
 *   takes a bucket's slot and a unit of the fleet-wide budget in one atomic script. Identify traffic is tiny
 *   (at most `maxConcurrency` grants per 5 s), so one slot is no hot spot.
 * - `{shard:<id>}`: everything about one shard (its session and its lease; its stream later), so a fenced write
 *   reads the lease and writes the session in one script.
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
  /** HASH `id`, `sequence`, `resumeUrl`, `ready`: one shard's gateway session. */
  session(shardId: number): string;
  /**
   * HASH `owner` (a host id, '' when released), `token` (the fencing counter: only grows), `expiresAt` (Redis
   * ms): one shard's lease. Never deleted, so the counter survives releases.
   */
  lease(shardId: number): string;
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
  };
}
