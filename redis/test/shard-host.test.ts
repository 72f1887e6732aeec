/**
 * ShardHost across real processes (`fixtures/shard-host.mjs`: the generated GatewayClient in a ShardHost) on one
 * private redis-server, against the scripted loopback gateway in this process: leases split the shards, a killed
 * host's shards are resumed by another after the TTL, a paused host cannot write again for the shards it lost,
 * and `stop()` hands over at once with a resumable close.
 */
import { describe, expect, it } from 'vitest';
import { GatewayServer, type ServerConnection } from '../../test/support/gateway-server.js';
import { createKeys } from '../src/index.js';
import { Child, type Message } from './support/child.js';
import { useRedisClient, useRedisServer } from './support/redis-server.js';
import { afterTest } from './support/after-test.js';
import { until } from './support/wait.js';

const server = useRedisServer();
const redis = useRedisClient(() => server().url);
const TOKEN = 'host-test-token.SECRET.xyz';

interface Fleet {
  gateway: GatewayServer;
  prefix: string;
  host(capacity: number, options?: { leaseTtlMs?: number; pollMs?: number }): Child;
}

let fleets = 0;
async function fleet(shardCount: number): Promise<Fleet> {
  const gateway = await GatewayServer.start();
  afterTest(() => gateway.close());
  const prefix = `host-${++fleets}:`;
  return {
    gateway,
    prefix,
    host: (capacity, options = {}) => {
      const child = new Child('shard-host.mjs', {
        redis: server().url, prefix, url: gateway.url, token: TOKEN, shardCount, capacity,
        leaseTtlMs: options.leaseTtlMs ?? 1500, pollMs: options.pollMs ?? 250, windowMs: 100,
      });
      afterTest(() => child.kill('SIGKILL'));
      return child;
    },
  };
}

/** The shards a host reported `event` for (e.g. 'ready'), once it reported `count` of them. */
async function shardsWith(child: Child, event: string, count: number, timeoutMs = 15_000): Promise<number[]> {
  await child.waitFor(() => child.messages.filter((m) => m.event === event).length >= count, timeoutMs);
  return child.messages.filter((m) => m.event === event).map((m) => m.shardId as number).sort((a, b) => a - b);
}

const framesOf = (gateway: GatewayServer, op: number) => gateway.connections.flatMap((connection) => connection.framesWith(op));
const identifiedShards = (gateway: GatewayServer) => framesOf(gateway, 2).map((frame) => (frame.d as { shard: [number, number] }).shard[0]).sort((a, b) => a - b);
/** The connections (in the test's gateway) on which `shardId` identified. */
const identifiedOn = (gateway: GatewayServer, shardId: number): ServerConnection[] =>
  gateway.connections.filter((connection) => connection.framesWith(2).some((frame) => (frame.d as { shard: [number, number] }).shard[0] === shardId));
const sessionOf = (message: Message) => message.sessionId as string;

/** A starts first and takes shards 0-1 (capacity 2); B (capacity 4) takes 2-3 and later whatever A loses. */
async function twoHosts(options: { leaseTtlMs?: number } = {}) {
  const f = await fleet(4);
  const a = f.host(2, options);
  expect(await shardsWith(a, 'ready', 2)).toEqual([0, 1]);
  const b = f.host(4, options);
  expect(await shardsWith(b, 'ready', 2)).toEqual([2, 3]);
  const sessions = new Map(a.messages.filter((m) => m.event === 'ready').map((m) => [m.shardId as number, sessionOf(m)]));
  return { ...f, a, b, sessions };
}

describe('ShardHost', () => {
  it('two host processes share 4 shards (capacity 2 each): each shard leased by exactly one host, every shard READY once, no lease changing hands', async () => {
    const { gateway, prefix, host } = await fleet(4);
    const keys = createKeys(prefix);
    const a = host(2);
    const b = host(2);
    const [readyA, readyB] = await Promise.all([shardsWith(a, 'ready', 2), shardsWith(b, 'ready', 2)]);
    expect([...readyA, ...readyB].sort()).toEqual([0, 1, 2, 3]);
    const hostIds = await Promise.all([a, b].map(async (child) => (await child.waitFor((m) => m.event === 'started')).hostId as string));
    for (const [child, shards, hostId] of [[a, readyA, hostIds[0]], [b, readyB, hostIds[1]]] as const) {
      for (const shardId of shards) {
        expect(await redis().hGet(keys.lease(shardId), 'owner')).toBe(hostId);
        const claimed = child.messages.find((m) => m.event === 'claimed' && m.shardId === shardId);
        expect(await redis().hGet(keys.lease(shardId), 'token')).toBe(String(claimed?.token));
      }
    }
    expect(identifiedShards(gateway)).toEqual([0, 1, 2, 3]);
    expect(gateway.connections.every((connection) => connection.session !== undefined)).toBe(true);

    // Three TTLs later: leases renewed, nothing lost, claimed or reconnected.
    await new Promise((resolve) => setTimeout(resolve, 4500));
    expect(gateway.connections).toHaveLength(4);
    for (const child of [a, b]) expect(child.messages.filter((m) => ['lost', 'error', 'close'].includes(m.event))).toEqual([]);
    expect(a.messages.filter((m) => m.event === 'claimed')).toHaveLength(2);
    expect(b.messages.filter((m) => m.event === 'claimed')).toHaveLength(2);
  }, 30_000);

  it('SIGKILL one host: the other claims its shards after the lease TTL and resumes them (Resume, 0 extra identifies)', async () => {
    const { gateway, a, b, sessions } = await twoHosts();
    expect(identifiedShards(gateway)).toEqual([0, 1, 2, 3]);
    const killedAt = Date.now();
    await a.kill('SIGKILL');

    const resumed = await shardsWith(b, 'resumed', 2, 10_000);
    const failoverMs = Date.now() - killedAt;
    expect(resumed).toEqual([0, 1]);
    // lease TTL 1.5 s + one poll (250 ms) + a margin for the reconnect
    expect(failoverMs).toBeLessThan(1500 + 2000);
    for (const shardId of [0, 1]) {
      expect(b.messages.find((m) => m.event === 'resumed' && m.shardId === shardId)?.sessionId).toBe(sessions.get(shardId));
    }
    expect(framesOf(gateway, 6).map((frame) => (frame.d as { session_id: string }).session_id).sort()).toEqual([...sessions.values()].sort());
    expect(identifiedShards(gateway)).toEqual([0, 1, 2, 3]);
  }, 30_000);

  it('SIGSTOP one host past its TTL, then SIGCONT: it reports the loss, closes its clients, and its fenced writes are refused by Redis', async () => {
    const { gateway, prefix, a, b, sessions } = await twoHosts();
    const keys = createKeys(prefix);
    // What Redis holds for shards 0-1: sessions whole, leases' owner and token (B renews their expiresAt).
    const snapshot = () => Promise.all([0, 1].map(async (s) => ({ session: await redis().hGetAll(keys.session(s)), lease: await redis().hmGet(keys.lease(s), ['owner', 'token']) })));
    process.kill(a.pid as number, 'SIGSTOP');
    afterTest(() => process.kill(a.pid as number, 'SIGCONT'));
    expect(await shardsWith(b, 'resumed', 2, 10_000)).toEqual([0, 1]);

    // B's sessions of shards 0-1 end (invalid session): B identifies anew and saves new sessions, which a stale
    // save from A (A's old session of the shard) would overwrite.
    for (const shardId of [0, 1]) {
      const resumedOn = gateway.connections.find((c) => c.framesWith(6).some((frame) => (frame.d as { session_id: string }).session_id === sessions.get(shardId)));
      resumedOn?.send({ op: 9, d: false });
    }
    expect(await shardsWith(b, 'ready', 4, 10_000)).toEqual([0, 1, 2, 3]);
    const newSessions = new Map(b.messages.filter((m) => m.event === 'ready' && (m.shardId as number) < 2).map((m) => [m.shardId as number, sessionOf(m)]));
    await until(async () => (await Promise.all([0, 1].map(async (s) => (await redis().hGet(keys.session(s), 'id')) === newSessions.get(s)))).every(Boolean));
    const before = await snapshot();
    const oldConnections = [0, 1].map((s) => identifiedOn(gateway, s)[0] as ServerConnection);
    const framesBefore = oldConnections.map((c) => c.received.length);
    const connectionsBefore = gateway.connections.length;

    process.kill(a.pid as number, 'SIGCONT');
    expect(await shardsWith(a, 'lost', 2, 5000)).toEqual([0, 1]);
    expect(a.messages.some((m) => m.event === 'error' && m.code === 'LEASE_LOST')).toBe(true);
    // A's clients were closed (resumably: their close saves the session), and those saves were refused in Redis.
    await Promise.all(oldConnections.map((c) => c.closed));
    expect(await shardsWith(a, 'close', 2, 5000)).toEqual([0, 1]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = await snapshot();
    expect(after).toEqual(before);
    expect(before.map(({ session }) => session.id)).toEqual([newSessions.get(0), newSessions.get(1)]);
    await until(() => {
      a.send('metrics');
      const metrics = [...a.messages].reverse().find((m) => m.event === 'metrics');
      return (metrics?.refusedWrites as number) >= 2;
    }, 5000);
    expect([...a.messages].reverse().find((m) => m.event === 'metrics')).toMatchObject({ shards: [], lost: 2 });
    // The gateway saw nothing more from A: no frame on its old connections, no new connection.
    expect(oldConnections.map((c) => c.received.length)).toEqual(framesBefore);
    expect(gateway.connections.length).toBe(connectionsBefore);
  }, 40_000);

  it('stop() hands over at once: resumable close code, sessions saved, leases released, the other host resumes without identifying', async () => {
    // A 10 s TTL: a hand-over in well under it is the release, not an expiry.
    const { gateway, a, b, sessions } = await twoHosts({ leaseTtlMs: 10_000 });
    const oldConnections = [0, 1].map((s) => identifiedOn(gateway, s)[0] as ServerConnection);
    a.send('stop');
    const stopped = await a.waitFor((m) => m.event === 'stopped');
    const stoppedAt = Date.now();
    expect(a.messages.filter((m) => m.event === 'released').map((m) => m.shardId).sort()).toEqual([0, 1]);
    expect(stopped).toMatchObject({ shards: [] });

    expect(await shardsWith(b, 'resumed', 2, 5000)).toEqual([0, 1]);
    const handOverMs = Date.now() - stoppedAt;
    expect(handOverMs).toBeLessThan(2000);
    for (const connection of oldConnections) {
      const { code } = await connection.closed;
      expect(code).not.toBe(1000);
      expect(code).not.toBe(1001);
      expect(code).toBe(4900);
    }
    expect(framesOf(gateway, 6).map((frame) => (frame.d as { session_id: string }).session_id).sort()).toEqual([...sessions.values()].sort());
    expect(identifiedShards(gateway)).toEqual([0, 1, 2, 3]);
  }, 40_000);
});
