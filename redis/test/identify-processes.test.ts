/**
 * Several real processes share one RedisIdentifyQueue through a private redis-server: pacing by Redis time, the
 * fleet-wide budget, and a dead process' waiters giving way. Each process is `fixtures/identify-worker.mjs`
 * importing the built package.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createKeys } from '../src/index.js';
import { Child, type Message } from './support/child.js';
import { gaps, useQueues } from './support/queues.js';
import { useRedisClient, useRedisServer } from './support/redis-server.js';

const server = useRedisServer();
const { make, newPrefix } = useQueues(() => server().url);
const client = useRedisClient(() => server().url);
const children: Child[] = [];
afterEach(async () => {
  await Promise.all(children.splice(0).map((child) => child.kill()));
});

function worker(prefix: string, shards: number[], queue: Record<string, unknown>): Child {
  const child = new Child('identify-worker.mjs', { shards, queue: { redis: server().url, prefix, pollMs: 100, leaseMs: 2000, commandTimeoutMs: 500, ...queue } });
  children.push(child);
  return child;
}

const grantsOf = (fleet: Child[]) =>
  fleet.flatMap((child) => child.messages.filter((message) => message.event === 'grant')) as (Message & { shardId: number; bucket: number; at: number })[];

describe('a fleet of processes on one Redis', () => {
  it('3 processes, 8 shards, maxConcurrency 2: each bucket in shard order, grants >= windowMs apart by Redis time, <= 2 per window', async () => {
    const W = 300;
    const prefix = newPrefix();
    const options = { maxConcurrency: 2, windowMs: W };
    const fleet = [worker(prefix, [0, 3, 6], options), worker(prefix, [1, 4, 7], options), worker(prefix, [2, 5], options)];
    await Promise.all(fleet.map((child) => child.waitFor((m) => m.event === 'started')));
    // The fleet's previous identifies (shards 8 and 9, one per bucket) hold both buckets for 2.5 s, so every
    // process has queued its shards when the first slot opens. Without them, whichever process asks first takes
    // the free slot, which is right, but not an order a test can expect.
    const seed = make({ prefix, maxConcurrency: 2, windowMs: 2500 });
    await Promise.all([seed.wait(8), seed.wait(9)]);
    for (const child of fleet) child.send('go');
    await Promise.all(fleet.map((child) => child.waitFor((m) => m.event === 'done', 20_000)));

    const grants = grantsOf(fleet).sort((a, b) => a.at - b.at);
    expect(grants.map((grant) => grant.shardId).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(grants.map((grant) => grant.pid)).size).toBe(3);
    for (const bucket of [0, 1]) {
      const own = grants.filter((grant) => grant.bucket === bucket);
      expect(own.map((grant) => grant.shardId)).toEqual([0, 2, 4, 6].map((shard) => shard + bucket));
      const seedAt = seed.grants.find((grant) => grant.bucket === bucket)!.at;
      expect((own[0]?.at ?? 0) - seedAt).toBeGreaterThanOrEqual(2500);
      for (const gap of gaps(own.map((grant) => grant.at))) expect(gap).toBeGreaterThanOrEqual(W);
    }
    // Any window of W ms holds at most maxConcurrency grants.
    for (const grant of grants) {
      expect(grants.filter((other) => other.at >= grant.at && other.at < grant.at + W).length).toBeLessThanOrEqual(2);
    }
  }, 40_000);

  it('the daily budget is the fleet\'s: remaining 3, 5 shards over 2 processes -> 3 grants, then IDENTIFY_BUDGET_EXHAUSTED, no 4th', async () => {
    const prefix = newPrefix();
    const options = { windowMs: 100, sessionStartLimit: { remaining: 3, resetAfter: 3_600_000 } };
    const fleet = [worker(prefix, [0, 2, 4], options), worker(prefix, [1, 3], options)];
    await Promise.all(fleet.map((child) => child.waitFor((m) => m.event === 'started')));
    for (const child of fleet) child.send('go');
    const exhausted = await Promise.all(fleet.map((child) => child.waitFor((m) => m.event === 'error')));
    for (const error of exhausted) expect(error).toMatchObject({ code: 'IDENTIFY_BUDGET_EXHAUSTED', message: expect.stringMatching(/budget is spent/) });
    // Ten windows later, still 3.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(grantsOf(fleet)).toHaveLength(3);
    expect(fleet.every((child) => !child.messages.some((m) => m.event === 'done'))).toBe(true);
    expect(await client().hGet(createKeys(prefix).identifyBudget, 'remaining')).toBe('0');
  }, 30_000);

  it('a process killed while its shard waits loses its place when its lease runs out; the others go on', async () => {
    const prefix = newPrefix();
    const doomed = worker(prefix, [0], { windowMs: 100, leaseMs: 1500, pollMs: 100 });
    await doomed.waitFor((m) => m.event === 'started');
    const seed = make({ prefix, windowMs: 1000 });
    await seed.wait(100);
    doomed.send('go');
    await new Promise((resolve) => setTimeout(resolve, 300)); // shard 0 is queued, first in line
    expect(await client().zCard(createKeys(prefix).identifyBucket(0).queue)).toBe(1);
    await doomed.kill('SIGKILL');
    const survivor = make({ prefix, windowMs: 100 });
    await survivor.wait(5);
    const waited = survivor.grants[0]!.at - seed.grants[0]!.at;
    // Granted once the dead waiter's lease ran out (1.5 s after its last call), not before, and not stuck.
    expect(waited).toBeGreaterThanOrEqual(1500);
    expect(waited).toBeLessThan(4000);
    expect(doomed.messages.some((m) => m.event === 'grant')).toBe(false);
  }, 30_000);
});
