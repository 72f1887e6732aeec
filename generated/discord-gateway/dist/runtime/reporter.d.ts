import { TypedEmitter } from './emitter.js';
import { GatewayError } from './errors.js';
import type { GatewayLogger } from './options.js';
import type { Redactor } from './secret.js';
/**
 * Everything the client says to the outside goes through here: events, debug lines, errors, the optional
 * logger. Secrets are redacted from every message and error (the whole cause chain included), and a throwing
 * listener becomes an 'error' event instead of an exception in the connection.
 */
export declare class Reporter {
    #private;
    readonly emitter: TypedEmitter<Record<string, unknown[]>>;
    constructor(redactor: Redactor, logger: GatewayLogger);
    emit(event: string, ...args: unknown[]): void;
    redact(text: string): string;
    /** A copy of `error` whose message and whole cause chain are free of secrets (the same error if it had none). */
    safeError(error: GatewayError): GatewayError;
    /** A debug line; pass a function when building the text costs something (it runs only if someone listens). */
    debug(message: string | (() => string)): void;
    info(message: string): void;
    error(error: GatewayError): void;
    private listenerFailed;
}
