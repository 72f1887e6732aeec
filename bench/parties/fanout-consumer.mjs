/**
 * The bot side of one fan-out party, in its own process: `node fanout-consumer.mjs <party>`.
 *   gen-gateway  GatewayEvents (group `bench`): handler per event, acked when it returns
 *   plain        XREADGROUP COUNT 200 BLOCK 1000 -> JSON.parse(d) -> handler -> one XACK per batch, pipelined
 *                with the next read (node-redis)
 *   brokers      @discordjs/brokers PubSubRedisBroker (ioredis, msgpack), subscribe(['MESSAGE_CREATE']), ack() each
 * IPC: `start { redis, prefix }` -> `started` (the group exists), `expect { n, record }` -> later `done`.
 */
import { GatewayEvents } from '@gen-gateway/redis';
import { PubSubRedisBroker } from '@discordjs/brokers';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { serve } from '../lib.mjs';
import { Counter } from './fanout-counter.mjs';

const [party] = process.argv.slice(2);
const counter = new Counter();
let stop = async () => undefined;

async function start({ redis, prefix }) {
  if (party === 'gen-gateway') {
    const events = new GatewayEvents({ redis, prefix, group: 'bench', shardCount: 1 });
    events.on('MESSAGE_CREATE', (d, { sequence }) => counter.handle(d, sequence));
    events.on('error', (error) => process.send({ type: 'log', message: `events error: ${error.message}` }));
    await events.start();
    stop = () => events.stop();
  } else if (party === 'plain') {
    const client = createClient({ url: redis });
    await client.connect();
    const key = `${prefix}events`;
    await client.sendCommand(['XGROUP', 'CREATE', key, 'bench', '$', 'MKSTREAM']);
    let running = true;
    const loop = (async () => {
      while (running) {
        const reply = await client.sendCommand(['XREADGROUP', 'GROUP', 'bench', 'c1', 'COUNT', '200', 'BLOCK', '1000', 'STREAMS', key, '>']);
        if (!reply) continue;
        const entries = reply[0][1];
        const ids = new Array(entries.length);
        for (let i = 0; i < entries.length; i++) {
          const [id, fields] = entries[i];
          ids[i] = id;
          counter.handle(JSON.parse(fields[5]), Number(fields[3]));
        }
        void client.sendCommand(['XACK', key, 'bench', ...ids]);
      }
    })();
    stop = async () => {
      running = false;
      await loop;
      await client.close();
    };
  } else if (party === 'brokers') {
    const broker = new PubSubRedisBroker(new Redis(redis), { group: 'bench', name: 'c1' });
    broker.on('MESSAGE_CREATE', ({ data, ack }) => {
      counter.handle(data.d, data.s);
      void ack();
    });
    await broker.subscribe(['MESSAGE_CREATE']);
    stop = () => broker.destroy();
  } else {
    throw new Error(`unknown party ${party}`);
  }
}

serve({
  async start(message) {
    await start(message);
    return { type: 'started' };
  },
  expect: ({ n, record }) => counter.expect(n, record),
  exit: () => stop(),
});
process.send({ type: 'ready' });
