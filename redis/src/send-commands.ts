import { encodeUserPayload, type SendSchema } from '@gen-gateway/runtime';
import { GatewaySendCommands } from 'discord-gateway-client';
import { RedisGatewayError } from './errors.js';

/** One send method of a generated client: the opcode it sends and the schema its data is checked against. */
export interface SendCommand {
  readonly op: number;
  readonly schema?: SendSchema | undefined;
}

/** Method name -> command: a generated package's `GatewaySendCommands`. */
export type SendCommandTable = { readonly [method: string]: SendCommand };

/** The generated Discord client's send methods: the default of `GatewayEvents` and `ShardHost`. */
export const DEFAULT_SEND_COMMANDS: SendCommandTable = GatewaySendCommands;

/**
 * Checks `d` for `method` exactly as the generated client's send method does before it queues anything (the
 * runtime's `encodeUserPayload`: the schema, JSON-encodable, at most 4096 bytes as a frame), and returns `d` as JSON.
 * Throws INVALID_ARGUMENT for a method the table does not have, INVALID_PAYLOAD (naming the field) for bad data.
 */
export function encodeCommand(commands: SendCommandTable, method: string, d: unknown): string {
  const command = Object.hasOwn(commands, method) ? commands[method] : undefined;
  if (command === undefined) {
    throw new RedisGatewayError('INVALID_ARGUMENT', `unknown command ${JSON.stringify(method)}; one of: ${Object.keys(commands).join(', ')}`);
  }
  const frame = encodeUserPayload(command.op, d, command.schema);
  if (typeof frame !== 'string') throw new RedisGatewayError('INVALID_PAYLOAD', `${method}: ${frame.message}`, { cause: frame });
  return JSON.stringify(d) ?? 'null';
}

/**
 * The shard that receives a guild's events and must send its commands (reference: "Sharding"):
 * `(guild_id >> 22) % shardCount`.
 */
export function shardForGuild(guildId: string | bigint, shardCount: number): number {
  if (!Number.isSafeInteger(shardCount) || shardCount < 1) throw new RedisGatewayError('INVALID_ARGUMENT', `shardCount must be a positive integer, got ${String(shardCount)}`);
  let id: bigint;
  if (typeof guildId === 'bigint') id = guildId;
  else if (typeof guildId === 'string' && /^\d{1,20}$/.test(guildId)) id = BigInt(guildId);
  else throw new RedisGatewayError('INVALID_ARGUMENT', `guildId must be a snowflake (a string of digits or a bigint), got ${typeof guildId === 'string' ? JSON.stringify(guildId.slice(0, 40)) : typeof guildId}`);
  if (id < 0n || id >= 1n << 64n) throw new RedisGatewayError('INVALID_ARGUMENT', 'guildId must be an unsigned 64-bit snowflake');
  return Number((id >> 22n) % BigInt(shardCount));
}
