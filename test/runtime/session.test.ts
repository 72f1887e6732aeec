import { describe, expect, it } from 'vitest';
import { MemorySessionStore, createSession, type GatewaySession } from '../../runtime/src/index.js';
import { GatewayServer } from '../support/gateway-server.js';
import { ManualClock, TOKEN, TestClient, next, nextReconnect, setup, setupPerTest } from './helpers.js';

const { defer, start: startClient } = setupPerTest();

async function start(...args: Parameters<typeof setup>) {
  const ctx = await startClient(...args);
  ctx.client.connect().catch(() => undefined);
  const conn = await ctx.server.nextConnection();
  await next(ctx.client, 'ready');
  return { ...ctx, conn };
}

describe('rule 3: session and resume', () => {
  it('caches session_id, resume_gateway_url and the sequence from READY and dispatches', async () => {
    const { client, conn, server } = await start();
    conn.dispatch('MESSAGE_CREATE', { id: 'a', content: '' });
    await new Promise<void>((resolve) => client.once('MESSAGE_CREATE', () => resolve()));
    expect(client.session).toEqual({ id: conn.session?.id, sequence: 2, resumeUrl: server.url, ready: expect.objectContaining({ session_id: conn.session?.id }) });
    expect(Object.isFrozen(client.session)).toBe(true);
  });

  it('after 100 forced drops every dispatch reached the handler exactly once and in order', async () => {
    const { client, conn, server, clock } = await start({ rateLimit: false }, { backoff: { baseMs: 10, maxMs: 10 } });
    const session = conn.session!;
    const handled: number[] = [];
    client.on('MESSAGE_CREATE', (d, frame) => {
      handled.push(frame.s);
      expect(d.id).toBe(String(frame.s));
    });
    let seq = session.seq;
    const push = (n: number): void => {
      for (let i = 0; i < n; i++) session.dispatch('MESSAGE_CREATE', { id: String(session.seq + 1), content: '' });
    };
    const expected: number[] = [];
    for (let drop = 0; drop < 100; drop++) {
      const current = server.connections[server.connections.length - 1]!;
      // Some dispatches go out live, then the connection dies (alternating a close code and a TCP drop),
      // more dispatches happen while the client is away, and Resume replays them, sometimes starting
      // up to 3 dispatches early (an overlap the client must drop).
      server.options.resumeReplayOverlap = drop % 4;
      push(3);
      const reconnecting = nextReconnect(client);
      if (drop % 2 === 0) void current.close(4000, 'drop');
      else void current.terminate();
      await reconnecting;
      push(2);
      clock.advance(10);
      const nextConn = await server.nextConnection();
      await nextConn.expect(6);
      await next(client, 'resumed');
      for (let s = seq + 1; s <= session.seq; s++) {
        if (session.log.find((f) => f.s === s)?.t === 'MESSAGE_CREATE') expected.push(s);
      }
      seq = session.seq;
    }
    expect(handled).toEqual(expected);
    expect(handled).toHaveLength(500);
    expect(new Set(handled).size).toBe(500);
    expect(server.connections).toHaveLength(101);
  });

  it('ignores a dispatch whose sequence was already handled', async () => {
    const { client, conn } = await start();
    const seen: number[] = [];
    client.on('MESSAGE_CREATE', (_d, frame) => seen.push(frame.s));
    conn.send({ op: 0, t: 'MESSAGE_CREATE', s: 2, d: { id: 'x', content: '' } });
    conn.send({ op: 0, t: 'MESSAGE_CREATE', s: 2, d: { id: 'x', content: '' } });
    conn.send({ op: 0, t: 'MESSAGE_CREATE', s: 1, d: { id: 'x', content: '' } });
    conn.send({ op: 0, t: 'MESSAGE_CREATE', s: 3, d: { id: 'y', content: '' } });
    await new Promise<void>((resolve) => client.on('MESSAGE_CREATE', (d) => d.id === 'y' && resolve()));
    expect(seen).toEqual([2, 3]);
  });

  it('a resume connection that fails falls back to the base URL', async () => {
    const { client, conn, server, clock } = await start({ resumeUrl: 'ws://127.0.0.1:1' });
    expect(client.session?.resumeUrl).toBe('ws://127.0.0.1:1');
    const dropped = nextReconnect(client);
    void conn.close(4000, 'drop');
    await dropped;
    // The resume host refuses the connection: the next attempt goes to the base URL, still resuming.
    const failed = nextReconnect(client);
    clock.advance(1000);
    expect(await failed).toMatchObject({ cause: 'close', code: 1006, resume: true });
    expect(client.session?.resumeUrl).toBeUndefined();
    clock.advance(2000);
    const second = await server.nextConnection();
    expect((await second.expect(6)).d).toMatchObject({ token: TOKEN, session_id: conn.session?.id, seq: 1 });
    await next(client, 'resumed');
  });

  it.each([
    ['op 7 before Hello', { op: 7, d: null }, 'reconnect-requested'],
    ['op 9 d:true before RESUMED', { op: 9, d: true }, 'invalid-session'],
  ])('%s on a resume connection keeps the resume URL: it worked, the server asked for another try', async (_name, frame, cause) => {
    const ctx = await startClient();
    (ctx.server.options as { resumeUrl?: string }).resumeUrl = `${ctx.server.url}/resume`;
    ctx.client.connect().catch(() => undefined);
    const conn = await ctx.server.nextConnection();
    await next(ctx.client, 'ready');
    void conn.close(4000, 'drop');
    await nextReconnect(ctx.client);
    (ctx.server.options as { hello?: boolean }).hello = frame.op !== 7;
    const retry = nextReconnect(ctx.client);
    ctx.clock.advance(1000);
    const onResumeUrl = await ctx.server.nextConnection();
    expect(onResumeUrl.path).toBe('/resume');
    if (frame.op === 9) {
      onResumeUrl.autoReady = false;
      await onResumeUrl.expect(6);
    }
    onResumeUrl.send(frame);
    expect(await retry).toMatchObject({ cause, resume: true });
    expect(ctx.client.session?.resumeUrl).toBe(`${ctx.server.url}/resume`);
    (ctx.server.options as { hello?: boolean }).hello = true;
    ctx.clock.advance(2000);
    const again = await ctx.server.nextConnection();
    expect(again.path).toBe('/resume');
    await again.expect(6);
    await next(ctx.client, 'resumed');
  });

  it('close({ resumable: true }) keeps the session in the store; a new client resumes from it', async () => {
    const clock = new ManualClock();
    const store = new MemorySessionStore();
    const server = await GatewayServer.start({ rateLimit: false });
    const make = () => new TestClient({ token: TOKEN, intents: 1, timers: clock, sessionStore: store }, server.url);
    const first = make();
    defer(() => server.close());
    await first.connect();
    const conn = await server.nextConnection();
    conn.dispatch('MESSAGE_CREATE', { id: '1', content: '' });
    await new Promise<void>((resolve) => first.once('MESSAGE_CREATE', () => resolve()));
    await first.close({ resumable: true });
    expect((await conn.closed).code).not.toBe(1000);
    const saved = store.get(0) as GatewaySession;
    expect(saved).toMatchObject({ id: conn.session?.id, sequence: 2, resumeUrl: server.url, ready: { session_id: conn.session?.id } });
    conn.session!.dispatch('MESSAGE_CREATE', { id: 'missed', content: '' });

    const second = make();
    const seen: string[] = [];
    second.on('MESSAGE_CREATE', (d) => seen.push(d.id));
    const resumed = next(second as TestClient, 'resumed');
    const connected = second.connect();
    const conn2 = await server.nextConnection();
    expect((await conn2.expect(6)).d).toMatchObject({ session_id: saved.id, seq: 2 });
    await resumed;
    // No READY on a resume: connect() resolves with the READY data saved with the session.
    await expect(connected).resolves.toEqual(saved.ready);
    await expect(connected).resolves.toMatchObject({ session_id: saved.id });
    expect(seen).toEqual(['missed']);
    await second.close();
    expect((await conn2.closed).code).toBe(1000);
    expect(store.get(0)).toBeUndefined();
  });

  it('accepts a saved session through the session option', async () => {
    const ctx = await setup({}, { session: createSession('unknown-session', undefined, 7, { session_id: 'unknown-session' }) });
    defer(ctx.cleanup);
    ctx.client.connect().catch(() => undefined);
    const conn = await ctx.server.nextConnection();
    expect((await conn.expect(6)).d).toMatchObject({ session_id: 'unknown-session', seq: 7 });
    // The server does not know it: op 9 false, then a fresh Identify after 1-5 s.
    const reason = await nextReconnect(ctx.client);
    expect(reason).toMatchObject({ cause: 'invalid-session', resume: false });
    ctx.clock.advance(reason.delayMs);
    const conn2 = await ctx.server.nextConnection();
    await conn2.expect(2);
    await next(ctx.client, 'ready');
  });
});
