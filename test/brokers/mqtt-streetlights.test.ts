/**
 * Issue 14 on MQTT, against a real mosquitto started by the test (password file, persistence): the corpus
 * Streetlights document generated twice, as the operator's client and as the streetlights themselves, both
 * over the shipped `MqttTransport` with no transport of the user's. Every message each way with parameters
 * and headers, QoS from the document's bindings, a broker restart mid-run, refused credentials, a missing
 * `mqtt` package, the bound on sends waiting for a connection, and credentials kept out of what is printed.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { inspect, promisify } from 'node:util';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../generator/helpers.js';
import { Mosquitto, freePort, useMosquitto } from '../support/mosquitto.js';
import { generatePackage, type GeneratedPackage } from '../support/broker-package.js';
import { collect, expectCredentialsRefused, expectQueuedSendsBounded, expectMissingLibraryNamed, expectSecretsHidden, useBrokerClients } from '../support/broker-clients.js';

const STREETLIGHTS = path.join(ROOT, 'test/corpus/documents/v3.0.0/asyncapi__spec__examples__streetlights-mqtt-asyncapi.yml');
const USER = 'operator';
const PASSWORD = 'pw-5e1f0c-never-printed';

const broker = useMosquitto({ users: { [USER]: PASSWORD } });
/** The operator's side (the document's default perspective) and the streetlights' (the described application). */
let operator: GeneratedPackage;
let lights: GeneratedPackage;
let bare: GeneratedPackage;
const { client } = useBrokerClients('mqtt', () => broker().url, { username: USER, password: PASSWORD });

beforeAll(async () => {
  [operator, lights, bare] = await Promise.all([
    generatePackage(STREETLIGHTS, { libraries: ['mqtt'], name: 'operator' }),
    generatePackage(STREETLIGHTS, { libraries: ['mqtt'], name: 'lights', perspective: 'server' }),
    // No `node_modules/mqtt` beside this one: what a user sees who did not install it.
    generatePackage(STREETLIGHTS, { name: 'bare' }),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.all([operator?.cleanup(), lights?.cleanup(), bare?.cleanup()]);
}, 30_000);

describe('Streetlights over mosquitto, no transport of the user', () => {
  it('sends and receives every message type, parameters filled in and read back, typed headers both ways', async () => {
    const op = client(operator);
    const light = client(lights);
    await Promise.all([op.connect(), light.connect()]);

    const toOperator = collect<{ message: unknown; context: any }>((push) => op.onMessage((message: unknown, context: unknown) => push({ message, context })), 3);
    await light.sendTurnOn({ command: 'on', sentAt: '2026-01-01T00:00:00Z' }, { parameters: { streetlightId: 'lamp-1' }, headers: { 'my-app-header': 7 } });
    await light.sendTurnOff({ command: 'off' }, { parameters: { streetlightId: 'lamp-2' } });
    await light.sendDimLight({ percentage: 40 }, { parameters: { streetlightId: 'lamp-3' }, headers: { 'my-app-header': 99 } });
    const got = await toOperator;
    // MQTT orders the messages of one publisher and QoS on one connection; the three topics differ, so sort by lamp.
    got.sort((a, b) => String(a.context.parameters.streetlightId).localeCompare(String(b.context.parameters.streetlightId)));
    expect(got.map((g) => [g.message, g.context.channel, g.context.parameters, g.context.headers])).toEqual([
      [{ command: 'on', sentAt: '2026-01-01T00:00:00Z' }, 'smartylighting/streetlights/1/0/action/lamp-1/turn/on', { streetlightId: 'lamp-1' }, { 'my-app-header': 7 }],
      [{ command: 'off' }, 'smartylighting/streetlights/1/0/action/lamp-2/turn/off', { streetlightId: 'lamp-2' }, undefined],
      [{ percentage: 40 }, 'smartylighting/streetlights/1/0/action/lamp-3/dim', { streetlightId: 'lamp-3' }, { 'my-app-header': 99 }],
    ]);

    const toLights = collect<{ message: unknown; context: any }>((push) => light.on('LightMeasured', (message: unknown, context: unknown) => push({ message, context })), 1);
    await op.sendLightMeasured({ lumens: 1200, sentAt: '2026-01-01T00:00:01Z' }, { parameters: { streetlightId: 'lamp-9' }, headers: { 'my-app-header': 3 } });
    const [measured] = await toLights;
    expect(measured!.message).toEqual({ lumens: 1200, sentAt: '2026-01-01T00:00:01Z' });
    expect(measured!.context.parameters).toEqual({ streetlightId: 'lamp-9' });
    expect(measured!.context.headers).toEqual({ 'my-app-header': 3 });
  });

  it('publishes with the QoS of the operation binding (qos: 1) and subscribes with it', async () => {
    const watcher = await mqtt.connectAsync(broker().url, { username: USER, password: PASSWORD, protocolVersion: 5 });
    try {
      await watcher.subscribeAsync('smartylighting/#', { qos: 2 });
      const packets = collect<{ topic: string; qos: number; properties: unknown }>((push) => watcher.on('message', (topic, _payload, packet) => push({ topic, qos: packet.qos, properties: packet.properties })), 1);
      const op = client(operator);
      await op.sendLightMeasured({ lumens: 1 }, { parameters: { streetlightId: 'q' }, headers: { 'my-app-header': 5 } });
      const [packet] = await packets;
      // Delivered at min(publish QoS, subscription QoS 2): 1 is what the document's binding says.
      expect(packet).toMatchObject({ topic: 'smartylighting/streetlights/1/0/event/q/lighting/measured', qos: 1, properties: { userProperties: { 'my-app-header': '5' } } });

      // The operator's own subscriptions are QoS 1 too: a QoS 1 message reaches it at QoS 1.
      const op2 = client(operator);
      await op2.connect();
      const received = collect<unknown>((push) => op2.onMessage((_m: unknown, context: any) => push(context.channel)), 1);
      await watcher.publishAsync('smartylighting/streetlights/1/0/action/z/dim', JSON.stringify({ percentage: 1 }), { qos: 1 });
      expect(await received).toEqual(['smartylighting/streetlights/1/0/action/z/dim']);
    } finally {
      await watcher.endAsync();
    }
  });

  it('survives a broker restart mid-run: reconnects, resubscribes, and loses nothing the broker acknowledged (QoS 1)', async () => {
    const TOTAL = 120;
    // The receiver keeps its session across connections (fixed client id, cleanSession false): the broker
    // queues for it, and persists the queue, while it is away.
    const light = client(lights, { clientId: 'streetlight-restart-test', cleanSession: false, reconnectDelayMs: 100 });
    await light.connect();
    const seen = new Set<number>();
    light.on('LightMeasured', (message: { lumens: number }) => seen.add(message.lumens));
    const op = client(operator, { reconnectDelayMs: 100 });
    await op.connect();

    const acknowledged: number[] = [];
    const send = (i: number) => op.sendLightMeasured({ lumens: i }, { parameters: { streetlightId: `s${i % 7}` } }).then(() => acknowledged.push(i));
    for (let i = 0; i < TOTAL / 3; i++) await send(i);
    // Restart while sends are in flight; the ones made during the outage wait for the connection.
    const during = Array.from({ length: TOTAL / 3 }, (_, k) => send(TOTAL / 3 + k));
    await broker().restart();
    await Promise.all(during);
    for (let i = (2 * TOTAL) / 3; i < TOTAL; i++) await send(i);

    expect(acknowledged.sort((a, b) => a - b)).toEqual(Array.from({ length: TOTAL }, (_, i) => i));
    const deadline = Date.now() + 15_000;
    while (seen.size < TOTAL && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect([...seen].sort((a, b) => a - b)).toEqual(acknowledged);
  }, 60_000);

  it('resubscribes after a restart when the session is clean (the default)', async () => {
    const light = client(lights, { reconnectDelayMs: 100 });
    await light.connect();
    const op = client(operator, { reconnectDelayMs: 100 });
    await op.connect();
    await broker().restart();
    const got = collect<unknown>((push) => light.on('LightMeasured', (m: unknown) => push(m)), 1, 15_000);
    // Sent once both have reconnected and the receiver has subscribed again (retried until it arrives).
    let arrived = false;
    got.then(() => (arrived = true), () => undefined);
    for (let i = 0; i < 100 && !arrived; i++) {
      await op.sendLightMeasured({ lumens: 77 }, { parameters: { streetlightId: 'after' } });
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await got).toEqual([{ lumens: 77 }]);
  }, 30_000);

  it('rejects sends beyond maxQueuedSends while the connection is down, at once and by name', async () => {
    // A broker of its own, stopped for good: the shared one stays up whatever this test does.
    const own = await Mosquitto.start({ users: { [USER]: PASSWORD } });
    const op = client(operator, { reconnectDelayMs: 60_000, maxQueuedSends: 3 }, own.url);
    await expectQueuedSendsBounded(op, {
      bound: 3,
      cut: () => own.stop(),
      send: (i) => op.sendLightMeasured({ lumens: i }, { parameters: { streetlightId: 'x' } }),
    });
  }, 30_000);

  it('a wrong password is a clear error at once, not a hang, and the password appears nowhere', async () => {
    const wrong = 'pw-wrong-3d9a-never-printed';
    const op = client(operator, { password: wrong, reconnectDelayMs: 100 });
    const error = await expectCredentialsRefused(op, broker().url);
    // The send that would have connected fails the same way, without waiting.
    await expect(op.sendLightMeasured({ lumens: 1 }, { parameters: { streetlightId: 'x' } })).rejects.toMatchObject({ code: 'unauthorized' });
    expectSecretsHidden(error, op, [wrong, PASSWORD]);
  });

  it('a connected client shows no credentials either (util.inspect of the client and its transport)', async () => {
    const op = client(operator);
    await op.connect();
    const shown = inspect(op, { depth: 10, showHidden: true });
    expect(shown).toContain('MqttTransport');
    expect(shown).toContain(broker().url);
    expect(shown).not.toContain(PASSWORD);
  });

  it('the password stays out of the logs, even with MQTT.js debugging on (DEBUG=mqttjs*, in a child process)', async () => {
    const script = [
      `const { Client } = await import(${JSON.stringify(pathToFileURL(path.join(operator.dir, 'dist/index.js')).href)});`,
      `const client = new Client({ url: ${JSON.stringify(broker().url)}, mqtt: { username: ${JSON.stringify(USER)}, password: ${JSON.stringify(PASSWORD)} } });`,
      'await client.connect();',
      "await client.sendLightMeasured({ lumens: 5 }, { parameters: { streetlightId: 'debug' } });",
      'await client.close();',
      "console.log('sent');",
    ].join('\n');
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      cwd: operator.dir, timeout: 30_000, env: { ...process.env, DEBUG: 'mqttjs*', DEBUG_DEPTH: '10' },
    });
    expect(stdout.trim()).toBe('sent');
    expect(`${stdout}${stderr}`).not.toContain(PASSWORD);
  });

  it('a broker that is not there rejects connect() with the address and the cause, not a hang', async () => {
    const port = await freePort();
    const op = client(operator, {}, `mqtt://127.0.0.1:${port}`);
    await expect(op.connect()).rejects.toMatchObject({ code: 'not-connected', message: expect.stringMatching(new RegExp(`cannot connect to mqtt://127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`)) });
  });

  it('without the mqtt package installed, says what to install (in a plain node process, resolving as a user would)', async () => {
    await expectMissingLibraryNamed(bare, broker().url, 'mqtt');
  });

  it('installed from a folder (a link, as `npm install ./client` makes), finds mqtt in the application\'s node_modules', async () => {
    // The package resolves imports from its real place, beside which there is no `mqtt`: the application has it.
    const app = await mkdtemp(path.join(tmpdir(), 'gen-gateway-app-'));
    try {
      await mkdir(path.join(app, 'node_modules'));
      await writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'app', type: 'module', private: true }));
      await symlink(bare.dir, path.join(app, 'node_modules/streetlights-client'), 'dir');
      await symlink(path.join(ROOT, 'node_modules/mqtt'), path.join(app, 'node_modules/mqtt'), 'dir');
      const script = [
        "const { Client } = await import('streetlights-client');",
        `const client = new Client({ url: ${JSON.stringify(broker().url)}, mqtt: { username: ${JSON.stringify(USER)}, password: ${JSON.stringify(PASSWORD)} } });`,
        'await client.connect();',
        "await client.sendLightMeasured({ lumens: 5 }, { parameters: { streetlightId: 'linked' } });",
        'await client.close();',
        "console.log('sent');",
      ].join('\n');
      const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: app, timeout: 30_000 });
      expect(stdout.trim()).toBe('sent');
    } finally {
      await rm(app, { recursive: true, force: true });
    }
  });

  it('a user-supplied transport still takes precedence over the shipped one', async () => {
    const sent: unknown[] = [];
    const op = new operator.pkg.Client({ transport: { send: async (_d: unknown, c: unknown) => void sent.push(c), onMessage: () => () => undefined, close: async () => undefined } });
    await op.sendLightMeasured({ lumens: 2 }, { parameters: { streetlightId: 'own' } });
    expect(sent).toMatchObject([{ channel: 'smartylighting/streetlights/1/0/event/own/lighting/measured' }]);
  });
});
