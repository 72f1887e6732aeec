--[[
  Releases a lease its holder still holds, so another host claims it at once. The token stays: the next claim
  takes a greater one.

  Input:
    KEYS[1] lease  HASH owner, token, expiresAt
    ARGV[1] token
  Output: 1 released, 0 not held with this token (lost, or already released)
]]
local key = KEYS[1]
local current = redis.call('HMGET', key, 'owner', 'token')
if current[2] ~= ARGV[1] or current[1] == '' or current[1] == false then return 0 end
redis.call('HSET', key, 'owner', '', 'expiresAt', 0)
return 1
