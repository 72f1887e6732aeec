/**
 * The package's one error class. `code` is stable (match on it, not on the message); `cause` keeps the
 * underlying error (a Redis client error, a timeout) or the figures behind the decision.
 */
export type RedisGatewayErrorCode =
  /** An option given to a constructor is invalid (thrown synchronously; nothing was started). */
  | 'INVALID_OPTION'
  /**
   * A Redis call failed or did not answer within `commandTimeoutMs`. For the identify queue this grants nothing
   * (fail closed): the wait keeps trying and reports this once per outage.
   */
  | 'REDIS_UNAVAILABLE'
  /**
   * The fleet's daily identify budget (`sessionStartLimit.remaining` minus `reserve`) is spent: waits for an
   * Identify hold until the budget resets (`cause.resetInMs`).
   */
  | 'IDENTIFY_BUDGET_EXHAUSTED'
  /**
   * The crash-loop breaker: a shard identified `crashLoop.maxIdentifies` times within `crashLoop.windowMs` (it
   * keeps failing to stay up), so it gets no more Identify until the oldest of those leaves the window
   * (`cause: { shardId, identifies, windowMs, retryAt, retryInMs }`). Fix what ends its sessions; its identifies are saved.
   */
  | 'IDENTIFY_CRASH_LOOP'
  /** A session read from Redis is not one (bad JSON, missing fields): it is ignored. */
  | 'MALFORMED_SESSION'
  /**
   * A ShardHost lost a shard's lease (not renewed before its TTL, or another host holds it now): it closes that
   * shard's client resumably. Also the rejection of a fenced write the lease no longer allows.
   */
  | 'LEASE_LOST'
  /** A dispatch could not be published (it arrived without a session): the next Resume replays it. */
  | 'PUBLISH_FAILED'
  /** `events.send`: the data does not match the command's schema (the message names the field); nothing was queued. */
  | 'INVALID_PAYLOAD'
  /** A call's argument cannot work (a shard id out of range, an unknown command, a guild id that is no snowflake). */
  | 'INVALID_ARGUMENT'
  /** An event handler of GatewayEvents rejected or threw: the event is not acked and is delivered again later. */
  | 'HANDLER_FAILED'
  /** A command for the gateway could not be sent by the owning host (see the message); it stays queued unless it never can be. */
  | 'COMMAND_FAILED';

export class RedisGatewayError extends Error {
  override readonly name = 'RedisGatewayError';
  readonly code: RedisGatewayErrorCode;

  constructor(code: RedisGatewayErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
