/**
 * Section 5, the fleet figures: failover time and memory per idle shard of ShardHost, each host a process of its
 * own (parties/fleet-host.mjs) against a loopback gateway that keeps sessions and replays on Resume
 * (parties/session-gateway.mjs), on the section's redis-server.
 *   failover   two hosts share 4 shards (A holds 0-1), events flowing to every session every 20 ms and read by a
 *              GatewayEvents group in this process; SIGKILL A; failover = SIGKILL -> the consumer handles, for
 *              each of A's shards, an event the gateway dispatched after the SIGKILL (only a new owner can have
 *              published it), the slowest of A's shards; median of `runs`. The lease TTL is shown with it.
 *   idle       one host process connects 5 warm-up shards (code compiled, Redis connections open), GC, baseline;
 *              then `shards` more on another prefix (a second ShardHost in the process), all READY, `settleMs`
 *              idle, GC; per shard = (RSS after - baseline) / shards.
 */
import { GatewayEvents } from '@gen-gateway/redis';
import { Child, median, nowMs } from './lib.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const FAILOVER_SHARDS = 4;
const TICK_MS = 20;

async function hostProcess(label) {
  const child = new Child('parties/fleet-host.mjs', [], { label });
  await child.next('started-process', 20_000);
  return child;
}

async function failoverRun(redis, port, gateway, { leaseTtlMs, run }, log) {
  const prefix = `bench-failover-${run}:`;
  const hostOptions = { type: 'start', redis, prefix, port, shardCount: FAILOVER_SHARDS, leaseTtlMs };
  const a = await hostProcess('failover host A');
  const b = await hostProcess('failover host B');
  let events;
  try {
    await a.request({ ...hostOptions, capacity: FAILOVER_SHARDS / 2 }, 'started', 30_000);
    const { shards: killed } = await a.request({ type: 'waitReady', count: FAILOVER_SHARDS / 2 }, 'ready', 60_000);
    await b.request({ ...hostOptions, capacity: FAILOVER_SHARDS }, 'started', 30_000);
    await b.request({ type: 'waitReady', count: FAILOVER_SHARDS / 2 }, 'ready', 60_000);

    events = new GatewayEvents({ redis, prefix, group: 'bench', shardCount: FAILOVER_SHARDS, blockMs: 100, claimIntervalMs: 500 });
    let killedAt = Infinity;
    const flowingAgain = new Map();
    events.on('MESSAGE_CREATE', (d, { shardId }) => {
      if (d.at >= killedAt && !flowingAgain.has(shardId)) flowingAgain.set(shardId, nowMs());
    });
    await events.start();
    await gateway.request({ type: 'tick', everyMs: TICK_MS }, 'ticking');
    await sleep(1000);
    const before = await gateway.request({ type: 'counts' }, 'counts');
    killedAt = nowMs();
    a.proc.kill('SIGKILL');
    const deadline = killedAt + leaseTtlMs + 30_000;
    while (!killed.every((shardId) => flowingAgain.has(shardId))) {
      if (nowMs() > deadline) throw new Error(`failover: shards ${killed.filter((s) => !flowingAgain.has(s)).join(', ')} not flowing again within ${leaseTtlMs + 30_000} ms`);
      await sleep(5);
    }
    const ms = Math.max(...killed.map((shardId) => flowingAgain.get(shardId) - killedAt));
    const after = await gateway.request({ type: 'counts' }, 'counts');
    log(`failover run ${run + 1}: ${Math.round(ms)} ms (lease TTL ${leaseTtlMs} ms), ${after.identifies - before.identifies} identifies, ${after.resumes - before.resumes} resumes`);
    return { ms, identifies: after.identifies - before.identifies, resumes: after.resumes - before.resumes };
  } finally {
    await gateway.request({ type: 'tick', everyMs: 0 }, 'ticking');
    await events?.stop({ timeoutMs: 1000 });
    await Promise.all([a.stop(), b.stop()]);
  }
}

/** SIGKILL -> events of the killed host's shards flowing again, median of `runs`. */
export async function failover(redis, { runs, leaseTtlMs }, log) {
  const gateway = new Child('parties/session-gateway.mjs', [], { label: 'failover gateway' });
  try {
    const { port } = await gateway.next('listening', 20_000);
    const results = [];
    for (let run = 0; run < runs; run++) results.push(await failoverRun(redis, port, gateway, { leaseTtlMs, run }, log));
    return {
      leaseTtlMs,
      pollMs: Math.floor(leaseTtlMs / 3),
      shards: FAILOVER_SHARDS,
      killedShards: FAILOVER_SHARDS / 2,
      medianMs: median(results.map((r) => r.ms)),
      runs: results.map((r) => Math.round(r.ms)),
      identifies: results.reduce((sum, r) => sum + r.identifies, 0),
      resumes: results.reduce((sum, r) => sum + r.resumes, 0),
    };
  } finally {
    await gateway.stop();
  }
}

/** RSS per idle shard of a host process holding `shards` shards (plain JSON). */
export async function idleShards(redis, { shards, settleMs }, log) {
  const gateway = new Child('parties/session-gateway.mjs', [], { label: 'idle gateway' });
  let host;
  try {
    const { port } = await gateway.next('listening', 20_000);
    host = await hostProcess('idle host');
    const warm = 5;
    await host.request({ type: 'start', redis, prefix: 'bench-idle-warm:', port, shardCount: warm, capacity: warm }, 'started', 30_000);
    await host.request({ type: 'waitReady', count: warm }, 'ready', 60_000);
    await sleep(500);
    const before = await host.request({ type: 'memory' }, 'memory');
    const t0 = nowMs();
    await host.request({ type: 'start', redis, prefix: 'bench-idle:', port, shardCount: shards, capacity: shards }, 'started', 120_000);
    await host.request({ type: 'waitReady', count: warm + shards }, 'ready', 600_000);
    const connectMs = nowMs() - t0;
    log(`idle shards: ${shards} READY in ${Math.round(connectMs)} ms`);
    // Idle: lease renewals and command reads go by before the measurement (the default poll is TTL / 3 = 10 s:
    // with `settleMs` 3000 not every lease has been renewed, but every shard's objects exist from its claim on).
    await sleep(settleMs);
    const after = await host.request({ type: 'memory' }, 'memory');
    const { connections } = await gateway.request({ type: 'counts' }, 'counts');
    if (connections < warm + shards) throw new Error(`idle shards: ${connections} connections open at the gateway, expected ${warm + shards}`);
    return {
      shards,
      connectMs,
      rssPerShard: (after.rss - before.rss) / shards,
      heapPerShard: (after.heapUsed - before.heapUsed) / shards,
    };
  } finally {
    await host?.stop();
    await gateway.stop();
  }
}
