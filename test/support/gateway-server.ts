/**
 * A scripted Discord-like gateway on 127.0.0.1 (port 0) for runtime tests, benchmarks and end-to-end
 * tests. By default each connection gets Hello, Identify gets READY, Resume gets the missed dispatches
 * replayed and RESUMED, heartbeats get ACKs; the server enforces the send rate limit (close 4008) and
 * the 4096-byte payload limit (close 4002). Every automatic behaviour can be switched off per server or
 * per connection, and frames can be pushed by hand.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { WebSocketServer, type WebSocket } from 'ws';

export interface Frame {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

export interface GatewayServerOptions {
  /** Hello's heartbeat_interval. Default 41250. */
  heartbeatInterval?: number;
  /** Send Hello on connect. Default true. */
  hello?: boolean;
  /** Answer Identify with READY and Resume with replay + RESUMED. Default true. */
  autoReady?: boolean;
  /** Answer heartbeats with op 11. Default true. */
  autoAck?: boolean;
  /** Extra fields merged into READY's d. */
  readyData?: Record<string, unknown>;
  /** resume_gateway_url in READY. Default: this server's URL. */
  resumeUrl?: string;
  /** Client send limit; exceeding it closes with 4008. Default { limit: 120, windowMs: 60000, now: Date.now }. */
  rateLimit?: { limit: number; windowMs: number; now: () => number } | false;
  /** Largest accepted payload; bigger closes with 4002. Default 4096. */
  maxPayloadBytes?: number;
  /** On Resume, also replay this many dispatches the client already had (an overlapping replay). Default 0. */
  resumeReplayOverlap?: number;
  /** How each compressed message is cut into WebSocket frames. Default: one frame. */
  splitCompressed?: (message: Buffer) => Buffer[];
  /** Port to listen on. Default 0 (a free one); a fixed one lets a test restart "the same" gateway. */
  port?: number;
  /** Sessions to serve (a restarted gateway that still knows the sessions of the one before). */
  sessions?: Map<string, ServerSession>;
}

/** A session as the server keeps it: its dispatch log, for replay on Resume. */
export class ServerSession {
  seq = 0;
  readonly log: { op: number; t: string; s: number; d: unknown }[] = [];
  connection: ServerConnection | undefined;
  constructor(readonly id: string) {}

  /** Logs a dispatch and sends it if the session's connection is open (else it waits for a Resume). */
  dispatch(t: string, d: unknown): number {
    const frame = { op: 0, t, s: ++this.seq, d };
    this.log.push(frame);
    if (this.connection?.isOpen && this.connection.session === this) this.connection.send(frame);
    return frame.s;
  }
}

export class ServerConnection {
  readonly received: Frame[] = [];
  /** Raw text of every received message. */
  readonly receivedRaw: string[] = [];
  readonly query: URLSearchParams;
  /** The path the client opened ("/" for the base URL, "/resume" for a resume URL with that path, ...). */
  readonly path: string;
  /** Headers of the client's opening handshake (lower-case names). */
  readonly headers: Record<string, string | string[] | undefined>;
  readonly compress: boolean;
  autoAck: boolean;
  autoReady: boolean;
  session: ServerSession | undefined;
  splitCompressed: ((message: Buffer) => Buffer[]) | undefined;
  /** Resolves with the close code and reason, whoever closed. */
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly cursors = new Map<number | 'any', number>();
  private readonly waiters = new Set<() => void>();
  private readonly deflate: zlib.Deflate | undefined;
  private out: Promise<void> = Promise.resolve();
  private readonly sendTimes: number[] = [];

  constructor(
    readonly server: GatewayServer,
    readonly socket: WebSocket,
    requestUrl: string,
    headers: Record<string, string | string[] | undefined> = {},
  ) {
    const url = new URL(requestUrl, 'ws://localhost');
    this.query = url.searchParams;
    this.path = url.pathname;
    this.headers = headers;
    this.compress = this.query.get('compress') === 'zlib-stream';
    this.deflate = this.compress ? zlib.createDeflate() : undefined;
    this.autoAck = server.options.autoAck ?? true;
    this.autoReady = server.options.autoReady ?? true;
    this.splitCompressed = server.options.splitCompressed;
    this.closed = new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    socket.on('message', (data: Buffer) => this.onMessage(data.toString()));
    socket.on('error', () => undefined);
  }

  get isOpen(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  /** Sends a frame (JSON, compressed if the connection asked for zlib-stream); ordered with close(). */
  send(frame: Frame): void {
    this.sendRaw(JSON.stringify({ s: null, t: null, ...frame }));
  }

  /** Sends text as is (compressed if negotiated), or bytes as one binary frame without compression. */
  sendRaw(data: string | Buffer): void {
    this.enqueue(async () => {
      if (typeof data !== 'string' || !this.deflate) {
        this.socket.send(data);
        return;
      }
      const message = await deflateFlush(this.deflate, data);
      for (const part of this.splitCompressed ? this.splitCompressed(message) : [message]) this.socket.send(part);
    });
  }

  hello(heartbeatInterval = this.server.options.heartbeatInterval ?? 41_250): void {
    this.send({ op: 10, d: { heartbeat_interval: heartbeatInterval } });
  }

  /** Pushes a dispatch on this connection's session. */
  dispatch(t: string, d: unknown): number {
    if (!this.session) throw new Error('connection has no session yet');
    return this.session.dispatch(t, d);
  }

  /** Closes with `code` after every queued send went out. */
  close(code = 1000, reason = ''): Promise<{ code: number; reason: string }> {
    this.enqueue(async () => this.socket.close(code, reason));
    return this.closed;
  }

  /** Drops the TCP connection without a close frame (the client sees 1006). */
  terminate(): Promise<{ code: number; reason: string }> {
    this.enqueue(async () => this.socket.terminate());
    return this.closed;
  }

  /** Resolves once every queued send has been handed to the socket. */
  flushed(): Promise<void> {
    return this.out;
  }

  /** The next received frame with `op` (or any op) not yet returned by `expect`; waits up to `timeoutMs`. */
  expect(op?: number, timeoutMs = 5000): Promise<Frame> {
    const key = op ?? 'any';
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const from = this.cursors.get(key) ?? 0;
        for (let i = from; i < this.received.length; i++) {
          const frame = this.received[i] as Frame;
          if (op === undefined || frame.op === op) {
            this.cursors.set(key, i + 1);
            resolve(frame);
            return true;
          }
        }
        this.cursors.set(key, this.received.length);
        return false;
      };
      if (check()) return;
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`no frame with op ${op ?? 'any'} within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter = (): void => {
        if (check()) {
          clearTimeout(timer);
          this.waiters.delete(waiter);
        }
      };
      this.waiters.add(waiter);
    });
  }

  /** Received frames with `op`. */
  framesWith(op: number): Frame[] {
    return this.received.filter((frame) => frame.op === op);
  }

  private enqueue(task: () => Promise<void>): void {
    this.out = this.out.then(task).catch(() => undefined);
  }

  private onMessage(text: string): void {
    this.server.receivedCount += 1;
    this.receivedRaw.push(text);
    const limit = this.server.options.maxPayloadBytes ?? 4096;
    if (Buffer.byteLength(text) > limit) {
      void this.close(4002, 'payload too large');
      return;
    }
    const rate = this.server.rateLimit;
    if (rate) {
      const now = rate.now();
      this.sendTimes.push(now);
      while ((this.sendTimes[0] as number) <= now - rate.windowMs) this.sendTimes.shift();
      if (this.sendTimes.length > rate.limit) {
        this.server.rateLimited += 1;
        void this.close(4008, 'rate limited');
        return;
      }
    }
    let frame: Frame;
    try {
      frame = JSON.parse(text) as Frame;
    } catch {
      void this.close(4002, 'decode error');
      return;
    }
    this.received.push(frame);
    this.react(frame);
    for (const waiter of [...this.waiters]) waiter();
  }

  private react(frame: Frame): void {
    if (frame.op === 1 && this.autoAck) this.send({ op: 11, d: null });
    if (frame.op === 2 && this.autoReady) {
      const session = this.server.createSession();
      this.attach(session);
      session.dispatch('READY', {
        v: 10,
        session_id: session.id,
        resume_gateway_url: this.server.options.resumeUrl ?? this.server.url,
        user: { id: '1', username: 'bot' },
        guilds: [],
        ...this.server.options.readyData,
      });
    }
    if (frame.op === 6 && this.autoReady) {
      const d = frame.d as { session_id: string; seq: number | null };
      const session = this.server.sessions.get(d.session_id);
      if (!session) {
        this.send({ op: 9, d: false });
        return;
      }
      if ((d.seq ?? 0) > session.seq) {
        void this.close(4007, 'invalid seq');
        return;
      }
      this.attach(session);
      const from = (d.seq ?? 0) - (this.server.options.resumeReplayOverlap ?? 0);
      for (const missed of session.log) if (missed.s > from) this.send(missed);
      this.send({ op: 0, t: 'RESUMED', s: ++session.seq, d: {} });
      session.log.push({ op: 0, t: 'RESUMED', s: session.seq, d: {} });
    }
  }

  private attach(session: ServerSession): void {
    this.session = session;
    session.connection = this;
  }
}

export class GatewayServer {
  readonly connections: ServerConnection[] = [];
  readonly sessions: Map<string, ServerSession>;
  /** Every message received, over all connections. */
  receivedCount = 0;
  /** Connections closed with 4008. */
  rateLimited = 0;
  readonly rateLimit: { limit: number; windowMs: number; now: () => number } | false;
  private connectionCursor = 0;
  private readonly connectionWaiters = new Set<() => void>();

  private constructor(
    private readonly wss: WebSocketServer,
    readonly options: GatewayServerOptions,
    readonly url: string,
  ) {
    this.sessions = options.sessions ?? new Map();
    this.rateLimit = options.rateLimit === false ? false : (options.rateLimit ?? { limit: 120, windowMs: 60_000, now: Date.now });
    wss.on('connection', (socket, request) => {
      const connection = new ServerConnection(this, socket, request.url ?? '/', request.headers);
      this.connections.push(connection);
      if (options.hello ?? true) connection.hello();
      for (const waiter of [...this.connectionWaiters]) waiter();
    });
  }

  static async start(options: GatewayServerOptions = {}): Promise<GatewayServer> {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: options.port ?? 0, perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      wss.once('listening', resolve);
      wss.once('error', reject);
    });
    const { port } = wss.address() as AddressInfo;
    return new GatewayServer(wss, options, `ws://127.0.0.1:${port}`);
  }

  createSession(): ServerSession {
    const session = new ServerSession(randomUUID());
    this.sessions.set(session.id, session);
    return session;
  }

  /** The next connection not yet returned by this method; waits up to `timeoutMs`. */
  nextConnection(timeoutMs = 5000): Promise<ServerConnection> {
    return new Promise((resolve, reject) => {
      const take = (): boolean => {
        const connection = this.connections[this.connectionCursor];
        if (!connection) return false;
        this.connectionCursor += 1;
        resolve(connection);
        return true;
      };
      if (take()) return;
      const timer = setTimeout(() => {
        this.connectionWaiters.delete(waiter);
        reject(new Error(`no new connection within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter = (): void => {
        if (take()) {
          clearTimeout(timer);
          this.connectionWaiters.delete(waiter);
        }
      };
      this.connectionWaiters.add(waiter);
    });
  }

  async close(): Promise<void> {
    for (const connection of this.connections) connection.socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}

/** Compresses `text` on a persistent deflate context and flushes with Z_SYNC_FLUSH (one gateway message). */
export function deflateFlush(deflate: zlib.Deflate, text: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const onData = (chunk: Buffer): void => void chunks.push(chunk);
    deflate.on('data', onData);
    deflate.once('error', reject);
    deflate.write(text);
    deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      deflate.off('data', onData);
      deflate.off('error', reject);
      resolve(Buffer.concat(chunks));
    });
  });
}

/** Splits a buffer into `parts` pieces of near-equal size (for `splitCompressed`). */
export function splitInto(parts: number): (message: Buffer) => Buffer[] {
  return (message) => {
    const size = Math.max(1, Math.ceil(message.length / parts));
    const out: Buffer[] = [];
    for (let i = 0; i < message.length; i += size) out.push(message.subarray(i, i + size));
    return out;
  };
}
