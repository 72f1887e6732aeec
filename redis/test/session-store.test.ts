/** RedisSessionStore against a real redis-server: round trip, TTL, renewal, a sequence that never goes back. */
import { createSession } from '@gen-gateway/runtime';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { RedisSessionStore, createKeys, type RedisGatewayError, type RedisSessionStoreOptions } from '../src/index.js';
import { freePort, useRedisClient, useRedisServer } from './support/redis-server.js';

const server = useRedisServer();
const client = useRedisClient(() => server().url);
const stores: RedisSessionStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function makeStore(options: Partial<RedisSessionStoreOptions> = {}): RedisSessionStore & { errors: RedisGatewayError[]; prefix: string } {
  const prefix = options.prefix ?? `test-${randomUUID().slice(0, 8)}:`;
  const store = Object.assign(new RedisSessionStore({ redis: server().url, commandTimeoutMs: 500, ...options, prefix }), { errors: [] as RedisGatewayError[], prefix });
  store.on('error', (error) => store.errors.push(error));
  stores.push(store);
  return store;
}

const ready = { v: 10, session_id: 'abc', user: { id: '1', username: 'bot' }, guilds: [{ id: '9', unavailable: true }] };

describe('RedisSessionStore', () => {
  it('round trip: what one store saves, another (another process) reads back as the same frozen session; delete removes it', async () => {
    const writer = makeStore();
    const reader = makeStore({ prefix: writer.prefix });
    await writer.set(3, createSession('abc', 'wss://resume.example/?v=10', 42, ready));
    await writer.set(4, createSession('def', undefined, null, null));
    const got = await reader.get(3);
    expect(got).toEqual({ id: 'abc', sequence: 42, resumeUrl: 'wss://resume.example/?v=10', ready });
    expect(Object.isFrozen(got)).toBe(true);
    expect(await reader.get(4)).toEqual({ id: 'def', sequence: null, resumeUrl: undefined, ready: null });
    expect(await reader.get(5)).toBeUndefined();
    await reader.delete(3);
    expect(await writer.get(3)).toBeUndefined();
    expect(await client().exists(createKeys(writer.prefix).session(3))).toBe(0);
  });

  it('one key per shard under the prefix, in the shard\'s hash tag, with the TTL', async () => {
    const store = makeStore({ ttlMs: 60_000, renew: false });
    await store.set(7, createSession('abc', undefined, 1, ready));
    const key = `${store.prefix}{shard:7}:session`;
    expect(await client().keys(`${store.prefix}*`)).toEqual([key]);
    const ttl = await client().pTTL(key);
    expect(ttl).toBeGreaterThan(59_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('a session nobody renews expires after ttlMs', async () => {
    const store = makeStore({ ttlMs: 400, renew: false });
    await store.set(0, createSession('abc', undefined, 1, ready));
    expect(await store.get(0)).toBeDefined();
    await sleep(700);
    expect(await store.get(0)).toBeUndefined();
  });

  it('renews the TTL of the sessions it saved while it runs; after close() they expire', async () => {
    const store = makeStore({ ttlMs: 600 });
    const reader = makeStore({ prefix: store.prefix });
    await store.set(0, createSession('abc', undefined, 1, ready));
    await sleep(1500); // 2.5 TTLs
    expect(await reader.get(0)).toMatchObject({ id: 'abc' });
    await store.close();
    await sleep(900);
    expect(await reader.get(0)).toBeUndefined();
  });

  it('a late save of an older sequence of the same session is refused; a new session replaces it', async () => {
    const store = makeStore();
    await store.set(0, createSession('abc', undefined, 7, ready));
    await store.set(0, createSession('abc', undefined, 5, ready));
    expect((await store.get(0))?.sequence).toBe(7);
    await store.set(0, createSession('new', undefined, 1, ready));
    expect(await store.get(0)).toMatchObject({ id: 'new', sequence: 1 });
  });

  it('a stored value that is not a session is ignored and reported (MALFORMED_SESSION)', async () => {
    const store = makeStore();
    const key = createKeys(store.prefix).session(0);
    await client().hSet(key, { id: 'abc', sequence: '3', ready: '{not json' });
    expect(await store.get(0)).toBeUndefined();
    await client().hSet(key, { ready: 'null', sequence: '-4' });
    expect(await store.get(0)).toBeUndefined();
    expect(store.errors.map((error) => error.code)).toEqual(['MALFORMED_SESSION', 'MALFORMED_SESSION']);
  });

  it('Redis unreachable: get and set reject with REDIS_UNAVAILABLE (the runtime reports it and identifies)', async () => {
    const store = makeStore({ redis: `redis://127.0.0.1:${await freePort()}`, commandTimeoutMs: 200 });
    await expect(store.get(0)).rejects.toMatchObject({ code: 'REDIS_UNAVAILABLE' });
    await expect(store.set(0, createSession('abc', undefined, 1, ready))).rejects.toMatchObject({ code: 'REDIS_UNAVAILABLE' });
  });
});
