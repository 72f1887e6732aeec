/**
 * GatewayEvents in this process against a private redis-server, fed by ShardPublishers (the host's publishing
 * path): acks when handlers resolve, redelivery after a rejection, dead letters after N deliveries, independent
 * groups, per-shard order, gaps reported as an event and a metric, stop() waiting for handlers, and `send`.
 */
import { describe, expect, it } from 'vitest';
import type { GatewayDispatchMap, UpdatePresenceData } from 'discord-gateway-client';
import { GatewayEvents, shardForGuild, type DeadLetter, type EventContext, type GapReport, type GatewayEventsOptions } from '../src/index.js';
import { useRedisClient, useRedisServer } from './support/redis-server.js';
import { StreamFixture, session, useStreamFixtures } from './support/streams.js';
import { afterTest } from './support/after-test.js';
import { until } from './support/wait.js';

const server = useRedisServer();
const redis = useRedisClient(() => server().url);
const fixture = useStreamFixtures(() => server().url, redis, 'events');

function consumer(f: StreamFixture, options: Partial<GatewayEventsOptions> = {}): GatewayEvents<GatewayDispatchMap> {
  const events = new GatewayEvents<GatewayDispatchMap>({ redis: server().url, prefix: f.keys.prefix, group: 'bot', shardCount: 2, blockMs: 200, ...options });
  afterTest(() => events.stop());
  return events;
}

type Seen = { shardId: number; sequence: number; deliveries: number; content: string };
const record = (seen: Seen[]) => (message: { content: string }, context: EventContext) =>
  void seen.push({ shardId: context.shardId, sequence: context.sequence, deliveries: context.deliveries, content: message.content });

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const pendingOf = async (key: string, group = 'bot') => (await redis().xPending(key, group)).pending;

describe('GatewayEvents', () => {
  it('hands every event of every shard to the group once, in shard order, and acks each when its handler resolves', async () => {
    const f = fixture();
    const events = consumer(f);
    const seen: Seen[] = [];
    events.on('MESSAGE_CREATE', async (message, context) => {
      // Handlers of one shard run one after the other: a slower one must not let the next overtake it.
      await new Promise((resolve) => setTimeout(resolve, context.sequence % 3));
      record(seen)(message, context);
    });
    await events.start();
    const publishers = [f.publisher(0, await f.claim(0)), f.publisher(1, await f.claim(1))];
    await Promise.all(publishers.map((p, shard) => p.publish(session(`S${shard}`), 1, 60)));
    await until(() => seen.length === 120, 10_000, 'every event handled', () => ({ seen: seen.length, metrics: events.metrics(), counts: publishers.map((p) => p.counts), errors: publishers.map((p) => p.errors.map(String)) }));
    for (const shardId of [0, 1]) expect(seen.filter((s) => s.shardId === shardId).map((s) => s.sequence)).toEqual(range(1, 60));
    expect(seen.every((s) => s.content === `${s.shardId}:${s.sequence}` && s.deliveries === 1)).toBe(true);
    await until(async () => (await pendingOf(f.keys.events(0))) + (await pendingOf(f.keys.events(1))) === 0);
    const errors: string[] = [];
    events.on('error', (e) => errors.push(e.message));
    await until(() => events.metrics().acked === 120, 10_000, 'every event acked', () => ({ metrics: events.metrics(), errors }));
    expect(events.metrics()).toMatchObject({ group: 'bot', shards: 2, delivered: 120, acked: 120, failed: 0, inFlight: 0 });
  });

  it('an event is acked only once its handler resolves: pending while it runs, acked after', async () => {
    const f = fixture();
    const events = consumer(f);
    let release!: () => void;
    const started = new Promise<void>((resolve) => {
      events.on('MESSAGE_CREATE', () => {
        resolve();
        return new Promise<void>((done) => (release = done));
      });
    });
    await events.start();
    await f.publisher(0, await f.claim(0)).publish(session('A'), 1, 1);
    await started;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await pendingOf(f.keys.events(0))).toBe(1);
    release();
    await until(async () => (await pendingOf(f.keys.events(0))) === 0);
  });

  it('a rejecting handler: the event is not acked and is delivered again after claimIdleMs (delivery 2), then acked', async () => {
    const f = fixture();
    const events = consumer(f, { claimIdleMs: 300, claimIntervalMs: 100 });
    const seen: Seen[] = [];
    const errors: string[] = [];
    events.on('error', (error) => errors.push(error.code));
    events.on('MESSAGE_CREATE', async (message, context) => {
      record(seen)(message, context);
      if (context.sequence === 2 && context.deliveries === 1) throw new Error('database down');
    });
    await events.start();
    await f.publisher(0, await f.claim(0)).publish(session('A'), 1, 3);
    await until(() => seen.length === 4);
    expect(seen.map((s) => [s.sequence, s.deliveries])).toEqual([[1, 1], [2, 1], [3, 1], [2, 2]]);
    expect(errors).toEqual(['HANDLER_FAILED']);
    await until(async () => (await pendingOf(f.keys.events(0))) === 0);
    expect(events.metrics()).toMatchObject({ failed: 1, redelivered: 1, deadLetters: 0 });
  });

  it('entries Redis delivered in a read whose reply was lost are taken back at once after the failed read, not after claimIdleMs; a rejected one still waits for claimIdleMs', async () => {
    const f = fixture();
    const events = consumer(f, { consumer: 'c1', shardCount: 1, claimIdleMs: 2500, claimIntervalMs: 100 });
    const seen: Seen[] = [];
    events.on('MESSAGE_CREATE', async (message, context) => {
      record(seen)(message, context);
      if (context.sequence === 1 && context.deliveries === 1) throw new Error('database down');
    });
    await events.start();
    await f.publisher(0, await f.claim(0)).publish(session('A'), 1, 1);
    await until(() => seen.length === 1);
    const rejectedAt = Date.now();
    // Entry 2 delivered to c1 in a read whose reply c1 never gets (what Redis holds when it went down right after
    // answering a read): appended and read on c1's behalf in one transaction, before c1's blocking read sees it.
    await redis().multi()
      .addCommand(['XADD', f.keys.events(0), '1-2', 't', 'MESSAGE_CREATE', 'd', JSON.stringify({ id: '2', content: '0:2' })])
      .addCommand(['XREADGROUP', 'GROUP', 'bot', 'c1', 'COUNT', '10', 'STREAMS', f.keys.events(0), '>'])
      .exec();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen).toHaveLength(1);
    // c1's blocking read fails (its connection killed): it takes back its own entries before reading again.
    const reading = String(await redis().sendCommand(['CLIENT', 'LIST'])).split('\n').filter((line) => line.includes('cmd=xreadgroup'));
    expect(reading).toHaveLength(1);
    await redis().sendCommand(['CLIENT', 'KILL', 'ID', (/id=(\d+)/.exec(reading[0] as string) as RegExpExecArray)[1] as string]);
    await until(() => seen.length === 2, 2000);
    expect(seen[1]).toMatchObject({ sequence: 2, deliveries: 2 });
    // Entry 1 was rejected here: it comes back only once idle for claimIdleMs, as without the failed read.
    await until(() => seen.length === 3, 10_000);
    expect(seen[2]).toMatchObject({ sequence: 1, deliveries: 2 });
    expect(Date.now() - rejectedAt).toBeGreaterThanOrEqual(2400);
    await until(async () => (await pendingOf(f.keys.events(0))) === 0);
  });

  it('a consumer started again under the same name takes its pending entries back at once', async () => {
    const f = fixture();
    const first = consumer(f, { consumer: 'c1', shardCount: 1, claimIdleMs: 60_000 });
    let held = 0;
    first.on('MESSAGE_CREATE', () => {
      held += 1;
      return new Promise(() => undefined); // never resolves: nothing acked
    });
    await first.start();
    await f.publisher(0, await f.claim(0)).publish(session('A'), 1, 3);
    await until(async () => held === 1 && (await pendingOf(f.keys.events(0))) === 3);
    await first.stop({ timeoutMs: 50 });
    const again = consumer(f, { consumer: 'c1', shardCount: 1, claimIdleMs: 60_000 });
    const seen: Seen[] = [];
    again.on('MESSAGE_CREATE', record(seen));
    await again.start();
    await until(() => seen.length === 3, 3000);
    expect(seen.map((s) => [s.sequence, s.deliveries])).toEqual([[1, 2], [2, 2], [3, 2]]);
  });

  it('after maxDeliveries failed deliveries the event moves to the group\'s dead-letter stream, and is acked', async () => {
    const f = fixture();
    const events = consumer(f, { claimIdleMs: 150, claimIntervalMs: 50, maxDeliveries: 3 });
    const calls: number[] = [];
    const dead: DeadLetter[] = [];
    events.on('deadLetter', (letter) => dead.push(letter));
    events.on('MESSAGE_CREATE', async (_message, context) => {
      if (context.sequence !== 2) return;
      calls.push(context.deliveries);
      throw new Error('always fails');
    });
    await events.start();
    await f.publisher(0, await f.claim(0)).publish(session('A'), 1, 3);
    await until(() => dead.length === 1);
    expect(calls).toEqual([1, 2, 3]);
    const key = f.keys.deadLetters(0, 'bot');
    expect(dead[0]).toEqual({ shardId: 0, group: 'bot', id: '1-2', event: 'MESSAGE_CREATE', deliveries: 3, key });
    const letters = await redis().xRange(key, '-', '+');
    expect(letters.map((l) => l.message)).toEqual([{ id: '1-2', deliveries: '3', consumer: events.consumer, t: 'MESSAGE_CREATE', d: JSON.stringify({ id: '2', content: '0:2' }) }]);
    expect(await pendingOf(f.keys.events(0))).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(calls).toEqual([1, 2, 3]);
    expect(events.metrics()).toMatchObject({ deadLetters: 1, failed: 3 });
  });

  it('two groups each see every event; each group acks on its own', async () => {
    const f = fixture();
    const seen: Record<string, Seen[]> = { bot: [], analytics: [] };
    for (const group of ['bot', 'analytics']) {
      const events = consumer(f, { group });
      events.on('MESSAGE_CREATE', record(seen[group] as Seen[]));
      await events.start();
    }
    await f.publisher(1, await f.claim(1)).publish(session('A'), 1, 25);
    await until(() => (seen.bot as Seen[]).length === 25 && (seen.analytics as Seen[]).length === 25);
    expect((seen.bot as Seen[]).map((s) => s.sequence)).toEqual(range(1, 25));
    expect((seen.analytics as Seen[]).map((s) => s.sequence)).toEqual(range(1, 25));
    await until(async () => (await pendingOf(f.keys.events(1), 'bot')) === 0 && (await pendingOf(f.keys.events(1), 'analytics')) === 0);
  });

  it('trimming past entries the group has not acked is reported: a `gap` event and the `gaps` metric, by one consumer of the group', async () => {
    const f = fixture();
    const events = consumer(f, { claimIdleMs: 60_000, claimIntervalMs: 50, maxInFlight: 5 });
    const other = consumer(f, { claimIdleMs: 60_000, claimIntervalMs: 50, maxInFlight: 5 });
    const gaps: GapReport[] = [];
    // Handlers that do not finish before the end of the test: the group holds 5 entries per consumer and reads
    // nothing more.
    const release: (() => void)[] = [];
    let released = false;
    for (const c of [events, other]) {
      c.on('gap', (report) => gaps.push(report));
      c.on('MESSAGE_CREATE', () => (released ? undefined : new Promise<void>((resolve) => release.push(resolve))));
      await c.start();
    }
    afterTest(() => {
      released = true;
      for (const resolve of release) resolve();
    });
    const p = f.publisher(0, await f.claim(0), { maxLen: 12 });
    await p.publish(session('A'), 1, 10);
    await until(() => events.metrics().inFlight + other.metrics().inFlight === 10);
    await p.publish(session('A'), 11, 40);
    await until(() => gaps.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(gaps.length).toBe(2);
    const first = Number(((await redis().xRange(f.keys.events(0), '-', '+', { COUNT: 1 }))[0]?.id ?? '').split('-')[1]);
    expect(gaps).toEqual(expect.arrayContaining([
      expect.objectContaining({ shardId: 0, group: 'bot', kind: 'unacked', count: 10, from: '1-1', to: '1-10' }),
      expect.objectContaining({ shardId: 0, group: 'bot', kind: 'undelivered', count: first - 11, from: '1-10' }),
    ]));
    expect(events.metrics().gaps + other.metrics().gaps).toBe(first - 1);
  });

  it('stop() stops reading and waits for the handlers in flight, then acks them', async () => {
    const f = fixture();
    const events = consumer(f);
    let release!: () => void;
    let handled = 0;
    const started = new Promise<void>((resolve) => {
      events.on('MESSAGE_CREATE', async () => {
        resolve();
        await new Promise<void>((done) => (release = done));
        handled += 1;
      });
    });
    await events.start();
    const p = f.publisher(0, await f.claim(0));
    await p.publish(session('A'), 1, 1);
    await started;
    let stopped = false;
    const stopping = events.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(handled).toBe(1);
    expect(await pendingOf(f.keys.events(0))).toBe(0);
    // Nothing is read after stop(): a later event stays for the group.
    await p.publish(session('A'), 2, 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(handled).toBe(1);
    expect(events.metrics().delivered).toBe(1);
  });

  it('reads the shard count the fleet wrote when none is given', async () => {
    const f = fixture();
    await redis().hSet(f.keys.fleet, 'shardCount', '3');
    const events = consumer(f, { shardCount: undefined });
    const seen: Seen[] = [];
    events.on('MESSAGE_CREATE', record(seen));
    await events.start();
    expect(events.metrics().shards).toBe(3);
    await f.publisher(2, await f.claim(2)).publish(session('A'), 1, 2);
    await until(() => seen.length === 2);
    expect(seen.map((s) => s.shardId)).toEqual([2, 2]);
  });
});

describe('events.send', () => {
  const presence: UpdatePresenceData = { since: null, activities: [], status: 'online', afk: false };

  it('rejects a payload that does not match the schema, naming the field, and queues nothing', async () => {
    const f = fixture();
    const events = consumer(f);
    const bad = { ...presence, status: 'sleeping' } as unknown as UpdatePresenceData;
    const error = await events.send(0, 'updatePresence', bad).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'RedisGatewayError', code: 'INVALID_PAYLOAD' });
    expect(String((error as Error).message)).toContain('d.status');
    await expect(events.send(0, 'updatePresence', { ...presence, afk: undefined } as unknown as UpdatePresenceData)).rejects.toThrow(/d\.afk/);
    await expect(events.send(0, 'requestGuildMembers', {} as never)).rejects.toThrow(/d\.guild_id/);
    await expect(events.send(0, 'identify' as never, {} as never)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(events.send(2, 'updatePresence', presence)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await redis().exists(f.keys.commands(0))).toBe(0);
  });

  it('queues a valid command on the shard\'s command stream', async () => {
    const f = fixture();
    const events = consumer(f);
    const id = await events.send(1, 'updatePresence', presence);
    const entries = await redis().xRange(f.keys.commands(1), '-', '+');
    expect(entries).toEqual([{ id, message: { method: 'updatePresence', d: JSON.stringify(presence), ttl: '30000' } }]);
  });

  it.each([
    // 41771983423143937 >> 22 = 9959239925 (its timestamp part); % 16 = 6.
    ['41771983423143937', 1, 0],
    ['41771983423143937', 16, 6],
    ['197038439483310086', 16, 2],
    [41771983423143937n, 4, 2],
    ['18446744073709551615', 1024, 1023],
  ] as const)('shardForGuild(%s, %i) = %i', (guildId, shardCount, want) => {
    expect(shardForGuild(guildId, shardCount)).toBe(want);
    expect(shardForGuild(guildId, shardCount)).toBe(Number((BigInt(guildId) >> 22n) % BigInt(shardCount)));
  });

  it.each([['not a snowflake', 16], ['-1', 16], ['1', 0]] as const)('shardForGuild(%s, %i) throws INVALID_ARGUMENT', (guildId, shardCount) => {
    expect(() => shardForGuild(guildId, shardCount)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
