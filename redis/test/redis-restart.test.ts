/**
 * redis-server restarted mid-run (AOF on, `appendfsync always`), with host processes (`fixtures/shard-host.mjs`)
 * publishing what the scripted loopback gateway keeps sending, and a consumer group reading in this process:
 * - while Redis is down no Identify reaches the gateway (fail closed), even for a shard whose session the gateway
 *   invalidated meanwhile; a shard whose connection dropped resumes (Resume needs no queue);
 * - the hosts and the consumer reconnect by themselves once Redis is back (none of them is restarted);
 * - every event the gateway sent ends up once in its shard's stream and reaches the group once, in order per shard:
 *   held by the host and published once Redis is back (an outage shorter than the lease TTL), or replayed by the
 *   gateway after the shard is resumed from its checkpoint (an outage longer than the TTL: the leases are lost).
 */
import { describe, expect, it } from 'vitest';
import type { GatewayDispatchMap } from 'discord-gateway-client';
import { GatewayServer, type ServerSession } from '../../test/support/gateway-server.js';
import { GatewayEvents, createKeys } from '../src/index.js';
import { Child } from './support/child.js';
import { useRedisClient, useRedisServer } from './support/redis-server.js';
import { StreamFixture, session } from './support/streams.js';
import { afterTest } from './support/after-test.js';
import { sleep, until } from './support/wait.js';

const server = useRedisServer({ aof: true });
const redis = useRedisClient(() => server().url);
const TOKEN = 'restart-test-token.SECRET.xyz';
const SHARDS = [0, 1, 2, 3];

let prefixes = 0;

const shardOf = (frame: { d: unknown }) => (frame.d as { shard: [number, number] }).shard[0];
const identifies = (gateway: GatewayServer) => gateway.connections.flatMap((c) => c.framesWith(2).map(shardOf));
/** The server session of the shard's latest Identify: where the gateway sends the shard's events. */
const sessionOf = (gateway: GatewayServer, shardId: number) =>
  gateway.connections.filter((c) => c.framesWith(2).some((frame) => shardOf(frame) === shardId)).at(-1)?.session as ServerSession;

/**
 * Two host processes (capacity 2 each) on 4 shards, a consumer group in this process, and a pump that sends a
 * MESSAGE_CREATE to every shard's current session each `everyMs`, recording what it sent per shard.
 */
async function fleet({ leaseTtlMs }: { leaseTtlMs: number }) {
  const gateway = await GatewayServer.start({ rateLimit: false });
  afterTest(() => gateway.close());
  const prefix = `restart-${++prefixes}:`;
  const hosts = [0, 1].map(() => {
    const child = new Child('shard-host.mjs', { redis: server().url, prefix, url: gateway.url, token: TOKEN, shardCount: SHARDS.length, capacity: 2, leaseTtlMs, pollMs: 250, windowMs: 100,
      // After op 9, the next connection opens at once (not 1-5 s later): it must wait for its grant while Redis is down.
      client: { invalidSessionDelay: { minMs: 0, maxMs: 100 } } });
    afterTest(() => child.kill('SIGKILL'));
    return child;
  });
  const readies = () => hosts.flatMap((h) => h.messages.filter((m) => m.event === 'ready'));
  await until(() => readies().length >= SHARDS.length, 20_000, 'every shard READY');

  const keys = createKeys(prefix);
  /** Entries ever added to each shard's stream (XINFO STREAM's `entries-added`). */
  const added = () => Promise.all(SHARDS.map(async (shard) => {
    const info = (await redis().sendCommand(['XINFO', 'STREAM', keys.events(shard)])) as unknown[];
    return Number(info[info.indexOf('entries-added') + 1]);
  }));
  const addedBefore = await added();
  // claimIdleMs longer than the test: an entry handed to the group twice would be a redelivery of an unacked one.
  const events = new GatewayEvents<GatewayDispatchMap>({ redis: server().url, prefix, group: 'bot', blockMs: 200, claimIntervalMs: 100, claimIdleMs: 60_000 });
  afterTest(() => events.stop({ timeoutMs: 1000 }));
  const seen = new Map<number, string[]>(SHARDS.map((shard) => [shard, []]));
  events.on('MESSAGE_CREATE', (message, { shardId }) => void seen.get(shardId)?.push(message.content));
  await events.start();

  const sent = new Map<number, string[]>(SHARDS.map((shard) => [shard, []]));
  /** The session each shard's events go to; a shard left out (its session invalidated) gets none until set again. */
  const target = new Map<number, ServerSession | undefined>(SHARDS.map((shard) => [shard, sessionOf(gateway, shard)]));
  let n = 0;
  const pump = setInterval(() => {
    n += 1;
    for (const [shard, session] of target) {
      if (!session) continue;
      const content = `${shard}:${n}`;
      session.dispatch('MESSAGE_CREATE', { id: content, channel_id: '1', content });
      sent.get(shard)?.push(content);
    }
  }, 15);
  const stopPump = () => clearInterval(pump);
  afterTest(stopPump);

  /** After the pump stopped: every event sent reached the group once and in order, and each stream holds each sequence once. */
  const expectEverythingOnce = async () => {
    stopPump();
    await until(() => SHARDS.every((shard) => (seen.get(shard) as string[]).length >= (sent.get(shard) as string[]).length), 20_000, 'every event consumed').catch((error: Error) => {
      const missing = SHARDS.map((shard) => `shard ${shard}: ${(sent.get(shard) as string[]).filter((c) => !(seen.get(shard) as string[]).includes(c)).slice(0, 10).join(' ')}`);
      throw new Error(`${error.message}; not consumed (first 10): ${missing.join('; ')}\nhosts:\n${hosts.map((h) => h.log.split('\n').filter((l) => !l.includes('"grant"')).slice(-40).join('\n')).join('\n---\n')}`);
    });
    await sleep(300);
    for (const shard of SHARDS) expect(seen.get(shard), `shard ${shard}`).toEqual(sent.get(shard));
    for (const shard of SHARDS) {
      const ids = (await redis().xRange(keys.events(shard), '-', '+')).map((entry) => entry.id.split('-').map(Number) as [number, number]);
      // Per session (epoch) every sequence once, from 1 up: nothing missing, nothing twice.
      for (const epoch of new Set(ids.map(([e]) => e))) {
        const sequences = ids.filter(([e]) => e === epoch).map(([, s]) => s);
        expect(sequences, `shard ${shard} epoch ${epoch}`).toEqual(Array.from({ length: sequences.length }, (_, i) => i + 1));
      }
    }
    await until(async () => (await Promise.all(SHARDS.map(async (s) => (await redis().xPending(keys.events(s), 'bot')).pending))).every((p) => p === 0), 10_000, 'every entry acked');
    // Handed to the handlers once each: no entry twice (a redelivery of an entry handled here whose ack was lost),
    // and none left behind (one delivered in a read whose reply was lost is taken back, counted in `redelivered`).
    // (Every entry added since the group started: the MESSAGE_CREATEs, and READY or RESUMED.)
    const total = (await added()).reduce((sum, count, i) => sum + count - (addedBefore[i] as number), 0);
    // (`acked` counts XACK's replies: an XACK that ran just before Redis went away and was sent again counts 0.)
    expect(events.metrics()).toMatchObject({ delivered: total, failed: 0 });
  };
  return { gateway, hosts, events, target, sent, seen, expectEverythingOnce };
}

describe('redis-server restarted mid-run (AOF)', () => {
  it('down for less than the lease TTL (SIGKILL): no Identify while down, a dropped connection resumes, the hosts keep their shards and publish what they held; every event once, in order', async () => {
    const { gateway, hosts, target, sent, expectEverythingOnce } = await fleet({ leaseTtlMs: 10_000 });
    await sleep(300);
    const before = identifies(gateway).length;
    await server().stop({ keepDir: true, signal: 'SIGKILL' });
    const downAt = Date.now();

    // Shard 0's session ends (op 9, not resumable): its client needs an Identify, and must not get one now.
    const invalidated = target.get(0) as ServerSession;
    target.set(0, undefined);
    invalidated.connection?.send({ op: 9, d: false });
    // Shard 1's connection drops: its client resumes, which needs no identify queue.
    const dropped = target.get(1) as ServerSession;
    void dropped.connection?.terminate();
    const connections = gateway.connections.length;
    await until(() => gateway.connections.slice(connections).some((c) => c.framesWith(6).some((f) => (f.d as { session_id: string }).session_id === dropped.id)), 10_000, 'shard 1 resuming while Redis is down');
    // Shard 0's client opened its next connection (Hello sent) and waits for a grant there.
    await until(() => gateway.connections.length >= connections + 2, 10_000, "shard 0's new connection");
    await sleep(Math.max(0, 3000 - (Date.now() - downAt)));

    // fail closed: nothing identified while Redis was down; shard 0's host says it waits (metrics need no Redis).
    expect(identifies(gateway).length).toBe(before);
    for (const host of hosts) host.send('metrics');
    const waiting = await Promise.all(hosts.map((h) => h.waitFor((m) => m.event === 'metrics')));
    expect(waiting.map((m) => (m.identify as { waiting: number }).waiting).sort()).toEqual([0, 1]);
    expect(Math.max(...waiting.map((m) => (m.identify as { oldestWaitingMs: number }).oldestWaitingMs))).toBeGreaterThan(500);
    await server().restart();

    // Back by themselves: shard 0 identifies now, and its new session's events flow too.
    await until(() => identifies(gateway).length === before + 1, 15_000, 'shard 0 identifying once Redis is back');
    expect(identifies(gateway).slice(before)).toEqual([0]);
    target.set(0, sessionOf(gateway, 0));
    await until(() => (sent.get(0) as string[]).length > 0 && hosts.some((h) => h.messages.some((m) => m.event === 'ready' && m.shardId === 0 && m.sessionId !== invalidated.id)), 10_000, "shard 0's new session");
    await sleep(500);
    await expectEverythingOnce();
    // Nobody lost a lease (the outage was shorter than the TTL), and no process was restarted.
    for (const host of hosts) {
      expect(host.messages.filter((m) => m.event === 'lost')).toEqual([]);
      host.send('metrics');
    }
    const metrics = await Promise.all(hosts.map((h) => h.waitFor(() => h.messages.filter((m) => m.event === 'metrics').length === 2))).then(() =>
      hosts.map((h) => h.messages.filter((m) => m.event === 'metrics')[1] as Record<string, unknown>),
    );
    // Shard 0's wait ended with its grant once Redis was back.
    expect(metrics.map((m) => (m.identify as { waiting: number }).waiting)).toEqual([0, 0]);
    // The hosts did meet the outage: publishes failed and were retried, nothing was dropped.
    expect(metrics.reduce((sum, m) => sum + (m.publishFailures as number), 0)).toBeGreaterThan(0);
    expect(metrics.map((m) => m.dropped)).toEqual([0, 0]);
  }, 60_000);

  it('down for longer than the lease TTL (SIGTERM): the hosts lose their shards, claim them again once Redis is back and resume from the checkpoint (0 identifies); the gateway replays; every event once, in order', async () => {
    const { gateway, hosts, expectEverythingOnce } = await fleet({ leaseTtlMs: 1500 });
    await sleep(300);
    const before = identifies(gateway).length;
    await server().stop({ keepDir: true });
    await until(() => hosts.reduce((sum, h) => sum + h.messages.filter((m) => m.event === 'lost').length, 0) >= SHARDS.length, 10_000, 'every lease lost');
    await sleep(1000);
    expect(identifies(gateway).length).toBe(before);
    await server().restart();

    const resumed = () => hosts.flatMap((h) => h.messages.filter((m) => m.event === 'resumed').map((m) => m.shardId as number));
    await until(() => resumed().length >= SHARDS.length, 15_000, 'every shard resumed');
    expect(resumed().sort()).toEqual(SHARDS);
    await sleep(500);
    await expectEverythingOnce();
    expect(identifies(gateway).length).toBe(before);
    // What the hosts held when they lost the leases was given up (counted), not published: the gateway replayed it.
    for (const host of hosts) host.send('metrics');
    const metrics = await Promise.all(hosts.map((h) => h.waitFor((m) => m.event === 'metrics')));
    expect(metrics.reduce((sum, m) => sum + (m.dropped as number), 0)).toBeGreaterThan(0);
  }, 60_000);

  it("a hosted client's session read waits while Redis is down (it would identify on a failed read) and gets the checkpoint once Redis is back; given up with the lease", async () => {
    const f = StreamFixture.create(server().url, `restart-${++prefixes}:`);
    afterTest(() => f.close());
    const { publisher, publish, errors } = f.publisher(0, await f.claim(0));
    await publish(session('S'), 1, 3);
    expect(await publisher.store.get(0)).toMatchObject({ id: 'S', sequence: 3 });
    await server().stop({ keepDir: true, signal: 'SIGKILL' });
    let answered = false;
    const read = Promise.resolve(publisher.store.get(0)).finally(() => void (answered = true));
    await sleep(800);
    expect(answered).toBe(false);
    expect(errors.map((error) => error.code)).toEqual(['REDIS_UNAVAILABLE']);
    await server().restart();
    expect(await read).toMatchObject({ id: 'S', sequence: 3 });

    // The lease given up (lost, or the host stopping): the read fails instead of waiting on.
    await server().stop({ keepDir: true });
    const gaveUp = Promise.resolve(publisher.store.get(0));
    publisher.abandon();
    await expect(gaveUp).rejects.toMatchObject({ code: 'REDIS_UNAVAILABLE' });
    await server().restart();
  }, 20_000);

  it('handlers that finish while Redis is down: their acks are sent again once it is back, and the entries are not handed out twice', async () => {
    const f = StreamFixture.create(server().url, `restart-${++prefixes}:`);
    afterTest(() => f.close());
    const events = new GatewayEvents<GatewayDispatchMap>({ redis: server().url, prefix: f.keys.prefix, group: 'bot', shardCount: 1, blockMs: 200, claimIntervalMs: 100, claimIdleMs: 1000 });
    afterTest(() => events.stop({ timeoutMs: 1000 }));
    const seen: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    events.on('MESSAGE_CREATE', async (message) => {
      seen.push(message.content);
      if (message.content === '0:1') await held;
    });
    await events.start();
    await f.publisher(0, await f.claim(0)).publish(session('A'), 1, 3);
    await until(() => seen.length === 1, 5000, 'the first event handled');
    await server().stop({ keepDir: true, signal: 'SIGKILL' });
    // The handlers finish now: every XACK fails.
    release();
    await until(() => seen.length === 3, 5000, 'the rest handled');
    await sleep(1500); // past claimIdleMs
    await server().restart();
    await until(async () => (await redis().xPending(f.keys.events(0), 'bot')).pending === 0, 10_000, 'every entry acked');
    await sleep(500);
    expect(seen).toEqual(['0:1', '0:2', '0:3']);
    expect(events.metrics()).toMatchObject({ delivered: 3, redelivered: 0 });
  }, 30_000);
});
