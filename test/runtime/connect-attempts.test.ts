/**
 * A gateway that never lets the client in is not retried forever without a word: attempts that end before
 * READY/RESUMED are counted, reported (`CONNECT_FAILING`, naming the close codes) and, when asked, end in giving
 * up (`CONNECT_FAILED`, `connect()` rejects). The handshake carries a User-Agent (Spacebar closes with 4002
 * without one) and any headers the user adds.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_USER_AGENT } from '../../runtime/src/options.js';
import { GatewayError } from '../../runtime/src/index.js';
import type { ServerConnection } from '../support/gateway-server.js';
import { next, nextReconnect, setup, setupPerTest } from './helpers.js';

const { start } = setupPerTest();

/** A gateway that answers every Identify with `code`; the client's identify queue and backoff pass on the clock. */
async function refusing(code: number, clientOptions: Parameters<typeof setup>[1] = {}) {
  const ctx = await start({ autoReady: false }, { backoff: { baseMs: 10, maxMs: 10 }, ...clientOptions });
  const errors: GatewayError[] = [];
  ctx.client.on('error', (error) => errors.push(error));
  const connected = ctx.client.connect();
  connected.catch(() => undefined);
  /** Lets the next attempt identify and be refused. */
  const refuseNext = async (): Promise<ServerConnection> => {
    const conn = await ctx.server.nextConnection();
    ctx.clock.advance(5000); // the identify queue's slot
    await conn.expect(); // Identify, or Resume once a session exists
    const reconnecting = nextReconnect(ctx.client).catch(() => undefined);
    void conn.close(code, 'go away');
    await Promise.race([reconnecting, conn.closed.then(() => new Promise((resolve) => setTimeout(resolve, 20)))]);
    ctx.clock.advance(10);
    return conn;
  };
  return { ...ctx, errors, connected, refuseNext };
}

describe('connection attempts that end before READY/RESUMED', () => {
  it('after 5 in a row: a CONNECT_FAILING error naming the close codes; the client keeps retrying', async () => {
    const { errors, refuseNext, server } = await refusing(4000);
    for (let i = 0; i < 4; i++) await refuseNext();
    expect(errors).toEqual([]);
    await refuseNext();
    expect(errors.map((e) => [e.code, e.message])).toEqual([
      ['CONNECT_FAILING', '5 connection attempts in a row ended before READY/RESUMED (4000 x5); still retrying'],
    ]);
    // Reported again at 10, not at each attempt in between.
    for (let i = 0; i < 5; i++) await refuseNext();
    expect(errors.map((e) => e.message)).toEqual([expect.stringContaining('5 connection'), expect.stringContaining('10 connection attempts in a row ended before READY/RESUMED (4000 x10)')]);
    await server.nextConnection();
  });

  it('an identify queue that rejects: IDENTIFY_QUEUE_FAILED and a reconnect (never a connection idle in Hello), then READY', async () => {
    let failures = 1;
    const identifyQueue = { wait: () => (failures-- > 0 ? Promise.reject(new Error('queue store unreachable')) : Promise.resolve()) };
    const ctx = await start({}, { backoff: { baseMs: 10, maxMs: 10 }, identifyQueue });
    const errors: GatewayError[] = [];
    ctx.client.on('error', (error) => errors.push(error));
    void ctx.client.connect().catch(() => undefined);
    const first = await ctx.server.nextConnection();
    expect(await nextReconnect(ctx.client)).toMatchObject({ cause: 'identify-queue-failed' });
    expect(errors.map((e) => [e.code, e.message])).toEqual([['IDENTIFY_QUEUE_FAILED', 'the identify queue failed: Error: queue store unreachable; reconnecting']]);
    expect(first.framesWith(2)).toEqual([]);
    ctx.clock.advance(10);
    const second = await ctx.server.nextConnection();
    await second.expect(2);
    await next(ctx.client, 'ready');
  });

  it('giveUpAfter: connect() rejects with CONNECT_FAILED, no more attempts, the client is stopped', async () => {
    const { client, errors, refuseNext, connected, server, clock } = await refusing(4000, { connectAttempts: { giveUpAfter: 3 } });
    for (let i = 0; i < 3; i++) await refuseNext();
    await expect(connected).rejects.toMatchObject({ code: 'CONNECT_FAILED', message: '3 connection attempts in a row ended before READY/RESUMED (4000 x3); gave up (connectAttempts.giveUpAfter)' });
    expect(errors.at(-1)?.code).toBe('CONNECT_FAILED');
    expect(client.status).toBe('stopped');
    clock.advance(120_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.connections).toHaveLength(3);
  });

  it('counts refused connections and timeouts too, and names each', async () => {
    const ctx = await start({ hello: false }, { backoff: { baseMs: 10, maxMs: 10 }, helloTimeout: 100, connectAttempts: { reportAfter: 2 } });
    const errors: GatewayError[] = [];
    ctx.client.on('error', (error) => errors.push(error));
    ctx.client.connect().catch(() => undefined);
    await ctx.server.nextConnection();
    const first = nextReconnect(ctx.client);
    ctx.clock.advance(100);
    expect(await first).toMatchObject({ cause: 'hello-timeout' });
    ctx.clock.advance(10);
    const conn = await ctx.server.nextConnection();
    const dropped = nextReconnect(ctx.client);
    void conn.terminate();
    expect(await dropped).toMatchObject({ cause: 'close', code: 1006 });
    expect(errors.find((e) => e.code === 'CONNECT_FAILING')?.message).toBe('2 connection attempts in a row ended before READY/RESUMED (hello-timeout, 1006); still retrying');
  });

  it('READY resets the count', async () => {
    const { client, errors, refuseNext, server, clock } = await refusing(4000);
    for (let i = 0; i < 4; i++) await refuseNext();
    const conn = await server.nextConnection();
    conn.autoReady = true;
    clock.advance(5000);
    await conn.expect(2);
    await expect.poll(() => client.status).toBe('ready');
    (server.options as { autoReady?: boolean }).autoReady = false;
    const dropped = nextReconnect(client);
    void conn.close(4000, 'drop');
    await dropped;
    clock.advance(10);
    // Four more failures after READY are still not five in a row.
    for (let i = 0; i < 4; i++) await refuseNext();
    expect(errors).toEqual([]);
    await refuseNext();
    expect(errors.map((e) => e.code)).toEqual(['CONNECT_FAILING']);
  });
});

describe('handshake headers', () => {
  it('sends a User-Agent by default', async () => {
    const { client, server } = await start();
    await client.connect();
    expect(server.connections[0]?.headers['user-agent']).toBe(DEFAULT_USER_AGENT);
    expect(DEFAULT_USER_AGENT).toMatch(/^DiscordBot \(\S+, \d+\.\d+\.\d+\)$/);
  });

  it('sends the headers given, a user-agent of any case replacing the default', async () => {
    const { client, server } = await start({}, { headers: { 'user-agent': 'MyBot/2.0', 'X-Trace': 'abc' } });
    await client.connect();
    expect(server.connections[0]?.headers).toMatchObject({ 'user-agent': 'MyBot/2.0', 'x-trace': 'abc' });
  });
});
