import { Backoff } from './backoff.js';
import { describeCloseCode } from './close-codes.js';
import { Connection } from './connection.js';
import type { AnyListener } from './emitter.js';
import { GatewayError } from './errors.js';
import { Heartbeat } from './heartbeat.js';
import { resolveOptions, type GatewayClientOptions, type ResolvedOptions } from './options.js';
import { buildGatewayUrl, GatewayOpcode, type DispatchFrame, type GatewayEnvelope } from './protocol.js';
import { RateLimiter, reservedFor } from './ratelimit.js';
import { Reporter } from './reporter.js';
import { SendQueue } from './send-queue.js';
import { SessionTracker, type GatewaySession } from './session.js';
import { isStarted, transition, type ConnectionEvent, type ConnectionState, type ReconnectReason } from './state.js';
import type { TimerHandle } from './timers.js';
import { encodeUserPayload } from './payload.js';
import type { SendSchema } from './validate.js';

export type GatewayEventMap<Dispatches, Ready> = {
  [K in keyof Dispatches & string]: [data: Dispatches[K], frame: DispatchFrame<K, Dispatches[K]>];
} & {
  ready: [data: Ready];
  resumed: [];
  reconnecting: [reason: ReconnectReason];
  close: [code: number, reason: string];
  error: [error: GatewayError];
  debug: [message: string];
  /** Every frame received, as parsed, before it is handled. */
  frame: [envelope: GatewayEnvelope];
};

type Listener<Dispatches, Ready, K extends keyof GatewayEventMap<Dispatches, Ready>> = (...args: GatewayEventMap<Dispatches, Ready>[K]) => void;
type Deferred<T> = { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void };

/** Close code for closes that keep the session (reconnects, zombie, `close({ resumable: true })`). */
export const RESUMABLE_CLOSE_CODE = 4900;

/**
 * The base of every generated client: one gateway connection with its whole lifecycle (Hello,
 * heartbeat, Identify/Resume, reconnect, rate-limited sends). Generated subclasses add typed events
 * and send methods; this class knows only the envelope and the lifecycle opcodes.
 */
export abstract class GatewayClientBase<Dispatches extends Record<string, unknown>, Ready = unknown, Presence = unknown> {
  readonly shardId: number;
  /** Type-level only (never set): lets helpers such as ShardManager recover the type parameters. */
  declare readonly '~types'?: { dispatches: Dispatches; ready: Ready };
  private readonly options: ResolvedOptions;
  private readonly reporter: Reporter;
  private readonly sessions: SessionTracker;
  private readonly heartbeat: Heartbeat;
  private readonly queue: SendQueue;
  private readonly backoff: Backoff;
  private state: ConnectionState = { kind: 'idle' };
  private connection: Connection | undefined;
  private limiter: RateLimiter | undefined;
  /** The one pending lifecycle timer: Hello timeout, READY timeout, or the reconnect delay. */
  private stageTimer: TimerHandle | undefined;
  /** Aborts waits that belong to the current connection (the identify queue). */
  private attempt: AbortController | undefined;
  private pendingConnect: Deferred<Ready> | undefined;
  private readyData: Ready | undefined;

  constructor(options: GatewayClientOptions<Presence>, defaults: { url: string }) {
    this.options = resolveOptions(options, defaults);
    const { timers, random, token, logger } = this.options;
    this.shardId = this.options.shard?.[0] ?? 0;
    this.reporter = new Reporter(token, logger);
    this.sessions = new SessionTracker(this.options.sessionStore, this.shardId, (m) => this.reporter.debug(m), this.options.session);
    this.heartbeat = new Heartbeat(timers, { beat: () => this.sendManaged(GatewayOpcode.Heartbeat, this.sessions.sequence), zombie: () => this.onZombie() }, random);
    this.queue = new SendQueue(timers, this.options.maxQueuedSends);
    this.backoff = new Backoff(this.options.backoff, random);
  }

  /** Last heartbeat round trip in ms. */
  get latency(): number | undefined {
    return this.heartbeat.latency;
  }

  /** The current session (save it to resume after a restart). */
  get session(): GatewaySession | undefined {
    return this.sessions.value;
  }

  /** The lifecycle state, for diagnostics. */
  get status(): ConnectionState['kind'] {
    return this.state.kind;
  }

  on<K extends keyof GatewayEventMap<Dispatches, Ready>>(event: K, listener: Listener<Dispatches, Ready, K>): this {
    this.reporter.emitter.on(event as string, listener as AnyArgs);
    return this;
  }

  once<K extends keyof GatewayEventMap<Dispatches, Ready>>(event: K, listener: Listener<Dispatches, Ready, K>): this {
    this.reporter.emitter.once(event as string, listener as AnyArgs);
    return this;
  }

  off<K extends keyof GatewayEventMap<Dispatches, Ready>>(event: K, listener: Listener<Dispatches, Ready, K>): this {
    this.reporter.emitter.off(event as string, listener as AnyArgs);
    return this;
  }

  /** Sees every event this client emits, with its arguments; returns an unsubscribe function. */
  onAny(listener: AnyListener): () => void {
    return this.reporter.emitter.onAny(listener);
  }

  /**
   * Opens the connection; resolves with READY's `d` (when it resumes a saved session, the READY data saved
   * with it, as no READY comes on a resume), rejects on a fatal close code or `close()`.
   */
  connect(): Promise<Ready> {
    if (this.pendingConnect) return this.pendingConnect.promise;
    if (this.state.kind === 'ready' && this.readyData !== undefined) return Promise.resolve(this.readyData);
    let resolve!: (value: Ready) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<Ready>((res, rej) => ((resolve = res), (reject = rej)));
    const deferred = { promise, resolve, reject };
    this.pendingConnect = deferred;
    void this.sessions.load().then(() => {
      // close() may have run while the store was read.
      if (this.pendingConnect === deferred && !isStarted(this.state)) this.open();
    });
    return promise;
  }

  /**
   * Closes the connection. Default: code 1000, the session ends. `resumable: true`: code 4900, the
   * session is kept (and saved to the store) so a later `connect()` resumes.
   */
  async close(options: { resumable?: boolean } = {}): Promise<void> {
    const code = options.resumable === true ? RESUMABLE_CLOSE_CODE : 1000;
    const wasLive = this.state.kind !== 'idle';
    const closed = this.teardown(code, 'client closed');
    if (code === 1000) this.sessions.clear();
    else this.sessions.save();
    this.setState({ type: 'close' });
    const error = new GatewayError('CLIENT_CLOSED', 'the client was closed');
    this.settleConnect(undefined, error);
    this.queue.rejectAll(error);
    await closed;
    if (wasLive) this.reporter.emit('close', code, 'client closed');
  }

  /**
   * For generated send methods: validates `d` against `schema` before anything is queued, rejects
   * payloads over 4096 bytes serialized, then queues under the rate limit (waiting for READY/RESUMED
   * while reconnecting, bounded by `maxQueuedSends`). Resolves once written to the socket.
   */
  protected sendPayload(op: number, d: unknown, schema?: SendSchema): Promise<void> {
    const data = encodeUserPayload(op, d, schema);
    if (typeof data !== 'string') return this.rejectSend(data.code, data.message, data.cause);
    // While connect() reads the session store the state is still idle, but the send may wait.
    if (!isStarted(this.state) && !this.pendingConnect) {
      return this.rejectSend('NOT_CONNECTED', `cannot send opcode ${op}: the client is ${this.state.kind === 'stopped' ? 'stopped' : 'not connected'}`);
    }
    return this.queue.push(data);
  }

  // ---- one connection --------------------------------------------------------------------------

  private open(): void {
    const session = this.sessions.value;
    const url = buildGatewayUrl(session?.resumeUrl ?? this.options.url, this.options.compress);
    this.setState({ type: 'open', mode: session ? 'resume' : 'identify', url, viaResumeUrl: session?.resumeUrl !== undefined });
    this.reporter.debug(`connecting to ${url} (${session ? 'resume' : 'identify'})`);
    this.attempt = new AbortController();
    const connection: Connection = new Connection(url, this.options, {
      open: () => {
        this.limiter = new RateLimiter(this.options.rateLimit);
        this.queue.attach((data) => {
          if (!connection.write(data)) this.reporter.debug('dropped a write: the socket is not open');
        }, this.limiter);
      },
      frame: (envelope) => this.onFrame(envelope),
      malformed: (error, broken) => {
        this.reporter.error(error);
        if (broken) this.reconnect('malformed-stream', 'resume');
      },
      closed: (code, reason) => this.onServerClose(code, reason),
      socketError: (error) => this.reporter.error(new GatewayError('SOCKET_ERROR', `socket error: ${error.message}`, { cause: error })),
    });
    this.connection = connection;
    this.startStageTimer(this.options.helloTimeout, () => this.reconnect('hello-timeout', 'resume'));
  }

  private onFrame(frame: GatewayEnvelope): void {
    this.heartbeat.touch();
    if (this.reporter.emitter.has('frame')) this.reporter.emit('frame', frame);
    switch (frame.op) {
      case GatewayOpcode.Dispatch:
        return this.onDispatch(frame as unknown as DispatchFrame);
      case GatewayOpcode.HeartbeatAck:
        return this.heartbeat.ack();
      case GatewayOpcode.Heartbeat:
        return this.heartbeat.beatNow();
      case GatewayOpcode.Hello:
        return this.onHello((frame.d as { heartbeat_interval: number }).heartbeat_interval);
      case GatewayOpcode.Reconnect:
        return this.reconnect('reconnect-requested', 'resume');
      case GatewayOpcode.InvalidSession:
        return this.reconnect('invalid-session', frame.d === true ? 'resume' : 'new-session');
    }
  }

  /** The hot path: sequence check, then straight to the listeners. */
  private onDispatch(frame: DispatchFrame): void {
    if (!this.sessions.accept(frame.s, this.onGap)) {
      this.reporter.debug(`skipped ${frame.t} ${frame.s}: already handled up to ${this.sessions.sequence}`);
      return;
    }
    frame.shardId = this.shardId;
    const t = frame.t;
    if (t === 'READY') this.onReady(frame.d);
    else if (t === 'RESUMED') this.onAuthenticated('resumed');
    this.reporter.emitter.emit(t, frame.d, frame);
    if (t === 'READY' || t === 'RESUMED') this.queue.openUserLane();
  }

  private readonly onGap = (from: number, to: number): void => this.reporter.debug(`sequence gap: ${from} -> ${to}`);

  private onReady(d: unknown): void {
    const data = d as { session_id?: unknown; resume_gateway_url?: unknown } | null;
    if (typeof data?.session_id === 'string') {
      this.sessions.start(data.session_id, typeof data.resume_gateway_url === 'string' ? data.resume_gateway_url : undefined, d);
    } else {
      this.reporter.error(new GatewayError('MALFORMED_FRAME', 'READY has no string "session_id"'));
    }
    this.readyData = d as Ready;
    this.onAuthenticated('ready', d);
  }

  private onAuthenticated(event: 'ready' | 'resumed', d?: unknown): void {
    this.clearStageTimer();
    this.setState({ type: 'ready' });
    this.backoff.reset();
    this.sessions.save();
    this.reporter.info(`${event}: sequence ${this.sessions.sequence}`);
    if (event === 'ready') this.reporter.emit('ready', d);
    else this.reporter.emit('resumed');
    // A connect() that resumed a saved session sees no READY: it resolves with the READY kept in the session.
    this.readyData ??= this.sessions.value?.ready as Ready | undefined;
    this.settleConnect(this.readyData as Ready);
  }

  private onHello(intervalMs: number): void {
    if (this.state.kind !== 'connecting') {
      this.reporter.debug(`ignored Hello in state ${this.state.kind}`);
      return;
    }
    const mode = this.state.mode;
    this.clearStageTimer();
    this.setState({ type: 'hello' });
    if (this.limiter) this.limiter.reserved = reservedFor(intervalMs, this.limiter.limit, this.limiter.windowMs);
    this.heartbeat.start(intervalMs);
    this.reporter.debug(`hello: heartbeat every ${intervalMs} ms`);
    const session = this.sessions.value;
    if (mode === 'resume' && session) {
      this.sendManaged(GatewayOpcode.Resume, { token: this.options.token, session_id: session.id, seq: session.sequence });
      this.startStageTimer(this.options.readyTimeout, () => this.reconnect('ready-timeout', 'resume'));
      return;
    }
    const signal = (this.attempt as AbortController).signal;
    this.options.identifyQueue.wait(this.shardId, signal).then(
      () => {
        if (signal.aborted) return;
        this.sendManaged(GatewayOpcode.Identify, this.identifyPayload());
        this.startStageTimer(this.options.readyTimeout, () => this.reconnect('ready-timeout', 'resume'));
      },
      (error: unknown) => {
        if (!signal.aborted) this.reporter.error(new GatewayError('ABORTED', `identify queue failed: ${String(error)}`, { cause: error }));
      },
    );
  }

  private identifyPayload(): Record<string, unknown> {
    const { token, intents, properties, presence, largeThreshold, shard } = this.options;
    const d: Record<string, unknown> = { token, intents, properties };
    if (shard) d['shard'] = shard;
    if (presence !== undefined) d['presence'] = presence;
    if (largeThreshold !== undefined) d['large_threshold'] = largeThreshold;
    return d;
  }

  private onServerClose(code: number, rawReason: string): void {
    const reason = this.reporter.redact(rawReason);
    this.connection = undefined;
    void this.teardown(code, reason);
    this.reporter.emit('close', code, reason);
    const info = describeCloseCode(code);
    if (info.action !== 'fatal') {
      this.reconnect('close', info.action === 'new-session' ? 'new-session' : 'resume', code);
      return;
    }
    this.setState({ type: 'fatal', code, meaning: info.meaning });
    const error = new GatewayError('FATAL_CLOSE', `gateway closed with ${code} (${info.meaning}); not reconnecting`, { cause: { code, reason } });
    this.reporter.error(error);
    this.settleConnect(undefined, error);
    this.queue.rejectAll(error);
  }

  private onZombie(): void {
    this.reporter.debug('no heartbeat ACK (nor any frame) since the last heartbeat: zombie connection');
    this.reconnect('zombie', 'resume');
  }

  /**
   * Ends the current connection and schedules the next one after the backoff delay. `new-session`
   * drops the session first. A connection to the resume URL that failed before RESUMED drops that URL.
   */
  private reconnect(cause: ReconnectReason['cause'], action: 'resume' | 'new-session', code?: number): void {
    const state = this.state;
    if (state.kind === 'idle' || state.kind === 'stopped' || state.kind === 'waiting') return;
    if (state.kind !== 'ready' && state.viaResumeUrl && cause !== 'invalid-session') {
      this.reporter.debug('the resume URL failed; the next Resume goes to the base URL');
      this.sessions.dropResumeUrl();
    }
    void this.teardown(RESUMABLE_CLOSE_CODE, `reconnecting: ${cause}`);
    if (action === 'new-session') this.sessions.clear();
    else this.sessions.save();
    let delayMs = this.backoff.next();
    if (cause === 'invalid-session' && action === 'new-session') {
      const { minMs, maxMs } = this.options.invalidSessionDelay;
      delayMs = Math.max(delayMs, Math.round(minMs + (maxMs - minMs) * this.options.random()));
    }
    const resume = this.sessions.value !== undefined;
    const reason: ReconnectReason = code === undefined ? { cause, resume, delayMs } : { cause, code, resume, delayMs };
    this.setState({ type: 'lost', reason });
    this.reporter.info(`reconnecting in ${delayMs} ms (${cause}${code === undefined ? '' : ` ${code}`}, ${resume ? 'resume' : 'identify'})`);
    this.reporter.emit('reconnecting', reason);
    this.startStageTimer(delayMs, () => this.open());
  }

  /** Stops everything tied to the current connection; resolves once its socket closed. */
  private teardown(code: number, reason: string): Promise<void> {
    this.heartbeat.stop();
    this.queue.detach();
    this.clearStageTimer();
    this.attempt?.abort();
    this.attempt = undefined;
    this.limiter = undefined;
    const connection = this.connection;
    this.connection = undefined;
    return connection ? connection.dispose(code, reason) : Promise.resolve();
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private setState(event: ConnectionEvent): void {
    const next = transition(this.state, event);
    if (next === this.state) this.reporter.debug(`ignored "${event.type}" in state ${this.state.kind}`);
    this.state = next;
  }

  private startStageTimer(ms: number, run: () => void): void {
    this.clearStageTimer();
    this.stageTimer = this.options.timers.setTimeout(() => {
      this.stageTimer = undefined;
      run();
    }, ms);
  }

  private clearStageTimer(): void {
    if (this.stageTimer !== undefined) this.options.timers.clearTimeout(this.stageTimer);
    this.stageTimer = undefined;
  }

  private sendManaged(op: number, d: unknown): void {
    this.queue.pushManaged(JSON.stringify({ op, d }));
  }

  private settleConnect(value: Ready | undefined, error?: GatewayError): void {
    const pending = this.pendingConnect;
    if (!pending) return;
    this.pendingConnect = undefined;
    if (error) pending.reject(error);
    else pending.resolve(value as Ready);
  }

  private rejectSend(code: GatewayError['code'], message: string, cause?: unknown): Promise<never> {
    return Promise.reject(new GatewayError(code, this.reporter.redact(message), { cause }));
  }
}

type AnyArgs = (...args: unknown[]) => void;
