// The bot's own logic: run as many as you like. Each event goes to one bot process of the group (acked when the
// handler resolves; a crashed bot's events go to another), in order per shard.
// Env: REDIS_URL, GROUP (bots of one group share the work; another group sees every event too).
import { GatewayEvents, shardForGuild } from '@gen-gateway/redis';

const events = new GatewayEvents({ redis: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', group: process.env.GROUP ?? 'example-bot' });
events.on('MESSAGE_CREATE', async (message, { shardId, sequence }) => {
  console.log(`bot ${process.pid}: shard ${shardId} #${sequence}: ${message.author.username}: ${message.content}`);
  if (message.content === 'hello #10' && message.guild_id !== undefined) {
    // Commands go back through the host that owns the guild's shard, checked against the schema first.
    const shard = shardForGuild(message.guild_id, events.metrics().shards);
    await events.send(shard, 'updatePresence', { since: null, activities: [], status: 'idle', afk: false });
  }
});
events.on('gap', (gap) => console.error(`bot ${process.pid}: events trimmed before they were handled:`, gap));
events.on('error', (error) => console.error(`bot ${process.pid}: ${error.code}: ${error.message}`));
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => void events.stop());
await events.start();
console.log(`bot ${process.pid}: started`);
