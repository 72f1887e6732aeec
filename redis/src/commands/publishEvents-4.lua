--[[
  Publishes a batch of one session's dispatches to the shard's stream and checkpoints the session with them, in one
  atomic step fenced by the shard's lease: whoever owns the shard next resumes from exactly the last sequence a
  consumer can read, so Discord's replay after that Resume fills the stream with no hole and no repeat.

  Stream ids are `<epoch>-<sequence>`. The epoch is the session's: a new session takes one past every id the stream
  ever held (its `last-generated-id`), so its ids, starting at sequence 1, still grow. Within a session, XADD with an
  explicit id refuses one that is not greater than the stream's top: a dispatch replayed after a Resume, or a batch
  retried after its reply was lost, is never appended twice (exactly-once into the stream).

  Retention: `XTRIM MAXLEN ~ maxLen` after the batch. When the trim removed entries a consumer group had not acked
  yet (never delivered to it, or delivered and still pending), that is reported in the gap ledger, one entry per group
  and kind, and the trimmed pending entries are acked so they do not linger: a loss is never silent.

  Input:
    KEYS[1] events   STREAM (entries `t`, `d`)
    KEYS[2] session  HASH id, epoch, sequence ('' before the first publish), resumeUrl (absent: base URL), ready
    KEYS[3] lease    HASH owner, token, expiresAt; only read
    KEYS[4] gaps     STREAM the gap ledger (entries `group`, `kind`, `count`, `from`, `to`)
    ARGV[1] fencing token  ARGV[2] session id  ARGV[3] resumeUrl ('' none)  ARGV[4] ready JSON ('' keep the stored one)
    ARGV[5] session ttl ms  ARGV[6] maxLen (0: no trimming)  ARGV[7] gap ledger maxLen
    ARGV[8..] per dispatch, in sequence order: sequence, event name, data JSON
  Output: { 1, epoch, last published sequence (-1: none yet), published, skipped as already there, trimmed,
            gap reports as JSON ('[]' none) }
          { -1 } refused: the token is not the lease's, or the lease was released (fenced)
]]
local events, session, lease, gaps = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local token, id, resumeUrl, ready = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local ttl, maxLen, gapMaxLen = ARGV[5], tonumber(ARGV[6]), ARGV[7]

local holder = redis.call('HMGET', lease, 'owner', 'token')
if holder[2] ~= token or not holder[1] or holder[1] == '' then return { -1 } end

-- A stream id's parts as numbers ('12-34' -> 12, 34).
local function idParts(streamId)
  local ms, seq = string.match(streamId, '^(%d+)-(%d+)$')
  return tonumber(ms), tonumber(seq)
end
local function before(a, b)
  local am, as = idParts(a)
  local bm, bs = idParts(b)
  return am < bm or (am == bm and as < bs)
end
-- XINFO replies are flat field/value lists.
local function field(list, name)
  for i = 1, #list, 2 do if list[i] == name then return list[i + 1] end end
  return nil
end

local stored = redis.call('HMGET', session, 'id', 'epoch', 'sequence')
local epoch = tonumber(stored[2])
local last = tonumber(stored[3]) or -1
if stored[1] ~= id then
  redis.call('DEL', session)
  epoch = nil
  last = -1
end
if not epoch then
  epoch = 1
  if redis.call('EXISTS', events) == 1 then
    epoch = idParts(field(redis.call('XINFO', 'STREAM', events), 'last-generated-id')) + 1
  end
  redis.call('HSET', session, 'id', id, 'epoch', epoch)
  if last < 0 then redis.call('HSET', session, 'sequence', '') end
end
if ready ~= '' then redis.call('HSET', session, 'ready', ready) end
if resumeUrl ~= '' then redis.call('HSET', session, 'resumeUrl', resumeUrl) else redis.call('HDEL', session, 'resumeUrl') end

local prefix = string.format('%d-', epoch)
local published, skipped = 0, 0
for i = 8, #ARGV, 3 do
  local sequence = tonumber(ARGV[i])
  -- exactly-once into the stream: a sequence at or below the checkpoint is already there.
  if sequence <= last then
    skipped = skipped + 1
  else
    local added = redis.pcall('XADD', events, prefix .. ARGV[i], 't', ARGV[i + 1], 'd', ARGV[i + 2])
    if type(added) == 'table' and added.err then
      skipped = skipped + 1
    else
      published = published + 1
      last = sequence
    end
  end
end
if last >= 0 then redis.call('HSET', session, 'sequence', last) end
redis.call('PEXPIRE', session, ttl)

local trimmed = 0
local reports = {}
if maxLen > 0 then
  local length = redis.call('XLEN', events)
  if length > maxLen then trimmed = redis.call('XTRIM', events, 'MAXLEN', '~', maxLen) end
  if trimmed > 0 then
    local info = redis.call('XINFO', 'STREAM', events)
    local added = tonumber(field(info, 'entries-added'))
    local first = field(info, 'first-entry')[1]
    -- Entries the stream ever dropped from its head, before and after this trim (it is only ever trimmed).
    local goneBefore = added - length
    local goneAfter = goneBefore + trimmed
    for _, group in ipairs(redis.call('XINFO', 'GROUPS', events)) do
      local name = field(group, 'name')
      local read = tonumber(field(group, 'entries-read'))
      local delivered = field(group, 'last-delivered-id')
      -- Never delivered: the group had read `read` entries of the stream's history, this trim took the next ones.
      local undelivered = 0
      if read then
        undelivered = math.max(0, goneAfter - read) - math.max(0, goneBefore - read)
      elseif before(delivered, first) then
        undelivered = -1
      end
      if undelivered ~= 0 then
        table.insert(reports, { group = name, kind = 'undelivered', count = undelivered, from = delivered, to = first })
      end
      -- Delivered, not acked yet, and gone now: acked here (in slices: unpack is bounded by Lua's stack).
      local count, from, to = 0, nil, nil
      repeat
        local pending = redis.call('XPENDING', events, name, '-', '(' .. first, 1000)
        if #pending > 0 then
          local ids = {}
          for j, entry in ipairs(pending) do ids[j] = entry[1] end
          redis.call('XACK', events, name, unpack(ids))
          count = count + #ids
          from = from or ids[1]
          to = ids[#ids]
        end
      until #pending < 1000
      if count > 0 then
        table.insert(reports, { group = name, kind = 'unacked', count = count, from = from, to = to })
      end
    end
    for _, report in ipairs(reports) do
      redis.call('XADD', gaps, 'MAXLEN', '~', gapMaxLen, '*', 'group', report.group, 'kind', report.kind,
        'count', report.count, 'from', report.from, 'to', report.to)
    end
  end
end

local encoded = '[]'
if #reports > 0 then encoded = cjson.encode(reports) end
return { 1, epoch, last, published, skipped, trimmed, encoded }
