/**
 * Issue 14 on AMQP 0-9-1, against a real rabbitmq-server started by this file (one private node, user and
 * password from its config). The lamp controller fixture generated twice (controller and lamps) over the
 * shipped `AmqpTransport`: every message each way with parameters and typed headers, the publish options the
 * bindings give (checked with bare amqplib), request/reply answered by a bare amqplib responder the way
 * RabbitMQ services answer, `mandatory` and a missing exchange rejecting a send, the AsyncAPI RPC examples
 * (client and server packages talking to each other), a broker restart mid-run, the bound on sends while
 * disconnected, refused credentials, and a missing library.
 */
import net from 'node:net';
import path from 'node:path';
import amqplib, { type ChannelModel } from 'amqplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../generator/helpers.js';
import { useRabbitMq } from '../support/rabbitmq.js';
import { generatePackage, type GeneratedPackage } from '../support/broker-package.js';
import { collect, expectCredentialsRefused, expectQueuedSendsBounded, expectMissingLibraryNamed, expectSecretsHidden, useBrokerClients } from '../support/broker-clients.js';

const LAMPS = path.join(ROOT, 'test/fixtures/brokers/lamps-amqp.yaml');
const RPC_CLIENT_3 = path.join(ROOT, 'test/corpus/documents/v3.0.0/asyncapi__spec__examples__rpc-client-asyncapi.yml');
const RPC_SERVER_3 = path.join(ROOT, 'test/corpus/documents/v3.0.0/asyncapi__spec__examples__rpc-server-asyncapi.yml');
const RPC_CLIENT_26 = path.join(ROOT, 'test/corpus/documents/v2.6.0/asyncapi__spec__examples__rpc-client.yml');
const USER = 'controller';
const PASSWORD = 'pw-amqp-5d1f-never-printed';

const broker = useRabbitMq({ user: { name: USER, password: PASSWORD } });
let controller: GeneratedPackage;
let lamps: GeneratedPackage;
let bare: GeneratedPackage;
let rpcClient: GeneratedPackage;
let rpcClient26: GeneratedPackage;
let rpcServer: GeneratedPackage;
let raw: ChannelModel | undefined;
const { client, closeAfter } = useBrokerClients('amqp', () => broker().url, { username: USER, password: PASSWORD, reconnectDelayMs: 100, maxReconnectDelayMs: 500 });

beforeAll(async () => {
  [controller, lamps, bare, rpcClient, rpcClient26, rpcServer] = await Promise.all([
    generatePackage(LAMPS, { libraries: ['amqplib'], name: 'controller' }),
    generatePackage(LAMPS, { libraries: ['amqplib'], name: 'lamps', perspective: 'server' }),
    generatePackage(LAMPS, { name: 'bare' }),
    generatePackage(RPC_CLIENT_3, { libraries: ['amqplib'], name: 'rpc-client', perspective: 'server' }),
    generatePackage(RPC_CLIENT_26, { libraries: ['amqplib'], name: 'rpc-client-26', perspective: 'server' }),
    generatePackage(RPC_SERVER_3, { libraries: ['amqplib'], name: 'rpc-server', perspective: 'server' }),
  ]);
}, 240_000);

afterAll(async () => {
  await raw?.close().catch(() => undefined);
  await Promise.all([controller, lamps, bare, rpcClient, rpcClient26, rpcServer].map((p) => p?.cleanup()));
}, 30_000);

async function bareChannel() {
  if (raw === undefined) {
    raw = await amqplib.connect({ protocol: 'amqp', hostname: '127.0.0.1', port: broker().port, username: USER, password: PASSWORD });
    // The restart test closes it from the broker's side.
    raw.on('error', () => undefined);
  }
  const channel = await raw.createChannel();
  closeAfter({ close: () => channel.close().catch(() => undefined) });
  return channel;
}

const until = async (done: () => boolean, ms = 10_000): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
};

describe('the lamp controller over rabbitmq-server, no transport of the user', () => {
  it('sends and receives every message type both ways: parameters filled in and read back, typed headers, the bindings\' publish options', async () => {
    const ctl = client(controller);
    const lamp = client(lamps);
    await Promise.all([ctl.connect(), lamp.connect()]);
    // A bare consumer on the same exchange sees what the lamps publish, as any AMQP client would.
    const tap = await bareChannel();
    const { queue } = await tap.assertQueue('', { exclusive: true, autoDelete: true });
    await tap.bindQueue(queue, 'lamps', 'site.#');
    const tapped = new Promise<amqplib.ConsumeMessage>((resolve) => void tap.consume(queue, (m) => m && resolve(m), { noAck: true }));

    const statuses = collect<{ message: unknown; context: any }>((push) => ctl.on('Status', (message: unknown, context: unknown) => push({ message, context })), 1);
    await lamp.sendStatus({ on: true, brightness: 70 }, { parameters: { siteId: 'north', lampId: 'a1' }, headers: { 'trace-id': '0042', battery: 93, charging: true } });
    const [status] = await statuses;
    expect(status!.message).toEqual({ on: true, brightness: 70 });
    expect(status!.context.channel).toBe('site.north.lamps.a1.status');
    expect(status!.context.parameters).toEqual({ siteId: 'north', lampId: 'a1' });
    expect(status!.context.headers).toEqual({ 'trace-id': '0042', battery: 93, charging: true });
    // reportStatus's binding: deliveryMode 2, priority 5, timestamp, expiration; the message's: messageType.
    const seen = await tapped;
    expect(seen.fields).toMatchObject({ exchange: 'lamps', routingKey: 'site.north.lamps.a1.status' });
    expect(seen.properties).toMatchObject({ deliveryMode: 2, priority: 5, expiration: '600000', type: 'lamp.status', headers: { 'trace-id': '0042', battery: 93, charging: true } });
    expect(Math.abs(seen.properties.timestamp - Date.now() / 1000)).toBeLessThan(60);

    const commands = collect<{ message: unknown; context: any }>((push) => lamp.on('Command', (message: unknown, context: unknown) => push({ message, context })), 1);
    await ctl.sendCommand({ action: 'dim', brightness: 10 }, { parameters: { siteId: 'south', lampId: 'b2' }, headers: { 'trace-id': 't-1' } });
    const [command] = await commands;
    expect(command!.message).toEqual({ action: 'dim', brightness: 10 });
    expect(command!.context.parameters).toEqual({ siteId: 'south', lampId: 'b2' });
    expect(command!.context.headers).toEqual({ 'trace-id': 't-1' });

    // The reply channel is a queue the document declares: the lamps send to it, the controller consumes it.
    const results = collect<unknown>((push) => ctl.on('Result', (message: unknown) => push(message)), 1);
    await lamp.sendResult({ ok: true, detail: 'dimmed' });
    expect(await results).toEqual([{ ok: true, detail: 'dimmed' }]);
  });

  it('headers another client sends as text are typed from the document: integers and booleans parsed, strings kept', async () => {
    const ctl = client(controller);
    await ctl.connect();
    const got = new Promise<any>((resolve) => ctl.on('Status', (_message: unknown, context: unknown) => resolve(context)));
    const publisher = await bareChannel();
    publisher.publish('lamps', 'site.east.lamps.c3.status', Buffer.from(JSON.stringify({ on: true, brightness: 80 })), { headers: { 'trace-id': '00123', battery: '87', charging: 'false' } });
    expect((await got).headers).toEqual({ 'trace-id': '00123', battery: 87, charging: false });
  });

  it('requests carry replyTo and correlationId: each gets its own answer from a bare amqplib responder, though they come in the other order', async () => {
    const responder = await bareChannel();
    const { queue } = await responder.assertQueue('', { exclusive: true, autoDelete: true });
    await responder.bindQueue(queue, 'lamps', 'site.*.lamps.*.command');
    const held: Array<() => void> = [];
    const seen: Array<{ replyTo: string; correlationId: string }> = [];
    await responder.consume(queue, (msg) => {
      if (msg === null) return;
      const command = JSON.parse(msg.content.toString()) as { action: string };
      seen.push({ replyTo: msg.properties.replyTo, correlationId: msg.properties.correlationId });
      const answer = (): void => void responder.sendToQueue(msg.properties.replyTo, Buffer.from(JSON.stringify({ ok: true, detail: `${command.action} at ${msg.fields.routingKey}` })), { correlationId: msg.properties.correlationId });
      // An `off` waits for the next command that is not one: it is answered second.
      if (command.action === 'off') held.push(answer);
      else {
        answer();
        for (const release of held.splice(0)) release();
      }
    }, { noAck: true });
    const ctl = client(controller);
    await ctl.connect();
    const first = ctl.requestCommand({ action: 'off' }, { parameters: { siteId: 'x', lampId: 'c1' }, timeoutMs: 10_000 });
    await new Promise((r) => setTimeout(r, 200));
    const second = ctl.requestCommand({ action: 'on' }, { parameters: { siteId: 'x', lampId: 'c2' }, timeoutMs: 10_000 });
    expect(await second).toEqual({ ok: true, detail: 'on at site.x.lamps.c2.command' });
    expect(await first).toEqual({ ok: true, detail: 'off at site.x.lamps.c1.command' });
    expect(seen.map((s) => s.replyTo)).toEqual(['controller.command-results', 'controller.command-results']);
    expect(new Set(seen.map((s) => s.correlationId)).size).toBe(2);
  });

  it('a send resolves only once the broker confirmed it: a mandatory command no lamp listens for is returned, and rejects', async () => {
    const ctl = client(controller);
    await ctl.connect();
    await expect(ctl.sendCommand({ action: 'on' }, { parameters: { siteId: 'nowhere', lampId: 'z9' } })).rejects.toMatchObject({
      name: 'ClientError', code: 'rejected', message: expect.stringMatching(/no queue is bound for 'site\.nowhere\.lamps\.z9\.command' on exchange 'lamps'.*mandatory/),
    });
    // With a lamp listening, the same send is routed and resolves.
    const lamp = client(lamps);
    await lamp.connect();
    await ctl.sendCommand({ action: 'on' }, { parameters: { siteId: 'nowhere', lampId: 'z9' } });
  });

  it('a send to an exchange the broker does not have rejects with the broker\'s reason, and the next send goes through', async () => {
    const lamp = client(lamps);
    const ctl = client(controller);
    await Promise.all([lamp.connect(), ctl.connect()]);
    const admin = await bareChannel();
    await admin.deleteExchange('lamps');
    await expect(lamp.sendStatus({ on: false, brightness: 0 }, { parameters: { siteId: 's', lampId: 'l' } })).rejects.toMatchObject({
      code: 'rejected', message: expect.stringMatching(/NOT_FOUND - no exchange 'lamps'/),
    });
    // The broker closed that channel; the transport opens another, to the queue that still exists.
    await lamp.sendResult({ ok: false });
    await admin.assertExchange('lamps', 'topic', { durable: true, autoDelete: false });
  });

  it('the AsyncAPI RPC examples (3.0 and 2.6): the client package asks, the server package answers to its private queue with the correlation id', async () => {
    const server = client(rpcServer);
    server.on('Sum', (message: { numbers?: number[] }, context: any) => {
      void server.sendSendSumResult({ result: (message.numbers ?? []).reduce((a, b) => a + b, 0) }, { parameters: { queue: context.replyTo }, correlationId: context.correlationId });
    });
    await server.connect();
    for (const pkg of [rpcClient, rpcClient26]) {
      const asker = client(pkg);
      await asker.connect();
      const answers = collect<{ message: unknown; context: any }>((push) => asker.on('ReceiveSumResult', (message: unknown, context: unknown) => push({ message, context })), 2);
      await asker.sendRequestSum({ numbers: [4, 3] }, { correlationId: 'sum-1' });
      await asker.sendRequestSum({ numbers: [10, 20, 12] }, { correlationId: 'sum-2' });
      const got = await answers;
      expect(got.map((a) => [a.context.correlationId, a.message])).toEqual([['sum-1', { result: 7 }], ['sum-2', { result: 42 }]]);
      expect(got[0]!.context.channel).toMatch(/^gen-gateway-[a-z0-9]+$/);
    }
  });

  it('survives a broker restart: reconnects, declares and consumes again; nothing the broker confirmed is lost, sends made meanwhile go through', async () => {
    // Two controllers, each with a durable queue (the statuses are persistent: deliveryMode 2): one stays
    // connected across the restart (it must reconnect and consume again), one is away while the broker restarts
    // (what was confirmed for it must still be in its queue).
    const live = client(controller, { queues: { lampStatus: 'controller.live' } });
    const away = client(controller, { queues: { lampStatus: 'controller.away' } });
    const lamp = client(lamps);
    await Promise.all([live.connect(), away.connect(), lamp.connect()]);
    const [seenLive, seenAway] = [new Set<number>(), new Set<number>()];
    live.on('Status', (message: { brightness: number }) => seenLive.add(message.brightness));
    const send = (i: number) => lamp.sendStatus({ on: true, brightness: i }, { parameters: { siteId: 'r', lampId: 'l' } });
    await away.close();
    for (let i = 0; i < 30; i++) await send(i);
    await broker().stop({ keepDir: true });
    // Sent while the broker is down: they wait for the connection, and resolve once the restarted broker confirmed them.
    const during = Array.from({ length: 30 }, (_, k) => send(30 + k));
    await broker().start();
    await Promise.all(during);
    const all = Array.from({ length: 60 }, (_, i) => i);
    await until(() => seenLive.size === 60, 20_000);
    expect(all.filter((i) => !seenLive.has(i))).toEqual([]);
    const back = client(controller, { queues: { lampStatus: 'controller.away' } });
    back.on('Status', (message: { brightness: number }) => seenAway.add(message.brightness));
    await back.connect();
    await until(() => seenAway.size === 60, 20_000);
    expect(all.filter((i) => !seenAway.has(i))).toEqual([]);
  }, 90_000);

  it('rejects sends beyond maxQueuedSends while the connection is down, at once and by name', async () => {
    // Through a TCP relay to the broker, so this connection alone can be cut (the broker stays up for the others).
    const relay = await tcpRelay(broker().port);
    const lamp = client(lamps, { maxQueuedSends: 3, reconnectDelayMs: 60_000, maxReconnectDelayMs: 60_000 }, `amqp://127.0.0.1:${relay.port}`);
    await expectQueuedSendsBounded(lamp, {
      bound: 3,
      cut: async () => relay.cut(),
      send: (i) => lamp.sendStatus({ on: true, brightness: i }, { parameters: { siteId: 'q', lampId: 'q' } }),
    });
  }, 30_000);

  it('a wrong password is a clear `unauthorized` error at once, and the password appears nowhere', async () => {
    const wrong = 'pw-amqp-wrong-never-printed';
    const ctl = client(controller, { password: wrong });
    const error = await expectCredentialsRefused(ctl, broker().url);
    expectSecretsHidden(error, ctl, [wrong, PASSWORD]);
    // The same credentials in the URL: refused the same way, and the URL shown without them.
    const inUrl = client(controller, { username: undefined, password: undefined }, `amqp://${USER}:${wrong}@127.0.0.1:${broker().port}`);
    const fromUrl = await expectCredentialsRefused(inUrl, `amqp://127.0.0.1:${broker().port}`);
    expectSecretsHidden(fromUrl, inUrl, [wrong, PASSWORD]);
  });

  it('without amqplib installed, says what to install (in a plain node process)', async () => {
    await expectMissingLibraryNamed(bare, broker().url, 'amqplib');
  });
});

/** A TCP relay to the broker on a port of its own; `cut()` drops its connections and refuses new ones. */
async function tcpRelay(target: number): Promise<{ port: number; cut(): void }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((down) => {
    const up = net.connect(target, '127.0.0.1');
    for (const s of [down, up]) {
      sockets.add(s);
      s.on('error', () => undefined);
    }
    down.pipe(up).pipe(down);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closeAfter({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
  return {
    port: (server.address() as net.AddressInfo).port,
    cut() {
      server.close();
      for (const s of sockets) s.destroy();
    },
  };
}
