import { randomUUID } from 'node:crypto';
import type { AbortSignalLike, IdentifyQueue } from '@gen-gateway/runtime';
import { RedisLink, type RedisOption } from './connection.js';
import { TypedEmitter } from './emitter.js';
import { RedisGatewayError } from './errors.js';
import { createKeys, type RedisKeys } from './keys.js';
import { scripts } from './scripts.js';

/** GET /gateway/bot `session_start_limit`, as this process read it. */
export interface SessionStartLimit {
  /** Identifies left in the current period. */
  remaining: number;
  /** ms until the period ends and the budget is `total` again. */
  resetAfter: number;
  /** The budget of a whole period (1000 for most bots). Default: `remaining` (safe: a new period has at least that). */
  total?: number;
}

export interface RedisIdentifyQueueOptions {
  /** A `redis://` URL (the queue creates and closes its own client) or a connected node-redis client. Default `redis://127.0.0.1:6379`. */
  redis?: RedisOption | undefined;
  /** Key prefix shared by the fleet. Default `gen-gateway:`. */
  prefix?: string;
  /** GET /gateway/bot `session_start_limit.max_concurrency`; every process of the fleet must use the same. Default 1. */
  maxConcurrency?: number;
  /** Least time between two grants of one bucket, by Redis' clock. Default 5000. */
  windowMs?: number;
  /** The daily budget, counted fleet-wide. Without it (in any process) no budget is enforced. */
  sessionStartLimit?: SessionStartLimit;
  /** Identifies the budget never hands out, kept for you (a manual login, another tool). Default 0. */
  reserve?: number;
  /** Longest sleep between two calls of a waiting shard; each call renews its place in the queue. Default 5000. */
  pollMs?: number;
  /** A waiter that has not called for this long (its process died) loses its place. Default 30000. */
  leaseMs?: number;
  /** A Redis call not answered within this counts as Redis being unavailable. Default 2000. */
  commandTimeoutMs?: number;
  /**
   * The crash-loop breaker, counted fleet-wide: a shard granted `maxIdentifies` identifies within `windowMs` gets
   * no more until the oldest leaves the window, and the wait reports IDENTIFY_CRASH_LOOP. A healthy shard resumes
   * and needs one identify a day at most; one that keeps identifying would spend the daily budget (and, at zero,
   * Discord resets the bot's token). Default `{ maxIdentifies: 5, windowMs: 900_000 }`; `false` turns it off.
   */
  crashLoop?: { maxIdentifies?: number; windowMs?: number } | false;
}

export interface IdentifyGrant {
  shardId: number;
  bucket: number;
  /** Redis time (ms since the epoch) of the grant. */
  at: number;
  /** The fleet's budget left after this grant (-1 when no budget is enforced). */
  remaining: number;
}

/** `metrics()`: the identify waits of this queue (this process), durations by the process' monotonic clock. */
export interface IdentifyQueueMetrics {
  /** Waits begun. */
  waits: number;
  /** Waits that ended with a grant. */
  granted: number;
  /** Waits that ended without one (aborted: the connection ended, the host stopped or lost the shard). */
  aborted: number;
  /** Waits in progress now. */
  waiting: number;
  /** The longest wait so far, ended or still waiting (ms). */
  longestWaitMs: number;
  /** How long the oldest wait in progress has waited (ms); 0 when none waits. */
  oldestWaitingMs: number;
}

export type RedisIdentifyQueueEvents = {
  /** A shard may identify now. */
  grant: [grant: IdentifyGrant];
  /**
   * IDENTIFY_BUDGET_EXHAUSTED (once per wait, `cause: { shardId, resetAt, resetInMs }`), REDIS_UNAVAILABLE (once per
   * outage of a wait: nothing is granted until Redis answers again), or a client error of a queue-owned client.
   */
  error: [error: RedisGatewayError];
  debug: [message: string];
};

const BUDGET_PERIOD_MS = 86_400_000;
const MIN_SLEEP_MS = 20;

/**
 * Paces Identify across every process on one Redis (reference: "Limits"): a queue per bucket
 * (`shard_id % maxConcurrency`) served lowest shard first, each grant at least `windowMs` after the bucket's
 * previous one by Redis' clock, and the fleet's daily budget. Fails closed: with Redis unreachable a wait grants
 * nothing; it keeps trying (and reports REDIS_UNAVAILABLE) until Redis answers or its signal aborts.
 */
export class RedisIdentifyQueue extends TypedEmitter<RedisIdentifyQueueEvents> implements IdentifyQueue {
  readonly maxConcurrency: number;
  readonly windowMs: number;
  readonly keys: RedisKeys;
  private readonly link: RedisLink;
  private readonly reserve: number;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly limit: SessionStartLimit | undefined;
  /** 0: no breaker. */
  private readonly loopMax: number;
  private readonly loopWindowMs: number;
  /** Set once this process' budget snapshot reached Redis. */
  private budgetOffered = false;
  private readonly counts = { waits: 0, granted: 0, aborted: 0, longestWaitMs: 0 };
  /** Start times (performance.now()) of the waits in progress. */
  private readonly waitingSince = new Set<{ at: number }>();

  constructor(options: RedisIdentifyQueueOptions) {
    super();
    this.maxConcurrency = positiveInteger('maxConcurrency', options.maxConcurrency ?? 1);
    this.windowMs = positiveInteger('windowMs', options.windowMs ?? 5000);
    this.reserve = nonNegativeInteger('reserve', options.reserve ?? 0);
    this.pollMs = positiveInteger('pollMs', options.pollMs ?? 5000);
    this.leaseMs = positiveInteger('leaseMs', options.leaseMs ?? 30_000);
    const commandTimeoutMs = positiveInteger('commandTimeoutMs', options.commandTimeoutMs ?? 2000);
    if (this.leaseMs < 2 * (this.pollMs + commandTimeoutMs)) {
      throw new RedisGatewayError('INVALID_OPTION', `leaseMs (${this.leaseMs}) must be at least twice pollMs + commandTimeoutMs`);
    }
    const limit = options.sessionStartLimit;
    if (limit !== undefined) {
      nonNegativeInteger('sessionStartLimit.remaining', limit.remaining);
      nonNegativeInteger('sessionStartLimit.resetAfter', limit.resetAfter);
      if (limit.total !== undefined) nonNegativeInteger('sessionStartLimit.total', limit.total);
    }
    this.limit = limit;
    const crashLoop = options.crashLoop ?? {};
    this.loopMax = crashLoop === false ? 0 : positiveInteger('crashLoop.maxIdentifies', crashLoop.maxIdentifies ?? 5);
    this.loopWindowMs = crashLoop === false ? 0 : positiveInteger('crashLoop.windowMs', crashLoop.windowMs ?? 900_000);
    this.keys = createKeys(options.prefix);
    this.link = RedisLink.from(options.redis, commandTimeoutMs, (error) =>
      this.emit('debug', `redis client: ${String(error)}`),
    );
  }

  /** Resolves when `shardId` may send Identify; rejects only when `signal` aborts (with its reason). */
  async wait(shardId: number, signal?: AbortSignalLike): Promise<void> {
    nonNegativeInteger('shardId', shardId);
    if (signal?.aborted) throw signal.reason;
    const since = { at: performance.now() };
    this.waitingSince.add(since);
    this.counts.waits += 1;
    try {
      await this.waitForGrant(shardId, signal);
      this.counts.granted += 1;
    } catch (error) {
      this.counts.aborted += 1;
      throw error;
    } finally {
      this.waitingSince.delete(since);
      this.counts.longestWaitMs = Math.max(this.counts.longestWaitMs, performance.now() - since.at);
    }
  }

  /** A snapshot of this queue's identify waits (a wait that lasts is what an operator wants to see). */
  metrics(): IdentifyQueueMetrics {
    const now = performance.now();
    let oldestWaitingMs = 0;
    for (const since of this.waitingSince) oldestWaitingMs = Math.max(oldestWaitingMs, now - since.at);
    return { ...this.counts, longestWaitMs: Math.max(this.counts.longestWaitMs, oldestWaitingMs), waiting: this.waitingSince.size, oldestWaitingMs };
  }

  private async waitForGrant(shardId: number, signal: AbortSignalLike | undefined): Promise<void> {
    const bucket = shardId % this.maxConcurrency;
    const keys = this.keys.identifyBucket(bucket);
    const ticket = randomUUID();
    let reported: 'exhausted' | 'looping' | 'unavailable' | undefined;
    let failures = 0;
    try {
      for (;;) {
        let sleepMs: number;
        try {
          await this.offerBudget();
          const reply = (await scripts.takeIdentify.run(
            this.link,
            [keys.queue, keys.leases, keys.next, keys.granted, this.keys.identifyBudget, this.keys.identifyHistory(shardId)],
            [ticket, shardId, this.windowMs, this.leaseMs, this.reserve, BUDGET_PERIOD_MS, this.loopMax, this.loopWindowMs],
          )) as [string, number, number, number];
          failures = 0;
          if (reported === 'unavailable') reported = undefined;
          const [status, now, at, extra] = reply;
          if (status === 'granted') {
            this.emit('grant', { shardId, bucket, at, remaining: extra });
            return;
          }
          if (status === 'exhausted') {
            if (reported !== 'exhausted') {
              reported = 'exhausted';
              const cause = { shardId, resetAt: at, resetInMs: at - now, remaining: extra, reserve: this.reserve };
              this.emit('error', new RedisGatewayError('IDENTIFY_BUDGET_EXHAUSTED', `shard ${shardId}: the fleet's identify budget is spent (reserve ${this.reserve}); waiting ${at - now} ms for it to reset`, { cause }));
            }
            sleepMs = at - now;
          } else if (status === 'looping') {
            if (reported !== 'looping') {
              reported = 'looping';
              const cause = { shardId, identifies: extra, windowMs: this.loopWindowMs, retryAt: at, retryInMs: at - now };
              this.emit('error', new RedisGatewayError('IDENTIFY_CRASH_LOOP', `shard ${shardId} identified ${extra} times within ${this.loopWindowMs} ms without staying up; no Identify for it for ${at - now} ms`, { cause }));
            }
            sleepMs = at - now;
          } else {
            // rank r may be granted a window after the r waiters before it, at the earliest.
            sleepMs = at - now + extra * this.windowMs;
          }
        } catch (error) {
          if (signal?.aborted) throw signal.reason;
          if (!(error instanceof RedisGatewayError)) throw error;
          failures += 1;
          if (reported !== 'unavailable') {
            reported = 'unavailable';
            this.emit('error', new RedisGatewayError('REDIS_UNAVAILABLE', `shard ${shardId}: no identify grant while Redis is unavailable (${error.message})`, { cause: error }));
          }
          sleepMs = Math.min(this.pollMs, 100 * 2 ** Math.min(failures, 10));
        }
        await abortableSleep(Math.min(this.pollMs, Math.max(MIN_SLEEP_MS, sleepMs)), signal);
      }
    } catch (error) {
      if (signal?.aborted) {
        // Best effort: the ticket's lease would free its place anyway.
        scripts.leaveIdentify.run(this.link, [keys.queue, keys.leases], [ticket]).catch(() => undefined);
      }
      throw error;
    }
  }

  /** Closes the Redis client the queue created (a client passed in is left open). */
  close(): Promise<void> {
    return this.link.close();
  }

  private async offerBudget(): Promise<void> {
    if (this.budgetOffered || !this.limit) return;
    const { remaining, resetAfter, total } = this.limit;
    const [kept, resetAt, now, started] = (await scripts.offerIdentifyBudget.run(this.link, [this.keys.identifyBudget], [remaining, resetAfter, total ?? ''])) as number[];
    this.budgetOffered = true;
    this.emit('debug', `identify budget: ${kept} left, resets in ${(resetAt as number) - (now as number)} ms${started ? ' (a new period)' : ''}`);
  }
}

function abortableSleep(ms: number, signal: AbortSignalLike | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function positiveInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new RedisGatewayError('INVALID_OPTION', `${name} must be a positive integer, got ${String(value)}`);
  return value;
}

export function nonNegativeInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RedisGatewayError('INVALID_OPTION', `${name} must be a non-negative integer, got ${String(value)}`);
  return value;
}
