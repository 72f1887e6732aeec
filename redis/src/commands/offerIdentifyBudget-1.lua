--[[
  Offers this process' view of the daily identify budget (GET /gateway/bot `session_start_limit`, read when it
  started) to the fleet's budget. The budget only ever shrinks within a period: a snapshot fetched before some
  of the fleet's identifies cannot give them back.

  Input:
    KEYS[1] budget  HASH remaining, resetAt (Redis ms), total
    ARGV[1] remaining  ARGV[2] resetAfter ms  ARGV[3] total ('' : unknown, then `remaining` is used after a reset,
    which is safe: a fresh period has at least as many)
  Output: { remaining, resetAt, now, 1 if this offer started a new period else 0 }
]]
local key = KEYS[1]
local offered, resetAfter = tonumber(ARGV[1]), tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)

local b = redis.call('HMGET', key, 'remaining', 'resetAt', 'total')
if not b[2] or tonumber(b[2]) <= now then
  local total = ARGV[3] ~= '' and tonumber(ARGV[3]) or offered
  redis.call('HSET', key, 'remaining', offered, 'resetAt', now + resetAfter, 'total', total)
  return { offered, now + resetAfter, now, 1 }
end
local remaining = math.min(tonumber(b[1]), offered)
redis.call('HSET', key, 'remaining', remaining)
return { remaining, tonumber(b[2]), now, 0 }
