/**
 * The gateway side of one fan-out party, in its own process: `node fanout-publisher.mjs <party>`. Each connects the
 * generated GatewayClient to the loopback gateway (parties/server.mjs) and hands every MESSAGE_CREATE to Redis:
 *   gen-gateway  a ShardHost (1 shard): the publish script (stream id `<epoch>-<sequence>`, fenced, checkpointed)
 *   plain        client.on('MESSAGE_CREATE') -> XADD key MAXLEN ~ 100000 * t s d (JSON), node-redis pipelining
 *   brokers      client.on('MESSAGE_CREATE') -> @discordjs/brokers PubSubRedisBroker.publish (its XADD, msgpack)
 *   direct       no Redis: the client's own handler is the consumer (the latency floor)
 * IPC: `connect { port, redis, prefix }` -> `connected`; for `direct` also `expect { n, record }` -> `done`;
 * `stats` -> the host's metrics (gen-gateway).
 */
import { GatewayClient, GatewayIntents } from 'discord-gateway-client';
import { ShardHost } from '@gen-gateway/redis';
import { PubSubRedisBroker } from '@discordjs/brokers';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { nowMs, serve } from '../lib.mjs';
import { Counter } from './fanout-counter.mjs';

const [party] = process.argv.slice(2);
const TOKEN = 'bench.token.0123456789';
const INTENTS = GatewayIntents.GuildMessages | GatewayIntents.MessageContent;
const MAX_LEN = 100_000;
const counter = new Counter();
let stop = async () => undefined;
let host;

function readyClient(url, options = {}) {
  const client = new GatewayClient({ ...options, token: TOKEN, intents: INTENTS, url });
  const ready = new Promise((resolve) => client.once('ready', resolve));
  return { client, ready };
}

async function connect({ port, redis, prefix }) {
  const url = `ws://127.0.0.1:${port}`;
  if (party === 'gen-gateway') {
    let ready;
    host = new ShardHost({
      // Retention above a round's backlog (the plain loop's too): a consumer behind by more would see a gap.
      redis, prefix, shardCount: 1, identify: { windowMs: 1 }, stream: { maxLen: MAX_LEN },
      createClient: (options) => {
        const made = readyClient(url, options);
        ready = made.ready;
        return made.client;
      },
    });
    host.on('error', (error) => process.send({ type: 'log', message: `host error: ${error.message}` }));
    await host.start();
    await ready;
    stop = () => host.stop();
    return;
  }
  const { client, ready } = readyClient(url);
  if (party === 'plain') {
    const redisClient = createClient({ url: redis });
    await redisClient.connect();
    const key = `${prefix}events`;
    // One command per event, written as node-redis batches them (every command of a tick in one socket write).
    client.on('MESSAGE_CREATE', (d, frame) => {
      void redisClient.sendCommand(['XADD', key, 'MAXLEN', '~', String(MAX_LEN), '*', 't', frame.t, 's', String(frame.s), 'd', JSON.stringify(d)]);
    });
    stop = async () => {
      await client.close();
      await redisClient.close();
    };
  } else if (party === 'brokers') {
    const broker = new PubSubRedisBroker(new Redis(redis), { group: 'bench' });
    client.on('MESSAGE_CREATE', (d, frame) => void broker.publish('MESSAGE_CREATE', { s: frame.s, d }));
    stop = async () => {
      await client.close();
      await broker.destroy();
    };
  } else if (party === 'direct') {
    client.on('MESSAGE_CREATE', (d, frame) => counter.handle(d, frame.s));
    stop = () => client.close();
  } else {
    throw new Error(`unknown party ${party}`);
  }
  await client.connect();
  await ready;
}

serve({
  async connect(message) {
    await connect(message);
    return { type: 'connected' };
  },
  expect: ({ n, record }) => counter.expect(n, record),
  stats: () => ({ type: 'stats', metrics: host?.metrics() }),
  exit: () => stop(),
});
process.send({ type: 'started', at: nowMs() });
