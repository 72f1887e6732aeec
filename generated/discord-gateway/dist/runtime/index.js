// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
/** @gen-gateway/runtime: everything public, in one place. */
export { GatewayClientBase, RESUMABLE_CLOSE_CODE } from './client.js';
export { GatewayError } from './errors.js';
export { CLOSE_CODES, describeCloseCode } from './close-codes.js';
export { GatewayOpcode, MANAGED_OPCODES, buildGatewayUrl, } from './protocol.js';
export { MemorySessionStore, createSession } from './session.js';
export { SimpleIdentifyQueue } from './identify-queue.js';
export { ShardManager } from './shards.js';
export { systemTimers } from './timers.js';
export { ZlibStreamInflater } from './compression.js';
export { formatIssues, validatePayload } from './validate.js';
export { encodeUserPayload, MAX_PAYLOAD_BYTES } from './payload.js';
