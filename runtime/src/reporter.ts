import { TypedEmitter } from './emitter.js';
import { GatewayError, redact } from './errors.js';
import type { GatewayLogger } from './options.js';

/**
 * Everything the client says to the outside goes through here: events, debug lines, errors, the
 * optional logger. The token is redacted from every message and error (causes included), and a
 * throwing listener becomes an 'error' event instead of an exception in the connection.
 */
export class Reporter {
  readonly emitter: TypedEmitter<Record<string, unknown[]>>;

  constructor(
    private readonly token: string,
    private readonly logger: GatewayLogger,
  ) {
    this.emitter = new TypedEmitter((error, event) => this.listenerFailed(error, event));
  }

  emit(event: string, ...args: unknown[]): void {
    this.emitter.emit(event, ...args);
  }

  redact(text: string): string {
    return redact(text, this.token);
  }

  debug(message: string): void {
    if (!this.emitter.has('debug') && !this.logger.debug) return;
    const text = this.redact(message);
    this.logger.debug?.(text);
    this.emit('debug', text);
  }

  info(message: string): void {
    this.logger.info?.(this.redact(message));
  }

  error(error: GatewayError): void {
    const message = this.redact(error.message);
    const cause = this.redactCause(error.cause);
    const safe = message === error.message && cause === error.cause ? error : new GatewayError(error.code, message, { cause });
    this.logger.error?.(safe.message);
    this.emit('error', safe);
  }

  /** A cause that mentions the token (a parser error quoting the frame, say) is replaced by a redacted copy. */
  private redactCause(cause: unknown): unknown {
    if (!(cause instanceof Error)) return cause;
    if (!`${cause.message}\n${cause.stack ?? ''}`.includes(this.token)) return cause;
    const copy = new Error(this.redact(cause.message));
    copy.stack = this.redact(cause.stack ?? '');
    return copy;
  }

  private listenerFailed(error: unknown, event: string): void {
    const message = this.redact(`a listener for "${event}" threw: ${error instanceof Error ? error.message : String(error)}`);
    if (event === 'error') {
      // Reporting it as another 'error' could loop; the logger is the last resort.
      this.logger.error?.(message);
      return;
    }
    this.error(new GatewayError('LISTENER_ERROR', message, { cause: error }));
  }
}
