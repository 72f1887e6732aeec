/**
 * One party of the NATS or AMQP rows of the broker-transport section, in its own process:
 * `node broker-party.mjs <nats|amqp> <bare|generated> <url> <controller package dir> <lamps package dir>`.
 * Each party publishes lamp statuses and receives them in this process (the lamp fixtures of test/fixtures/
 * brokers: one header carries the message's number), so both sides of its client layer are measured.
 *   bare       nats.js 3 `publish` + one `flush` per turn / `subscribe`; amqplib 2 confirm channel `publish`
 *              with the document's options + a consumer that acks: the floor; like the generated party, a
 *              connection for each end; on subjects and an exchange of its own (`bare.*`, `lamps-bare`)
 *   generated  the lamps package's `sendStatus` and the controller's `on('Status')`, over the shipped transport
 * The IPC loop is `party-loop.mjs`'s.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { servePartyLoop } from './party-loop.mjs';

const [protocol, party, url, controllerDir, lampsDir] = process.argv.slice(2);
// Serialized for each send, as the generated client does and as any application has to.
const status = () => JSON.stringify({ on: true, brightness: 50 });
const KEY = 'site.bench.lamps.l1.status';
// The bare party's own subjects and exchange: the generated party, alive beside it, subscribes to the document's
// `site.*.lamps.*.status` and would otherwise take (and check) every bare message during the bare rounds, and
// the bare party every generated one, each loading the machine during the other's rounds.
const BARE_KEY = `bare.${KEY}`;
const BARE_EXCHANGE = 'lamps-bare';

async function bareNats() {
  const { connect, headers } = await import('@nats-io/transport-node');
  // Two connections, as the generated party has (the lamps' client and the controller's): one connection for both
  // ends would measure a different path through the server, not the generated layer.
  const [nc, controller] = await Promise.all([connect({ servers: url }), connect({ servers: url })]);
  let handler = () => undefined;
  controller.subscribe('bare.site.*.lamps.*.status', { queue: 'bench-bare', callback: (_e, msg) => (JSON.parse(new TextDecoder().decode(msg.data)), handler(Number(msg.headers.get('trace-id')))) });
  await controller.flush();
  const bytes = new TextEncoder();
  // One flush for the sends of a turn, as the generated transport does: each send still resolves only once the
  // server has read it, without a PING per message (which made the bare loop the slower one).
  let flushing;
  const flushed = () => (flushing ??= Promise.resolve().then(() => {
    flushing = undefined;
    return nc.flush();
  }));
  return {
    send: (i) => {
      const h = headers();
      h.set('trace-id', String(i));
      nc.publish(BARE_KEY, bytes.encode(status()), { headers: h });
      return flushed();
    },
    received: (h) => (handler = h),
    close: () => Promise.all([nc.drain(), controller.drain()]),
  };
}

async function bareAmqp() {
  const amqp = (await import('amqplib')).default;
  // Two connections, as the generated party has (the lamps' client publishes, the controller's consumes).
  const [connection, lampsConnection] = await Promise.all([amqp.connect(url), amqp.connect(url)]);
  const consumer = await connection.createChannel();
  await consumer.prefetch(100);
  await consumer.assertExchange(BARE_EXCHANGE, 'topic', { durable: true, autoDelete: false });
  const { queue } = await consumer.assertQueue('', { exclusive: true, autoDelete: true, durable: false });
  await consumer.bindQueue(queue, BARE_EXCHANGE, 'site.*.lamps.*.status');
  let handler = () => undefined;
  await consumer.consume(queue, (msg) => {
    JSON.parse(msg.content.toString());
    handler(Number(msg.properties.headers['trace-id']));
    consumer.ack(msg);
  });
  const publisher = await lampsConnection.createConfirmChannel();
  // The options the fixture's bindings give the generated transport: the same work on the wire.
  const options = { deliveryMode: 2, priority: 5, expiration: '600000', type: 'lamp.status' };
  return {
    send: (i) => new Promise((resolve, reject) => publisher.publish(BARE_EXCHANGE, KEY, Buffer.from(status()), { ...options, timestamp: Math.floor(Date.now() / 1000), headers: { 'trace-id': String(i) } }, (error) => (error ? reject(error) : resolve()))),
    received: (h) => (handler = h),
    close: () => Promise.all([connection.close(), lampsConnection.close()]),
  };
}

async function generated() {
  const load = (dir) => import(pathToFileURL(path.join(dir, 'dist/index.js')).href);
  const [{ Client: Controller }, { Client: Lamps }] = await Promise.all([load(controllerDir), load(lampsDir)]);
  const controller = new Controller({ url });
  const lamps = new Lamps({ url });
  await Promise.all([controller.connect(), lamps.connect()]);
  const parameters = { siteId: 'bench', lampId: 'l1' };
  return {
    send: (i) => lamps.sendStatus({ on: true, brightness: 50 }, { parameters, headers: { 'trace-id': String(i) } }),
    received: (handler) => controller.on('Status', (_message, context) => handler(Number(context.headers['trace-id']))),
    close: () => Promise.all([controller.close(), lamps.close()]),
  };
}

servePartyLoop(() => (party === 'generated' ? generated() : protocol === 'nats' ? bareNats() : bareAmqp()));
