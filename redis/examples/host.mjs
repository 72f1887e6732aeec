// A shard host: run as many as you like, on as many machines. Each claims free shards (up to CAPACITY), connects
// them, publishes their events to Redis, and on SIGTERM/SIGINT hands its shards over (another host resumes them).
// Env: REDIS_URL, GATEWAY_URL (for the loopback gateway; leave unset for Discord), DISCORD_TOKEN, SHARD_COUNT, CAPACITY.
import { GatewayClient, GatewayIntents } from 'discord-gateway-client';
import { ShardHost } from '@gen-gateway/redis';

const token = process.env.DISCORD_TOKEN ?? 'example-token';
const url = process.env.GATEWAY_URL; // undefined: Discord's gateway
const host = new ShardHost({
  redis: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  shardCount: Number(process.env.SHARD_COUNT ?? 4), // from GET /gateway/bot
  maxConcurrency: 1, // from GET /gateway/bot
  capacity: Number(process.env.CAPACITY ?? 4),
  leaseTtlMs: 5000,
  createClient: (options) =>
    new GatewayClient({ ...options, token, intents: GatewayIntents.Guilds | GatewayIntents.GuildMessages, ...(url ? { url } : {}) }),
});
host.on('claimed', (shardId) => console.log(`host ${process.pid}: runs shard ${shardId}`));
host.on('lost', (shardId) => console.log(`host ${process.pid}: lost shard ${shardId}`));
host.on('error', (error) => console.error(`host ${process.pid}: ${error.code}: ${error.message}`));
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, async () => {
    await host.stop(); // drains, checkpoints, closes resumably, releases the leases
    console.log(`host ${process.pid}: stopped, shards handed over`);
  });
}
await host.start();
console.log(`host ${process.pid}: started`);
