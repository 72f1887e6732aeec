/**
 * A loopback gateway that keeps sessions, for the fan-out fleet figures (section 5: failover, idle shards), in its
 * own process: Hello, READY for an Identify, and for a Resume the dispatches the session missed replayed from the
 * Resume's `seq` (as Discord does) then RESUMED; heartbeat ACKs. Plain JSON, no compression.
 * IPC: `tick { everyMs }`: a MESSAGE_CREATE to every session each `everyMs` (0 stops), `d.at` being the monotonic
 * time it was dispatched (logged for a Resume when its connection is gone); `counts` -> identifies, resumes, open
 * connections.
 */
import { randomUUID } from 'node:crypto';
import { WebSocketServer } from 'ws';
import { nowMs, serve } from '../lib.mjs';

/** Dispatches kept per session for a Resume (a failover replays a few seconds of them). */
const LOG_MAX = 20_000;
const sessions = new Map();
const counts = { identifies: 0, resumes: 0 };
let messages = 0;
let ticker;

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
await new Promise((resolve) => wss.once('listening', resolve));
const url = `ws://127.0.0.1:${wss.address().port}`;

function dispatch(session, t, d) {
  const frame = JSON.stringify({ op: 0, t, s: ++session.seq, d });
  session.log.push([session.seq, frame]);
  if (session.log.length > LOG_MAX) session.log.shift();
  if (session.socket?.readyState === 1) session.socket.send(frame);
}

wss.on('connection', (socket) => {
  socket.on('error', () => undefined);
  socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
  socket.on('message', (data) => {
    let frame;
    try {
      frame = JSON.parse(String(data));
    } catch {
      return;
    }
    const { op, d } = frame;
    if (op === 1) socket.send('{"op":11,"d":null,"s":null,"t":null}');
    else if (op === 2) {
      counts.identifies += 1;
      const session = { id: randomUUID(), shard: d.shard ?? [0, 1], seq: 0, log: [], socket };
      sessions.set(session.id, session);
      dispatch(session, 'READY', { v: 10, session_id: session.id, resume_gateway_url: url, shard: session.shard, user: { id: '1', username: 'bench', bot: true }, guilds: [], application: { id: '1', flags: 0 } });
    } else if (op === 6) {
      const session = sessions.get(d.session_id);
      if (!session) return void socket.send('{"op":9,"d":false,"s":null,"t":null}');
      counts.resumes += 1;
      session.socket = socket;
      for (const [s, text] of session.log) if (s > (d.seq ?? 0)) socket.send(text);
      dispatch(session, 'RESUMED', {});
    }
  });
});

serve({
  tick({ everyMs }) {
    clearInterval(ticker);
    if (everyMs > 0) {
      ticker = setInterval(() => {
        for (const session of sessions.values()) {
          const id = String(++messages);
          dispatch(session, 'MESSAGE_CREATE', { id, channel_id: '10', content: `message ${id}`, author: { id: '30', username: 'someone' }, at: nowMs() });
        }
      }, everyMs);
    }
    return { type: 'ticking' };
  },
  counts: () => ({ type: 'counts', ...counts, connections: wss.clients.size }),
  exit() {
    clearInterval(ticker);
    for (const socket of wss.clients) socket.terminate();
    wss.close();
  },
});
process.send({ type: 'listening', port: wss.address().port });
