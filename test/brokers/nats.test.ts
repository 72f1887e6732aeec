/**
 * Issue 14 on NATS, against a real nats-server started by the test (user and password): the lamp controller
 * fixture (no corpus document speaks NATS) generated twice, as the controller and as the lamps, both over the
 * shipped `NatsTransport`. Every message each way with parameters and headers, NATS request/reply answered by
 * a bare nats.js responder, a server restart mid-run, the bound on sends waiting for a connection, refused
 * credentials, and a missing library.
 */
import path from 'node:path';
import { connect, headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../generator/helpers.js';
import { NatsServer, useNatsServer } from '../support/nats-server.js';
import { generatePackage, type GeneratedPackage } from '../support/broker-package.js';
import { collect, expectCredentialsRefused, expectQueuedSendsBounded, expectMissingLibraryNamed, expectSecretsHidden, useBrokerClients } from '../support/broker-clients.js';

const LAMPS = path.join(ROOT, 'test/fixtures/brokers/lamps-nats.yaml');
const USER = 'controller';
const PASSWORD = 'pw-nats-7c2e-never-printed';

const server = useNatsServer({ user: { name: USER, password: PASSWORD } });
let controller: GeneratedPackage;
let lamps: GeneratedPackage;
let bare: GeneratedPackage;
let responder: NatsConnection;
// The controllers share a queue group (the document's binding): each test closes its clients.
const { client } = useBrokerClients('nats', () => server().url, { username: USER, password: PASSWORD, reconnectDelayMs: 100 });

beforeAll(async () => {
  [controller, lamps, bare] = await Promise.all([
    generatePackage(LAMPS, { libraries: ['@nats-io'], name: 'controller' }),
    generatePackage(LAMPS, { libraries: ['@nats-io'], name: 'lamps', perspective: 'server' }),
    generatePackage(LAMPS, { name: 'bare' }),
  ]);
}, 180_000);

afterAll(async () => {
  await responder?.close();
  await Promise.all([controller?.cleanup(), lamps?.cleanup(), bare?.cleanup()]);
}, 30_000);

describe('the lamp controller over nats-server, no transport of the user', () => {
  it('sends and receives every message type, parameters filled in and read back, typed headers both ways', async () => {
    const ctl = client(controller);
    const lamp = client(lamps);
    await Promise.all([ctl.connect(), lamp.connect()]);

    const statuses = collect<{ message: unknown; context: any }>((push) => ctl.onMessage((message: unknown, context: unknown) => {
      if (controller.pkg.isStatus(message) === true) push({ message, context });
    }), 1);
    await lamp.sendStatus({ on: true, brightness: 70 }, { parameters: { siteId: 'north', lampId: 'a1' }, headers: { 'trace-id': '0042', battery: 93, charging: true } });
    const [status] = await statuses;
    expect(status!.message).toEqual({ on: true, brightness: 70 });
    expect(status!.context.channel).toBe('site.north.lamps.a1.status');
    expect(status!.context.parameters).toEqual({ siteId: 'north', lampId: 'a1' });
    expect(status!.context.headers).toEqual({ 'trace-id': '0042', battery: 93, charging: true });

    const commands = collect<{ message: unknown; context: any }>((push) => lamp.onMessage((message: unknown, context: unknown) => push({ message, context })), 1);
    await ctl.sendCommand({ action: 'dim', brightness: 10 }, { parameters: { siteId: 'south', lampId: 'b2' }, headers: { 'trace-id': 't-1' } });
    const [command] = await commands;
    expect(command!.message).toEqual({ action: 'dim', brightness: 10 });
    expect(command!.context.parameters).toEqual({ siteId: 'south', lampId: 'b2' });
    expect(command!.context.headers).toEqual({ 'trace-id': 't-1' });
  });

  it('headers come from strangers: one named __proto__ is a header like any other, not the prototype of the headers object', async () => {
    const ctl = client(controller);
    await ctl.connect();
    const stranger = await connect({ servers: server().url, user: USER, pass: PASSWORD });
    try {
      const received = collect<any>((push) => ctl.onMessage((_message: unknown, context: any) => push(context)), 1);
      const h = natsHeaders();
      h.set('__proto__', 'polluted');
      h.set('trace-id', '7');
      stranger.publish('site.west.lamps.z9.status', JSON.stringify({ on: false, brightness: 0 }), { headers: h });
      await stranger.flush();
      const [context] = await received;
      expect(Object.getPrototypeOf(context.headers)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(context.headers, '__proto__')?.value).toBe('polluted');
      expect(context.headers['trace-id']).toBe('7');
    } finally {
      await stranger.close();
    }
  });

  it('requests use NATS request/reply: each gets its own answer from msg.respond(), though they come in the other order', async () => {
    responder = await connect({ servers: server().url, user: USER, pass: PASSWORD });
    const held: Array<() => void> = [];
    responder.subscribe('site.*.lamps.*.command', {
      callback: (_error, msg) => {
        const command = msg.json<{ action: string }>();
        const answer = (): void => void msg.respond(JSON.stringify({ ok: true, detail: `${command.action} at ${msg.subject}` }));
        // An `off` waits for the next command that is not one: it is answered second.
        if (command.action === 'off') held.push(answer);
        else {
          answer();
          for (const release of held.splice(0)) release();
        }
      },
    });
    await responder.flush();
    const ctl = client(controller);
    await ctl.connect();
    const first = ctl.requestCommand({ action: 'off' }, { parameters: { siteId: 'x', lampId: 'c1' }, timeoutMs: 10_000 });
    await new Promise((r) => setTimeout(r, 200));
    const second = ctl.requestCommand({ action: 'on' }, { parameters: { siteId: 'x', lampId: 'c2' }, timeoutMs: 10_000 });
    expect(await second).toEqual({ ok: true, detail: 'on at site.x.lamps.c2.command' });
    expect(await first).toEqual({ ok: true, detail: 'off at site.x.lamps.c1.command' });
  });

  it('subscribes in the queue group of the binding (queue: controllers): each status reaches one controller of the group', async () => {
    const [a, b] = [client(controller), client(controller)];
    const lamp = client(lamps);
    await Promise.all([a.connect(), b.connect(), lamp.connect()]);
    const got: string[] = [];
    a.onMessage(() => got.push('a'));
    b.onMessage(() => got.push('b'));
    for (let i = 0; i < 40; i++) await lamp.sendStatus({ on: true, brightness: i }, { parameters: { siteId: 'g', lampId: 'g' } });
    const deadline = Date.now() + 5000;
    while (got.length < 40 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 200));
    // Without the queue group each controller would get all 40 (80 in all).
    expect(got.length).toBe(40);
    expect(got).toContain('a');
    expect(got).toContain('b');
  });

  it('survives a server restart: reconnects, subscribes again, and the sends made during the outage go through', async () => {
    const ctl = client(controller);
    const lamp = client(lamps);
    await Promise.all([ctl.connect(), lamp.connect()]);
    const seen = new Set<number>();
    ctl.onMessage((message: { brightness?: number }) => {
      if (typeof message.brightness === 'number') seen.add(message.brightness);
    });
    const send = (i: number) => lamp.sendStatus({ on: true, brightness: i }, { parameters: { siteId: 'r', lampId: 'l' } });
    for (let i = 0; i < 20; i++) await send(i);
    await server().stop({ keepDir: true });
    await new Promise((r) => setTimeout(r, 300));
    // Sent while the connection is down: they wait for it, and resolve once the restarted server has them.
    const during = Array.from({ length: 20 }, (_, k) => send(20 + k));
    await server().restart();
    await Promise.all(during);
    // Core NATS keeps nothing for a subscriber that is not back yet: from here on, every message must arrive.
    const deadline = Date.now() + 15_000;
    let next = 40;
    while (Date.now() < deadline) {
      await send(next);
      await new Promise((r) => setTimeout(r, 50));
      if (seen.has(next)) break;
      next++;
    }
    const after = Array.from({ length: 20 }, (_, k) => next + 1 + k);
    for (const i of after) await send(i);
    const until = Date.now() + 10_000;
    while (!after.every((i) => seen.has(i)) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(after.filter((i) => !seen.has(i))).toEqual([]);
    expect(Array.from({ length: 20 }, (_, i) => i).filter((i) => !seen.has(i))).toEqual([]);
  }, 60_000);

  it('rejects sends beyond maxQueuedSends while the connection is down, at once and by name', async () => {
    const own = await NatsServer.start({ user: { name: USER, password: PASSWORD } });
    const lamp = client(lamps, { maxQueuedSends: 3, reconnectDelayMs: 60_000 }, own.url);
    await expectQueuedSendsBounded(lamp, {
      bound: 3,
      cut: () => own.stop(),
      send: (i) => lamp.sendStatus({ on: true, brightness: i }, { parameters: { siteId: 'q', lampId: 'q' } }),
    });
  }, 30_000);

  it('a wrong password is a clear error at once, and the password appears nowhere', async () => {
    const wrong = 'pw-nats-wrong-never-printed';
    const ctl = client(controller, { password: wrong });
    const error = await expectCredentialsRefused(ctl, server().url);
    expectSecretsHidden(error, ctl, [wrong, PASSWORD]);
  });

  it('without @nats-io/transport-node installed, says what to install (in a plain node process)', async () => {
    await expectMissingLibraryNamed(bare, server().url, '@nats-io/transport-node');
  });
});
