/**
 * Request/reply and headers over MQTT 5, against a real mosquitto: the lamp controller fixture (written like
 * the AsyncAPI examples, with a `reply` on a fixed topic) generated into a package, answered by a responder
 * written with bare MQTT.js the way any MQTT 5 service answers: to the request's `responseTopic`, echoing its
 * `correlationData`. Headers travel as user properties, typed back from the document's header schemas.
 */
import path from 'node:path';
import mqtt, { type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../generator/helpers.js';
import { useMosquitto } from '../support/mosquitto.js';
import { generatePackage, type GeneratedPackage } from '../support/broker-package.js';
import { useBrokerClients } from '../support/broker-clients.js';

const LAMPS = path.join(ROOT, 'test/fixtures/brokers/lamps-mqtt.yaml');

const broker = useMosquitto();
let lamps: GeneratedPackage;
let responder: MqttClient;
const requests: Array<{ topic: string; payload: unknown; responseTopic?: string; correlation?: string; userProperties?: unknown }> = [];
const { client } = useBrokerClients('mqtt', () => broker().url, { reconnectDelayMs: 100 });

beforeAll(async () => {
  lamps = await generatePackage(LAMPS, { libraries: ['mqtt'], name: 'lamps' });
  // The lamps' side: answers each command on its responseTopic with its correlationData, the second of two
  // concurrent commands first (so a reply can only find its request by the correlation): an `off` waits for the
  // next command that is not one.
  responder = await mqtt.connectAsync(broker().url, { protocolVersion: 5 });
  await responder.subscribeAsync('site/+/lamps/+/command', { qos: 1 });
  const held: Array<() => void> = [];
  responder.on('message', (topic, payload, packet) => {
    const command = JSON.parse(payload.toString()) as { action: string; brightness?: number };
    const properties = packet.properties ?? {};
    requests.push({
      topic,
      payload: command,
      ...(properties.responseTopic !== undefined && { responseTopic: properties.responseTopic }),
      ...(properties.correlationData !== undefined && { correlation: properties.correlationData.toString() }),
      ...(properties.userProperties !== undefined && { userProperties: properties.userProperties }),
    });
    const answer = (): void => {
      if (properties.responseTopic === undefined) return;
      const result = { ok: command.action !== 'dim' || (command.brightness ?? -1) >= 0, detail: `${command.action} at ${topic}` };
      responder.publish(properties.responseTopic, JSON.stringify(result), { qos: 1, properties: { ...(properties.correlationData !== undefined && { correlationData: properties.correlationData }) } });
    };
    if (command.action === 'off') held.push(answer);
    else {
      answer();
      for (const release of held.splice(0)) release();
    }
  });
}, 180_000);

afterAll(async () => {
  await responder?.endAsync();
  await lamps?.cleanup();
}, 30_000);

describe('request/reply over MQTT 5 (responseTopic + correlationData)', () => {
  it('each request gets its own reply, though the answers come in the other order', async () => {
    const c = client(lamps);
    await c.connect();
    // The responder parks an `off` until the next command: it is answered second.
    const first = c.requestCommand({ action: 'off' }, { parameters: { siteId: 'north', lampId: 'a1' }, timeoutMs: 10_000 });
    await new Promise((r) => setTimeout(r, 200));
    const second = c.requestCommand({ action: 'dim', brightness: 30 }, { parameters: { siteId: 'north', lampId: 'a2' }, headers: { 'trace-id': 't-42' }, timeoutMs: 10_000 });
    expect(await second).toEqual({ ok: true, detail: 'dim at site/north/lamps/a2/command' });
    expect(await first).toEqual({ ok: true, detail: 'off at site/north/lamps/a1/command' });

    const dim = requests.find((r) => r.topic === 'site/north/lamps/a2/command')!;
    expect(dim.responseTopic).toBe('controller/command-results');
    expect(dim.correlation).toMatch(/\S{6,}/);
    expect(dim.userProperties).toEqual({ 'trace-id': 't-42' });
    expect(requests.find((r) => r.topic === 'site/north/lamps/a1/command')!.correlation).not.toBe(dim.correlation);
  });

  it('a reply with another correlation does not answer a request (it times out instead)', async () => {
    const c = client(lamps);
    await c.connect();
    const stray = await mqtt.connectAsync(broker().url, { protocolVersion: 5 });
    try {
      const pending = c.requestCommand({ action: 'off' }, { parameters: { siteId: 'south', lampId: 'b1' }, timeoutMs: 1500 });
      await new Promise((r) => setTimeout(r, 200));
      await stray.publishAsync('controller/command-results', JSON.stringify({ ok: false }), { qos: 1, properties: { correlationData: Buffer.from('someone-else') } });
      await expect(pending).rejects.toMatchObject({ code: 'timeout' });
    } finally {
      await stray.endAsync();
    }
  });

  it('received headers are typed from the document: integers and booleans parsed, strings kept', async () => {
    const c = client(lamps);
    await c.connect();
    // Two received messages and no field telling them apart: `onMessage` and the generated guard.
    const got = new Promise<{ message: unknown; context: any }>((resolve) => c.onMessage((message: unknown, context: unknown) => {
      if (lamps.pkg.isStatus(message) === true) resolve({ message, context });
    }));
    await responder.publishAsync('site/east/lamps/c3/status', JSON.stringify({ on: true, brightness: 80 }), {
      qos: 1,
      properties: { userProperties: { 'trace-id': '00123', battery: '87', charging: 'false' } },
    });
    const { message, context } = await got;
    expect(message).toEqual({ on: true, brightness: 80 });
    expect(context.parameters).toEqual({ siteId: 'east', lampId: 'c3' });
    // `trace-id` is a string in the schema: '00123' stays text; battery and charging are typed.
    expect(context.headers).toEqual({ 'trace-id': '00123', battery: 87, charging: false });
  });

  it('MQTT 3.1.1 cannot carry headers or a reply topic: the send says so instead of dropping them', async () => {
    const c = client(lamps, { protocolVersion: 4 });
    await expect(c.sendCommand({ action: 'on' }, { parameters: { siteId: 'w', lampId: 'd4' }, headers: { 'trace-id': 'x' } })).rejects.toMatchObject({
      code: 'unsupported', message: expect.stringContaining('userProperties'),
    });
    // Without them, MQTT 3.1.1 works.
    await c.sendCommand({ action: 'on' }, { parameters: { siteId: 'w', lampId: 'd4' } });
  });
});
