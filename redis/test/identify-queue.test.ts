/**
 * RedisIdentifyQueue in one process against a real redis-server: order, spacing by Redis time, aborts, the daily
 * budget, retries and script reloads. The fleet of processes is in identify-processes.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { RedisGatewayError, RedisIdentifyQueue, createKeys } from '../src/index.js';
import { RedisLink } from '../src/connection.js';
import { scripts } from '../src/scripts.js';
import { useRedisClient, useRedisServer } from './support/redis-server.js';
import { gaps, useQueues } from './support/queues.js';

const server = useRedisServer();
const { make, newPrefix } = useQueues(() => server().url);
const client = useRedisClient(() => server().url);

const W = 300;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('order and spacing', () => {
  it('serves a bucket lowest shard first, whatever order the shards asked in, each grant a window after the last by Redis time', async () => {
    const prefix = newPrefix();
    const queue = make({ prefix, windowMs: W });
    // The bucket's previous grant holds it 1.5 s, so all four are queued when it opens.
    await make({ prefix, windowMs: 1500 }).wait(100);
    const order: number[] = [];
    const waits = [6, 4, 2, 0].map(async (shard) => {
      await sleep(15 * (6 - shard)); // 6 asks first, 0 last
      await queue.wait(shard);
      order.push(shard);
    });
    await Promise.all(waits);
    expect(order).toEqual([0, 2, 4, 6]);
    const times = queue.grants.map((grant) => grant.at);
    for (const gap of gaps(times)) expect(gap).toBeGreaterThanOrEqual(W);
  });

  it('buckets (shard % maxConcurrency) are paced independently', async () => {
    const queue = make({ prefix: newPrefix(), windowMs: W, maxConcurrency: 2 });
    await Promise.all([0, 1, 2, 3].map((shard) => queue.wait(shard)));
    const at = (shard: number) => queue.grants.find((grant) => grant.shardId === shard)!.at;
    expect(queue.grants.map((grant) => grant.bucket)).toEqual(expect.arrayContaining([0, 0, 1, 1]));
    expect(at(2) - at(0)).toBeGreaterThanOrEqual(W);
    expect(at(3) - at(1)).toBeGreaterThanOrEqual(W);
    // Bucket 1 did not wait for bucket 0.
    expect(Math.abs(at(1) - at(0))).toBeLessThan(W);
  });

  it('an aborted wait rejects with the signal\'s reason and gives its place up at once', async () => {
    const prefix = newPrefix();
    const queue = make({ prefix, windowMs: W, leaseMs: 60_000, pollMs: 100 });
    const seed = make({ prefix, windowMs: 1500 });
    await seed.wait(100);
    const controller = new AbortController();
    const aborted = queue.wait(0, controller.signal);
    const next = queue.wait(1);
    await sleep(50);
    controller.abort(new Error('shard closed'));
    await expect(aborted).rejects.toThrow('shard closed');
    await next;
    // Shard 1 got the slot when it opened, not after shard 0's (one minute) lease ran out.
    expect(queue.grants.map((grant) => grant.shardId)).toEqual([1]);
    expect(queue.grants[0]!.at - seed.grants[0]!.at).toBeLessThan(1500 + 500);
    expect(await client().zCard(createKeys(prefix).identifyBucket(0).queue)).toBe(0);
    await expect(queue.wait(2, AbortSignal.abort(new Error('already')))).rejects.toThrow('already');
  });
});

describe('daily budget', () => {
  it('hands out remaining - reserve identifies, then says IDENTIFY_BUDGET_EXHAUSTED and waits for the reset', async () => {
    const prefix = newPrefix();
    const queue = make({ prefix, windowMs: 50, reserve: 1, sessionStartLimit: { remaining: 3, resetAfter: 2500, total: 10 } });
    await queue.wait(0);
    await queue.wait(1);
    const third = queue.wait(2);
    const exhausted = await new Promise<RedisGatewayError>((resolve) => queue.on('error', resolve));
    expect(exhausted.code).toBe('IDENTIFY_BUDGET_EXHAUSTED');
    expect(exhausted.cause).toMatchObject({ shardId: 2, remaining: 1, reserve: 1 });
    const { resetInMs } = exhausted.cause as { resetInMs: number };
    expect(resetInMs).toBeGreaterThan(0);
    expect(resetInMs).toBeLessThanOrEqual(2500);
    expect(queue.grants).toHaveLength(2);
    await third; // after the reset: the whole budget (total) again, minus this grant
    expect(queue.grants.map((grant) => grant.remaining)).toEqual([2, 1, 9]);
    expect(queue.grants[2]!.at - queue.grants[0]!.at).toBeGreaterThanOrEqual(2500 - 100);
  });

  it('the budget only shrinks within a period: a later snapshot cannot give identifies back', async () => {
    const prefix = newPrefix();
    const budget = createKeys(prefix).identifyBudget;
    await make({ prefix, windowMs: 10, sessionStartLimit: { remaining: 5, resetAfter: 60_000 } }).wait(0);
    expect(await client().hGet(budget, 'remaining')).toBe('4');
    await make({ prefix, windowMs: 10, sessionStartLimit: { remaining: 10, resetAfter: 60_000 } }).wait(1);
    expect(await client().hGet(budget, 'remaining')).toBe('3');
    await make({ prefix, windowMs: 10, sessionStartLimit: { remaining: 2, resetAfter: 60_000 } }).wait(2);
    expect(await client().hGet(budget, 'remaining')).toBe('1');
    // A process without a snapshot still counts against the fleet's budget.
    await make({ prefix, windowMs: 10 }).wait(3);
    expect(await client().hGet(budget, 'remaining')).toBe('0');
  });
});

describe('crash-loop breaker', () => {
  it('a shard that keeps identifying is stopped at crashLoop.maxIdentifies, without holding up its bucket, and says IDENTIFY_CRASH_LOOP', async () => {
    const prefix = newPrefix();
    const crashLoop = { maxIdentifies: 3, windowMs: 2000 };
    // Two processes: the breaker counts the shard's identifies fleet-wide, whoever asked.
    const a = make({ prefix, windowMs: 50, crashLoop });
    const b = make({ prefix, windowMs: 50, crashLoop });
    await a.wait(0);
    await b.wait(0);
    await a.wait(0);
    const errors = b.errors;
    const fourth = b.wait(0);
    while (errors.length === 0) await sleep(20);
    expect(errors[0]?.code).toBe('IDENTIFY_CRASH_LOOP');
    expect(errors[0]?.cause).toMatchObject({ shardId: 0, identifies: 3, windowMs: 2000 });
    // Shard 2 shares bucket 0 (maxConcurrency 1): the stopped shard 0 is not in its way.
    await a.wait(2);
    expect(a.grants.map((grant) => grant.shardId)).toEqual([0, 0, 2]);
    expect(b.grants).toHaveLength(1);
    // Once the first of the three leaves the window, shard 0 may identify again.
    await fourth;
    expect(b.grants[1]!.at - a.grants[0]!.at).toBeGreaterThanOrEqual(2000);
    expect(errors).toHaveLength(1);
  });

  it('crashLoop: false lets a shard identify as often as the bucket allows', async () => {
    const prefix = newPrefix();
    const queue = make({ prefix, windowMs: 20, crashLoop: false });
    for (let i = 0; i < 8; i++) await queue.wait(0);
    expect(queue.grants).toHaveLength(8);
  });
});

describe('atomic steps', () => {
  it('a call retried after a lost reply gets the same grant, not a second one', async () => {
    const prefix = newPrefix();
    const keys = createKeys(prefix);
    const bucket = keys.identifyBucket(0);
    const link = RedisLink.from(server().url, 1000, () => undefined);
    try {
      const take = () => scripts.takeIdentify.run(link, [bucket.queue, bucket.leases, bucket.next, bucket.granted, keys.identifyBudget, keys.identifyHistory(0)], ['ticket-1', 0, W, 5000, 0, 86_400_000, 5, 60_000]) as Promise<[string, number, number, number]>;
      const first = await take();
      const next = await client().get(bucket.next);
      const again = await take();
      expect(first[0]).toBe('granted');
      expect(again[0]).toBe('granted');
      expect(again[2]).toBe(first[2]);
      expect(await client().get(bucket.next)).toBe(next);
    } finally {
      await link.close();
    }
  });

  it('runs again after Redis forgot its scripts (NOSCRIPT: EVAL, then EVALSHA again)', async () => {
    const queue = make({ prefix: newPrefix(), windowMs: 10 });
    await queue.wait(0);
    await client().scriptFlush();
    await queue.wait(1);
    expect(await client().scriptExists(scripts.takeIdentify.sha)).toEqual([1]);
  });

  it('keys: one prefix, the identify queue in one hash tag (budget and buckets in one script), each shard its own', () => {
    const keys = createKeys('bot:');
    const tag = (key: string) => /\{([^}]*)\}/.exec(key)?.[1];
    const identify = [...Object.values(keys.identifyBucket(0)), ...Object.values(keys.identifyBucket(3)), keys.identifyBudget];
    expect(identify.every((key) => key.startsWith('bot:'))).toBe(true);
    expect(new Set(identify.map(tag))).toEqual(new Set(['identify']));
    expect(tag(keys.session(7))).toBe('shard:7');
    expect(() => createKeys('bot{1}:')).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });

  it('rejects options that cannot work', () => {
    const bad = [{ windowMs: 0 }, { maxConcurrency: 1.5 }, { leaseMs: 1000, pollMs: 1000 }, { sessionStartLimit: { remaining: -1, resetAfter: 1 } }, { prefix: '{x}' }];
    for (const options of bad) {
      expect(() => new RedisIdentifyQueue({ redis: server().url, ...options })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    }
  });
});

describe('metrics', () => {
  it('counts identify waits: begun, granted, aborted, waiting now, the longest and the oldest still waiting', async () => {
    const queue = make({ prefix: newPrefix(), windowMs: W });
    expect(queue.metrics()).toEqual({ waits: 0, granted: 0, aborted: 0, waiting: 0, longestWaitMs: 0, oldestWaitingMs: 0 });
    await queue.wait(0);
    const second = queue.wait(1); // the same bucket: granted a window after shard 0
    await sleep(100);
    const during = queue.metrics();
    expect(during).toMatchObject({ waits: 2, granted: 1, aborted: 0, waiting: 1 });
    expect(during.oldestWaitingMs).toBeGreaterThanOrEqual(90);
    expect(during.longestWaitMs).toBeGreaterThanOrEqual(during.oldestWaitingMs);
    await second;
    const controller = new AbortController();
    const third = queue.wait(2, controller.signal);
    await sleep(50);
    controller.abort(new Error('the connection ended'));
    await expect(third).rejects.toThrow('the connection ended');
    const after = queue.metrics();
    expect(after).toMatchObject({ waits: 3, granted: 2, aborted: 1, waiting: 0, oldestWaitingMs: 0 });
    // Shard 1 waited most of a window (spaced by Redis' clock, measured here).
    expect(after.longestWaitMs).toBeGreaterThanOrEqual(W / 2);
    expect(after.longestWaitMs).toBeLessThan(W * 4);
  });
});
