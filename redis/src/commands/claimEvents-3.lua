--[[
  One consumer's maintenance round on one shard, atomically:
  - takes the group's entries pending for at least `minIdle` ms (their consumer died, or its handler failed) and
    hands them to this consumer (XCLAIM counts a delivery), except those this consumer is still handling; with
    scope `own`, only this consumer's own entries (a read whose reply was lost: Redis counts them as delivered);
  - moves an entry that was already delivered `maxDeliveries` times to the group's dead letters (with its id, its
    delivery count and its last consumer) and acks it: delivery counts are XPENDING's, so each is a real hand-over;
  - reads the gap reports for this group from the shard's gap ledger (each is read by one consumer of the group);
  - answers the group's pending count and lag (entries not delivered to the group yet; -1 when Redis cannot tell).

  Input:
    KEYS[1] events  STREAM   KEYS[2] dead  STREAM (this group's dead letters)   KEYS[3] gaps  STREAM
    ARGV[1] group  ARGV[2] consumer  ARGV[3] minIdle ms  ARGV[4] most entries to look at  ARGV[5] maxDeliveries
    ARGV[6] dead letters maxLen  ARGV[7] scope: `any` consumer's entries, or this consumer's `own`
    ARGV[8..] ids this consumer is handling now (left alone)
  Output: { claimed { id, deliveries, fields }..., dead { id, deliveries, fields }..., missing ids (pending, but no
            longer in the stream: acked here, a gap)..., gap reports (field lists)..., pending, lag }
]]
local events, dead, gaps = KEYS[1], KEYS[2], KEYS[3]
local group, consumer, minIdle = ARGV[1], ARGV[2], ARGV[3]
local count, maxDeliveries, deadMaxLen, scope = tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6], ARGV[7]
local busy = {}
for i = 8, #ARGV do busy[ARGV[i]] = true end

local function field(list, name)
  for i = 1, #list, 2 do if list[i] == name then return list[i + 1] end end
  return nil
end

local claimed, deadLettered, missing = {}, {}, {}
local pendingArgs = { events, group, 'IDLE', minIdle, '-', '+', count }
if scope == 'own' then table.insert(pendingArgs, consumer) end
for _, pending in ipairs(redis.call('XPENDING', unpack(pendingArgs))) do
  local id, owner, deliveries = pending[1], pending[2], tonumber(pending[4])
  if not (owner == consumer and busy[id]) then
    if deliveries >= maxDeliveries then
      local entry = redis.call('XRANGE', events, id, id)[1]
      if entry then
        redis.call('XADD', dead, 'MAXLEN', '~', deadMaxLen, '*', 'id', id, 'deliveries', deliveries, 'consumer', owner, unpack(entry[2]))
        table.insert(deadLettered, { id, deliveries, entry[2] })
      else
        table.insert(missing, id)
      end
      redis.call('XACK', events, group, id)
    else
      -- at-least-once: the entry is handed over again, and its delivery count grows by one.
      local got = redis.call('XCLAIM', events, group, consumer, minIdle, id)[1]
      if got then
        table.insert(claimed, { got[1], deliveries + 1, got[2] })
      else
        -- Trimmed while pending (Redis 7 drops it from the pending list here).
        redis.call('XACK', events, group, id)
        table.insert(missing, id)
      end
    end
  end
end

local reports = {}
local read = redis.call('XREADGROUP', 'GROUP', group, consumer, 'COUNT', 100, 'STREAMS', gaps, '>')
if read then
  local ids = {}
  for _, entry in ipairs(read[1][2]) do
    table.insert(ids, entry[1])
    if field(entry[2], 'group') == group then table.insert(reports, entry[2]) end
  end
  if #ids > 0 then redis.call('XACK', gaps, group, unpack(ids)) end
end

local lag = -1
for _, info in ipairs(redis.call('XINFO', 'GROUPS', events)) do
  if field(info, 'name') == group then lag = tonumber(field(info, 'lag')) or -1 end
end
return { claimed, deadLettered, missing, reports, redis.call('XPENDING', events, group)[1], lag }
