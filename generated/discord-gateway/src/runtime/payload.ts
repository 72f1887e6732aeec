// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
import { GatewayError } from './errors.js';
import { MANAGED_OPCODES } from './protocol.js';
import { formatIssues, validatePayload, type SendSchema } from './validate.js';

/** Largest payload the gateway accepts, serialized (reference: "Limits"; over it: close 4002). */
export const MAX_PAYLOAD_BYTES = 4096;

/**
 * Turns a user send into the frame to write, or the error that stops it before it is queued:
 * a managed opcode, a schema mismatch (naming the message and every issue), a value JSON cannot
 * encode, or more than 4096 bytes once serialized.
 */
export function encodeUserPayload(op: number, d: unknown, schema?: SendSchema): string | GatewayError {
  if (MANAGED_OPCODES.includes(op)) return new GatewayError('MANAGED_OPCODE', `opcode ${op} is sent by the runtime itself`);
  if (schema) {
    const issues = validatePayload(schema, d);
    if (issues.length > 0) {
      return new GatewayError('INVALID_PAYLOAD', `${schema.message} payload does not match its schema: ${formatIssues(issues)}`, { cause: issues });
    }
  }
  let data: string;
  try {
    data = JSON.stringify({ op, d });
  } catch (error) {
    return new GatewayError('INVALID_PAYLOAD', `payload for opcode ${op} cannot be serialized`, { cause: error });
  }
  const bytes = Buffer.byteLength(data);
  if (bytes > MAX_PAYLOAD_BYTES) {
    return new GatewayError('PAYLOAD_TOO_LARGE', `payload for opcode ${op} is ${bytes} bytes serialized; the limit is ${MAX_PAYLOAD_BYTES}`);
  }
  return data;
}
