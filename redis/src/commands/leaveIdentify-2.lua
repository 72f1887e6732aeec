--[[
  Takes a ticket out of its bucket's queue (its wait was aborted), so the next waiter need not wait for the
  ticket's lease to run out.

  Input:  KEYS[1] queue (ZSET), KEYS[2] leases (ZSET); ARGV[1] ticket
  Output: 1 if the ticket was waiting, 0 if not
]]
redis.call('ZREM', KEYS[2], ARGV[1])
return redis.call('ZREM', KEYS[1], ARGV[1])
