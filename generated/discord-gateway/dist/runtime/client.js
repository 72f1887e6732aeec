import { GatewayLifecycle } from './lifecycle.js';
import { resolveOptions } from './options.js';
import { encodeUserPayload } from './payload.js';
import { Reporter } from './reporter.js';
import { Redactor, urlSecrets } from './secret.js';
export { RESUMABLE_CLOSE_CODE } from './lifecycle.js';
/**
 * The base of every generated client: one gateway connection with its whole lifecycle (Hello, heartbeat,
 * Identify/Resume, reconnect, rate-limited sends; see `GatewayLifecycle`). Generated subclasses add typed
 * events and send methods; this class knows only the envelope and the lifecycle opcodes. Its state lives in
 * private fields: printing a client (`util.inspect`, `console.log`, `JSON.stringify`) shows no token.
 */
export class GatewayClientBase {
    shardId;
    #reporter;
    #lifecycle;
    /** @throws {GatewayError} `INVALID_OPTION`, naming the option, when an option is invalid. */
    constructor(options, defaults) {
        const resolved = resolveOptions(options, defaults);
        this.shardId = resolved.shard?.[0] ?? 0;
        const redactor = new Redactor([resolved.token.reveal(), options.token, ...urlSecrets(resolved.url)]);
        this.#reporter = new Reporter(redactor, resolved.logger);
        this.#lifecycle = new GatewayLifecycle(resolved, this.#reporter, this.shardId);
    }
    /** Last heartbeat round trip in ms. */
    get latency() {
        return this.#lifecycle.latency;
    }
    /** The current session (save it to resume after a restart). */
    get session() {
        return this.#lifecycle.session;
    }
    /** The lifecycle state, for diagnostics. */
    get status() {
        return this.#lifecycle.status;
    }
    on(event, listener) {
        this.#reporter.emitter.on(event, listener);
        return this;
    }
    once(event, listener) {
        this.#reporter.emitter.once(event, listener);
        return this;
    }
    off(event, listener) {
        this.#reporter.emitter.off(event, listener);
        return this;
    }
    /**
     * Sees every event this client emits, with its arguments; returns an unsubscribe function. `wants`, when
     * given, limits it to the events it returns true for, so the client does no work for the others.
     */
    onAny(listener, wants) {
        return this.#reporter.emitter.onAny(listener, wants);
    }
    /**
     * Opens the connection; resolves with READY's `d` (when it resumes a saved session, the READY data saved
     * with it, as no READY comes on a resume), rejects on a fatal close code, on giving up (`connectAttempts`), or
     * on `close()`. From here until `close()` (or a fatal close) the client keeps the process alive, also while it
     * waits to reconnect.
     */
    connect() {
        return this.#lifecycle.connect();
    }
    /**
     * Closes the connection. Default: code 1000, the session ends. `resumable: true`: code 4900, the
     * session is kept (and saved to the store) so a later `connect()` resumes. Once it resolves the client holds
     * nothing: a process whose only work was the client exits.
     */
    close(options = {}) {
        return this.#lifecycle.close(options);
    }
    /**
     * For generated send methods: validates `d` against `schema` before anything is queued, rejects
     * payloads over 4096 bytes serialized, then queues under the rate limit (waiting for READY/RESUMED
     * while reconnecting, bounded by `maxQueuedSends`). Resolves once written to the socket.
     */
    sendPayload(op, d, schema) {
        const data = encodeUserPayload(op, d, schema);
        // A rejected payload's error quotes its values (validation issues): it leaves without secrets.
        return typeof data === 'string' ? this.#lifecycle.send(data, op) : Promise.reject(this.#reporter.safeError(data));
    }
}
