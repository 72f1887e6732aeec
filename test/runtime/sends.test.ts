import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { RateLimiter, reservedFor } from '../../runtime/src/ratelimit.js';
import type { WebSocketConstructor } from '../../runtime/src/index.js';
import { GatewayServer } from '../support/gateway-server.js';
import { ManualClock, TOKEN, TestClient, VOICE_STATE_SCHEMA, next, nextReconnect, setup, setupPerTest } from './helpers.js';

const { defer, start: startClient } = setupPerTest();

async function start(...args: Parameters<typeof setup>) {
  const ctx = await startClient(...args);
  ctx.client.connect().catch(() => undefined);
  const conn = await ctx.server.nextConnection();
  await next(ctx.client, 'ready');
  return { ...ctx, conn };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('rule 7: rate limiter (pure)', () => {
  it('allows limit - reserved user sends per sliding window, the rest for managed sends', () => {
    const limiter = new RateLimiter({ limit: 10, windowMs: 1000, reserved: 3 });
    let user = 0;
    while (limiter.tryTake(0, 'user')) user++;
    expect(user).toBe(7);
    expect(limiter.nextFreeAt(0, 'user')).toBe(1000);
    expect(limiter.tryTake(0, 'managed')).toBe(true);
    expect(limiter.tryTake(500, 'managed')).toBe(true);
    expect(limiter.tryTake(500, 'managed')).toBe(true);
    expect(limiter.tryTake(500, 'managed')).toBe(false);
    expect(limiter.nextFreeAt(500, 'managed')).toBe(1000);
    expect(limiter.tryTake(999, 'user')).toBe(false);
    // At 1000 the eight sends made at 0 leave the window; the two made at 500 stay until 1500.
    expect(limiter.used(1000)).toBe(2);
    for (let i = 0; i < 5; i++) expect(limiter.tryTake(1000, 'user')).toBe(true);
    expect(limiter.tryTake(1000, 'user')).toBe(false);
    expect(limiter.nextFreeAt(1000, 'user')).toBe(1500);
  });

  it.each([
    [41_250, 8],
    [1_000, 60],
  ])('reserves enough for heartbeats of %i ms (%i slots)', (interval, reserved) => {
    expect(reservedFor(interval)).toBe(reserved);
  });
});

describe('rule 7: sends on a live connection', () => {
  it('a burst of 500 user sends: no 4008, every send delivered in order, heartbeats on time', async () => {
    const clock = new ManualClock();
    const writes: { at: number; op: number }[] = [];
    class RecordingSocket extends WebSocket {
      override send(data: unknown, ...rest: unknown[]): void {
        writes.push({ at: clock.now(), op: (JSON.parse(String(data)) as { op: number }).op });
        (super.send as (...args: unknown[]) => void)(data, ...rest);
      }
    }
    const server = await GatewayServer.start({ rateLimit: { limit: 120, windowMs: 60_000, now: () => clock.now() } });
    const client = new TestClient(
      { token: TOKEN, intents: 1, timers: clock, random: () => 0, WebSocket: RecordingSocket as unknown as WebSocketConstructor },
      server.url,
    );
    defer(async () => {
      await client.close();
      await server.close();
    });
    const ready = client.connect();
    const conn = await server.nextConnection();
    await ready;
    const sends = Array.from({ length: 500 }, (_, i) => client.updatePresence({ i }));
    let done = 0;
    for (const send of sends) void send.then(() => done++);
    const until = async (): Promise<void> => {
      while (server.receivedCount < writes.length) await settle();
    };
    // The server stamps arrivals with the same manual clock: let every write arrive before time moves.
    await until();
    for (let t = 0; t < 300_000 && done < 500; t += 250) {
      clock.advance(250);
      await until();
      await settle();
    }
    await Promise.all(sends);
    expect(server.rateLimited).toBe(0);
    expect(conn.isOpen).toBe(true);
    expect(conn.framesWith(3).map((f) => (f.d as { i: number }).i)).toEqual(sends.map((_, i) => i));
    const beats = writes.filter((w) => w.op === 1).map((w) => w.at);
    const expected = Array.from({ length: Math.floor(clock.now() / 41_250) + 1 }, (_, i) => i * 41_250);
    expect(beats).toEqual(expected);
    // The sliding window never held more than 120 frames.
    const times = writes.map((w) => w.at);
    for (let i = 120; i < times.length; i++) expect(times[i]! - times[i - 120]!).toBeGreaterThanOrEqual(60_000);
  });

  it('rejects a payload over 4096 bytes serialized before it reaches the socket; 4096 exactly passes', async () => {
    const { client, conn } = await start();
    const overhead = JSON.stringify({ op: 3, d: { p: '' } }).length;
    await expect(client.updatePresence({ p: 'x'.repeat(4097 - overhead) })).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('4097 bytes'),
    });
    await client.updatePresence({ p: 'x'.repeat(4096 - overhead) });
    await conn.expect(3);
    expect(conn.framesWith(3)).toHaveLength(1);
    expect(conn.receivedRaw.at(-1)).toHaveLength(4096);
  });

  it('rejects a payload that does not match its schema, naming the message and the issues', async () => {
    const { client, conn } = await start();
    const error = await client.updatePresence({ guild_id: 5 }, VOICE_STATE_SCHEMA).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_PAYLOAD' });
    expect(String((error as Error).message)).toContain('VoiceStateUpdate');
    expect(String((error as Error).message)).toMatch(/guild_id/);
    expect(String((error as Error).message)).toMatch(/self_mute/);
    await client.updatePresence({ guild_id: '5', self_mute: true }, VOICE_STATE_SCHEMA);
    await conn.expect(3);
    expect(conn.framesWith(3)).toEqual([{ op: 3, d: { guild_id: '5', self_mute: true } }]);
  });

  it('refuses the opcodes the runtime sends itself', async () => {
    const { client } = await start();
    for (const op of [1, 2, 6]) await expect(client.sendOp(op, {})).rejects.toMatchObject({ code: 'MANAGED_OPCODE' });
  });

  it('sends made while reconnecting wait and are flushed after RESUMED, in order, bounded', async () => {
    const { client, conn, server, clock } = await start({}, { maxQueuedSends: 3 });
    const dropped = nextReconnect(client);
    void conn.terminate();
    await dropped;
    const sends = [1, 2, 3].map((i) => client.updatePresence({ i }));
    await expect(client.updatePresence({ i: 4 })).rejects.toMatchObject({
      code: 'SEND_QUEUE_FULL',
      message: expect.stringContaining('send queue is full (3'),
    });
    clock.advance(1000);
    const second = await server.nextConnection();
    await Promise.all(sends);
    for (let i = 0; i < 3; i++) await second.expect(3);
    const ops = second.received.map((f) => f.op);
    expect(ops.indexOf(6)).toBeLessThan(ops.indexOf(3));
    expect(second.framesWith(3).map((f) => (f.d as { i: number }).i)).toEqual([1, 2, 3]);
    expect(conn.framesWith(3)).toHaveLength(0);
  });

  it('sends before connect() or after close() are rejected', async () => {
    const ctx = await setup();
    defer(ctx.cleanup);
    await expect(ctx.client.updatePresence({})).rejects.toMatchObject({ code: 'NOT_CONNECTED' });
    const ready = ctx.client.connect();
    const pending = ctx.client.updatePresence({ early: true });
    await ctx.client.close();
    await expect(ready).rejects.toMatchObject({ code: 'CLIENT_CLOSED' });
    await expect(pending).rejects.toMatchObject({ code: 'CLIENT_CLOSED' });
  });
});
