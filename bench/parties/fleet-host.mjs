/**
 * ShardHost processes for the fan-out fleet figures (section 5: failover, idle shards): `node fleet-host.mjs`.
 * The generated GatewayClient (plain JSON) against the session gateway (parties/session-gateway.mjs).
 * IPC: `start { redis, prefix, port, shardCount, capacity, leaseTtlMs }` -> `started` (another host in this
 * process, on its own prefix); `waitReady { count }` -> `ready` (with the shards held) once `count` clients of this
 * process are READY or RESUMED; `memory` -> process.memoryUsage() after a full GC.
 * Identify is not paced here (a bucket per shard, a 1 ms window): the figures are about hosting, not about
 * Discord's identify rate, which would make 1,000 shards take 83 minutes to connect.
 */
import { GatewayClient, GatewayIntents } from 'discord-gateway-client';
import { ShardHost } from '@gen-gateway/redis';
import { fullGc, serve } from '../lib.mjs';

const hosts = [];
let authenticated = 0;
const waiters = [];
const wake = () => {
  for (const waiter of waiters.splice(0)) waiter();
};

serve({
  async start({ redis, prefix, port, shardCount, capacity, leaseTtlMs }) {
    const host = new ShardHost({
      redis, prefix, shardCount, capacity, leaseTtlMs,
      maxConcurrency: shardCount,
      identify: { windowMs: 1 },
      createClient: (options) => {
        const client = new GatewayClient({ ...options, token: 'bench.token.0123456789', intents: GatewayIntents.GuildMessages, url: `ws://127.0.0.1:${port}` });
        const counted = () => {
          authenticated += 1;
          wake();
        };
        client.on('ready', counted);
        client.on('resumed', counted);
        return client;
      },
    });
    host.on('error', (error) => {
      if (error.code !== 'REDIS_UNAVAILABLE') process.send({ type: 'log', message: `host error: ${error.code} ${error.message}` });
    });
    hosts.push(host);
    await host.start();
    return { type: 'started', hostId: host.hostId };
  },
  async waitReady({ count }) {
    while (authenticated < count) await new Promise((resolve) => waiters.push(resolve));
    return { type: 'ready', count: authenticated, shards: hosts.flatMap((host) => host.metrics().shards) };
  },
  async memory() {
    await fullGc();
    return { type: 'memory', ...process.memoryUsage() };
  },
  exit: () => Promise.all(hosts.map((host) => host.stop())),
});
process.send({ type: 'started-process' });
