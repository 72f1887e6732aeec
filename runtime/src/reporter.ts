import { TypedEmitter } from './emitter.js';
import { GatewayError } from './errors.js';
import type { GatewayLogger } from './options.js';
import type { Redactor } from './secret.js';

/**
 * Everything the client says to the outside goes through here: events, debug lines, errors, the optional
 * logger. Secrets are redacted from every message and error (the whole cause chain included), and a throwing
 * listener becomes an 'error' event instead of an exception in the connection.
 */
export class Reporter {
  readonly emitter: TypedEmitter<Record<string, unknown[]>>;
  readonly #redactor: Redactor;
  readonly #logger: GatewayLogger;

  constructor(redactor: Redactor, logger: GatewayLogger) {
    this.#redactor = redactor;
    this.#logger = logger;
    this.emitter = new TypedEmitter((error, event) => this.listenerFailed(error, event));
  }

  emit(event: string, ...args: unknown[]): void {
    this.emitter.emit(event, ...args);
  }

  redact(text: string): string {
    return this.#redactor.redact(text);
  }

  /** A copy of `error` whose message and whole cause chain are free of secrets (the same error if it had none). */
  safeError(error: GatewayError): GatewayError {
    return this.#redactor.redactDeep(error);
  }

  /** A debug line; pass a function when building the text costs something (it runs only if someone listens). */
  debug(message: string | (() => string)): void {
    if (!this.emitter.has('debug') && !this.#logger.debug) return;
    const text = this.redact(typeof message === 'string' ? message : message());
    this.#logger.debug?.(text);
    this.emit('debug', text);
  }

  info(message: string): void {
    if (this.#logger.info) this.#logger.info(this.redact(message));
  }

  error(error: GatewayError): void {
    const safe = this.safeError(error);
    this.#logger.error?.(safe.message);
    this.emit('error', safe);
  }

  private listenerFailed(error: unknown, event: string): void {
    const message = `a listener for "${event}" threw: ${error instanceof Error ? error.message : String(error)}`;
    if (event === 'error') {
      // Reporting it as another 'error' could loop; the logger is the last resort.
      this.#logger.error?.(this.redact(message));
      return;
    }
    this.error(new GatewayError('LISTENER_ERROR', message, { cause: error }));
  }
}
