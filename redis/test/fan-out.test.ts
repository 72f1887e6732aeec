/**
 * Fan-out across real processes: host processes (`fixtures/shard-host.mjs`, the generated GatewayClient in a
 * ShardHost) publish what the scripted loopback gateway sends them; consumers read it with GatewayEvents. A host
 * SIGKILLed mid-stream loses nothing and duplicates nothing; a host SIGSTOPped past its TTL writes nothing more for
 * the shards it lost; a consumer process SIGKILLed with unacked events has them taken over by another consumer of
 * its group; a command sent from a consumer reaches the gateway through the host that owns the shard.
 */
import { describe, expect, it } from 'vitest';
import type { GatewayDispatchMap, UpdatePresenceData } from 'discord-gateway-client';
import { GatewayServer, type ServerConnection, type ServerSession } from '../../test/support/gateway-server.js';
import { GatewayEvents, createKeys, shardForGuild, type GatewayEventsOptions } from '../src/index.js';
import { Child } from './support/child.js';
import { useRedisClient, useRedisServer } from './support/redis-server.js';
import { StreamFixture, session } from './support/streams.js';
import { afterTest } from './support/after-test.js';
import { sleep, until } from './support/wait.js';

const server = useRedisServer();
const redis = useRedisClient(() => server().url);
const TOKEN = 'fan-out-test-token.SECRET.xyz';

let prefixes = 0;

function consumer(prefix: string, options: Partial<GatewayEventsOptions> = {}): GatewayEvents<GatewayDispatchMap> {
  const events = new GatewayEvents<GatewayDispatchMap>({ redis: server().url, prefix, group: 'bot', blockMs: 200, claimIntervalMs: 100, ...options });
  afterTest(() => events.stop({ timeoutMs: 1000 }));
  return events;
}

/** Two host processes on one gateway, 4 shards: A (capacity 2) holds 0-1, B (capacity 4) 2-3 and whatever A loses. */
async function fleet(gatewayOptions: Parameters<typeof GatewayServer.start>[0] = {}) {
  const gateway = await GatewayServer.start(gatewayOptions);
  afterTest(() => gateway.close());
  const prefix = `fan-${++prefixes}:`;
  const host = (capacity: number) => {
    const child = new Child('shard-host.mjs', { redis: server().url, prefix, url: gateway.url, token: TOKEN, shardCount: 4, capacity, leaseTtlMs: 1500, pollMs: 250, windowMs: 100 });
    afterTest(() => child.kill('SIGKILL'));
    return child;
  };
  const readyCount = (child: Child, n: number) => child.waitFor(() => child.messages.filter((m) => m.event === 'ready').length >= n, 15_000);
  const a = host(2);
  await readyCount(a, 2);
  const b = host(4);
  await readyCount(b, 2);
  return { gateway, prefix, a, b };
}

const identifiedShards = (gateway: GatewayServer) =>
  gateway.connections.flatMap((c) => c.framesWith(2)).map((frame) => (frame.d as { shard: [number, number] }).shard[0]).sort((x, y) => x - y);
/** The connection on which `shardId` identified: its server session is the shard's session for the whole test. */
const identifiedOn = (gateway: GatewayServer, shardId: number): ServerConnection =>
  gateway.connections.find((c) => c.framesWith(2).some((frame) => (frame.d as { shard: [number, number] }).shard[0] === shardId)) as ServerConnection;

describe('fan-out across processes', () => {
  it('SIGKILL one host mid-stream: the other resumes its shards (0 identifies), and a consumer group sees every event of every shard once and in order', async () => {
    // The gateway replays 3 dispatches the resuming client already had: they must not reach the stream twice.
    const { gateway, prefix, a, b } = await fleet({ resumeReplayOverlap: 3 });
    const events = consumer(prefix);
    const seen = new Map<number, string[]>([0, 1, 2, 3].map((shard) => [shard, []]));
    events.on('MESSAGE_CREATE', (message, { shardId }) => void seen.get(shardId)?.push(message.content));
    await events.start();
    expect(events.metrics().shards).toBe(4); // from the fleet's config, written by the hosts

    const sessions = [0, 1, 2, 3].map((shard) => identifiedOn(gateway, shard).session as ServerSession);
    const N = 120;
    for (let n = 1; n <= N; n++) {
      for (const [shard, s] of sessions.entries()) s.dispatch('MESSAGE_CREATE', { id: `${shard}-${n}`, content: `${shard}:${n}` });
      if (n === N / 2) await a.kill('SIGKILL');
      if (n % 10 === 0) await sleep(20);
    }
    await b.waitFor(() => b.messages.filter((m) => m.event === 'resumed').length >= 2, 10_000);
    await until(() => [...seen.values()].every((list) => list.length >= N), 20_000, 'every event consumed');
    await sleep(300);
    for (const [shard, list] of seen) expect(list).toEqual(Array.from({ length: N }, (_, i) => `${shard}:${i + 1}`));
    expect(identifiedShards(gateway)).toEqual([0, 1, 2, 3]);
    expect(b.messages.filter((m) => m.event === 'resumed').map((m) => m.shardId).sort()).toEqual([0, 1]);

    // Exactly-once into the stream: each shard's ids hold every gateway sequence once, in order.
    const keys = createKeys(prefix);
    for (const shard of [0, 1, 2, 3]) {
      const sequences = (await redis().xRange(keys.events(shard), '-', '+')).map((e) => Number(e.id.split('-')[1]));
      expect(sequences).toEqual(Array.from({ length: sequences.length }, (_, i) => i + 1));
      expect(sequences.length).toBeGreaterThanOrEqual(N + 1);
    }
    await until(async () => (await Promise.all([0, 1, 2, 3].map(async (s) => (await redis().xPending(keys.events(s), 'bot')).pending))).every((p) => p === 0), 15_000);
  }, 60_000);

  it('a rolling restart of every host (stop, start a new one) while events flow: 0 identifies, 0 gaps, no duplicates', async () => {
    const { gateway, prefix, a, b } = await fleet();
    const events = consumer(prefix);
    const seen = new Map<number, string[]>([0, 1, 2, 3].map((shard) => [shard, []]));
    const gaps: unknown[] = [];
    events.on('MESSAGE_CREATE', (message, { shardId }) => void seen.get(shardId)?.push(message.content));
    events.on('gap', (gap) => void gaps.push(gap));
    await events.start();
    const sessions = [0, 1, 2, 3].map((shard) => identifiedOn(gateway, shard).session as ServerSession);
    let n = 0;
    const pump = async (count: number): Promise<void> => {
      for (let i = 0; i < count; i++) {
        n += 1;
        for (const [shard, s] of sessions.entries()) s.dispatch('MESSAGE_CREATE', { id: `${shard}-${n}`, content: `${shard}:${n}` });
        await sleep(5);
      }
    };
    const spawn = (capacity: number): Child => {
      const child = new Child('shard-host.mjs', { redis: server().url, prefix, url: gateway.url, token: TOKEN, shardCount: 4, capacity, leaseTtlMs: 1500, pollMs: 250, windowMs: 100 });
      afterTest(() => child.kill('SIGKILL'));
      return child;
    };
    const resumedCount = (child: Child) => child.messages.filter((m) => m.event === 'resumed').length;
    await pump(20);
    // A deploy: each old host is replaced by a new one, one at a time, while the gateway keeps sending.
    const a2 = spawn(2);
    await a2.waitFor((m) => m.event === 'started');
    a.send('stop');
    const stopped = pump(20);
    await a.waitFor((m) => m.event === 'stopped', 10_000);
    await until(() => resumedCount(b) + resumedCount(a2) >= 2, 10_000, "A's shards resumed");
    await stopped;
    const b2 = spawn(4);
    await b2.waitFor((m) => m.event === 'started');
    b.send('stop');
    const stopped2 = pump(20);
    await b.waitFor((m) => m.event === 'stopped', 10_000);
    await until(() => a2.messages.filter((m) => m.event === 'claimed').length + b2.messages.filter((m) => m.event === 'claimed').length >= 4, 10_000, "every shard on the new hosts");
    await stopped2;
    await pump(20);
    await until(() => [...seen.values()].every((list) => list.length >= n), 20_000, 'every event consumed');
    await sleep(300);
    for (const [shard, list] of seen) expect(list).toEqual(Array.from({ length: n }, (_, i) => `${shard}:${i + 1}`));
    expect(identifiedShards(gateway)).toEqual([0, 1, 2, 3]);
    expect(gaps).toEqual([]);
    // The new hosts own everything now and resumed every shard they took.
    const owned = [a2, b2].flatMap((child) => child.messages.filter((m) => m.event === 'claimed').map((m) => m.shardId as number));
    expect(owned.sort()).toEqual([0, 1, 2, 3]);
  }, 90_000);

  it('SIGSTOP a host past its TTL, then SIGCONT: it publishes and saves nothing more for the shards it lost (refused in Redis), the new owner\'s stream and sessions stay as they are', async () => {
    const { gateway, prefix, a, b } = await fleet();
    const keys = createKeys(prefix);
    const events = consumer(prefix);
    const seen = new Map<number, string[]>([[0, []], [1, []]]);
    events.on('MESSAGE_CREATE', (message, { shardId }) => void seen.get(shardId)?.push(message.content));
    await events.start();
    const old = [0, 1].map((shard) => identifiedOn(gateway, shard).session as ServerSession);
    process.kill(a.pid as number, 'SIGSTOP');
    afterTest(() => process.kill(a.pid as number, 'SIGCONT'));
    // These reach A's sockets while it is stopped: it reads them when it runs again, before its overdue timers.
    for (let n = 1; n <= 10; n++) for (const [shard, s] of old.entries()) s.dispatch('MESSAGE_CREATE', { id: `${shard}-${n}`, content: `${shard}:${n}` });
    await b.waitFor(() => b.messages.filter((m) => m.event === 'resumed').length >= 2, 10_000);
    // B's sessions of 0-1 end (invalid session): B identifies, and a stale publish of A's old session would now
    // look like a new session to an unfenced script (wiping B's checkpoint, appending A's events again).
    for (const s of old) s.connection?.send({ op: 9, d: false });
    await b.waitFor(() => b.messages.filter((m) => m.event === 'ready').length >= 4, 15_000);
    const fresh = [0, 1].map((shard) => gateway.connections.filter((c) => c.framesWith(2).some((f) => (f.d as { shard: [number, number] }).shard[0] === shard)).at(-1)?.session as ServerSession);
    for (let n = 11; n <= 15; n++) for (const [shard, s] of fresh.entries()) s.dispatch('MESSAGE_CREATE', { id: `${shard}-${n}`, content: `${shard}:${n}` });
    await until(() => [...seen.values()].every((list) => list.length >= 15), 15_000, 'the events through B');
    const snapshot = () => Promise.all([0, 1].map(async (shard) => ({ stream: await redis().xRange(keys.events(shard), '-', '+'), session: await redis().hGetAll(keys.session(shard)) })));
    const before = await snapshot();
    a.send('metrics');
    process.kill(a.pid as number, 'SIGCONT');
    await a.waitFor(() => a.messages.filter((m) => m.event === 'lost').length >= 2, 10_000);
    await sleep(1000);
    expect(await snapshot()).toEqual(before);
    for (const [shard, list] of seen) expect(list).toEqual(Array.from({ length: 15 }, (_, i) => `${shard}:${i + 1}`));
    a.send('metrics');
    await a.waitFor(() => a.messages.filter((m) => m.event === 'metrics').length >= 2);
    const [first, last] = a.messages.filter((m) => m.event === 'metrics');
    expect(last?.published).toBe(first?.published);
    // Its resumable closes tried to save the old sessions: refused in Redis.
    expect(last?.refusedWrites).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('a consumer process killed with unacked events: another consumer of its group gets them', async () => {
    const f = StreamFixture.create(server().url, `fan-${++prefixes}:`);
    afterTest(() => f.close());
    const dying = new Child('events-consumer.mjs', { redis: server().url, prefix: f.keys.prefix, group: 'bot', consumer: 'dying', shardCount: 1, claimIdleMs: 60_000, hang: true });
    afterTest(() => dying.kill('SIGKILL'));
    await dying.waitFor((m) => m.event === 'started');
    await f.publisher(0, await f.claim(0)).publish(session('A'), 1, 10);
    // Its handler holds event 1; 2-10 wait behind it in the process: all 10 are delivered to it, none acked.
    await dying.waitFor((m) => m.event === 'received');
    await until(async () => (await redis().xPending(f.keys.events(0), 'bot')).pending === 10, 15_000);
    await dying.kill('SIGKILL');

    const survivor = consumer(f.keys.prefix, { shardCount: 1, claimIdleMs: 500 });
    const seen: [number, number][] = [];
    survivor.on('MESSAGE_CREATE', (_message, { sequence, deliveries }) => void seen.push([sequence, deliveries]));
    await survivor.start();
    await until(() => seen.length === 10, 10_000, 'the dead consumer\'s events taken over');
    expect(seen).toEqual(Array.from({ length: 10 }, (_, i) => [i + 1, 2]));
    await until(async () => (await redis().xPending(f.keys.events(0), 'bot')).pending === 0, 15_000);
    // `acked` counts XACK's replies: it may trail Redis' pending list by one reply.
    await until(() => survivor.metrics().acked === 10, 5000, 'the acks counted');
    expect(survivor.metrics()).toMatchObject({ redelivered: 10, acked: 10 });
  }, 30_000);

  it('events.send: a valid command reaches the gateway from the host that owns the shard; an invalid one is queued nowhere', async () => {
    const { gateway, prefix } = await fleet();
    const events = consumer(prefix);
    await events.start();
    const guildId = '197038439483310086';
    const shardId = shardForGuild(guildId, 4);
    const presence: UpdatePresenceData = { since: null, activities: [], status: 'idle', afk: true };
    await events.send(shardId, 'updatePresence', presence);
    await events.send(shardId, 'requestGuildMembers', { guild_id: guildId, query: '', limit: 0 });
    const connection = identifiedOn(gateway, shardId);
    await until(() => connection.framesWith(8).length === 1, 10_000, 'the commands on the shard\'s connection');
    expect(connection.framesWith(3).map((frame) => frame.d)).toEqual([presence]);
    expect(connection.framesWith(8).map((frame) => frame.d)).toEqual([{ guild_id: guildId, query: '', limit: 0 }]);
    // In stream order, and on no other shard's connection.
    expect(connection.received.filter((frame) => frame.op === 3 || frame.op === 8).map((frame) => frame.op)).toEqual([3, 8]);
    for (const other of [0, 1, 2, 3].filter((s) => s !== shardId)) expect(identifiedOn(gateway, other).framesWith(3)).toEqual([]);
    const keys = createKeys(prefix);
    await until(async () => (await redis().xPending(keys.commands(shardId), 'hosts')).pending === 0, 15_000);

    await expect(events.send(shardId, 'updatePresence', { ...presence, since: 'yesterday' } as never)).rejects.toMatchObject({ code: 'INVALID_PAYLOAD', message: expect.stringContaining('d.since') });
    expect(await redis().xLen(keys.commands(shardId))).toBe(2);
  }, 40_000);
});
