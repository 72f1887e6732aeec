/**
 * A raw socket that discards: speaks just enough HTTP to upgrade, then reads and drops every byte.
 * Used to measure the server alone (its send rate with a reader that costs nothing).
 */
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { serve } from '../lib.mjs';

let socket;
let bytes = 0;
serve({
  async connect({ port, compress }) {
    socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    socket.write(
      `GET /?v=10&encoding=json&sink=1${compress ? '&compress=zlib-stream' : ''} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
        `Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\n` +
        'Sec-WebSocket-Version: 13\r\n\r\n',
    );
    socket.on('data', (chunk) => (bytes += chunk.length));
    return { type: 'connected' };
  },
  bytes: () => ({ type: 'bytes', bytes }),
  exit: () => socket?.destroy(),
});
process.send({ type: 'started' });
