import { Backoff } from './backoff.js';
import { describeCloseCode } from './close-codes.js';
import { Connection } from './connection.js';
import { TypedEmitter, type AnyListener } from './emitter.js';
import { GatewayError, redact } from './errors.js';
import { Heartbeat } from './heartbeat.js';
import { resolveOptions, type GatewayClientOptions, type ResolvedOptions } from './options.js';
import { buildGatewayUrl, GatewayOpcode, MANAGED_OPCODES, type DispatchFrame, type GatewayEnvelope } from './protocol.js';
import { RateLimiter, reservedFor } from './ratelimit.js';
import { SendQueue } from './send-queue.js';
import { createSession, withoutResumeUrl, withSequence, type GatewaySession } from './session.js';
import { isStarted, transition, type ConnectionEvent, type ConnectionState, type ReconnectReason } from './state.js';
import type { TimerHandle } from './timers.js';
import { validatePayload, type SendSchema } from './validate.js';

export type GatewayEventMap<Dispatches, Ready> = {
  [K in keyof Dispatches & string]: [data: Dispatches[K], frame: DispatchFrame<K, Dispatches[K]>];
} & {
  ready: [data: Ready];
  resumed: [];
  reconnecting: [reason: ReconnectReason];
  close: [code: number, reason: string];
  error: [error: GatewayError];
  debug: [message: string];
  /** Every frame received, as parsed. */
  frame: [envelope: GatewayEnvelope];
};

type Deferred<T> = { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void };
/** Close code for closes that keep the session (resume, zombie, user `close({ resumable: true })`). */
export const RESUMABLE_CLOSE_CODE = 4900;
const MAX_PAYLOAD_BYTES = 4096;

/** A cause that mentions the token (a parser error quoting the frame, say) is replaced by a redacted copy. */
function redactCause(cause: unknown, token: string): unknown {
  if (!(cause instanceof Error)) return cause;
  if (!`${cause.message}\n${cause.stack ?? ''}`.includes(token)) return cause;
  const copy = new Error(redact(cause.message, token));
  copy.stack = redact(cause.stack ?? '', token);
  return copy;
}

/**
 * The base of every generated client: one gateway connection with its whole lifecycle (Hello,
 * heartbeat, Identify/Resume, reconnect, rate-limited sends). Generated subclasses add typed events
 * and send methods; this class knows only the envelope and the lifecycle opcodes.
 */
export abstract class GatewayClientBase<Dispatches extends Record<string, unknown>, Ready = unknown, Presence = unknown> {
  readonly shardId: number;
  private readonly options: ResolvedOptions;
  private readonly emitter: TypedEmitter<Record<string, unknown[]>>;
  private state: ConnectionState = { kind: 'idle' };
  private connection: Connection | undefined;
  private sessionValue: GatewaySession | undefined;
  private sequence: number | null = null;
  private readonly heartbeat: Heartbeat;
  private readonly queue: SendQueue;
  private readonly backoff: Backoff;
  /** The one pending timer of the lifecycle: Hello timeout, READY timeout, or the reconnect delay. */
  private stageTimer: TimerHandle | undefined;
  /** Aborts waits that belong to the current connection (the identify queue). */
  private attempt: AbortController | undefined;
  private pendingConnect: Deferred<Ready> | undefined;
  private readyData: Ready | undefined;

  constructor(options: GatewayClientOptions<Presence>, defaults: { url: string }) {
    this.options = resolveOptions(options, defaults);
    const { timers, random } = this.options;
    this.shardId = this.options.shard?.[0] ?? 0;
    this.emitter = new TypedEmitter((error, event) => this.onListenerError(error, event));
    this.heartbeat = new Heartbeat(timers, { beat: () => this.sendHeartbeat(), zombie: () => this.onZombie() }, random);
    this.queue = new SendQueue(timers, this.options.maxQueuedSends);
    this.backoff = new Backoff(this.options.backoff, random);
    this.sessionValue = this.options.session;
    this.sequence = this.options.session?.sequence ?? null;
  }

  /** Last heartbeat round trip in ms. */
  get latency(): number | undefined {
    return this.heartbeat.latency;
  }

  get session(): GatewaySession | undefined {
    return this.sessionValue && withSequence(this.sessionValue, this.sequence);
  }

  /** The lifecycle state (read-only view, for diagnostics). */
  get status(): ConnectionState['kind'] {
    return this.state.kind;
  }

  on<K extends keyof GatewayEventMap<Dispatches, Ready>>(event: K, listener: (...args: GatewayEventMap<Dispatches, Ready>[K]) => void): this {
    this.emitter.on(event as string, listener as (...args: unknown[]) => void);
    return this;
  }

  once<K extends keyof GatewayEventMap<Dispatches, Ready>>(event: K, listener: (...args: GatewayEventMap<Dispatches, Ready>[K]) => void): this {
    this.emitter.once(event as string, listener as (...args: unknown[]) => void);
    return this;
  }

  off<K extends keyof GatewayEventMap<Dispatches, Ready>>(event: K, listener: (...args: GatewayEventMap<Dispatches, Ready>[K]) => void): this {
    this.emitter.off(event as string, listener as (...args: unknown[]) => void);
    return this;
  }

  /** Sees every event this client emits, with its arguments; returns an unsubscribe function. */
  onAny(listener: AnyListener): () => void {
    return this.emitter.onAny(listener);
  }

  /** Opens the connection; resolves with READY's `d`, rejects on a fatal close code or `close()`. */
  connect(): Promise<Ready> {
    if (this.pendingConnect) return this.pendingConnect.promise;
    if (this.state.kind === 'ready' && this.readyData !== undefined) return Promise.resolve(this.readyData);
    let resolve!: (value: Ready) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<Ready>((res, rej) => ((resolve = res), (reject = rej)));
    const deferred = { promise, resolve, reject };
    this.pendingConnect = deferred;
    void this.start(deferred);
    return promise;
  }

  /**
   * Closes the connection. Default: code 1000, the session ends. `resumable: true`: a non-1000 code, the
   * session is kept (and saved to the store) so a later `connect()` resumes.
   */
  async close(options: { resumable?: boolean } = {}): Promise<void> {
    const resumable = options.resumable === true;
    const closed = this.teardown(resumable ? RESUMABLE_CLOSE_CODE : 1000, 'client closed');
    const code = resumable ? RESUMABLE_CLOSE_CODE : 1000;
    const wasLive = this.state.kind !== 'idle';
    this.clearStageTimer();
    if (resumable && this.sessionValue) this.storeSession();
    else this.clearSession();
    this.setState({ type: 'close' });
    const error = new GatewayError('CLIENT_CLOSED', 'the client was closed');
    this.settleConnect(undefined, error);
    this.queue.rejectAll(error);
    await closed;
    if (wasLive) this.emit('close', code, 'client closed');
  }

  /**
   * For generated send methods: validates `d` against `schema` before anything is queued, rejects
   * payloads over 4096 bytes serialized, then queues under the rate limit (waiting for READY/RESUMED
   * while reconnecting). Resolves once written to the socket.
   */
  protected sendPayload(op: number, d: unknown, schema?: SendSchema): Promise<void> {
    if (MANAGED_OPCODES.includes(op)) {
      return this.rejectSend('MANAGED_OPCODE', `opcode ${op} is sent by the runtime itself`);
    }
    if (schema) {
      const issues = validatePayload(schema, d);
      if (issues.length > 0) {
        const list = issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ');
        return this.rejectSend('INVALID_PAYLOAD', `${schema.message} payload does not match its schema: ${list}`, issues);
      }
    }
    let data: string;
    try {
      data = JSON.stringify({ op, d });
    } catch (error) {
      return this.rejectSend('INVALID_PAYLOAD', `payload for opcode ${op} cannot be serialized`, error);
    }
    const bytes = Buffer.byteLength(data);
    if (bytes > MAX_PAYLOAD_BYTES) {
      return this.rejectSend('PAYLOAD_TOO_LARGE', `payload for opcode ${op} is ${bytes} bytes serialized; the limit is ${MAX_PAYLOAD_BYTES}`);
    }
    // connect() may still be reading the session store (state idle, connect pending): that counts as started.
    if (!isStarted(this.state) && !this.pendingConnect) {
      return this.rejectSend('NOT_CONNECTED', `cannot send opcode ${op}: the client is ${this.state.kind === 'stopped' ? 'stopped' : 'not connected'}`);
    }
    return this.queue.push(data);
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  private async start(deferred: Deferred<Ready>): Promise<void> {
    if (!this.sessionValue) {
      try {
        const saved = await this.options.sessionStore.get(this.shardId);
        if (saved) {
          this.sessionValue = saved;
          this.sequence = saved.sequence;
        }
      } catch (error) {
        this.debug(`session store get failed: ${String(error)}`);
      }
    }
    // close() may have run while the store was read.
    if (this.pendingConnect === deferred && (this.state.kind === 'idle' || this.state.kind === 'stopped')) this.open();
  }

  private open(): void {
    const session = this.sessionValue;
    const viaResumeUrl = session?.resumeUrl !== undefined;
    const url = buildGatewayUrl(session?.resumeUrl ?? this.options.url, this.options.compress);
    this.setState({ type: 'open', mode: session ? 'resume' : 'identify', url, viaResumeUrl });
    this.debug(`connecting to ${url} (${session ? 'resume' : 'identify'})`);
    this.attempt = new AbortController();
    const connection: Connection = new Connection(url, this.options, {
      open: () => {
        const limiter = new RateLimiter(this.options.rateLimit);
        this.queue.attach((data) => {
          if (!connection.write(data)) this.debug('dropped a write: the socket is not open');
        }, limiter);
        this.limiter = limiter;
      },
      frame: (envelope) => this.onFrame(envelope),
      malformed: (error, broken) => {
        this.emitError(error);
        if (broken) this.reconnect('malformed-stream', 'resume');
      },
      closed: (code, reason) => this.onServerClose(code, reason),
      socketError: (error) => this.emitError(new GatewayError('SOCKET_ERROR', `socket error: ${error.message}`, { cause: error })),
    });
    this.connection = connection;
    this.startStageTimer(this.options.helloTimeout, () => this.reconnect('hello-timeout', 'resume'));
  }

  private limiter: RateLimiter | undefined;

  private onFrame(frame: GatewayEnvelope): void {
    this.heartbeat.touch();
    if (this.emitter.has('frame')) this.emit('frame', frame);
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
        if (frame.d === true) return this.reconnect('invalid-session', 'resume');
        return this.reconnect('invalid-session', 'new-session');
    }
  }

  private onDispatch(frame: DispatchFrame): void {
    const s = frame.s;
    if (this.sequence !== null && s <= this.sequence) {
      this.debug(`skipped ${frame.t} with sequence ${s}: already handled up to ${this.sequence}`);
      return;
    }
    if (this.sequence !== null && s !== this.sequence + 1) this.debug(`sequence gap: ${this.sequence} -> ${s}`);
    this.sequence = s;
    frame.shardId = this.shardId;
    if (frame.t === 'READY') this.onReady(frame.d);
    else if (frame.t === 'RESUMED') this.onResumed();
    this.emitter.emit(frame.t, frame.d, frame);
    if (frame.t === 'READY' || frame.t === 'RESUMED') this.queue.openUserLane();
  }

  private onReady(d: unknown): void {
    const data = d as { session_id?: unknown; resume_gateway_url?: unknown };
    if (typeof data?.session_id !== 'string') {
      this.emitError(new GatewayError('MALFORMED_FRAME', 'READY has no string "session_id"'));
    } else {
      const resumeUrl = typeof data.resume_gateway_url === 'string' ? data.resume_gateway_url : undefined;
      this.sessionValue = createSession(data.session_id, resumeUrl, this.sequence);
      this.storeSession();
    }
    this.authenticated('ready');
    this.readyData = d as Ready;
    this.emit('ready', d);
    this.settleConnect(d as Ready);
  }

  private onResumed(): void {
    this.authenticated('resumed');
    this.emit('resumed');
    this.storeSession();
    if (this.readyData !== undefined) this.settleConnect(this.readyData);
  }

  private authenticated(what: string): void {
    this.clearStageTimer();
    this.setState({ type: 'ready' });
    this.backoff.reset();
    this.debug(`${what}: session ${this.sessionValue ? 'established' : 'missing'}, sequence ${this.sequence}`);
  }

  private onHello(intervalMs: number): void {
    if (this.state.kind !== 'connecting') {
      this.debug(`ignored Hello in state ${this.state.kind}`);
      return;
    }
    const mode = this.state.mode;
    this.clearStageTimer();
    this.setState({ type: 'hello' });
    if (this.limiter) this.limiter.reserved = reservedFor(intervalMs, this.limiter.limit, this.limiter.windowMs);
    this.heartbeat.start(intervalMs);
    this.debug(`hello: heartbeat every ${intervalMs} ms`);
    const session = this.sessionValue;
    if (mode === 'resume' && session) {
      this.sendManaged(GatewayOpcode.Resume, { token: this.options.token, session_id: session.id, seq: this.sequence });
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
        if (!signal.aborted) this.emitError(new GatewayError('ABORTED', `identify queue failed: ${String(error)}`, { cause: error }));
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
    const reason = redact(rawReason, this.options.token);
    this.connection = undefined;
    void this.teardown(code, reason);
    this.emit('close', code, reason);
    const info = describeCloseCode(code);
    if (info.action !== 'fatal') {
      this.reconnect('close', info.action === 'new-session' ? 'new-session' : 'resume', code);
      return;
    }
    this.setState({ type: 'fatal', code, meaning: info.meaning });
    const error = new GatewayError('FATAL_CLOSE', `gateway closed with ${code} (${info.meaning}); not reconnecting`, {
      cause: { code, reason },
    });
    this.emitError(error);
    this.settleConnect(undefined, error);
    this.queue.rejectAll(error);
  }

  private onZombie(): void {
    this.debug('no heartbeat ACK (nor any frame) since the last heartbeat: zombie connection');
    this.reconnect('zombie', 'resume');
  }

  /**
   * Ends the current connection (if any) and schedules the next one. `new-session` drops the session
   * first. A failed connection to the resume URL drops that URL: the next Resume goes to the base URL.
   */
  private reconnect(cause: ReconnectReason['cause'], action: 'resume' | 'new-session', code?: number): void {
    if (this.state.kind === 'idle' || this.state.kind === 'stopped' || this.state.kind === 'waiting') return;
    const state = this.state;
    if (state.kind !== 'ready' && state.viaResumeUrl && this.sessionValue && cause !== 'invalid-session') {
      this.debug('the resume URL failed; the next Resume goes to the base URL');
      this.sessionValue = withoutResumeUrl(this.sessionValue);
    }
    void this.teardown(RESUMABLE_CLOSE_CODE, `reconnecting: ${cause}`);
    if (action === 'new-session') this.clearSession();
    else this.storeSession();
    let delayMs = this.backoff.next();
    if (cause === 'invalid-session' && action === 'new-session') {
      const { minMs, maxMs } = this.options.invalidSessionDelay;
      delayMs = Math.max(delayMs, Math.round(minMs + (maxMs - minMs) * this.options.random()));
    }
    const reason: ReconnectReason = code === undefined ? { cause, resume: this.sessionValue !== undefined, delayMs } : { cause, code, resume: this.sessionValue !== undefined, delayMs };
    this.setState({ type: 'lost', reason });
    this.emit('reconnecting', reason);
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
    if (next === this.state) this.debug(`ignored "${event.type}" in state ${this.state.kind}`);
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

  private sendHeartbeat(): void {
    this.sendManaged(GatewayOpcode.Heartbeat, this.sequence);
  }

  private sendManaged(op: number, d: unknown): void {
    this.queue.pushManaged(JSON.stringify({ op, d }));
  }

  private storeSession(): void {
    const session = this.session;
    if (!session) return;
    this.callStore(() => this.options.sessionStore.set(this.shardId, session), 'set');
  }

  private clearSession(): void {
    this.sessionValue = undefined;
    this.sequence = null;
    this.callStore(() => this.options.sessionStore.delete(this.shardId), 'delete');
  }

  private callStore(call: () => void | Promise<void>, what: string): void {
    Promise.resolve()
      .then(call)
      .catch((error: unknown) => this.debug(`session store ${what} failed: ${String(error)}`));
  }

  private settleConnect(value: Ready | undefined, error?: GatewayError): void {
    const pending = this.pendingConnect;
    if (!pending) return;
    this.pendingConnect = undefined;
    if (error) pending.reject(error);
    else pending.resolve(value as Ready);
  }

  private rejectSend(code: GatewayError['code'], message: string, cause?: unknown): Promise<never> {
    return Promise.reject(new GatewayError(code, redact(message, this.options.token), { cause }));
  }

  private emit(event: string, ...args: unknown[]): void {
    this.emitter.emit(event, ...args);
  }

  private debug(message: string): void {
    const { logger, token } = this.options;
    if (!this.emitter.has('debug') && !logger.debug) return;
    const text = redact(message, token);
    logger.debug?.(text);
    this.emit('debug', text);
  }

  private emitError(error: GatewayError): void {
    const { token } = this.options;
    const safe = redact(error.message, token);
    const cause = redactCause(error.cause, token);
    const emitted = safe === error.message && cause === error.cause ? error : new GatewayError(error.code, safe, { cause });
    this.options.logger.error?.(emitted.message);
    this.emit('error', emitted);
  }

  private onListenerError(error: unknown, event: string): void {
    const message = redact(`a listener for "${event}" threw: ${error instanceof Error ? error.message : String(error)}`, this.options.token);
    if (event === 'error') {
      this.options.logger.error?.(message);
      return;
    }
    this.emitError(new GatewayError('LISTENER_ERROR', message, { cause: error }));
  }
}
