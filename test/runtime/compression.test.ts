import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ZlibStreamInflater, type GatewayError } from '../../runtime/src/index.js';
import { deflateFlush, splitInto } from '../support/gateway-server.js';
import { next, nextReconnect, setup, setupPerTest } from './helpers.js';

const { defer } = setupPerTest();

/** A deflate context like the gateway's: each message ends with a sync flush (00 00 ff ff). */
function deflater(): (text: string) => Promise<Buffer> {
  const deflate = zlib.createDeflate();
  return (text) => deflateFlush(deflate, text);
}

/** 1 MiB of poorly compressible text. */
function bigText(bytes: number): string {
  let seed = 7;
  let out = '';
  while (out.length < bytes) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    out += seed.toString(36);
  }
  return out.slice(0, bytes);
}

describe('rule 8: ZlibStreamInflater (unit)', () => {
  it('uses the synchronous fast path on this Node', () => {
    expect(new ZlibStreamInflater().synchronousFastPath).toBe(true);
  });

  it('buffers frames until 00 00 ff ff and inflates messages split anywhere, over one context', async () => {
    const messages = ['{"op":10}', JSON.stringify({ op: 0, d: 'x'.repeat(3000) }), '{"op":11}', JSON.stringify({ op: 0, d: 'x'.repeat(3000) })];
    const make = deflater();
    const chunks: Buffer[] = [];
    for (const message of messages) chunks.push(await make(message));
    // The fourth message is a back-reference to the second: it only inflates on the same context.
    expect(chunks[3]!.length).toBeLessThan(30);
    const inflater = new ZlibStreamInflater();
    const out: string[] = [];
    for (const chunk of chunks) {
      for (const part of splitInto(5)(chunk)) {
        const text = inflater.push(part);
        if (text !== undefined) out.push(text);
      }
    }
    expect(out).toEqual(messages);
  });

  it('handles a suffix split across frames (00 00 | ff ff)', async () => {
    const chunk = await deflater()('{"op":1,"d":"split suffix"}');
    const inflater = new ZlibStreamInflater();
    expect(inflater.push(chunk.subarray(0, chunk.length - 2))).toBeUndefined();
    expect(inflater.push(chunk.subarray(chunk.length - 2))).toBe('{"op":1,"d":"split suffix"}');
  });

  it('inflates a message far over 64 KiB without truncation', async () => {
    const text = JSON.stringify({ op: 0, d: bigText(1 << 20) });
    const inflater = new ZlibStreamInflater();
    const chunk = await deflater()(text);
    expect(inflater.push(chunk)).toBe(text);
  });

  it('throws DECOMPRESSION_FAILED on a corrupt stream, never crashes the process', () => {
    const inflater = new ZlibStreamInflater();
    expect(() => inflater.push(Buffer.from([0x78, 0x9c, 0xff, 0xee, 0x12, 0x00, 0x00, 0xff, 0xff]))).toThrow(
      expect.objectContaining({ code: 'DECOMPRESSION_FAILED' }),
    );
    expect(() => inflater.push(Buffer.from([0x00, 0x00, 0xff, 0xff]))).toThrow(expect.objectContaining({ code: 'DECOMPRESSION_FAILED' }));
  });
});

describe('rule 8: zlib-stream on a live connection', () => {
  it('split frames and a 1 MiB dispatch arrive intact; a new context per reconnect', async () => {
    const ctx = await setup({ splitCompressed: splitInto(7) }, { compress: 'zlib-stream' });
    defer(ctx.cleanup);
    const { server, client, clock } = ctx;
    const seen: string[] = [];
    client.on('MESSAGE_CREATE', (d) => seen.push(d.content));
    client.connect().catch(() => undefined);
    const conn = await server.nextConnection();
    expect(conn.compress).toBe(true);
    await next(client, 'ready');
    const big = bigText(1 << 20);
    conn.dispatch('MESSAGE_CREATE', { id: '1', content: 'small' });
    conn.dispatch('MESSAGE_CREATE', { id: '2', content: big });
    conn.dispatch('MESSAGE_CREATE', { id: '3', content: 'after' });
    await new Promise<void>((resolve) => client.on('MESSAGE_CREATE', (d) => d.id === '3' && resolve()));
    expect(seen).toEqual(['small', big, 'after']);
    // Reconnect: the server starts a fresh deflate context; the client must too.
    const dropped = nextReconnect(client);
    void conn.close(4000, 'drop');
    await dropped;
    clock.advance(1000);
    const second = await server.nextConnection();
    await next(client, 'resumed');
    second.dispatch('MESSAGE_CREATE', { id: '4', content: 'fresh context' });
    await new Promise<void>((resolve) => client.on('MESSAGE_CREATE', (d) => d.id === '4' && resolve()));
    expect(seen.at(-1)).toBe('fresh context');
  });

  it('a corrupt zlib stream is reported as an error and the client reconnects', async () => {
    const ctx = await setup({}, { compress: true });
    defer(ctx.cleanup);
    const { server, client, clock } = ctx;
    const errors: GatewayError[] = [];
    client.on('error', (error) => errors.push(error));
    client.connect().catch(() => undefined);
    const conn = await server.nextConnection();
    await next(client, 'ready');
    const reconnecting = nextReconnect(client);
    // 0xff starts a block of the reserved type 3: invalid in any deflate stream.
    conn.sendRaw(Buffer.from([0xff, 0xff, 0x00, 0x00, 0xff, 0xff]));
    expect(await reconnecting).toMatchObject({ cause: 'malformed-stream', resume: true });
    expect(errors.map((e) => e.code)).toContain('DECOMPRESSION_FAILED');
    clock.advance(1000);
    const second = await server.nextConnection();
    await second.expect(6);
    await next(client, 'resumed');
  });
});
