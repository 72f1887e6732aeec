--[[
  Joins a consumer group to one shard: creates the group on the shard's event stream (at its end, or its start for
  a group that wants the retained history) and on the shard's gap ledger (at its end: gaps from now on), creating
  either stream if it does not exist yet. A group that exists is left as it is (its position is the group's).

  Input:
    KEYS[1] events  STREAM   KEYS[2] gaps  STREAM
    ARGV[1] group  ARGV[2] where a new group starts on the event stream: '$' (new events) or '0' (the oldest kept)
  Output: { 1 if the event group was created else 0, 1 if the gap group was created else 0 }
]]
local created = {}
for i, start in ipairs({ ARGV[2], '$' }) do
  local reply = redis.pcall('XGROUP', 'CREATE', KEYS[i], ARGV[1], start, 'MKSTREAM')
  if type(reply) == 'table' and reply.err then
    if not string.find(reply.err, 'BUSYGROUP', 1, true) then return redis.error_reply(reply.err) end
    created[i] = 0
  else
    created[i] = 1
  end
end
return created
