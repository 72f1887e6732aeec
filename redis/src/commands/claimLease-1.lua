--[[
  Claims one shard's lease for a host if it is free (never held, released) or expired by Redis time. Every claim
  takes a new fencing token: a counter kept in the lease hash, which is never deleted, so it only grows.

  Input:
    KEYS[1] lease  HASH owner ('' when released), token (fencing counter), expiresAt (Redis ms)
    ARGV[1] owner (the host's id)  ARGV[2] ttl ms
  Output: { 1, token, expiresAt } claimed; { 0, owner, expiresAt } held by a live lease
]]
local key = KEYS[1]
local owner, ttl = ARGV[1], tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)

local current = redis.call('HMGET', key, 'owner', 'expiresAt')
local expiresAt = tonumber(current[2]) or 0
if current[1] and current[1] ~= '' and expiresAt > now then
  return { 0, current[1], expiresAt }
end

local token = redis.call('HINCRBY', key, 'token', 1)
redis.call('HSET', key, 'owner', owner, 'expiresAt', now + ttl)
return { 1, token, now + ttl }
