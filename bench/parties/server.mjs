/**
 * The loopback gateway (its own process). Per connection: Hello (op 10), READY for Identify (op 2),
 * ACK (op 11) for heartbeats (op 1); zlib-stream when the URL asks for it (one deflate context per
 * connection, a sync flush after each message so each WebSocket message ends with 00 00 ff ff).
 * IPC: `blast { n, rate? }` sends n MESSAGE_CREATE dispatches with increasing `s` to every connection,
 * respecting socket backpressure, and answers `sent` with the send time of every frame (ms, monotonic,
 * taken just before the frame is handed to the socket, after compression).
 */
import { randomUUID } from 'node:crypto';
import zlib from 'node:zlib';
import { WebSocketServer } from 'ws';
import { fullGc, nowMs, serve } from '../lib.mjs';
import { frameFor, makeSerializedPool, makeSizedPool } from '../payloads.mjs';

// BENCH_PAYLOAD_BYTES: every `d` of that size (the fan-out section's 1.2 KB); else the varied pool.
const pool = process.env.BENCH_PAYLOAD_BYTES ? makeSizedPool(512, 42, Number(process.env.BENCH_PAYLOAD_BYTES)) : makeSerializedPool(512, 42);
const connections = new Set();
let connectionWaiters = [];

/** Synchronous zlib-stream deflate on one persistent context (the native handle, like the runtime's inflater). */
function makeDeflater() {
  const deflate = zlib.createDeflate();
  const handle = deflate._handle;
  const state = deflate._writeState;
  if (typeof handle?.writeSync !== 'function') throw new Error('node:zlib handle has no writeSync; cannot deflate synchronously');
  const out = Buffer.allocUnsafe(64 * 1024);
  return {
    push(text) {
      const input = Buffer.from(text);
      let parts;
      let inOff = 0;
      let inLen = input.length;
      for (;;) {
        handle.writeSync(zlib.constants.Z_SYNC_FLUSH, input, inOff, inLen, out, 0, out.length);
        const availOut = state[0];
        const availIn = state[1];
        const chunk = Buffer.from(out.subarray(0, out.length - availOut));
        if (availOut !== 0 && parts === undefined) return chunk;
        (parts ??= []).push(chunk);
        if (availOut !== 0) break;
        inOff += inLen - availIn;
        inLen = availIn;
      }
      return Buffer.concat(parts);
    },
    close: () => deflate.close(),
  };
}

class Conn {
  constructor(socket, url) {
    this.socket = socket;
    this.seq = 0;
    const query = new URL(url, 'ws://localhost').searchParams;
    this.deflater = query.get('compress') === 'zlib-stream' ? makeDeflater() : undefined;
    socket.on('message', (data) => this.onMessage(data));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      connections.delete(this);
      this.deflater?.close();
    });
    this.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
  }

  encode(text) {
    return this.deflater ? this.deflater.push(text) : text;
  }

  send(text) {
    // While a blast is on the wire (its frames were deflated in advance), control frames wait, so the
    // zlib stream stays in order.
    if (this.blasting) (this.deferred ??= []).push(text);
    else this.socket.send(this.encode(text));
  }

  flushDeferred() {
    const list = this.deferred ?? [];
    this.deferred = undefined;
    for (const text of list) this.send(text);
  }

  onMessage(data) {
    let frame;
    try {
      frame = JSON.parse(data.toString());
    } catch {
      return;
    }
    if (frame.op === 1) this.send('{"op":11,"d":null,"s":null,"t":null}');
    else if (frame.op === 2) {
      const shard = frame.d?.shard ?? [0, 1];
      const d = {
        v: 10,
        user: { id: '1000000000000000001', username: 'bench', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0 },
        guilds: [],
        session_id: randomUUID().replaceAll('-', ''),
        resume_gateway_url: `ws://127.0.0.1:${port}`,
        shard,
        application: { id: '1000000000000000001', flags: 0 },
        user_settings: {},
        relationships: [],
        private_channels: [],
        presences: [],
        guild_join_requests: [],
        geo_ordered_rtc_regions: ['us-east'],
        auth: {},
        session_type: 'normal',
      };
      this.send(JSON.stringify({ t: 'READY', s: ++this.seq, op: 0, d }));
      this.ready = true;
      connections.add(this);
      for (const w of connectionWaiters.splice(0)) w();
    }
  }
}

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false, maxPayload: 1 << 20 });
await new Promise((resolve) => wss.once('listening', resolve));
const port = wss.address().port;
wss.on('connection', (socket, req) => {
  const conn = new Conn(socket, req.url ?? '/');
  // A sink (server-alone measurement) does not identify: count it as soon as it is open.
  if (new URL(req.url ?? '/', 'ws://x').searchParams.get('sink') === '1') {
    connections.add(conn);
    for (const w of connectionWaiters.splice(0)) w();
  }
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));
const BATCH_BYTES = 64 * 1024;

/** One unmasked server-to-client WebSocket frame (FIN, text for JSON, binary for zlib-stream). */
function wsFrame(payload, binary) {
  const len = payload.length;
  const headerLen = len < 126 ? 2 : len < 65536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLen + len);
  frame[0] = binary ? 0x82 : 0x81;
  if (len < 126) frame[1] = len;
  else if (len < 65536) {
    frame[1] = 126;
    frame.writeUInt16BE(len, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(len), 2);
  }
  payload.copy(frame, headerLen);
  return frame;
}

/**
 * Sends n dispatches on one connection. Every frame (JSON, deflated on the connection's context for
 * zlib-stream, WebSocket header) is built before the clock starts, so the timed loop only writes bytes:
 * up to 64 KiB of whole frames per socket write, waiting for 'drain' when the socket says so. `rate`
 * (events/s) paces the writes in 1 ms ticks; otherwise as fast as the socket takes them.
 */
async function blastOne(conn, n, rate, times) {
  const frames = new Array(n);
  for (let i = 0; i < n; i++) {
    const s = ++conn.seq;
    const payload = conn.encode(frameFor(s, pool[s % pool.length]));
    frames[i] = wsFrame(typeof payload === 'string' ? Buffer.from(payload) : payload, conn.deflater !== undefined);
  }
  const socket = conn.socket._socket;
  conn.blasting = true;
  try {
    const t0 = nowMs();
    let i = 0;
    let t1 = t0;
    while (i < n) {
      if (rate) {
        while (nowMs() < t0 + (i * 1000) / rate) await tick();
      }
      const due = rate ? Math.min(n, Math.floor(((nowMs() - t0) * rate) / 1000) + 1) : n;
      const batch = [];
      let bytes = 0;
      while (i < due && bytes < BATCH_BYTES) {
        batch.push(frames[i]);
        bytes += frames[i].length;
        i++;
      }
      const now = nowMs();
      for (let j = i - batch.length; j < i; j++) times[j] = now;
      if (conn.socket.readyState !== conn.socket.OPEN) throw new Error('client connection closed during blast');
      if (i === n) {
        // The last write's callback: every byte has been handed to the kernel.
        t1 = await new Promise((resolve) => socket.write(Buffer.concat(batch, bytes), () => resolve(nowMs())));
      } else if (!socket.write(batch.length === 1 ? batch[0] : Buffer.concat(batch, bytes))) {
        await new Promise((resolve) => socket.once('drain', resolve));
      }
    }
    return { t0, t1 };
  } finally {
    conn.blasting = false;
    conn.flushDeferred();
  }
}

serve({
  hello: () => ({ type: 'listening', port }),
  async waitConnections({ count }) {
    while (connections.size < count) await new Promise((resolve) => connectionWaiters.push(resolve));
    return { type: 'connections', count: connections.size };
  },
  async blast({ n, rate, record }) {
    const list = [...connections];
    const results = await Promise.all(
      list.map(async (conn) => {
        const times = new Float64Array(n);
        const firstSeq = conn.seq + 1;
        const { t0, t1 } = await blastOne(conn, n, rate, times);
        return { firstSeq, t0, t1, times: record ? Array.from(times) : undefined };
      }),
    );
    return { type: 'sent', results };
  },
  async memory() {
    await fullGc();
    return { type: 'memory', ...process.memoryUsage() };
  },
  async exit() {
    for (const c of connections) c.socket.terminate();
    wss.close();
  },
});
process.send({ type: 'listening', port });
