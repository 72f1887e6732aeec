import { FailedAttempts } from './attempts.js';
import { Backoff } from './backoff.js';
import { describeCloseCode } from './close-codes.js';
import { Connection } from './connection.js';
import { GatewayError } from './errors.js';
import { Heartbeat } from './heartbeat.js';
import type { ResolvedOptions } from './options.js';
import { buildGatewayUrl, gatewayUrlProblem, GatewayOpcode, type DispatchFrame, type GatewayEnvelope } from './protocol.js';
import { RateLimiter, reservedFor } from './ratelimit.js';
import type { Reporter } from './reporter.js';
import { displayUrl } from './secret.js';
import { SendQueue } from './send-queue.js';
import { MAX_SEQUENCE_JUMP, SessionTracker, type GatewaySession } from './session.js';
import { isStarted, transition, type ConnectionEvent, type ConnectionState, type ReconnectReason } from './state.js';
import type { TimerHandle } from './timers.js';

/** Close code for closes that keep the session (reconnects, zombie, `close({ resumable: true })`). */
export const RESUMABLE_CLOSE_CODE = 4900;

type Deferred<T> = { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void };

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/**
 * A failed attempt on the resume URL drops it (the next Resume goes to the base URL), unless the server itself
 * asked for the reconnect (op 7) or answered the Resume (op 9): the URL worked, the session may not have.
 */
function dropsResumeUrl(cause: ReconnectReason['cause']): boolean {
  return cause !== 'reconnect-requested' && cause !== 'invalid-session';
}

/**
 * The whole lifecycle of one gateway connection (reference: every section): Hello, heartbeat, Identify/Resume,
 * dispatch sequencing, reconnects with backoff, fatal closes, rate-limited sends, and holding the process alive
 * while started. `GatewayClientBase` is its public face; this class owns the state.
 */
export class GatewayLifecycle<Ready> {
  private readonly sessions: SessionTracker;
  private readonly heartbeat: Heartbeat;
  private readonly queue: SendQueue;
  private readonly backoff: Backoff;
  private readonly failed: FailedAttempts;
  private state: ConnectionState = { kind: 'idle' };
  private connection: Connection | undefined;
  private limiter: RateLimiter | undefined;
  /** The one pending lifecycle timer: Hello timeout, READY timeout, or the reconnect delay. */
  private stageTimer: TimerHandle | undefined;
  /** Aborts waits that belong to the current connection (the identify queue). */
  private attempt: AbortController | undefined;
  private pendingConnect: Deferred<Ready> | undefined;
  private readyData: Ready | undefined;
  /** Releases the keep-alive taken while the client is started. */
  private releaseHold: (() => void) | undefined;

  constructor(
    private readonly options: ResolvedOptions,
    private readonly reporter: Reporter,
    private readonly shardId: number,
  ) {
    const { timers, random } = options;
    this.sessions = new SessionTracker(options.sessionStore, shardId, (m) => reporter.debug(m), options.session);
    this.heartbeat = new Heartbeat(timers, { beat: () => this.sendManaged(GatewayOpcode.Heartbeat, this.sessions.sequence), zombie: () => this.onZombie() }, random);
    this.queue = new SendQueue(timers, options.maxQueuedSends);
    this.backoff = new Backoff(options.backoff, random);
    this.failed = new FailedAttempts(options.connectAttempts);
  }

  get latency(): number | undefined {
    return this.heartbeat.latency;
  }

  get session(): GatewaySession | undefined {
    return this.sessions.value;
  }

  get status(): ConnectionState['kind'] {
    return this.state.kind;
  }

  connect(): Promise<Ready> {
    if (this.pendingConnect) return this.pendingConnect.promise;
    if (this.state.kind === 'ready' && this.readyData !== undefined) return Promise.resolve(this.readyData);
    const pending = deferred<Ready>();
    this.pendingConnect = pending;
    this.hold();
    void this.sessions.load().then(() => {
      // close() may have run while the store was read.
      if (this.pendingConnect === pending && !isStarted(this.state)) this.open();
    });
    return pending.promise;
  }

  async close(options: { resumable?: boolean | undefined }): Promise<void> {
    const code = options.resumable === true ? RESUMABLE_CLOSE_CODE : 1000;
    const wasLive = this.state.kind !== 'idle';
    const closed = this.teardown(code, 'client closed');
    if (code === 1000) this.sessions.clear();
    else this.sessions.save();
    this.setState({ type: 'close' });
    const error = new GatewayError('CLIENT_CLOSED', 'the client was closed');
    this.settleConnect(undefined, error);
    this.queue.rejectAll(error);
    this.failed.reset();
    // Released now, not after the await: a connect() made meanwhile takes a hold of its own. The closing socket
    // still holds the process until it has closed.
    this.release();
    await closed;
    if (wasLive) this.reporter.emit('close', code, 'client closed');
  }

  /** Queues an encoded user frame (see `SendQueue.push`); rejects when the client is not started. */
  send(data: string, op: number): Promise<void> {
    // While connect() reads the session store the state is still idle, but the send may wait.
    if (!isStarted(this.state) && !this.pendingConnect) {
      return Promise.reject(new GatewayError('NOT_CONNECTED', `cannot send opcode ${op}: the client is ${this.state.kind === 'stopped' ? 'stopped' : 'not connected'}`));
    }
    return this.queue.push(data);
  }

  // ---- one connection --------------------------------------------------------------------------

  private open(): void {
    const session = this.sessions.value;
    let url: string;
    let connection: Connection;
    try {
      url = buildGatewayUrl(session?.resumeUrl ?? this.options.url, this.options.compress);
      this.setState({ type: 'open', mode: session ? 'resume' : 'identify', url, viaResumeUrl: session?.resumeUrl !== undefined });
      this.reporter.debug(() => `connecting to ${displayUrl(url)} (${session ? 'resume' : 'identify'})`);
      connection = new Connection(url, this.options, {
        open: () => {
          this.limiter = new RateLimiter(this.options.rateLimit);
          this.queue.attach((data) => {
            if (!connection.write(data)) this.reporter.debug('dropped a write: the socket is not open');
          }, this.limiter);
        },
        frame: (envelope) => this.onFrame(envelope),
        malformed: (error, broken) => {
          this.reporter.error(error);
          if (broken) this.reconnect(error.code === 'MALFORMED_FRAME' ? 'invalid-hello' : 'malformed-stream', 'resume');
        },
        closed: (code, reason) => this.onServerClose(code, reason),
        socketError: (error) => this.onSocketError(error),
      });
    } catch (error) {
      // Options are checked up front, so only the WebSocket implementation can get here (a header it refuses).
      this.stop(new GatewayError('INVALID_OPTION', `could not open the WebSocket: ${(error as Error).message}`, { cause: error }), undefined);
      return;
    }
    this.connection = connection;
    this.startStageTimer(this.options.helloTimeout, () => this.reconnect('hello-timeout', 'resume'));
  }

  private onSocketError(error: Error): void {
    const tooLarge = (error as { code?: unknown }).code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';
    this.reporter.error(
      tooLarge
        ? new GatewayError('MESSAGE_TOO_LARGE', `a message was over ${this.options.compress ? this.options.limits.maxPendingBytes : this.options.limits.maxMessageBytes} bytes; reconnecting`, { cause: error })
        : new GatewayError('SOCKET_ERROR', `socket error: ${error.message}`, { cause: error }),
    );
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
        if (!this.heartbeat.beatNow()) this.reporter.debug('heartbeat request coalesced into the next scheduled beat');
        return;
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
    const verdict = this.sessions.accept(frame.s, this.onGap);
    if (verdict === 'replayed') {
      this.reporter.debug(`skipped ${frame.t} ${frame.s}: already handled up to ${this.sessions.sequence}`);
      return;
    }
    if (verdict === 'implausible') {
      const last = this.sessions.sequence;
      this.reporter.error(new GatewayError('MALFORMED_FRAME', `dispatch ${frame.t} has sequence ${frame.s}, over ${MAX_SEQUENCE_JUMP} past ${last ?? 0}: delivered, but not recorded as the session's sequence`));
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
      let resumeUrl: string | undefined;
      if (data.resume_gateway_url !== undefined) {
        const problem = gatewayUrlProblem(data.resume_gateway_url);
        if (problem === undefined) resumeUrl = data.resume_gateway_url as string;
        else this.reporter.error(new GatewayError('MALFORMED_FRAME', `READY's "resume_gateway_url" ${problem}: ignored, Resume goes to the base URL`));
      }
      this.sessions.start(data.session_id, resumeUrl, d);
    } else {
      this.reporter.error(new GatewayError('MALFORMED_FRAME', 'READY has no string "session_id"'));
    }
    this.readyData = d as Ready;
    this.onAuthenticated('ready', d);
  }

  private onAuthenticated(event: 'ready' | 'resumed', d?: unknown): void {
    this.clearStageTimer();
    this.attempt = undefined;
    this.setState({ type: 'ready' });
    this.backoff.reset();
    this.failed.reset();
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
      this.sendManaged(GatewayOpcode.Resume, { token: this.options.token.reveal(), session_id: session.id, seq: session.sequence });
      this.startStageTimer(this.options.readyTimeout, () => this.reconnect('ready-timeout', 'resume'));
      return;
    }
    // Only an Identify waits (for the queue), so only it needs a way to be called off; READY drops it again.
    this.attempt = new AbortController();
    const signal = this.attempt.signal;
    this.options.identifyQueue.wait(this.shardId, signal).then(
      () => {
        if (signal.aborted) return;
        this.sendManaged(GatewayOpcode.Identify, this.identifyPayload());
        this.startStageTimer(this.options.readyTimeout, () => this.reconnect('ready-timeout', 'resume'));
      },
      (error: unknown) => {
        if (signal.aborted) return;
        // Without a grant there is no Identify, and no server owes us a close: reconnect (backoff, counted as a
        // failed attempt) rather than sit in Hello for ever. A queue that fails closed (Redis down) lands here.
        this.reporter.error(new GatewayError('IDENTIFY_QUEUE_FAILED', `the identify queue failed: ${String(error)}; reconnecting`, { cause: error }));
        this.reconnect('identify-queue-failed', 'resume');
      },
    );
  }

  private identifyPayload(): Record<string, unknown> {
    const { token, intents, properties, presence, largeThreshold, shard } = this.options;
    const d: Record<string, unknown> = { token: token.reveal(), intents, properties };
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
    this.stop(new GatewayError('FATAL_CLOSE', `gateway closed with ${code} (${info.meaning}); not reconnecting`, { cause: { code, reason } }), code, info.meaning);
  }

  private onZombie(): void {
    this.reporter.debug('no heartbeat ACK (nor any frame) since the last heartbeat: zombie connection');
    this.reconnect('zombie', 'resume');
  }

  /**
   * Ends the current connection and schedules the next one after the backoff delay. `new-session` drops the
   * session first. An attempt that ended before READY/RESUMED counts towards `connectAttempts`.
   */
  private reconnect(cause: ReconnectReason['cause'], action: 'resume' | 'new-session', code?: number): void {
    const state = this.state;
    if (state.kind !== 'connecting' && state.kind !== 'authenticating' && state.kind !== 'ready') return;
    const beforeReady = state.kind !== 'ready';
    if (state.kind !== 'ready' && state.viaResumeUrl && dropsResumeUrl(cause)) {
      this.reporter.debug('the resume URL failed; the next Resume goes to the base URL');
      this.sessions.dropResumeUrl();
    }
    void this.teardown(RESUMABLE_CLOSE_CODE, `reconnecting: ${cause}`);
    if (action === 'new-session') this.sessions.clear();
    else this.sessions.save();
    if (beforeReady && !this.countFailedAttempt(code === undefined ? cause : String(code))) return;
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

  /** Counts an attempt that never reached READY/RESUMED; returns false when the client gave up. */
  private countFailedAttempt(outcome: string): boolean {
    const verdict = this.failed.fail(outcome);
    if (verdict === 'retry') return true;
    const what = `${this.failed.count} connection attempts in a row ended before READY/RESUMED (${this.failed.summary()})`;
    if (verdict === 'report') {
      this.reporter.error(new GatewayError('CONNECT_FAILING', `${what}; still retrying`));
      return true;
    }
    this.stop(new GatewayError('CONNECT_FAILED', `${what}; gave up (connectAttempts.giveUpAfter)`), undefined, 'gave up connecting');
    return false;
  }

  /** The client stops for good (a fatal close, giving up): nothing more is retried or held. */
  private stop(error: GatewayError, code: number | undefined, meaning = error.message): void {
    void this.teardown(RESUMABLE_CLOSE_CODE, 'stopped');
    this.setState({ type: 'fatal', code, meaning });
    this.reporter.error(error);
    this.settleConnect(undefined, error);
    this.queue.rejectAll(error);
    this.release();
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

  private hold(): void {
    this.releaseHold ??= this.options.timers.keepAlive?.() ?? (() => undefined);
  }

  private release(): void {
    const release = this.releaseHold;
    this.releaseHold = undefined;
    release?.();
  }

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
    if (error) pending.reject(this.reporter.safeError(error));
    else pending.resolve(value as Ready);
  }
}
