/**
 * The lease scripts and the fenced session writes, called directly on a private redis-server; then a ShardHost
 * in this process with stand-in clients: capacity, renewals, a lease taken over, metrics, options.
 */
import { createSession } from '@gen-gateway/runtime';
import { describe, expect, it } from 'vitest';
import { RedisLink } from '../src/connection.js';
import { RedisSessionStore, ShardHost, createKeys, type HostedClient, type HostedClientOptions } from '../src/index.js';
import { scripts } from '../src/scripts.js';
import { useRedisClient, useRedisServer } from './support/redis-server.js';
import { afterTest } from './support/after-test.js';
import { sleep, until } from './support/wait.js';

const server = useRedisServer();
const redis = useRedisClient(() => server().url);

let prefixes = 0;
function link(): { link: RedisLink; keys: ReturnType<typeof createKeys> } {
  const created = RedisLink.from(server().url, 2000, () => undefined);
  afterTest(() => created.close());
  return { link: created, keys: createKeys(`lease-${++prefixes}:`) };
}
const save = (l: RedisLink, keys: ReturnType<typeof createKeys>, id: string, sequence: number, token: number | '') =>
  scripts.saveSession.run(l, [keys.session(0), keys.lease(0)], [id, sequence, '', 'null', 60_000, token]);

describe('lease scripts', () => {
  it('claim: a free lease is taken with token 1; a live one is refused; an expired one is taken with a greater token', async () => {
    const { link: l, keys } = link();
    const [claimed, token] = (await scripts.claimLease.run(l, [keys.lease(0)], ['a', 200])) as number[];
    expect([claimed, token]).toEqual([1, 1]);
    expect(await scripts.claimLease.run(l, [keys.lease(0)], ['b', 200])).toEqual([0, 'a', expect.any(Number)]);
    await sleep(250);
    expect(((await scripts.claimLease.run(l, [keys.lease(0)], ['b', 200])) as number[]).slice(0, 2)).toEqual([1, 2]);
    expect(await redis().hmGet(keys.lease(0), ['owner', 'token'])).toEqual(['b', '2']);
  });

  it('renew: only with the current token before expiry; it renews the session TTL too', async () => {
    const { link: l, keys } = link();
    await scripts.claimLease.run(l, [keys.lease(0)], ['a', 150]);
    await save(l, keys, 's1', 1, 1);
    expect(((await scripts.renewLease.run(l, [keys.lease(0), keys.session(0)], [1, 150, 300_000])) as number[])[0]).toBe(1);
    expect(await redis().pTTL(keys.session(0))).toBeGreaterThan(60_000);
    await sleep(200);
    expect(await scripts.renewLease.run(l, [keys.lease(0), keys.session(0)], [1, 150, 300_000])).toEqual([0, 1]);
    await scripts.claimLease.run(l, [keys.lease(0)], ['b', 150]);
    expect(await scripts.renewLease.run(l, [keys.lease(0), keys.session(0)], [1, 150, 300_000])).toEqual([0, 2]);
  });

  it('release: only by the holder; the next claim is at once, with a greater token', async () => {
    const { link: l, keys } = link();
    await scripts.claimLease.run(l, [keys.lease(0)], ['a', 60_000]);
    expect(await scripts.releaseLease.run(l, [keys.lease(0)], [2])).toBe(0);
    expect(await scripts.releaseLease.run(l, [keys.lease(0)], [1])).toBe(1);
    expect(await scripts.releaseLease.run(l, [keys.lease(0)], [1])).toBe(0);
    expect(((await scripts.claimLease.run(l, [keys.lease(0)], ['b', 60_000])) as number[]).slice(0, 2)).toEqual([1, 2]);
  });

  it.each([
    ['the current token', 2, 1],
    ['an older token (a newer owner exists)', 1, -1],
    ['a token never handed out', 3, -1],
    ['no token (unfenced)', '' as const, 1],
  ])('fenced session save with %s', async (_name, token, want) => {
    const { link: l, keys } = link();
    await scripts.claimLease.run(l, [keys.lease(0)], ['a', 1]);
    await sleep(5);
    await scripts.claimLease.run(l, [keys.lease(0)], ['b', 60_000]);
    await save(l, keys, 'current', 5, 2);
    expect(await save(l, keys, 'stale', 9, token)).toBe(want);
    expect(await redis().hGet(keys.session(0), 'id')).toBe(want === 1 ? 'stale' : 'current');
    expect(await scripts.deleteSession.run(l, [keys.session(0), keys.lease(0)], [token])).toBe(want);
    expect(await redis().exists(keys.session(0))).toBe(want === 1 ? 0 : 1);
  });

  it('a released lease fences its last holder too', async () => {
    const { link: l, keys } = link();
    await scripts.claimLease.run(l, [keys.lease(0)], ['a', 60_000]);
    await scripts.releaseLease.run(l, [keys.lease(0)], [1]);
    expect(await save(l, keys, 'late', 1, 1)).toBe(-1);
    expect(await redis().exists(keys.session(0))).toBe(0);
  });

  it('RedisSessionStore.fencedBy(token): saves and deletes while the token is the lease\'s, LEASE_LOST (and `fenced`) once it is not', async () => {
    const { link: l, keys } = link();
    const store = new RedisSessionStore({ redis: server().url, prefix: keys.prefix });
    afterTest(() => store.close());
    const fenced: unknown[] = [];
    store.on('fenced', (...args) => fenced.push(args));
    await scripts.claimLease.run(l, [keys.lease(0)], ['a', 1]);
    const first = store.fencedBy(1);
    await first.set(0, createSession('x', undefined, 1, undefined));
    expect(await redis().hGet(keys.session(0), 'id')).toBe('x');
    await sleep(5);
    await scripts.claimLease.run(l, [keys.lease(0)], ['b', 60_000]);
    await expect(first.set(0, createSession('y', undefined, 1, undefined))).rejects.toMatchObject({ code: 'LEASE_LOST' });
    await expect(first.delete(0)).rejects.toMatchObject({ code: 'LEASE_LOST' });
    expect(fenced).toEqual([[0, 1, 'set'], [0, 1, 'delete']]);
    expect(await redis().hGet(keys.session(0), 'id')).toBe('x');
    await store.fencedBy(2).set(0, createSession('z', undefined, 1, undefined));
    expect(await redis().hGet(keys.session(0), 'id')).toBe('z');
  });
});

class StandIn implements HostedClient {
  readonly closes: unknown[] = [];
  readonly session = undefined;
  constructor(readonly options: HostedClientOptions) {}
  onAny(): () => void {
    return () => undefined;
  }
  connect(): Promise<unknown> {
    return new Promise(() => undefined);
  }
  async close(options?: { resumable?: boolean | undefined }): Promise<void> {
    this.closes.push(options);
  }
}

function host(options: { capacity?: number; prefix: string; leaseTtlMs?: number }) {
  const clients: StandIn[] = [];
  const shardHost = new ShardHost({
    redis: server().url, shardCount: 4, leaseTtlMs: 600, pollMs: 100, ...options,
    createClient: (given) => {
      const client = new StandIn(given);
      clients.push(client);
      return client;
    },
  });
  const events: unknown[][] = [];
  for (const name of ['claimed', 'lost', 'released'] as const) shardHost.on(name, (...args) => events.push([name, ...args]));
  afterTest(() => shardHost.stop());
  return { shardHost, clients, events };
}

describe('ShardHost in one process', () => {
  it('claims up to capacity, hands its clients the shard, a fenced store and the queue, renews, and reports metrics', async () => {
    const prefix = `host-${++prefixes}:`;
    const { shardHost, clients, events } = host({ capacity: 3, prefix });
    await shardHost.start();
    expect(clients.map((c) => c.options.shard)).toEqual([[0, 4], [1, 4], [2, 4]]);
    expect(clients.every((c) => c.options.identifyQueue === shardHost.identifyQueue)).toBe(true);
    expect(events).toEqual([['claimed', 0, 1], ['claimed', 1, 1], ['claimed', 2, 1]]);
    await sleep(1000);
    const metrics = shardHost.metrics();
    expect(metrics).toMatchObject({ shards: [0, 1, 2], claims: 3, lost: 0, failures: 0, refusedWrites: 0 });
    expect(metrics.renewals).toBeGreaterThanOrEqual(3 * 5);
    await shardHost.stop();
    expect(clients.map((c) => c.closes)).toEqual([[{ resumable: true }], [{ resumable: true }], [{ resumable: true }]]);
    expect(events.slice(3).sort()).toEqual([['released', 0, 1], ['released', 1, 1], ['released', 2, 1]]);
    expect(await redis().hGet(createKeys(prefix).lease(0), 'owner')).toBe('');
  });

  it('skips shards another host holds and never claims past capacity', async () => {
    const prefix = `host-${++prefixes}:`;
    await redis().hSet(createKeys(prefix).lease(1), { owner: 'other', token: '4', expiresAt: String(Date.now() * 10) });
    const { shardHost, clients } = host({ capacity: 2, prefix });
    await shardHost.start();
    await sleep(300);
    expect(clients.map((c) => c.options.shard[0])).toEqual([0, 2]);
    expect(shardHost.metrics()).toMatchObject({ shards: [0, 2], claims: 2 });
    expect(await redis().hmGet(createKeys(prefix).lease(1), ['owner', 'token'])).toEqual(['other', '4']);
  });

  it('a lease another host took over is lost at the next renewal: client closed resumably, `lost` and LEASE_LOST', async () => {
    const prefix = `host-${++prefixes}:`;
    const { shardHost, clients, events } = host({ capacity: 1, prefix });
    const errors: string[] = [];
    shardHost.on('error', (error) => errors.push((error as { code?: string }).code ?? ''));
    await shardHost.start();
    // Another owner with a greater token, as after an expiry.
    await redis().hSet(createKeys(prefix).lease(0), { owner: 'other', token: '2', expiresAt: String(Date.now() * 10) });
    await sleep(300);
    expect(events.slice(0, 2)).toEqual([['claimed', 0, 1], ['lost', 0, 1]]);
    expect(clients[0]?.closes).toEqual([{ resumable: true }]);
    expect(errors).toContain('LEASE_LOST');
    // The store that client was given still carries token 1: Redis refuses its writes.
    await expect(clients[0]?.options.sessionStore.set(0, createSession('late', undefined, 1, undefined))).rejects.toMatchObject({ code: 'LEASE_LOST' });
    expect(await redis().exists(createKeys(prefix).session(0))).toBe(0);
    expect(shardHost.metrics()).toMatchObject({ lost: 1, refusedWrites: 1 });
  });

  it('Redis hung: leases it cannot renew are lost at their deadline (client closed resumably, `lost`), REDIS_UNAVAILABLE reported', async () => {
    const prefix = `host-${++prefixes}:`;
    const { shardHost, clients, events } = host({ capacity: 2, prefix });
    const errors: string[] = [];
    shardHost.on('error', (error) => errors.push((error as { code?: string }).code ?? ''));
    await shardHost.start();
    const pausedAt = Date.now();
    server().pause();
    try {
      await until(() => events.filter(([name]) => name === 'lost').length === 2, 3000);
      // The deadline counts from before the last renewal call: lost within one TTL (600 ms) of the pause.
      expect(Date.now() - pausedAt).toBeLessThan(600 + 300);
    } finally {
      server().resume();
    }
    expect(clients.map((c) => c.closes)).toEqual([[{ resumable: true }], [{ resumable: true }]]);
    expect(errors).toEqual(expect.arrayContaining(['REDIS_UNAVAILABLE', 'LEASE_LOST']));
    expect(shardHost.metrics()).toMatchObject({ lost: 2, shards: [] });
    expect(shardHost.metrics().failures).toBeGreaterThan(0);
  });

  it('passes sessionStartLimit and the identify options to its RedisIdentifyQueue, on its Redis and prefix', async () => {
    const prefix = `host-${++prefixes}:`;
    const shardHost = new ShardHost({
      redis: server().url, prefix, shardCount: 2, sessionStartLimit: { remaining: 3, resetAfter: 60_000 }, identify: { reserve: 1, windowMs: 50 },
      createClient: (o) => new StandIn(o),
    });
    afterTest(() => shardHost.stop());
    const grants: number[] = [];
    shardHost.identifyQueue.on('grant', (grant) => grants.push(grant.remaining as number));
    await shardHost.identifyQueue.wait(0);
    expect(grants).toEqual([2]); // remaining 3 - 1 (the reserve is kept apart)
    expect(await redis().hGet(createKeys(prefix).identifyBudget, 'remaining')).toBe('2');
  });

  it.each([
    ['shardCount 0', { shardCount: 0 }],
    ['capacity 0', { capacity: 0 }],
    ['pollMs not under leaseTtlMs', { leaseTtlMs: 1000, pollMs: 1000 }],
    ['a prefix with a brace', { prefix: '{x}' }],
  ])('rejects %s with INVALID_OPTION', (_name, options) => {
    expect(() => new ShardHost({ redis: server().url, shardCount: 4, createClient: (o) => new StandIn(o), ...options })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});
