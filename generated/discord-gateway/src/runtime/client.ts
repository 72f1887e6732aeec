// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
import type { AnyListener, EventInterest } from './emitter.js';
import type { GatewayError } from './errors.js';
import { GatewayLifecycle } from './lifecycle.js';
import { resolveOptions, type GatewayClientOptions } from './options.js';
import { encodeUserPayload } from './payload.js';
import type { DispatchFrame, GatewayEnvelope } from './protocol.js';
import { Reporter } from './reporter.js';
import { Redactor, urlSecrets } from './secret.js';
import type { GatewaySession } from './session.js';
import type { ConnectionState, ReconnectReason } from './state.js';
import type { SendSchema } from './validate.js';

export { RESUMABLE_CLOSE_CODE } from './lifecycle.js';

/**
 * What `on(event, listener)` accepts: every dispatch by its `t` (data, then the whole frame), and the client's own
 * lifecycle events, lower-case. Dispatches whose `t` is a lifecycle name are refused by the runtime
 * (`MALFORMED_FRAME`), so the two never mix. `ready` fires with READY's data on every new session (the same moment
 * as the `READY` dispatch); `resumed` when a Resume succeeded (the `RESUMED` dispatch).
 */
export type GatewayEventMap<Dispatches, Ready, Received = GatewayEnvelope> = {
  [K in keyof Dispatches & string]: [data: Dispatches[K], frame: DispatchFrame<K, Dispatches[K]>];
} & {
  ready: [data: Ready];
  resumed: [];
  reconnecting: [reason: ReconnectReason];
  close: [code: number, reason: string];
  error: [error: GatewayError];
  debug: [message: string];
  /** Every frame received, as parsed, before it is handled; narrows on `op` (and `t`) for a generated client. */
  frame: [envelope: Received];
};

type Listener<Args> = Args extends unknown[] ? (...args: Args) => void : never;
type AnyArgs = (...args: unknown[]) => void;

/**
 * The base of every generated client: one gateway connection with its whole lifecycle (Hello, heartbeat,
 * Identify/Resume, reconnect, rate-limited sends; see `GatewayLifecycle`). Generated subclasses add typed
 * events and send methods; this class knows only the envelope and the lifecycle opcodes. Its state lives in
 * private fields: printing a client (`util.inspect`, `console.log`, `JSON.stringify`) shows no token.
 */
export abstract class GatewayClientBase<
  Dispatches extends Record<string, unknown>,
  Ready = unknown,
  Presence = unknown,
  Received = GatewayEnvelope,
> {
  readonly shardId: number;
  /** Type-level only (never set): lets helpers such as ShardManager recover the type parameters. */
  declare readonly '~types'?: { dispatches: Dispatches; ready: Ready; received: Received };
  readonly #reporter: Reporter;
  readonly #lifecycle: GatewayLifecycle<Ready>;

  /** @throws {GatewayError} `INVALID_OPTION`, naming the option, when an option is invalid. */
  constructor(options: GatewayClientOptions<Presence>, defaults: { url: string }) {
    const resolved = resolveOptions(options, defaults);
    this.shardId = resolved.shard?.[0] ?? 0;
    const redactor = new Redactor([resolved.token.reveal(), options.token, ...urlSecrets(resolved.url)]);
    this.#reporter = new Reporter(redactor, resolved.logger);
    this.#lifecycle = new GatewayLifecycle<Ready>(resolved, this.#reporter, this.shardId);
  }

  /** Last heartbeat round trip in ms. */
  get latency(): number | undefined {
    return this.#lifecycle.latency;
  }

  /** The current session (save it to resume after a restart). */
  get session(): GatewaySession | undefined {
    return this.#lifecycle.session;
  }

  /** The lifecycle state, for diagnostics. */
  get status(): ConnectionState['kind'] {
    return this.#lifecycle.status;
  }

  on<K extends keyof GatewayEventMap<Dispatches, Ready, Received>>(event: K, listener: Listener<GatewayEventMap<Dispatches, Ready, Received>[K]>): this {
    this.#reporter.emitter.on(event as string, listener as AnyArgs);
    return this;
  }

  once<K extends keyof GatewayEventMap<Dispatches, Ready, Received>>(event: K, listener: Listener<GatewayEventMap<Dispatches, Ready, Received>[K]>): this {
    this.#reporter.emitter.once(event as string, listener as AnyArgs);
    return this;
  }

  off<K extends keyof GatewayEventMap<Dispatches, Ready, Received>>(event: K, listener: Listener<GatewayEventMap<Dispatches, Ready, Received>[K]>): this {
    this.#reporter.emitter.off(event as string, listener as AnyArgs);
    return this;
  }

  /**
   * Sees every event this client emits, with its arguments; returns an unsubscribe function. `wants`, when
   * given, limits it to the events it returns true for, so the client does no work for the others.
   */
  onAny(listener: AnyListener, wants?: EventInterest): () => void {
    return this.#reporter.emitter.onAny(listener, wants);
  }

  /**
   * Opens the connection; resolves with READY's `d` (when it resumes a saved session, the READY data saved
   * with it, as no READY comes on a resume), rejects on a fatal close code, on giving up (`connectAttempts`), or
   * on `close()`. From here until `close()` (or a fatal close) the client keeps the process alive, also while it
   * waits to reconnect.
   */
  connect(): Promise<Ready> {
    return this.#lifecycle.connect();
  }

  /**
   * Closes the connection. Default: code 1000, the session ends. `resumable: true`: code 4900, the
   * session is kept (and saved to the store) so a later `connect()` resumes. Once it resolves the client holds
   * nothing: a process whose only work was the client exits.
   */
  close(options: { resumable?: boolean | undefined } = {}): Promise<void> {
    return this.#lifecycle.close(options);
  }

  /**
   * For generated send methods: validates `d` against `schema` before anything is queued, rejects
   * payloads over 4096 bytes serialized, then queues under the rate limit (waiting for READY/RESUMED
   * while reconnecting, bounded by `maxQueuedSends`). Resolves once written to the socket.
   */
  protected sendPayload(op: number, d: unknown, schema?: SendSchema): Promise<void> {
    const data = encodeUserPayload(op, d, schema);
    // A rejected payload's error quotes its values (validation issues): it leaves without secrets.
    return typeof data === 'string' ? this.#lifecycle.send(data, op) : Promise.reject(this.#reporter.safeError(data));
  }
}
