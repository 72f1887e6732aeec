import { GatewayError } from './errors.js';
import { type SendSchema } from './validate.js';
/** Largest payload the gateway accepts, serialized (reference: "Limits"; over it: close 4002). */
export declare const MAX_PAYLOAD_BYTES = 4096;
/**
 * Turns a user send into the frame to write, or the error that stops it before it is queued:
 * a managed opcode, a schema mismatch (naming the message and every issue), a value JSON cannot
 * encode, or more than 4096 bytes once serialized.
 */
export declare function encodeUserPayload(op: number, d: unknown, schema?: SendSchema): string | GatewayError;
