/** @gen-gateway/redis: everything public, in one place. */
export { RedisIdentifyQueue, type IdentifyGrant, type IdentifyQueueMetrics, type RedisIdentifyQueueEvents, type RedisIdentifyQueueOptions, type SessionStartLimit } from './identify-queue.js';
export { RedisSessionStore, type RedisSessionStoreEvents, type RedisSessionStoreOptions } from './session-store.js';
export { RedisGatewayError, type RedisGatewayErrorCode } from './errors.js';
export { createKeys, DEFAULT_PREFIX, type IdentifyBucketKeys, type RedisKeys } from './keys.js';
export type { RedisCommandClient, RedisOption } from './connection.js';
export { ShardHost, type HostedClient, type HostedClientOptions, type ShardHostEvents, type ShardHostMetrics, type ShardHostOptions } from './shard-host.js';
export { GatewayEvents, type DeadLetter, type GatewayEventsEvents, type GatewayEventsMetrics, type GatewayEventsOptions, type SendOptions } from './gateway-events.js';
export type { EventContext } from './event-lanes.js';
export type { GapReport } from './stream-publisher.js';
export type { ExpiredCommand } from './command-relay.js';
export { DEFAULT_SEND_COMMANDS, shardForGuild, type SendCommand, type SendCommandTable } from './send-commands.js';
