import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../runtime/src/index.js';
import { GatewayServer } from '../support/gateway-server.js';
import { ManualClock, TOKEN, TestClient, next, nextReconnect, record, setup, setupPerTest } from './helpers.js';

const { defer, start } = setupPerTest();


describe('rule 1: connect, Hello, Identify, READY, timeouts', () => {
  it('connects with the query string, identifies and resolves connect() with READY d', async () => {
    const { server, client } = await start({}, { shard: [0, 1], largeThreshold: 100, presence: { status: 'online' } });
    const ready = client.connect();
    const conn = await server.nextConnection();
    expect(conn.query.get('v')).toBe('10');
    expect(conn.query.get('encoding')).toBe('json');
    expect(conn.query.has('compress')).toBe(false);
    const identify = await conn.expect(2);
    expect(identify.d).toEqual({
      token: TOKEN,
      intents: 513,
      properties: { os: process.platform, browser: 'gen-gateway', device: 'gen-gateway' },
      shard: [0, 1],
      presence: { status: 'online' },
      large_threshold: 100,
    });
    const d = await ready;
    expect(d.session_id).toBe(conn.session?.id);
    expect(client.session).toEqual({ id: conn.session?.id, sequence: 1, resumeUrl: server.url, ready: d });
    expect(client.status).toBe('ready');
  });

  it('keeps the query string on the resume URL, and adds compress=zlib-stream when asked', async () => {
    const { server, client, clock } = await start({ resumeUrl: 'PLACEHOLDER' }, { compress: true });
    // The resume URL is this server with a path and query of its own.
    (server.options as { resumeUrl?: string }).resumeUrl = `${server.url}/resume-here?foo=bar`;
    client.connect().catch(() => undefined);
    const first = await server.nextConnection();
    expect(first.query.get('compress')).toBe('zlib-stream');
    await next(client, 'ready');
    const reconnecting = nextReconnect(client);
    await first.close(4000, 'unknown error');
    await reconnecting;
    clock.advance(2000);
    const second = await server.nextConnection();
    expect(second.socket.protocol).toBe('');
    expect(Object.fromEntries(second.query)).toEqual({ foo: 'bar', v: '10', encoding: 'json', compress: 'zlib-stream' });
    expect((await second.expect(6)).d).toMatchObject({ session_id: first.session?.id, seq: 1 });
  });

  it('reconnects when no Hello arrives within helloTimeout', async () => {
    const { server, client, clock } = await start({ hello: false }, { helloTimeout: 10_000 });
    client.connect().catch(() => undefined);
    const first = await server.nextConnection();
    const reconnecting = nextReconnect(client);
    clock.advance(9_999);
    expect(first.isOpen).toBe(true);
    clock.advance(1);
    expect((await reconnecting).cause).toBe('hello-timeout');
    const { code } = await first.closed;
    expect(code).not.toBe(1000);
    clock.advance(1000);
    const second = await server.nextConnection();
    second.hello();
    await second.expect(2);
  });

  it('reconnects when no READY arrives within readyTimeout after Identify', async () => {
    const { server, client, clock } = await start({ autoReady: false }, { readyTimeout: 15_000 });
    client.connect().catch(() => undefined);
    const first = await server.nextConnection();
    await first.expect(2);
    const reconnecting = nextReconnect(client);
    clock.advance(15_000);
    expect((await reconnecting).cause).toBe('ready-timeout');
    await first.closed;
    clock.advance(1000);
    const second = await server.nextConnection();
    second.autoReady = true;
    await second.expect(2);
    await next(client, 'ready');
  });

  it('reconnects when no RESUMED arrives within readyTimeout after Resume', async () => {
    const { server, client, clock } = await start({}, { readyTimeout: 5_000 });
    client.connect().catch(() => undefined);
    const first = await server.nextConnection();
    await next(client, 'ready');
    const dropped = nextReconnect(client);
    void first.terminate();
    expect((await dropped).code).toBe(1006);
    clock.advance(1000);
    const second = await server.nextConnection();
    second.autoReady = false;
    await second.expect(6);
    const reconnecting = nextReconnect(client);
    clock.advance(5_000);
    expect((await reconnecting).cause).toBe('ready-timeout');
  });
});

describe('rule 10: lifecycle events, malformed frames, throwing handlers, no token leaks', () => {
  it('reports bad JSON, missing fields and unknown ops as errors and keeps the connection', async () => {
    const { server, client } = await start();
    const errors: GatewayError[] = [];
    client.on('error', (error) => errors.push(error));
    const seen: string[] = [];
    client.on('MESSAGE_CREATE', (d) => seen.push(d.id));
    client.connect().catch(() => undefined);
    const conn = await server.nextConnection();
    await next(client, 'ready');
    conn.sendRaw('{not json');
    conn.sendRaw('[1,2]');
    conn.sendRaw('{"d":1}');
    conn.sendRaw('{"op":42,"d":null}');
    conn.sendRaw('{"op":0,"d":{},"s":null,"t":"MESSAGE_CREATE"}');
    conn.sendRaw('{"op":0,"d":{},"s":5,"t":null}');
    // JSON that is no object at all (found by the frame fuzz: null crashed the process).
    for (const scalar of ['null', '42', '"op"', 'true']) conn.sendRaw(scalar);
    conn.dispatch('MESSAGE_CREATE', { id: 'after', content: '' });
    await waitUntil(() => seen.length === 1);
    expect(seen).toEqual(['after']);
    expect(errors.map((e) => e.code)).toEqual(Array(10).fill('MALFORMED_FRAME'));
    expect(errors[3]?.message).toContain('unknown opcode 42');
    expect(conn.isOpen).toBe(true);
  });

  it('a throwing handler is reported as an error and the connection carries on', async () => {
    const { server, client } = await start();
    const errors: GatewayError[] = [];
    client.on('error', (error) => errors.push(error));
    const seen: string[] = [];
    client.on('MESSAGE_CREATE', (d) => {
      if (d.id === '1') throw new Error('handler bug');
    });
    client.on('MESSAGE_CREATE', (d) => seen.push(d.id));
    client.on('error', () => {
      throw new Error('even the error handler throws');
    });
    client.connect().catch(() => undefined);
    const conn = await server.nextConnection();
    await next(client, 'ready');
    conn.dispatch('MESSAGE_CREATE', { id: '1', content: '' });
    conn.dispatch('MESSAGE_CREATE', { id: '2', content: '' });
    await waitUntil(() => seen.length === 2);
    expect(seen).toEqual(['1', '2']);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe('LISTENER_ERROR');
    expect(errors[0]?.message).toContain('handler bug');
    expect(client.status).toBe('ready');
  });

  it('never emits or logs the token, over a full scripted session', async () => {
    const clock = new ManualClock();
    const server = await GatewayServer.start({ rateLimit: false });
    const logged: string[] = [];
    const log = (m: string): void => void logged.push(m);
    const client = new TestClient(
      { token: `Bot ${TOKEN}`, intents: 1, timers: clock, logger: { debug: log, info: log, warn: log, error: log } },
      server.url,
    );
    defer(async () => {
      await client.close();
      await server.close();
    });
    const emissions = record(client);
    client.on('debug', () => undefined);
    client.on('error', () => undefined);
    client.on('MESSAGE_CREATE', () => {
      throw new Error(`handler leaked ${TOKEN}`);
    });
    client.connect().catch(() => undefined);
    const conn = await server.nextConnection();
    await next(client, 'ready');
    conn.dispatch('MESSAGE_CREATE', { id: '1', content: TOKEN.slice(0, 4) });
    conn.sendRaw(`{"op":0,"bad":"${TOKEN}"`);
    const dropped = nextReconnect(client);
    await conn.close(4000, `server echoes ${TOKEN}`);
    await dropped;
    clock.advance(1000);
    const second = await server.nextConnection();
    await second.expect(6);
    await next(client, 'resumed');
    second.send({ op: 9, d: false });
    await nextReconnect(client);
    clock.advance(10_000);
    const third = await server.nextConnection();
    await third.expect(2);
    await next(client, 'ready');
    await expect(client.updatePresence({ token: TOKEN, pad: 'x'.repeat(5000) })).rejects.toThrow(GatewayError);
    await third.close(4004, 'Authentication failed');
    await waitUntil(() => client.status === 'stopped');
    const outward = emissions
      .filter(({ event }) => ['debug', 'error', 'close', 'reconnecting'].includes(event))
      .map(({ args }) => JSON.stringify(args.map((a) => (a instanceof Error ? { message: a.message, cause: String((a.cause as Error | undefined)?.stack ?? a.cause) } : a))));
    expect(outward.length).toBeGreaterThan(10);
    expect(emissions.some(({ event }) => event === 'close')).toBe(true);
    for (const text of [...outward, ...logged]) expect(text).not.toContain(TOKEN);
  });
});

/** Polls a condition on real time (short), for effects of network I/O. */
async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
