--[[
  Saves one shard's gateway session with a time to live. A save that arrives late with an older sequence of the
  same session is refused: the stored sequence of a session never goes back. A fenced save (one made by a
  ShardHost for a shard it leases) is refused unless its token is the lease's current one, still held: a host
  whose lease another host took over (it was paused past its TTL, cut off...) can never write the session again.

  Input:
    KEYS[1] session  HASH id, sequence ('' before the first dispatch), resumeUrl (absent: base URL), ready (JSON)
    KEYS[2] lease    HASH owner, token, expiresAt (see claimLease-1.lua); only read
    ARGV[1] id  ARGV[2] sequence ('' for none)  ARGV[3] resumeUrl ('' for none)  ARGV[4] ready JSON  ARGV[5] ttl ms
    ARGV[6] fencing token ('' for an unfenced save)
  Output: 1 saved, 0 refused (an older save of the stored session), -1 refused (fenced: a newer owner or released)
]]
local key, lease = KEYS[1], KEYS[2]
local id, sequence, resumeUrl, ready, ttl, token = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6]

if token ~= '' then
  local holder = redis.call('HMGET', lease, 'owner', 'token')
  if holder[2] ~= token or not holder[1] or holder[1] == '' then return -1 end
end

local current = redis.call('HMGET', key, 'id', 'sequence')
if current[1] == id then
  local stored = tonumber(current[2]) or -1
  local offered = tonumber(sequence) or -1
  if offered < stored then return 0 end
end

redis.call('DEL', key)
redis.call('HSET', key, 'id', id, 'sequence', sequence, 'ready', ready)
if resumeUrl ~= '' then redis.call('HSET', key, 'resumeUrl', resumeUrl) end
redis.call('PEXPIRE', key, ttl)
return 1
