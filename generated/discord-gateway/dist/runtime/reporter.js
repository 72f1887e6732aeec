// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
import { TypedEmitter } from './emitter.js';
import { GatewayError } from './errors.js';
/**
 * Everything the client says to the outside goes through here: events, debug lines, errors, the optional
 * logger. Secrets are redacted from every message and error (the whole cause chain included), and a throwing
 * listener becomes an 'error' event instead of an exception in the connection.
 */
export class Reporter {
    emitter;
    #redactor;
    #logger;
    constructor(redactor, logger) {
        this.#redactor = redactor;
        this.#logger = logger;
        this.emitter = new TypedEmitter((error, event) => this.listenerFailed(error, event));
    }
    emit(event, ...args) {
        this.emitter.emit(event, ...args);
    }
    redact(text) {
        return this.#redactor.redact(text);
    }
    /** A copy of `error` whose message and whole cause chain are free of secrets (the same error if it had none). */
    safeError(error) {
        return this.#redactor.redactDeep(error);
    }
    /** A debug line; pass a function when building the text costs something (it runs only if someone listens). */
    debug(message) {
        if (!this.emitter.has('debug') && !this.#logger.debug)
            return;
        const text = this.redact(typeof message === 'string' ? message : message());
        this.#logger.debug?.(text);
        this.emit('debug', text);
    }
    info(message) {
        if (this.#logger.info)
            this.#logger.info(this.redact(message));
    }
    error(error) {
        const safe = this.safeError(error);
        this.#logger.error?.(safe.message);
        this.emit('error', safe);
    }
    listenerFailed(error, event) {
        const message = `a listener for "${event}" threw: ${error instanceof Error ? error.message : String(error)}`;
        if (event === 'error') {
            // Reporting it as another 'error' could loop; the logger is the last resort.
            this.#logger.error?.(this.redact(message));
            return;
        }
        this.error(new GatewayError('LISTENER_ERROR', message, { cause: error }));
    }
}
