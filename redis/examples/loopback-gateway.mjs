// A stand-in for Discord's gateway on 127.0.0.1, to try the example without a bot token: Hello, READY for an
// Identify, RESUMED (with what the session missed) for a Resume, heartbeat ACKs, and a MESSAGE_CREATE to every
// session each second. Not a test double of the real thing: just enough protocol to watch the fleet work.
// Usage: node loopback-gateway.mjs [port]   (prints the URL to give the hosts as GATEWAY_URL)
import { randomUUID } from 'node:crypto';
import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ host: '127.0.0.1', port: Number(process.argv[2] ?? 0) });
/** session id -> { shard, seq, sent: recent frames (for a Resume), socket } */
const sessions = new Map();
let messages = 0;

wss.on('listening', () => console.log(`gateway listening: ws://127.0.0.1:${wss.address().port}`));
wss.on('connection', (socket) => {
  let session;
  const send = (frame) => socket.send(JSON.stringify(frame));
  const dispatch = (t, d) => {
    const frame = { op: 0, t, s: ++session.seq, d };
    session.sent.push(frame);
    if (session.sent.length > 1000) session.sent.shift();
    send(frame);
  };
  send({ op: 10, d: { heartbeat_interval: 41_250 } });
  socket.on('message', (data) => {
    const { op, d } = JSON.parse(String(data));
    if (op === 1) send({ op: 11 });
    if (op === 2) {
      session = { id: randomUUID(), shard: d.shard ?? [0, 1], seq: 0, sent: [], socket };
      sessions.set(session.id, session);
      const url = `ws://127.0.0.1:${wss.address().port}`;
      dispatch('READY', { v: 10, session_id: session.id, resume_gateway_url: url, shard: session.shard, user: { id: '1', username: 'example-bot' }, guilds: [], application: { id: '1', flags: 0 } });
      console.log(`shard ${session.shard[0]}: identified (session ${session.id.slice(0, 8)})`);
    }
    if (op === 6) {
      session = sessions.get(d.session_id);
      if (!session) return send({ op: 9, d: false });
      session.socket = socket;
      for (const frame of session.sent.filter((f) => f.s > d.seq)) send(frame);
      send({ op: 0, t: 'RESUMED', s: ++session.seq, d: null });
      console.log(`shard ${session.shard[0]}: resumed at ${d.seq} (session ${session.id.slice(0, 8)})`);
    }
  });
});

// A message on every session each second, also while its shard moves between hosts (a Resume replays what the
// session missed): the bot processes print each one once, in order per shard.
setInterval(() => {
  for (const session of sessions.values()) {
    const id = String(++messages);
    const frame = { op: 0, t: 'MESSAGE_CREATE', s: ++session.seq, d: { id, channel_id: '10', guild_id: '20', content: `hello #${id}`, author: { id: '30', username: 'someone' } } };
    session.sent.push(frame);
    if (session.sent.length > 1000) session.sent.shift();
    if (session.socket.readyState === 1) session.socket.send(JSON.stringify(frame));
  }
}, 1000);
