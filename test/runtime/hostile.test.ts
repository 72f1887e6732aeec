/**
 * Values the server controls are checked before use (issue "hostile input cannot hurt"): a resume URL that is
 * not a WebSocket URL, heartbeat intervals that would flood or never beat, sequence numbers that would blackhole
 * the session, op 1 floods, dispatch names that collide with lifecycle events, and compressed input without
 * bounds. Each test would crash, flood or hang the client without its check.
 */
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../runtime/src/index.js';
import { frameSeen, next, nextReconnect, setup, setupPerTest } from './helpers.js';

const { start: startClient } = setupPerTest();

async function start(...args: Parameters<typeof setup>) {
  const ctx = await startClient(...args);
  const errors: GatewayError[] = [];
  ctx.client.on('error', (error) => errors.push(error));
  ctx.client.connect().catch(() => undefined);
  const conn = await ctx.server.nextConnection();
  return { ...ctx, conn, errors };
}

async function ready(...args: Parameters<typeof setup>) {
  const ctx = await start(...args);
  await next(ctx.client, 'ready');
  return ctx;
}

describe('resume_gateway_url from READY', () => {
  it.each([['not a url'], ['ftp://gateway.example/'], ['http://gateway.example/'], [42]])(
    'READY with resume_gateway_url %j: an error event, Resume goes to the base URL, no crash',
    async (resumeUrl) => {
      const { client, conn, server, clock, errors } = await start({ readyData: { resume_gateway_url: resumeUrl } });
      await next(client, 'ready');
      expect(errors.map((e) => [e.code, e.message])).toEqual([['MALFORMED_FRAME', expect.stringMatching(/resume_gateway_url.*ignored, Resume goes to the base URL/)]]);
      expect(client.session?.resumeUrl).toBeUndefined();
      void conn.close(4000, 'drop');
      await nextReconnect(client);
      clock.advance(1000);
      const second = await server.nextConnection();
      expect(second.path).toBe('/');
      expect((await second.expect(6)).d).toMatchObject({ session_id: conn.session?.id });
      await next(client, 'resumed');
    },
  );

  it('a saved session whose resume URL is not a ws/wss URL resumes on the base URL', async () => {
    const ctx = await startClient({}, { session: { id: 'saved', sequence: 3, resumeUrl: 'javascript:alert(1)', ready: { session_id: 'saved' } } });
    ctx.client.connect().catch(() => undefined);
    const conn = await ctx.server.nextConnection();
    expect(conn.path).toBe('/');
    expect((await conn.expect(6)).d).toMatchObject({ session_id: 'saved', seq: 3 });
  });
});

describe('heartbeat_interval from Hello', () => {
  it.each([
    ['half a millisecond', 0.5],
    ['zero', 0],
    ['negative', -41250],
    ['below 1 s', 999],
    ['a million seconds', 1e12],
    ['a string', '41250'],
  ])('%s: MALFORMED_FRAME, no heartbeat, a reconnect', async (_name, interval) => {
    const { client, conn, errors } = await start({ hello: false });
    const reconnecting = nextReconnect(client);
    conn.send({ op: 10, d: { heartbeat_interval: interval } });
    expect(await reconnecting).toMatchObject({ cause: 'invalid-hello' });
    expect(errors[0]).toMatchObject({ code: 'MALFORMED_FRAME', message: expect.stringMatching(/heartbeat_interval.*not an integer from 1000 to 600000 ms/) });
    expect(conn.framesWith(1)).toHaveLength(0);
    expect(conn.framesWith(2)).toHaveLength(0);
  });

  it('1e999 (Infinity once parsed) is refused too', async () => {
    const { client, conn, errors } = await start({ hello: false });
    const reconnecting = nextReconnect(client);
    conn.sendRaw('{"op":10,"d":{"heartbeat_interval":1e999},"s":null,"t":null}');
    await reconnecting;
    expect(errors[0]?.message).toMatch(/is Infinity/);
  });

  it('accepts the bounds themselves', async () => {
    for (const interval of [1000, 600_000]) {
      const { client, conn, clock } = await start({ hello: false });
      const authenticated = next(client, 'ready');
      conn.send({ op: 10, d: { heartbeat_interval: interval } });
      await authenticated;
      clock.advance(interval);
      await conn.expect(1);
      await client.close();
    }
  });
});

describe('dispatch sequence numbers', () => {
  it('an implausible jump (2^53 - 1) is reported and delivered, and does not blackhole the session', async () => {
    const { client, conn, errors } = await ready();
    const seen: string[] = [];
    client.on('MESSAGE_CREATE', (d, frame) => seen.push(`${frame.s}:${d.id}`));
    conn.send({ op: 0, t: 'MESSAGE_CREATE', s: Number.MAX_SAFE_INTEGER, d: { id: 'huge', content: '' } });
    conn.send({ op: 0, t: 'MESSAGE_CREATE', s: 2, d: { id: 'a', content: '' } });
    conn.send({ op: 0, t: 'MESSAGE_CREATE', s: 3, d: { id: 'b', content: '' } });
    await expect.poll(() => seen).toEqual([`${Number.MAX_SAFE_INTEGER}:huge`, '2:a', '3:b']);
    expect(errors).toEqual([expect.objectContaining({ code: 'MALFORMED_FRAME', message: expect.stringMatching(/sequence 9007199254740991, over 1000000 past 1/) })]);
    expect(client.session?.sequence).toBe(3);
  });

  it.each([
    ['negative', -1],
    ['fractional', 2.5],
    ['beyond the safe integers', 2 ** 60],
  ])('a %s sequence is MALFORMED_FRAME and skipped; the next dispatch arrives', async (_name, s) => {
    const { client, conn, errors } = await ready();
    const seen: string[] = [];
    client.on('MESSAGE_CREATE', (d) => seen.push(d.id));
    conn.send({ op: 0, t: 'MESSAGE_CREATE', s, d: { id: 'bad', content: '' } });
    conn.send({ op: 0, t: 'MESSAGE_CREATE', s: 2, d: { id: 'good', content: '' } });
    await expect.poll(() => seen).toEqual(['good']);
    expect(errors.map((e) => e.code)).toEqual(['MALFORMED_FRAME']);
  });
});

describe('op 1 (heartbeat requests)', () => {
  it('a flood is coalesced: at most one requested beat per interval, user sends still go out at once', async () => {
    const { client, conn, clock } = await ready();
    const beatsBefore = conn.framesWith(1).length;
    for (let i = 0; i < 10_000; i++) conn.send({ op: 1, d: null });
    const sent = client.updatePresence({ status: 'online' });
    await conn.flushed();
    await expect(sent).resolves.toBeUndefined();
    await conn.expect(3);
    expect(conn.framesWith(1).length - beatsBefore).toBe(1);
    // The next interval answers one more request, and its own scheduled beat.
    clock.advance(41_250);
    conn.send({ op: 1, d: null });
    conn.send({ op: 1, d: null });
    await frameSeen(client, 1);
    await expect.poll(() => conn.framesWith(1).length - beatsBefore).toBe(3);
  });
});

describe('dispatch names', () => {
  it.each([['error'], ['close'], ['ready'], ['resumed'], ['reconnecting'], ['debug'], ['frame']])(
    'a dispatch with t %j is refused and reaches no lifecycle listener',
    async (t) => {
      const { client, conn, errors } = await ready();
      const lifecycle: unknown[] = [];
      for (const event of ['close', 'ready', 'resumed', 'reconnecting'] as const) client.on(event, (...args: unknown[]) => lifecycle.push([event, ...args]));
      const seen: string[] = [];
      client.on('MESSAGE_CREATE', (d) => seen.push(d.id));
      conn.send({ op: 0, t, s: 2, d: { message: 'payload' } });
      conn.send({ op: 0, t: 'MESSAGE_CREATE', s: 2, d: { id: 'after', content: '' } });
      await expect.poll(() => seen).toEqual(['after']);
      expect(lifecycle).toEqual([]);
      expect(errors).toEqual([expect.objectContaining({ code: 'MALFORMED_FRAME', message: expect.stringContaining(`"${t}", the name of a lifecycle event`) })]);
    },
  );
});

describe('message size limits', () => {
  it('a zlib-stream message inflating past maxMessageBytes: MESSAGE_TOO_LARGE and a reconnect, inflation stopped early', async () => {
    const { client, conn, errors } = await ready({}, { compress: true, maxMessageBytes: 1024 * 1024 });
    const reconnecting = nextReconnect(client);
    // 64 MiB of one repeated frame compress to about 64 KiB: a bomb.
    conn.sendRaw(`{"op":0,"t":"MESSAGE_CREATE","s":2,"d":{"content":"${'a'.repeat(64 * 1024 * 1024)}"}}`);
    expect(await reconnecting).toMatchObject({ cause: 'malformed-stream', resume: true });
    expect(errors.map((e) => [e.code, e.message])).toEqual([['MESSAGE_TOO_LARGE', 'a message inflated to more than 1048576 bytes']]);
  });

  it('compressed input without a flush marker past maxPendingBytes: MESSAGE_TOO_LARGE and a reconnect', async () => {
    const { client, conn, errors } = await ready({}, { compress: true, maxPendingBytes: 64 * 1024 });
    const reconnecting = nextReconnect(client);
    // Binary frames that never end with 00 00 ff ff: the client can only buffer them.
    for (let i = 0; i < 40; i++) conn.socket.send(Buffer.alloc(4096, 1));
    expect(await reconnecting).toMatchObject({ cause: 'malformed-stream' });
    expect(errors[0]).toMatchObject({ code: 'MESSAGE_TOO_LARGE', message: expect.stringMatching(/over 65536 compressed bytes .* without a zlib flush marker/) });
  });

  it('a plain JSON message past maxMessageBytes: MESSAGE_TOO_LARGE, ws drops the socket and the client resumes', async () => {
    const { client, conn, server, clock, errors } = await ready({}, { maxMessageBytes: 64 * 1024 });
    const reconnecting = nextReconnect(client);
    conn.send({ op: 0, t: 'MESSAGE_CREATE', s: 2, d: { id: 'big', content: 'x'.repeat(100_000) } });
    expect(await reconnecting).toMatchObject({ cause: 'close', resume: true });
    expect(errors.map((e) => e.code)).toContain('MESSAGE_TOO_LARGE');
    clock.advance(1000);
    await (await server.nextConnection()).expect(6);
    await next(client, 'resumed');
  });

  it('a message just under the limit inflates fine', async () => {
    const { client, conn } = await ready({}, { compress: true, maxMessageBytes: 1024 * 1024 });
    const got = new Promise<string>((resolve) => client.on('MESSAGE_CREATE', (d) => resolve(d.content)));
    const content = 'b'.repeat(1024 * 1024 - 200);
    conn.send({ op: 0, t: 'MESSAGE_CREATE', s: 2, d: { id: 'ok', content } });
    expect((await got).length).toBe(content.length);
  });
});
