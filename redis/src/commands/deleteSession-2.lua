--[[
  Deletes one shard's session (the runtime does when a session ends: close 1000, an invalid session). Fenced like
  saveSession-2.lua: a host that lost the shard's lease cannot delete the session of the shard's new owner.

  Input:
    KEYS[1] session  KEYS[2] lease (only read)
    ARGV[1] fencing token ('' for an unfenced delete)
  Output: 1 deleted (or nothing to delete), -1 refused (fenced)
]]
local token = ARGV[1]
if token ~= '' then
  local holder = redis.call('HMGET', KEYS[2], 'owner', 'token')
  if holder[2] ~= token or not holder[1] or holder[1] == '' then return -1 end
end
redis.call('DEL', KEYS[1])
return 1
