/**
 * The runtime's one error class. `code` is stable (match on it, not on the message); `cause` keeps the
 * underlying error or context (a close code, validation issues, a socket error).
 */
export type GatewayErrorCode =
  /** The server closed with a code that must not be retried (4004, 4010-4014). */
  | 'FATAL_CLOSE'
  /** A payload did not match its schema; nothing was sent. */
  | 'INVALID_PAYLOAD'
  /** A payload is larger than 4096 bytes once serialized; nothing was sent. */
  | 'PAYLOAD_TOO_LARGE'
  /** The bounded queue of sends waiting for READY/RESUMED is full. */
  | 'SEND_QUEUE_FULL'
  /** Sending an opcode the runtime drives itself (heartbeat, identify, resume). */
  | 'MANAGED_OPCODE'
  /** A send or `connect()` was made while the client is not connected (never connected, or closed). */
  | 'NOT_CONNECTED'
  /** The client was closed by the user while the operation was pending. */
  | 'CLIENT_CLOSED'
  /** A frame from the server is not valid JSON, misses fields, or carries an unknown opcode. */
  | 'MALFORMED_FRAME'
  /** The zlib-stream could not be inflated. */
  | 'DECOMPRESSION_FAILED'
  /** An event listener threw; the connection carries on. */
  | 'LISTENER_ERROR'
  /** The WebSocket reported an error (the runtime reconnects). */
  | 'SOCKET_ERROR'
  /** A wait was aborted. */
  | 'ABORTED';

export class GatewayError extends Error {
  override readonly name = 'GatewayError';
  readonly code: GatewayErrorCode;

  constructor(code: GatewayErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Replaces every occurrence of `secret` in `text`; used on everything the client emits or logs. */
export function redact(text: string, secret: string): string {
  return secret.length > 0 && text.includes(secret) ? text.split(secret).join('[redacted]') : text;
}
