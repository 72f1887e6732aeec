// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
/** @gen-gateway/runtime: everything public, in one place. */
export { GatewayClientBase, RESUMABLE_CLOSE_CODE, type GatewayEventMap } from './client.js';
export type { GatewayClientOptions, GatewayLogger } from './options.js';
export { GatewayError, type GatewayErrorCode } from './errors.js';
export { CLOSE_CODES, describeCloseCode, type CloseAction, type CloseCodeInfo } from './close-codes.js';
export {
  GatewayOpcode,
  MANAGED_OPCODES,
  buildGatewayUrl,
  type DispatchFrame,
  type GatewayEnvelope,
} from './protocol.js';
export type { ConnectionState, ReconnectReason } from './state.js';
export type { AnyListener, EventInterest } from './emitter.js';
export { MemorySessionStore, createSession, type GatewaySession, type SessionStore } from './session.js';
export { SimpleIdentifyQueue, type IdentifyQueue, type SimpleIdentifyQueueOptions } from './identify-queue.js';
export { ShardManager, type ShardEventMap, type ShardManagerOptions } from './shards.js';
export type { BackoffOptions } from './backoff.js';
export { systemTimers, type AbortSignalLike, type Timers, type TimerHandle } from './timers.js';
export type { GatewaySocket, WebSocketConstructor } from './connection.js';
export { ZlibStreamInflater } from './compression.js';
export { formatIssues, validatePayload, type SchemaNode, type SendSchema, type ValidationIssue } from './validate.js';
export { encodeUserPayload, MAX_PAYLOAD_BYTES } from './payload.js';
