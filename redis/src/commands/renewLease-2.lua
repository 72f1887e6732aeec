--[[
  Renews a lease its holder still holds (same token, not expired by Redis time), and the TTL of the shard's
  session with it: the only write a host makes for a shard besides its fenced saves.

  Input:
    KEYS[1] lease  HASH owner, token, expiresAt
    KEYS[2] session  HASH (see saveSession-2.lua)
    ARGV[1] token  ARGV[2] ttl ms  ARGV[3] session ttl ms
  Output: { 1, expiresAt } renewed; { 0, token } lost (the current token, another owner's when it grew)
]]
local lease, session = KEYS[1], KEYS[2]
local token, ttl, sessionTtl = ARGV[1], tonumber(ARGV[2]), ARGV[3]
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)

local current = redis.call('HMGET', lease, 'owner', 'token', 'expiresAt')
if current[2] ~= token or current[1] == '' or (tonumber(current[3]) or 0) <= now then
  return { 0, tonumber(current[2]) or 0 }
end
redis.call('HSET', lease, 'expiresAt', now + ttl)
redis.call('PEXPIRE', session, sessionTtl)
return { 1, now + ttl }
