// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
/**
 * The runtime's one error class. `code` is stable (match on it, not on the message); `cause` keeps the
 * underlying error or context (a close code, validation issues, a socket error).
 */
export type GatewayErrorCode =
  /** An option given to the constructor is invalid (thrown synchronously; nothing was started). */
  | 'INVALID_OPTION'
  /** The server closed with a code that must not be retried (4004, 4010-4014). */
  | 'FATAL_CLOSE'
  /**
   * Several connection attempts in a row ended before READY/RESUMED (the message names the close codes seen);
   * the client keeps retrying with backoff. Reported after `failedAttempts.report` attempts, then at each doubling.
   */
  | 'CONNECT_FAILING'
  /** `failedAttempts.giveUp` attempts in a row ended before READY/RESUMED: the client stopped, `connect()` rejects. */
  | 'CONNECT_FAILED'
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
  /** A message (inflated, or pending before a zlib flush marker) went over its limit: the client reconnects. */
  | 'MESSAGE_TOO_LARGE'
  /** An event listener threw; the connection carries on. */
  | 'LISTENER_ERROR'
  /** The WebSocket reported an error (the runtime reconnects). */
  | 'SOCKET_ERROR'
  /** The identify queue's `wait` rejected (a shared queue that cannot reach its store): the client reconnects. */
  | 'IDENTIFY_QUEUE_FAILED'
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
