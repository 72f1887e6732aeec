--[[
  Takes an Identify grant for one waiting ticket, or says why not yet. The whole read-modify-write of a bucket
  and of the fleet's daily budget happens here, atomically, on Redis' clock (TIME), never a host's.

  Input:
    KEYS[1] queue    ZSET ticket -> shard id: the bucket's waiters, lowest shard first
    KEYS[2] leases   ZSET ticket -> Redis ms its lease runs out (a waiter renews it on every call)
    KEYS[3] next     STRING Redis ms from which the bucket's next grant may start (expires by itself)
    KEYS[4] granted  ZSET ticket -> Redis ms of its grant: recent grants, so a retried call is answered again
    KEYS[5] budget   HASH remaining, resetAt, total: the fleet's daily budget (absent: none enforced)
    KEYS[6] history  ZSET ticket -> Redis ms of its grant: this shard's recent identifies (the crash-loop breaker)
    ARGV[1] ticket   ARGV[2] shard id   ARGV[3] windowMs   ARGV[4] leaseMs   ARGV[5] reserve
    ARGV[6] budget period ms (after resetAt, the budget is `total` again until resetAt + period)
    ARGV[7] most identifies of one shard within ARGV[8] ms (0: no breaker)

  Output: { status, now, a, b }
    'granted',   now, grantedAt, remaining after this grant (-1: no budget)
    'wait',      now, dueAt, rank (0: this ticket is next and may be granted from dueAt)
    'exhausted', now, resetAt, remaining (the budget minus the reserve is spent until resetAt)
    'looping',   now, retryAt, identifies (this shard had that many in the breaker's window: none until retryAt)
]]
local queue, leases, nextKey, granted, budget, history = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6]
local ticket, shard = ARGV[1], tonumber(ARGV[2])
local windowMs, leaseMs, reserve, periodMs = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local loopMax, loopWindowMs = tonumber(ARGV[7]), tonumber(ARGV[8])

local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)

-- at-most-once per ticket: a call retried after its reply was lost gets the same grant, never a second one.
local grantedAt = redis.call('ZSCORE', granted, ticket)
if grantedAt then return { 'granted', now, tonumber(grantedAt), -1 } end

-- Waiters whose process stopped renewing their lease (it died) leave the queue.
local expired = redis.call('ZRANGEBYSCORE', leases, '-inf', now)
for _, gone in ipairs(expired) do
  redis.call('ZREM', queue, gone)
  redis.call('ZREM', leases, gone)
end

-- The crash-loop breaker: a shard that identified loopMax times within the window (it keeps failing to stay up)
-- gets no more until the oldest of those leaves the window. It leaves the queue meanwhile, so it never holds up
-- the other shards of its bucket.
if loopMax > 0 then
  redis.call('ZREMRANGEBYSCORE', history, '-inf', now - loopWindowMs)
  local count = redis.call('ZCARD', history)
  if count >= loopMax then
    redis.call('ZREM', queue, ticket)
    redis.call('ZREM', leases, ticket)
    local oldest = tonumber(redis.call('ZRANGE', history, 0, 0, 'WITHSCORES')[2])
    return { 'looping', now, oldest + loopWindowMs, count }
  end
end

-- Join the queue, or keep this ticket's place (its score is its shard) and renew its lease.
redis.call('ZADD', queue, shard, ticket)
redis.call('ZADD', leases, now + leaseMs, ticket)
redis.call('PEXPIRE', queue, leaseMs * 2)
redis.call('PEXPIRE', leases, leaseMs * 2)

-- The daily budget is checked for every waiter, so each of them can say it is waiting for the reset.
local remaining = -1
if redis.call('EXISTS', budget) == 1 then
  local b = redis.call('HMGET', budget, 'remaining', 'resetAt', 'total')
  remaining = tonumber(b[1])
  local resetAt = tonumber(b[2])
  if now >= resetAt then
    resetAt = resetAt + math.ceil((now - resetAt + 1) / periodMs) * periodMs
    remaining = tonumber(b[3])
    redis.call('HSET', budget, 'remaining', remaining, 'resetAt', resetAt)
  end
  if remaining - reserve <= 0 then return { 'exhausted', now, resetAt, remaining } end
end

local dueAt = tonumber(redis.call('GET', nextKey) or now)
if redis.call('ZRANGE', queue, 0, 0)[1] ~= ticket then
  return { 'wait', now, dueAt, redis.call('ZRANK', queue, ticket) }
end
if now < dueAt then return { 'wait', now, dueAt, 0 } end

-- Grant: the bucket's next grant waits a whole window from now, by Redis' clock.
redis.call('ZREM', queue, ticket)
redis.call('ZREM', leases, ticket)
redis.call('SET', nextKey, now + windowMs, 'PX', windowMs)
redis.call('ZADD', granted, now, ticket)
redis.call('ZREMRANGEBYSCORE', granted, '-inf', now - leaseMs)
redis.call('PEXPIRE', granted, leaseMs)
if loopMax > 0 then
  redis.call('ZADD', history, now, ticket)
  redis.call('PEXPIRE', history, loopWindowMs)
end
if remaining >= 0 then remaining = redis.call('HINCRBY', budget, 'remaining', -1) end
return { 'granted', now, now, remaining }
