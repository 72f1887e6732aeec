export * from './models.js';
export * from './messages.js';
export * from './encoders.js';
export * from './schemas.js';
export * from './client.js';
export { GatewayError, ShardManager, SimpleIdentifyQueue, MemorySessionStore, createSession, RESUMABLE_CLOSE_CODE } from './runtime/index.js';
export type { DispatchFrame, GatewayClientOptions, GatewayErrorCode, GatewayLogger, GatewaySession, IdentifyQueue, ReconnectReason, SessionStore, SendSchema, ShardManagerOptions, Timers } from './runtime/index.js';
