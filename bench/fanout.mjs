/**
 * Section 5: fan-out through Redis. Per party: a loopback gateway (parties/server.mjs sending 1.2 KB
 * MESSAGE_CREATE frames), a publisher process (the generated GatewayClient handing each dispatch to Redis) and a
 * consumer process (reading it from Redis into the same handler), every party on one private redis-server
 * started here, rounds interleaved (gen-gateway, plain, brokers, gen-gateway, ...).
 *   throughput = N / (the consumer's handler ran for event N - the gateway handed the first frame to its socket)
 *   latency    = handler ran - that frame handed to the gateway's socket, at a paced rate (the same for every
 *                party); "added" subtracts the direct client's (its own handler, no Redis) percentile.
 * Then the fleet figures on the same redis-server (fanout-fleet.mjs): failover time after a SIGKILL, and RSS per
 * idle shard of a host holding `idleShards` shards.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { failover, idleShards } from './fanout-fleet.mjs';
import { Child, median, nowMs, percentile } from './lib.mjs';

export const FANOUT_PARTIES = ['gen-gateway', 'plain', 'brokers'];
const PAYLOAD_BYTES = 1200;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** A private redis-server (no persistence) on a free loopback port, for this section only. */
async function startRedis() {
  const dir = mkdtempSync(path.join(tmpdir(), 'gen-gateway-bench-redis-'));
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no'], { stdio: 'ignore' });
  const spawned = new Promise((_, reject) => child.once('error', (error) => reject(new Error(`redis-server could not start (install Debian's redis-server): ${error.message}`))));
  const deadline = nowMs() + 10_000;
  for (;;) {
    const ok = await Promise.race([ping(port), spawned]);
    if (ok) break;
    if (nowMs() > deadline) throw new Error(`redis-server on port ${port} did not answer PING`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function ping(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.setTimeout(500, () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
    socket.once('data', (chunk) => (socket.destroy(), resolve(chunk.toString().startsWith('+PONG'))));
    socket.once('connect', () => socket.write('PING\r\n'));
  });
}

/** One party: its gateway, its publisher, its consumer (none for `direct`: the publisher's client handles events). */
async function openParty(party, redis) {
  const env = { BENCH_PAYLOAD_BYTES: String(PAYLOAD_BYTES) };
  const server = new Child('parties/server.mjs', [], { label: `fanout server/${party}`, env });
  const { port } = await server.next('listening', 20_000);
  const publisher = new Child('parties/fanout-publisher.mjs', [party], { label: `publisher/${party}` });
  const consumer = party === 'direct' ? undefined : new Child('parties/fanout-consumer.mjs', [party], { label: `consumer/${party}` });
  const close = () => Promise.all([consumer?.stop(), publisher.stop(), server.stop()]);
  try {
    const prefix = `bench-${party}:`;
    await publisher.next('started', 20_000);
    if (consumer) {
      await consumer.next('ready', 20_000);
      // The group exists before anything is published: every measured event reaches it.
      await consumer.request({ type: 'start', redis: redis.url, prefix }, 'started', 30_000);
    }
    await publisher.request({ type: 'connect', port, redis: redis.url, prefix }, 'connected', 30_000);
    await server.request({ type: 'waitConnections', count: 1 }, 'connections', 30_000);
    return { party, server, publisher, receiver: consumer ?? publisher, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function round({ server, receiver }, n, { rate, record } = {}) {
  await receiver.request({ type: 'expect', n, record }, 'expecting');
  const done = receiver.next('done', 180_000);
  const sent = await server.request({ type: 'blast', n, rate, record }, 'sent', 180_000);
  return { sent: sent.results[0], done: await done };
}

function latencyOf(sent, done) {
  const byOffset = new Map();
  for (let i = 0; i < done.seqs.length; i++) byOffset.set(done.seqs[i] - sent.firstSeq, done.times[i]);
  const lat = [];
  for (let i = 0; i < sent.times.length; i++) {
    const at = byOffset.get(i);
    if (at !== undefined) lat.push(at - sent.times[i]);
  }
  return lat.sort((a, b) => a - b);
}

/** The whole section: throughput rounds, then latency rounds at half the slowest party's throughput. */
export async function fanout({ n, rounds, warmup, latencySeconds, latencyRounds, failoverRuns, leaseTtlMs, idleShards: shards, idleSettleMs }, log = () => {}) {
  const redis = await startRedis();
  const parties = [];
  try {
    for (const party of [...FANOUT_PARTIES, 'direct']) {
      log(`connecting ${party}`);
      parties.push(await openParty(party, redis));
    }
    const measured = parties.filter((p) => p.party !== 'direct');
    for (const p of measured) {
      log(`warm-up ${p.party}`);
      await round(p, warmup);
    }
    const rates = new Map(measured.map((p) => [p.party, []]));
    for (let i = 0; i < rounds; i++) {
      for (const p of measured) {
        const { sent, done } = await round(p, n);
        if (done.outOfOrder > 0) throw new Error(`fan-out ${p.party}: ${done.outOfOrder} events were delivered out of order`);
        rates.get(p.party).push(n / ((done.last - sent.t0) / 1000));
      }
      log(`round ${i + 1}/${rounds}: ${measured.map((p) => `${p.party} ${Math.round(rates.get(p.party)[i])}/s`).join(', ')}`);
    }
    const throughput = Object.fromEntries(measured.map((p) => [p.party, { eventsPerSec: median(rates.get(p.party)), rounds: rates.get(p.party).map(Math.round) }]));
    const slowest = Math.min(...measured.map((p) => throughput[p.party].eventsPerSec));
    const rate = Math.max(200, Math.round(slowest / 2 / 100) * 100);
    const latency = { rate };
    for (const p of parties) {
      log(`latency ${p.party} at ${rate} events/s`);
      const samples = Math.max(200, Math.round(rate * latencySeconds));
      const results = [];
      for (let i = 0; i < latencyRounds; i++) {
        const { sent, done } = await round(p, samples, { rate, record: true });
        const lat = latencyOf(sent, done);
        results.push({ p50: percentile(lat, 50), p99: percentile(lat, 99) });
      }
      latency[p.party] = { samples, p50Ms: median(results.map((r) => r.p50)), p99Ms: median(results.map((r) => r.p99)), rounds: results };
    }
    const host = (await parties[0].publisher.request({ type: 'stats' }, 'stats')).metrics;
    await Promise.all(parties.splice(0).map((p) => p.close()));
    log(`failover: ${failoverRuns} runs, lease TTL ${leaseTtlMs} ms`);
    const failed = await failover(redis.url, { runs: failoverRuns, leaseTtlMs }, log);
    log(`idle shards: ${shards}`);
    const idle = await idleShards(redis.url, { shards, settleMs: idleSettleMs }, log);
    return { payloadBytes: PAYLOAD_BYTES, n, throughput, latency, host: host && { published: host.published, duplicates: host.duplicates, dropped: host.dropped, publishBatches: host.publishBatches }, failover: failed, idleShards: idle };
  } finally {
    await Promise.all(parties.map((p) => p.close()));
    await redis.stop();
  }
}
