--[[
  Saves one shard's gateway session with a time to live. A save that arrives late with an older sequence of the
  same session is refused: the stored sequence of a session never goes back.

  Input:
    KEYS[1] session  HASH id, sequence ('' before the first dispatch), resumeUrl (absent: base URL), ready (JSON)
    ARGV[1] id  ARGV[2] sequence ('' for none)  ARGV[3] resumeUrl ('' for none)  ARGV[4] ready JSON  ARGV[5] ttl ms
  Output: 1 saved, 0 refused (an older save of the stored session)
]]
local key = KEYS[1]
local id, sequence, resumeUrl, ready, ttl = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]

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
