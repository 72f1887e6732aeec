export * from './models.js';
export * from './messages.js';
export * from './encoders.js';
export * from './schemas.js';
export * from './client.js';
export { GatewayError, ShardManager, SimpleIdentifyQueue, MemorySessionStore } from '@gen-gateway/runtime';
export type { DispatchFrame, GatewayClientOptions, GatewaySession, IdentifyQueue, SessionStore, SendSchema } from '@gen-gateway/runtime';
