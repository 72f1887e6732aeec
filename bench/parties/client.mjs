/**
 * One measured party in its own process: `node --expose-gc client.mjs <party> <json|zlib>`.
 *   raw        `ws` + JSON.parse (+ a synchronous node:zlib inflate for zlib-stream): the limit
 *   generated  discord-gateway-client (GatewayClient / ShardManager)
 *   discordjs  @discordjs/ws WebSocketManager (CompressionMethod.ZlibNative for zlib-stream)
 * IPC: `connect { port, shards }`, `expect { n, record }` -> later `done`, `memory`.
 * The user handler for MESSAGE_CREATE counts the event, touches `d`, and (when recording) stores the
 * monotonic time it ran, indexed by the frame's `s`.
 */
import { readFileSync } from 'node:fs';
import zlib from 'node:zlib';
import { fullGc, nowMs, serve } from '../lib.mjs';

const [party, mode] = process.argv.slice(2);
const compress = mode === 'zlib';
const TOKEN = 'bench.token.0123456789';
const INTENTS = 1 << 9 | 1 << 15; // GUILD_MESSAGES | MESSAGE_CONTENT

// ---- the user handler ------------------------------------------------------------------------------
let expected = 0;
let count = 0;
let first = 0;
let lastSeq = 0;
let outOfOrder = 0;
let recv;
let sink = 0;
function handler(d, s) {
  sink += d.content.length;
  if (expected === 0) return;
  if (s <= lastSeq) outOfOrder++;
  lastSeq = s;
  if (count === 0) first = nowMs();
  // Frames on one connection arrive in order: the i-th event handled is the i-th frame sent.
  if (recv !== undefined) recv[count] = nowMs();
  if (++count === expected) {
    const last = nowMs();
    const msg = { type: 'done', count, first, last, recv: recv && Array.from(recv), outOfOrder, sink };
    expected = 0;
    recv = undefined;
    process.send(msg);
  }
}

// ---- parties ---------------------------------------------------------------------------------------
/**
 * A synchronous zlib-stream inflater on node:zlib (native handle), the cheapest inflate without an addon.
 * Inflating is synchronous, so one output buffer serves every connection of the process.
 */
const OUT = Buffer.allocUnsafe(64 * 1024);
function makeInflater() {
  const inflate = zlib.createInflate();
  const handle = inflate._handle;
  const state = inflate._writeState;
  const out = OUT;
  let pending = [];
  return {
    push(chunk) {
      const n = chunk.length;
      if (n < 4 || chunk[n - 4] !== 0 || chunk[n - 3] !== 0 || chunk[n - 2] !== 0xff || chunk[n - 1] !== 0xff) {
        pending.push(chunk);
        return undefined;
      }
      let input = chunk;
      if (pending.length) {
        pending.push(chunk);
        input = Buffer.concat(pending);
        pending = [];
      }
      let parts;
      let inOff = 0;
      let inLen = input.length;
      for (;;) {
        handle.writeSync(zlib.constants.Z_SYNC_FLUSH, input, inOff, inLen, out, 0, out.length);
        const availOut = state[0];
        const availIn = state[1];
        if (availOut !== 0 && parts === undefined) return out.toString('utf8', 0, out.length - availOut);
        (parts ??= []).push(Buffer.from(out.subarray(0, out.length - availOut)));
        if (availOut !== 0) break;
        inOff += inLen - availIn;
        inLen = availIn;
      }
      return Buffer.concat(parts).toString('utf8');
    },
  };
}

const parties = {
  async raw({ port, shards }) {
    const { default: WebSocket } = await import('ws');
    const sockets = [];
    await Promise.all(
      Array.from({ length: shards }, (_, id) => new Promise((resolve, reject) => {
        const url = `ws://127.0.0.1:${port}/?v=10&encoding=json${compress ? '&compress=zlib-stream' : ''}`;
        const ws = new WebSocket(url, { perMessageDeflate: false });
        const inflater = compress ? makeInflater() : undefined;
        ws.on('error', reject);
        ws.on('message', (data) => {
          const text = inflater ? inflater.push(data) : data.toString();
          if (text === undefined) return;
          const p = JSON.parse(text);
          if (p.op === 0) {
            if (p.t === 'MESSAGE_CREATE') handler(p.d, p.s);
            else if (p.t === 'READY') resolve();
          } else if (p.op === 10) {
            ws.send(JSON.stringify({ op: 2, d: { token: TOKEN, intents: INTENTS, properties: { os: 'linux', browser: 'raw', device: 'raw' }, shard: [id, shards] } }));
          }
        });
        sockets.push(ws);
      })),
    );
    return { close: async () => sockets.forEach((ws) => ws.terminate()) };
  },

  async generated({ port, shards }) {
    const { GatewayClient, ShardManager } = await import('discord-gateway-client');
    const url = `ws://127.0.0.1:${port}/?v=10&encoding=json`;
    const onMessage = (d, frame) => handler(d, frame.s);
    if (shards === 1) {
      const client = new GatewayClient({ token: TOKEN, intents: INTENTS, url, compress: compress ? 'zlib-stream' : false });
      client.on('MESSAGE_CREATE', onMessage);
      client.on('error', (e) => process.send({ type: 'log', message: String(e) }));
      await client.connect();
      return { close: () => client.close() };
    }
    const manager = new ShardManager({
      shardCount: shards,
      maxConcurrency: shards,
      createClient: (shard, identifyQueue) =>
        new GatewayClient({ token: TOKEN, intents: INTENTS, url, compress: compress ? 'zlib-stream' : false, shard, identifyQueue }),
    });
    manager.on('MESSAGE_CREATE', onMessage);
    await manager.connect();
    return { close: () => manager.close() };
  },

  async discordjs({ port, shards }) {
    const { WebSocketManager, WebSocketShardEvents, CompressionMethod } = await import('@discordjs/ws');
    const info = {
      url: `ws://127.0.0.1:${port}`,
      shards,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: shards },
    };
    const manager = new WebSocketManager({
      token: TOKEN,
      intents: INTENTS,
      rest: { get: async () => info },
      shardCount: shards,
      compression: compress ? CompressionMethod.ZlibNative : null,
    });
    manager.fetchGatewayInformation = async () => info;
    manager.on(WebSocketShardEvents.Dispatch, (payload) => {
      if (payload.t === 'MESSAGE_CREATE') handler(payload.d, payload.s);
    });
    manager.on(WebSocketShardEvents.Error, (e) => process.send({ type: 'log', message: String(e) }));
    await manager.connect();
    return { close: () => manager.destroy() };
  },
};

/** Native addons (.node shared objects) mapped into this process. */
function nativeAddons() {
  try {
    const maps = readFileSync('/proc/self/maps', 'utf8');
    return [...new Set(maps.split('\n').map((l) => l.split(/\s+/)[5]).filter((f) => f && f.endsWith('.node')))];
  } catch {
    return undefined;
  }
}

if (!parties[party]) throw new Error(`unknown party ${party}`);
const connected = [];

serve({
  async connect({ port, shards = 1 }) {
    const t = nowMs();
    connected.push(await parties[party]({ port, shards }));
    return { type: 'connected', ms: nowMs() - t, nativeAddons: nativeAddons() };
  },
  expect({ n, record }) {
    count = 0;
    expected = n;
    recv = record ? new Float64Array(n) : undefined;
    return { type: 'expecting' };
  },
  async memory() {
    await new Promise((r) => setTimeout(r, 200));
    await fullGc();
    return { type: 'memory', ...process.memoryUsage() };
  },
  async exit() {
    await Promise.race([Promise.all(connected.map((c) => c.close())), new Promise((r) => setTimeout(r, 1000))]);
  },
});
process.send({ type: 'started' });
