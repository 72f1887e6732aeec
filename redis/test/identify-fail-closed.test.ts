/**
 * Fail closed: while Redis is down, unreachable or hung, a wait grants nothing, says so (REDIS_UNAVAILABLE, once
 * per outage) and goes on waiting; when Redis is back (restarted with AOF, its data kept) the wait is granted and
 * the budget spent before the outage still counts.
 */
import { describe, expect, it } from 'vitest';
import { useQueues } from './support/queues.js';
import { freePort, useRedisServer } from './support/redis-server.js';

const server = useRedisServer({ aof: true });
const { make, newPrefix } = useQueues(() => server().url);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function track(promise: Promise<void>): { done: boolean; promise: Promise<void> } {
  const state = { done: false, promise };
  promise.then(() => void (state.done = true), () => undefined);
  return state;
}

describe('Redis unavailable: no grant', () => {
  it('Redis stopped mid-run: no grant while it is down; restarted (AOF), the wait is granted and the budget kept', async () => {
    const queue = make({ prefix: newPrefix(), windowMs: 100, sessionStartLimit: { remaining: 2, resetAfter: 3_600_000 } });
    await queue.wait(0);
    expect(queue.grants[0]!.remaining).toBe(1);
    await server().stop({ keepDir: true });
    const waiting = track(queue.wait(1));
    await sleep(1500);
    expect(waiting.done).toBe(false);
    expect(queue.grants).toHaveLength(1);
    expect(queue.errors.map((error) => error.code)).toEqual(['REDIS_UNAVAILABLE']);
    expect(queue.errors[0]!.message).toMatch(/shard 1: no identify grant while Redis is unavailable/);

    await server().restart();
    await waiting.promise;
    // The grant before the outage is remembered (AOF): 2 -> 1 -> 0.
    expect(queue.grants.map((grant) => grant.remaining)).toEqual([1, 0]);
  }, 20_000);

  it('Redis hung (SIGSTOP): calls time out, no grant; SIGCONT: granted', async () => {
    const queue = make({ prefix: newPrefix(), windowMs: 100, commandTimeoutMs: 300 });
    await queue.wait(0);
    server().pause();
    try {
      const waiting = track(queue.wait(1));
      await sleep(1500);
      expect(waiting.done).toBe(false);
      // Codes with messages: if this ever reports more than once, the failure shows what.
      expect(queue.errors.map((error) => `${error.code}: ${error.message}`)).toEqual([expect.stringMatching(/^REDIS_UNAVAILABLE: .*no answer within 300 ms/)]);
      server().resume();
      await waiting.promise;
      expect(queue.grants.map((grant) => grant.shardId)).toEqual([0, 1]);
    } finally {
      server().resume();
    }
  }, 20_000);

  it('Redis never reachable: the wait never resolves, reports REDIS_UNAVAILABLE, and its abort still works', async () => {
    const queue = make({ prefix: newPrefix(), redis: `redis://127.0.0.1:${await freePort()}`, commandTimeoutMs: 200 });
    const controller = new AbortController();
    const waiting = track(queue.wait(0, controller.signal));
    await sleep(1200);
    expect(waiting.done).toBe(false);
    expect(queue.grants).toEqual([]);
    expect(queue.errors.map((error) => error.code)).toEqual(['REDIS_UNAVAILABLE']);
    controller.abort(new Error('gave up'));
    await expect(waiting.promise).rejects.toThrow('gave up');
  }, 20_000);
});
