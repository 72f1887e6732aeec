/**
 * Issue 12, item 6, on generated plain clients: received messages matched by channel, then discriminator, then
 * schema, every payload checked against its schema both ways, and what cannot be delivered reported, never
 * typed as a known message. Streetlights (MQTT) over an in-memory transport, with the addresses a broker would
 * report; Kraken (WebSocket, messages told apart by their `event` const) over a real WebSocket server on a
 * loopback port, through the client's default transport.
 */
import path from 'node:path';
import { inspect } from 'node:util';
import { pathToFileURL } from 'node:url';
import { WebSocketServer, type WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';
import { ROOT, tempDir } from '../generator/helpers.js';
import { memoryTransport } from '../support/memory-transport.js';

const CORPUS = path.join(ROOT, 'test/corpus/documents/v3.0.0');
const STREETLIGHTS = path.join(CORPUS, 'asyncapi__spec__examples__streetlights-mqtt-asyncapi.yml');
const KRAKEN = path.join(CORPUS, 'asyncapi__spec__examples__kraken-websocket-request-reply-multiple-channels-asyncapi.yml');
const DIM = 'smartylighting/streetlights/1/0/action/7/dim';
const TURN_ON = 'smartylighting/streetlights/1/0/action/7/turn/on';

type Pkg = Record<string, any>;

let dir: string;
let cleanup: () => Promise<void>;
/** Streetlights as the client of the document's application (receives turnOn/turnOff and dimLight) and as the application itself (sends them). */
let client: Pkg;
let server: Pkg;
let kraken: Pkg;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('gen-gateway-receive-'));
  const load = async (name: string, spec: string, perspective: 'client' | 'server' = 'client'): Promise<Pkg> => {
    await generate({ spec, perspective, outDir: path.join(dir, name) });
    return (await import(pathToFileURL(path.join(dir, name, 'dist/index.js')).href)) as Pkg;
  };
  client = await load('client', STREETLIGHTS);
  server = await load('server', STREETLIGHTS, 'server');
  kraken = await load('kraken', KRAKEN);
}, 120_000);
afterAll(async () => cleanup?.());

/** A Streetlights client over an in-memory transport, recording what it delivers and what it reports. */
function streetlights(options: Record<string, unknown> = {}) {
  const t = memoryTransport();
  const c = new client.Client({ transport: t.transport, ...options });
  const delivered: Array<[string, unknown, unknown]> = [];
  const errors: any[] = [];
  c.on('TurnOnOff', (message: unknown, context: { parameters?: unknown }) => delivered.push(['TurnOnOff', message, context.parameters]));
  c.on('DimLight', (message: unknown, context: { parameters?: unknown }) => delivered.push(['DimLight', message, context.parameters]));
  const any: unknown[] = [];
  c.onMessage((message: unknown) => any.push(message));
  c.onError((error: unknown) => errors.push(error));
  return { t, c, delivered, any, errors };
}

describe('Streetlights: matched by channel, checked against the schema', () => {
  it('the guards check the whole schema: {"percentage": 500} is no DimLight, so not both guards accept it', () => {
    expect(client.isDimLight({ percentage: 500 })).toBe(false);
    expect(client.isDimLight({ percentage: 50 })).toBe(true);
    expect(client.isTurnOnOff({ command: 'dim' })).toBe(false);
  });

  it('delivers a valid message as the message of the channel it came on, with its parameters and document name', () => {
    const { t, delivered, any, errors } = streetlights();
    const contexts: unknown[] = [];
    t.deliver({ percentage: 50 }, { channel: DIM });
    t.deliver({ command: 'on' }, { channel: TURN_ON });
    expect(delivered).toEqual([['DimLight', { percentage: 50 }, { streetlightId: '7' }], ['TurnOnOff', { command: 'on' }, { streetlightId: '7' }]]);
    expect(any).toHaveLength(2);
    expect(errors).toEqual([]);
    const c = new client.Client({ transport: t.transport });
    c.onMessage((_: unknown, context: unknown) => contexts.push(context));
    t.deliver({ percentage: 1 }, { channel: DIM });
    expect(contexts).toEqual([{ channel: DIM, message: 'dimLight', parameters: { streetlightId: '7' } }]);
  });

  it('reports {"percentage": 500} on the dim channel as invalid, naming the field, and delivers it to no handler', () => {
    const { t, delivered, any, errors } = streetlights();
    t.deliver({ percentage: 500 }, { channel: DIM });
    expect(delivered).toEqual([]);
    expect(any).toEqual([]);
    expect(errors).toHaveLength(1);
    const error = errors[0];
    expect(error).toBeInstanceOf(client.ClientError);
    expect(error).toMatchObject({ code: 'invalid-payload', channel: DIM, issues: [{ path: 'payload.percentage', message: 'must be at most 100 (got 500)' }] });
    expect(error.message).toBe(`received on '${DIM}': DimLight payload does not match its schema: payload.percentage must be at most 100 (got 500)`);
    expect(error.data).toBe('{"percentage":500}');
  });

  it('keeps the raw message out of util.inspect and JSON (a message may carry anything)', () => {
    const { t, errors } = streetlights();
    t.deliver({ percentage: 500, password: 'hunter2' }, { channel: DIM });
    expect(inspect(errors[0], { depth: 5 })).not.toContain('hunter2');
    expect(JSON.stringify(errors[0])).not.toContain('hunter2');
    expect(errors[0].data).toContain('hunter2');
  });

  it.each([
    ['a payload that is not an object', { data: '"on"', channel: DIM, code: 'invalid-payload', message: /payload must be an object \(got string\)/ }],
    ['text that is not JSON', { data: '{"percentage":', channel: DIM, code: 'invalid-payload', message: /could not be decoded/ }],
    ['an address that is no received channel', { data: '{}', channel: 'smartylighting/streetlights/1/0/event/7/lighting/measured', code: 'unknown-message', message: /no channel the client receives on has this address/ }],
  ])('reports %s, with the channel and the raw data', (_, { data, channel, code, message }) => {
    const { t, delivered, any, errors } = streetlights();
    t.deliverRaw(data, { channel });
    expect([delivered, any]).toEqual([[], []]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code, channel, message: expect.stringMatching(message) });
    expect(errors[0].data).toBe(data);
  });

  it('without a channel (a WebSocket), tells the candidates apart by schema, and reports a payload that is none of them', () => {
    const { t, delivered, errors } = streetlights();
    t.deliver({ command: 'off' });
    t.deliver({ command: 'dim', percentage: 500 });
    expect(delivered).toEqual([['TurnOnOff', { command: 'off' }, undefined]]);
    expect(errors.map((e) => [e.code, e.message])).toEqual([
      ['unknown-message', "received: matches no message of its channel (TurnOnOff: payload.command must be one of 'on', 'off' (got 'dim'); DimLight: payload.percentage must be at most 100 (got 500))"],
    ]);
  });

  it('with validate: false (or { receive: false }), delivers what the channel names, unchecked', () => {
    for (const validate of [false, { receive: false }]) {
      const { t, delivered, errors } = streetlights({ validate });
      t.deliver({ percentage: 500 }, { channel: DIM });
      expect(delivered).toEqual([['DimLight', { percentage: 500 }, { streetlightId: '7' }]]);
      expect(errors).toEqual([]);
    }
  });

  it('with no onError handler, throws the error to the transport that delivered the message: nothing is dropped unseen', () => {
    const t = memoryTransport();
    const c = new client.Client({ transport: t.transport });
    const delivered: unknown[] = [];
    c.on('DimLight', (m: unknown) => delivered.push(m));
    expect(() => t.deliver({ percentage: 500 }, { channel: DIM })).toThrow(expect.objectContaining({ code: 'invalid-payload' }));
    expect(delivered).toEqual([]);
    // A handler that throws, with no onError handler, is thrown to the transport too.
    c.on('TurnOnOff', () => {
      throw new Error('handler failed');
    });
    expect(() => t.deliver({ command: 'on' }, { channel: TURN_ON })).toThrow('handler failed');
  });

  it('receivedMessageName tells payloads apart as the client does', () => {
    expect(client.receivedMessageName({ percentage: 50 }, DIM)).toBe('DimLight');
    expect(client.receivedMessageName({ percentage: 500 }, DIM)).toBeUndefined();
    expect(client.receivedMessageName({ command: 'on' }, DIM)).toBe('DimLight'); // its channel says so, and DimLight accepts it
    expect(client.receivedMessageName({ command: 'on' })).toBe('TurnOnOff');
    expect(client.receivedMessageName({}, 'no/such/topic')).toBeUndefined();
  });
});

describe('Streetlights: sends checked before the transport sees them', () => {
  it.each([
    ['out of range', { payload: { percentage: 500 }, issue: 'payload.percentage must be at most 100 (got 500)' }],
    ['of the wrong type', { payload: { percentage: 'full' }, issue: 'payload.percentage must be an integer (got string)' }],
    ['not an integer', { payload: { percentage: 1.5 }, issue: 'payload.percentage must be an integer (got 1.5)' }],
  ])('rejects a dimLight percentage %s, naming the field, and sends nothing', async (_, { payload, issue }) => {
    const t = memoryTransport();
    const c = new server.Client({ transport: t.transport });
    const error = await c.sendDimLight(payload, { parameters: { streetlightId: '7' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(server.ClientError);
    expect(error).toMatchObject({ code: 'invalid-payload', message: `DimLight payload does not match its schema: ${issue}` });
    expect(t.sent).toEqual([]);
  });

  it('sends a valid payload, and an invalid one with validate: { send: false }', async () => {
    const t = memoryTransport();
    await new server.Client({ transport: t.transport }).sendDimLight({ percentage: 100 }, { parameters: { streetlightId: '7' } });
    await new server.Client({ transport: t.transport, validate: { send: false } }).sendDimLight({ percentage: 500 }, { parameters: { streetlightId: '7' } });
    expect(t.sent.map((s) => s.data)).toEqual(['{"percentage":100}', '{"percentage":500}']);
  });
});

/** A WebSocket server on a free loopback port; `connected` resolves with the first client's socket. */
async function loopbackServer() {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => wss.once('listening', resolve));
  const connected = new Promise<WebSocket>((resolve) => wss.once('connection', resolve));
  const { port } = wss.address() as { port: number };
  return { url: `ws://127.0.0.1:${port}`, connected, close: () => new Promise((resolve) => wss.close(resolve)) };
}

describe('Kraken over a loopback WebSocket: messages told apart by their event const', () => {
  it('delivers each message by its discriminator, reports an unknown event and an invalid message, and answers a request', async () => {
    const server = await loopbackServer();
    const c = new kraken.Client({ url: server.url });
    const got: Array<[string, unknown]> = [];
    const errors: any[] = [];
    for (const name of ['Heartbeat', 'SystemStatus', 'Pong']) c.on(name, (m: unknown) => got.push([name, m]));
    c.onError((e: unknown) => errors.push(e));
    try {
      await c.connect();
      const socket = await server.connected;
      const pong = c.requestPing({ event: 'ping', reqid: 42 });
      const request = await new Promise<string>((resolve) => socket.once('message', (data) => resolve(String(data))));
      expect(JSON.parse(request)).toEqual({ event: 'ping', reqid: 42 });
      for (const frame of [
        { event: 'heartbeat' },
        { event: 'systemStatus', connectionID: 1, status: 'online', version: '1.0' },
        { event: 'nope' },
        { event: 'systemStatus', status: 'asleep' },
        { event: 'pong', reqid: 42 },
      ]) socket.send(JSON.stringify(frame));
      await expect(pong).resolves.toEqual({ event: 'pong', reqid: 42 });
      expect(got).toEqual([
        ['Heartbeat', { event: 'heartbeat' }],
        ['SystemStatus', { event: 'systemStatus', connectionID: 1, status: 'online', version: '1.0' }],
        ['Pong', { event: 'pong', reqid: 42 }],
      ]);
      expect(errors.map((e) => [e.code, e.issues?.[0]?.path, e.message])).toEqual([
        ['unknown-message', 'payload.event', expect.stringMatching(/^received: matches no message of its channel: payload\.event must be one of .*'heartbeat'.* \(got 'nope'\)$/)],
        ['invalid-payload', 'payload.status', expect.stringMatching(/^received: SystemStatus payload does not match its schema: payload\.status must be one of 'online', .* \(got 'asleep'\)$/)],
      ]);
    } finally {
      await c.close();
      await server.close();
    }
  });
});
