import type { AnyListener, EventInterest } from './emitter.js';
import type { GatewayError } from './errors.js';
import { type GatewayClientOptions } from './options.js';
import type { DispatchFrame, GatewayEnvelope } from './protocol.js';
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
/**
 * The base of every generated client: one gateway connection with its whole lifecycle (Hello, heartbeat,
 * Identify/Resume, reconnect, rate-limited sends; see `GatewayLifecycle`). Generated subclasses add typed
 * events and send methods; this class knows only the envelope and the lifecycle opcodes. Its state lives in
 * private fields: printing a client (`util.inspect`, `console.log`, `JSON.stringify`) shows no token.
 */
export declare abstract class GatewayClientBase<Dispatches extends Record<string, unknown>, Ready = unknown, Presence = unknown, Received = GatewayEnvelope> {
    #private;
    readonly shardId: number;
    /** Type-level only (never set): lets helpers such as ShardManager recover the type parameters. */
    readonly '~types'?: {
        dispatches: Dispatches;
        ready: Ready;
        received: Received;
    };
    /** @throws {GatewayError} `INVALID_OPTION`, naming the option, when an option is invalid. */
    constructor(options: GatewayClientOptions<Presence>, defaults: {
        url: string;
    });
    /** Last heartbeat round trip in ms. */
    get latency(): number | undefined;
    /** The current session (save it to resume after a restart). */
    get session(): GatewaySession | undefined;
    /** The lifecycle state, for diagnostics. */
    get status(): ConnectionState['kind'];
    on<K extends keyof GatewayEventMap<Dispatches, Ready, Received>>(event: K, listener: Listener<GatewayEventMap<Dispatches, Ready, Received>[K]>): this;
    once<K extends keyof GatewayEventMap<Dispatches, Ready, Received>>(event: K, listener: Listener<GatewayEventMap<Dispatches, Ready, Received>[K]>): this;
    off<K extends keyof GatewayEventMap<Dispatches, Ready, Received>>(event: K, listener: Listener<GatewayEventMap<Dispatches, Ready, Received>[K]>): this;
    /**
     * Sees every event this client emits, with its arguments; returns an unsubscribe function. `wants`, when
     * given, limits it to the events it returns true for, so the client does no work for the others.
     */
    onAny(listener: AnyListener, wants?: EventInterest): () => void;
    /**
     * Opens the connection; resolves with READY's `d` (when it resumes a saved session, the READY data saved
     * with it, as no READY comes on a resume), rejects on a fatal close code, on giving up (`connectAttempts`), or
     * on `close()`. From here until `close()` (or a fatal close) the client keeps the process alive, also while it
     * waits to reconnect.
     */
    connect(): Promise<Ready>;
    /**
     * Closes the connection. Default: code 1000, the session ends. `resumable: true`: code 4900, the
     * session is kept (and saved to the store) so a later `connect()` resumes. Once it resolves the client holds
     * nothing: a process whose only work was the client exits.
     */
    close(options?: {
        resumable?: boolean | undefined;
    }): Promise<void>;
    /**
     * For generated send methods: validates `d` against `schema` before anything is queued, rejects
     * payloads over 4096 bytes serialized, then queues under the rate limit (waiting for READY/RESUMED
     * while reconnecting, bounded by `maxQueuedSends`). Resolves once written to the socket.
     */
    protected sendPayload(op: number, d: unknown, schema?: SendSchema): Promise<void>;
}
