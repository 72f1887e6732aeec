import { describe, expect, it } from 'vitest';
import { Backoff } from '../../runtime/src/backoff.js';
import { CLOSE_CODES, GatewayError, type ReconnectReason } from '../../runtime/src/index.js';
import { frameSeen, next, nextReconnect, setup, setupPerTest } from './helpers.js';

const { defer, start: startClient } = setupPerTest();

async function start(...args: Parameters<typeof setup>) {
  const ctx = await startClient(...args);
  const ready = ctx.client.connect();
  ready.catch(() => undefined);
  const conn = await ctx.server.nextConnection();
  await next(ctx.client, 'ready');
  return { ...ctx, conn, ready };
}

describe('rule 4: op 7 and op 9', () => {
  it('op 7 closes with a non-1000 code and resumes', async () => {
    const { client, conn, server, clock } = await start();
    const reconnecting = nextReconnect(client);
    conn.send({ op: 7, d: null });
    expect(await reconnecting).toMatchObject({ cause: 'reconnect-requested', resume: true });
    expect((await conn.closed).code).not.toBe(1000);
    clock.advance(1000);
    const second = await server.nextConnection();
    expect((await second.expect(6)).d).toMatchObject({ session_id: conn.session?.id });
    expect(second.framesWith(2)).toHaveLength(0);
    await next(client, 'resumed');
  });

  it('op 7 before Hello also resumes', async () => {
    const { client, conn, server, clock } = await start();
    void conn.close(4000, 'drop');
    await nextReconnect(client);
    clock.advance(1000);
    const second = await server.nextConnection();
    await second.expect(6);
    await next(client, 'resumed');
    void second.terminate();
    await nextReconnect(client);
    const before = nextReconnect(client);
    (server.options as { hello?: boolean }).hello = false;
    clock.advance(1000);
    const third = await server.nextConnection();
    third.send({ op: 7, d: null });
    expect(await before).toMatchObject({ cause: 'reconnect-requested', resume: true });
  });

  it('op 9 d:true resumes', async () => {
    const { client, conn, server, clock } = await start();
    const reconnecting = nextReconnect(client);
    conn.send({ op: 9, d: true });
    expect(await reconnecting).toMatchObject({ cause: 'invalid-session', resume: true });
    clock.advance(1000);
    const second = await server.nextConnection();
    await second.expect(6);
  });

  it.each([
    ['random 0 -> 1 s', 0, 1000],
    ['random 0.99 -> ~5 s', 0.99, 4960],
  ])('op 9 d:false clears the session, waits 1-5 s (%s), identifies', async (_n, random, delay) => {
    const { client, conn, server, clock } = await start({}, { random: () => random, backoff: { baseMs: 1, maxMs: 1 } });
    const reconnecting = nextReconnect(client);
    conn.send({ op: 9, d: false });
    const reason = await reconnecting;
    expect(reason).toMatchObject({ cause: 'invalid-session', resume: false, delayMs: delay });
    expect(client.session).toBeUndefined();
    clock.advance(delay - 1);
    expect(server.connections).toHaveLength(1);
    const hello = frameSeen(client, 10);
    clock.advance(1);
    const second = await server.nextConnection();
    await hello;
    // The identify queue holds the second Identify until 5 s after the first.
    clock.advance(5000);
    expect((await second.expect(2)).d).toMatchObject({ intents: 513 });
    await next(client, 'ready');
    expect(client.session?.id).toBe(second.session?.id);
  });
});

describe('rule 5: close codes, one case per row of the table', () => {
  const rows = Object.entries(CLOSE_CODES).map(([code, info]) => [Number(code), info.meaning, info.action] as const);
  it.each(rows)('server closes with %i (%s) -> %s', async (code, meaning, action) => {
    const { client, conn, server, clock, ready } = await start();
    const sessionId = conn.session?.id;
    const errors: GatewayError[] = [];
    client.on('error', (error) => errors.push(error));
    const closes: [number, string][] = [];
    client.on('close', (c, r) => closes.push([c, r]));
    const reconnecting: ReconnectReason[] = [];
    client.on('reconnecting', (reason) => reconnecting.push(reason));
    const outcome = action === 'fatal' ? next(client, 'error') : nextReconnect(client);
    void conn.close(code, meaning);
    await outcome;
    expect(closes).toEqual([[code, meaning]]);
    if (action === 'fatal') {
      expect(client.status).toBe('stopped');
      expect(errors[0]?.code).toBe('FATAL_CLOSE');
      expect(errors[0]?.message).toContain(String(code));
      expect(errors[0]?.message).toContain(meaning);
      expect(reconnecting).toHaveLength(0);
      clock.advance(600_000);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(server.connections).toHaveLength(1);
      await expect(client.updatePresence({})).rejects.toMatchObject({ code: 'NOT_CONNECTED' });
      return;
    }
    expect(reconnecting[0]).toMatchObject({ cause: 'close', code, resume: action !== 'new-session' });
    const hello = frameSeen(client, 10);
    clock.advance(1000);
    const second = await server.nextConnection();
    if (action === 'new-session') {
      await hello;
      clock.advance(5000);
      await second.expect(2);
      await next(client, 'ready');
      expect(client.session?.id).not.toBe(sessionId);
    } else {
      expect((await second.expect(6)).d).toMatchObject({ session_id: sessionId });
      await next(client, 'resumed');
    }
    await ready;
  });

  it('a fatal code during the first connect rejects connect() with the code and its meaning', async () => {
    const ctx = await setup({ autoReady: false });
    defer(ctx.cleanup);
    const ready = ctx.client.connect();
    const conn = await ctx.server.nextConnection();
    await conn.expect(2);
    void conn.close(4004, 'Authentication failed.');
    await expect(ready).rejects.toMatchObject({ code: 'FATAL_CLOSE', message: expect.stringContaining('4004 (authentication failed (bad token))') });
  });

  it('close() closes with 1000 and ends the session; close({ resumable: true }) keeps it', async () => {
    const { client, conn } = await start();
    const id = conn.session?.id;
    await client.close({ resumable: true });
    expect((await conn.closed).code).toBe(4900);
    expect(client.session?.id).toBe(id);
    expect(client.status).toBe('idle');
    const ctx2 = await start();
    await ctx2.client.close();
    expect((await ctx2.conn.closed).code).toBe(1000);
    expect(ctx2.client.session).toBeUndefined();
    await expect(ctx2.client.updatePresence({})).rejects.toMatchObject({ code: 'NOT_CONNECTED' });
  });
});

describe('rule 6: backoff', () => {
  it('grows exponentially with jitter, capped, and resets', () => {
    const low = new Backoff({ baseMs: 1000, maxMs: 8000 }, () => 0);
    expect([low.next(), low.next(), low.next(), low.next(), low.next(), low.next()]).toEqual([500, 1000, 2000, 4000, 4000, 4000]);
    const high = new Backoff({ baseMs: 1000, maxMs: 8000 }, () => 0.999999);
    expect([high.next(), high.next(), high.next(), high.next(), high.next()]).toEqual([1000, 2000, 4000, 8000, 8000]);
    high.reset();
    expect(high.next()).toBe(1000);
  });

  it('on a live server: repeated failures grow the delay, READY resets it, never a tight loop', async () => {
    const ctx = await setup({ hello: false }, { backoff: { baseMs: 1000, maxMs: 16_000 }, helloTimeout: 100 });
    defer(ctx.cleanup);
    const { client, server, clock } = ctx;
    client.connect().catch(() => undefined);
    const delays: number[] = [];
    for (let i = 0; i < 7; i++) {
      const conn = await server.nextConnection();
      // The server hangs up right away, every time.
      const reconnecting = nextReconnect(client);
      void conn.close(4000, 'go away');
      const reason = await reconnecting;
      delays.push(reason.delayMs);
      clock.advance(reason.delayMs - 1);
      expect(server.connections).toHaveLength(i + 1);
      clock.advance(1);
    }
    expect(delays).toEqual([750, 1500, 3000, 6000, 12_000, 12_000, 12_000]);
    const conn = await server.nextConnection();
    conn.hello();
    await conn.expect(2);
    await next(client, 'ready');
    const reconnecting = nextReconnect(client);
    void conn.close(4000, 'again');
    expect((await reconnecting).delayMs).toBe(750);
  });
});
