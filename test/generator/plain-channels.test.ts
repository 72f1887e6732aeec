/**
 * Issue 12, items 1-5, on plain-envelope documents: one type per message and one method per operation,
 * output that always compiles, channel parameters (substituted on send, extracted on receive, wildcard
 * subscriptions), typed headers, and server URLs from their variables. The generated client runs over an
 * in-memory transport of our own `Transport` interface.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Project } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, generateFiles } from '../../generator/generate.js';
import { findUndeclared } from '../../generator/emit/check-declared.js';
import { buildIr } from '../../generator/ir/build-ir.js';
import { buildServers } from '../../generator/ir/build-servers.js';
import { addressParameters, buildParameter, channelServers } from '../../generator/ir/build-channels.js';
import { ROOT, tempDir, typeCheck } from './helpers.js';

const FIXTURE = path.join(ROOT, 'test/fixtures/plain-channels/shared-message.yaml');
const CORPUS = path.resolve(ROOT, '../shared/corpus/asyncapi');
const STREETLIGHTS = {
  '2.6': path.join(CORPUS, 'v2.6.0/asyncapi__spec__examples__streetlights-mqtt.yml'),
  '3.0': path.join(CORPUS, 'v3.0.0/asyncapi__spec__examples__streetlights-mqtt-asyncapi.yml'),
};
const GEMINI = path.join(CORPUS, 'v3.0.0/asyncapi__spec__examples__websocket-gemini-asyncapi.yml');
const hasCorpus = existsSync(STREETLIGHTS['3.0']);

/** Type tests of the fixture's client, checked by tsc beside the package: each `@ts-expect-error` must be an error. */
const USAGE = `import { Client, type Transport } from './index.js';
declare const transport: Transport;
const client = new Client({ transport, server: 'broker', serverVariables: { port: '8883', stage: 'test' } });
// @ts-expect-error a server variable outside its enum
void new Client({ transport, serverVariables: { port: '80' } });
// @ts-expect-error a server the document does not have
void new Client({ transport, server: 'nope' });
void client.sendTurnOn({ on: true }, { parameters: { lampId: '42' }, headers: { 'trace-id': 't' } });
// @ts-expect-error the options (parameters, headers) are required
void client.sendTurnOn({ on: true });
// @ts-expect-error the channel's parameters are required
void client.sendTurnOn({ on: true }, { headers: { 'trace-id': 't' } });
// @ts-expect-error a parameter outside its enum
void client.sendTurnOn({ on: true }, { parameters: { lampId: '3' }, headers: { 'trace-id': 't' } });
// @ts-expect-error the headers schema requires trace-id
void client.sendTurnOff({ on: true }, { parameters: { lampId: 'x' } });
// @ts-expect-error a header of the wrong type
void client.sendTurnOff({ on: true }, { parameters: { lampId: 'x' }, headers: { 'trace-id': 1 } });
client.on('Measured', (message, context) => {
  const lux: number = message.lux;
  const lamp: string | undefined = context.parameters?.lampId;
  const trace: string | undefined = context.headers?.['trace-id'];
  // @ts-expect-error the measured channel has no such parameter
  void context.parameters?.roomId;
  void [lux, lamp, trace];
});
`;

/** An in-memory `Transport`: records sends and subscriptions, delivers what the test hands it. */
function memoryTransport() {
  const sent: Array<{ data: string; context: Record<string, unknown> }> = [];
  const subscriptions: Array<{ channel: string; pattern: string }> = [];
  let handler: (data: string, context: object) => void = () => undefined;
  return {
    sent,
    subscriptions,
    deliver: (message: unknown, context: object) => handler(JSON.stringify(message), context),
    transport: {
      send: async (data: string, context: Record<string, unknown>) => void sent.push({ data, context }),
      onMessage: (h: typeof handler) => {
        handler = h;
        return () => undefined;
      },
      subscribe: (s: { channel: string; pattern: string }) => void subscriptions.push({ channel: s.channel, pattern: s.pattern }),
      close: async () => undefined,
    },
  };
}

const object = (properties: Record<string, unknown>) => ({ type: 'object', properties });

describe('the IR of a message used by several operations', () => {
  const message = { name: 'switch', payload: object({ on: { type: 'boolean' } }) };
  const other = { name: 'dim', payload: object({ pct: { type: 'integer' } }) };
  const v2 = {
    asyncapi: '2.6.0', info: { title: 'T', version: '1' },
    channels: {
      'lamps/{id}/on': { parameters: { id: { schema: { type: 'string', pattern: '^[0-9]+$' } } }, publish: { operationId: 'turnOn', message } },
      'lamps/{id}/off': { publish: { operationId: 'turnOff', message } },
      'lamps/{id}/dim': { publish: { operationId: 'dimLight', message: other } },
    },
  };
  const on = { address: 'lamps/{id}/on', messages: { switch: message } };
  const off = { address: 'lamps/{id}/off', messages: { switch: message } };
  const v3 = {
    asyncapi: '3.0.0', info: { title: 'T', version: '1' },
    channels: { on, off, dim: { address: 'lamps/{id}/dim', messages: { dim: other } } },
    operations: {
      turnOn: { action: 'receive', channel: on, messages: [message] },
      turnOff: { action: 'receive', channel: off, messages: [message] },
      dimLight: { action: 'receive', channel: { address: 'lamps/{id}/dim', messages: { dim: other } }, messages: [other] },
    },
    components: { messages: { switch: message, dim: other } },
  };
  it.each([
    ['2.x: one $ref from two channels', { doc: v2 }],
    ['3.x: one component message in two channels', { doc: v3 }],
  ])('%s: one message, one method per operation, each on its own channel', (_, { doc }) => {
    const ir = buildIr(doc, { file: 't.yaml' });
    expect(ir.messages.map((m) => m.name)).toEqual(['Switch', 'Dim']);
    expect(ir.operations.map((o) => [o.key, o.methods.map((m) => m.name), ir.channels.find((c) => c.key === o.channel)?.address])).toEqual([
      ['turnOn', ['TurnOn'], 'lamps/{id}/on'],
      ['turnOff', ['TurnOff'], 'lamps/{id}/off'],
      ['dimLight', ['Dim'], 'lamps/{id}/dim'],
    ]);
    expect(ir.channels.every((c) => c.parameters.map((p) => p.name).join() === 'id')).toBe(true);
  });
});

describe('channel parameters and servers in the IR', () => {
  it.each([
    ['3.x: enum, default, examples, always a string', { raw: { enum: ['a', 'b'], default: 'a', examples: ['b'], description: 'd' }, v3: true, want: { name: 'p', schema: { enum: ['a', 'b'], default: 'a', examples: ['b'], type: 'string' }, description: 'd' } }],
    ['2.x: the schema, its type kept', { raw: { schema: { type: 'integer', minimum: 1 } }, v3: false, want: { name: 'p', schema: { type: 'integer', minimum: 1 } } }],
    ['undeclared: a string', { raw: undefined, v3: true, want: { name: 'p', schema: { type: 'string' } } }],
  ])('%s', (_, { raw, v3, want }) => {
    expect(buildParameter('p', raw, v3)).toEqual(want);
  });

  it('lists the parameters of an address in order, once each', () => {
    expect(addressParameters('a/{x}/b/{y}/{x}')).toEqual(['x', 'y']);
  });

  it.each([
    ['2.x url without a scheme, enum variable', { server: { url: 'broker:{port}', protocol: 'mqtt', variables: { port: { default: '1883', enum: ['1883', '8883'] } } }, url: 'mqtt://broker:1883', template: 'mqtt://broker:{port}' }],
    ['3.x host and pathname', { server: { host: 'api.example.com', pathname: '/v1/{stage}', protocol: 'wss', variables: { stage: { default: 'live' } } }, url: 'wss://api.example.com/v1/live', template: 'wss://api.example.com/v1/{stage}' }],
    ['a variable without default stays a placeholder', { server: { host: '{host}', protocol: 'ws' }, url: 'ws://{host}', template: 'ws://{host}' }],
  ])('server URL: %s', (_, { server, url, template }) => {
    const [built] = buildServers({ servers: { s: server } });
    expect([built!.url, built!.template]).toEqual([url, template]);
  });

  it.each([
    ['2.x names', { channel: { servers: ['b', 'missing'] }, want: ['b'] }],
    ['3.x resolved server objects', { channel: { servers: [{ host: 'b.example', protocol: 'mqtt' }] }, want: ['b'] }],
    ['none: every server', { channel: {}, want: [] }],
  ])('channel servers: %s', (_, { channel, want }) => {
    const doc = { servers: { a: { host: 'a.example', protocol: 'ws' }, b: { host: 'b.example', protocol: 'mqtt' } } };
    expect(channelServers(doc, channel)).toEqual(want);
  });
});

interface MethodRow {
  spec: string;
  perspective: 'client' | 'server';
  methods: string[];
}

const methodRows: Array<[string, MethodRow]> = [
  ['the fixture (3.0, a component message on two channels)', { spec: FIXTURE, perspective: 'client', methods: ['sendTurnOn', 'sendTurnOff'] }],
  ...(hasCorpus ? [
    ['Streetlights MQTT 2.6', { spec: STREETLIGHTS['2.6'], perspective: 'server', methods: ['sendTurnOn', 'sendTurnOff', 'sendDimLight'] }],
    ['Streetlights MQTT 3.0', { spec: STREETLIGHTS['3.0'], perspective: 'server', methods: ['sendTurnOn', 'sendTurnOff', 'sendDimLight'] }],
  ] satisfies Array<[string, MethodRow]> : []),
];

describe('one message, one type, one method per operation', () => {
  it.each(methodRows)('%s', async (_, { spec, perspective, methods }) => {
    const { ir, files } = await generateFiles({ spec, perspective, outDir: '/nonexistent' });
    const client = files.get('src/client.ts')!;
    for (const method of methods) expect(client).toMatch(new RegExp(`^ {2}(?:async )?${method}\\(`, 'm'));
    // The shared message is one message with one payload type, never a numbered copy.
    expect(files.get('src/models.ts')).not.toMatch(/export (interface|type) \w+2\b/);
    expect(new Set(ir.messages.map((m) => m.name)).size).toBe(ir.messages.length);
  }, 60_000);
});

describe('output that always compiles', () => {
  it.each([
    ['a reference to an undeclared model', { code: 'export interface A { b: A_b; }', want: ['A_b'] }],
    ['a namespace member the models lack', { code: "import type * as M from './models.js';\nexport type X = M.Missing;", want: ['M.Missing'] }],
    ['declared, imported, generic and lib types', { code: "import type { T } from './t.js';\nexport interface A { b: A; c: T; d: Record<string, Array<Promise<void>>> }\nexport type F<P> = P;", want: [] }],
  ])('finds %s', (_, { code, want }) => {
    const project = new Project({ useInMemoryFileSystem: true });
    project.createSourceFile('/src/models.ts', code);
    expect(findUndeclared(project, ['/src/models.ts']).map((u) => u.name)).toEqual(want);
  });

  it('spells out an object that admits no property (Modelina would name it Payload_extra and never declare it)', async () => {
    const { files } = await generateFiles({ spec: FIXTURE, outDir: '/nonexistent' });
    expect(files.get('src/models.ts')).toMatch(/extra\?: Record<string, never>;/);
    expect(files.get('src/models.ts')).not.toMatch(/\w_\w+;/);
  }, 60_000);
});

describe('the generated client: parameters, headers, servers', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let pkg: Record<string, any>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    await generate({ spec: FIXTURE, outDir: path.join(dir, 'lamps') });
    pkg = (await import(pathToFileURL(path.join(dir, 'lamps/dist/index.js')).href)) as Record<string, any>;
  }, 60_000);
  afterAll(async () => cleanup?.());

  it('type-checks under --strict, with typed parameters, headers and server variables (what must and must not compile)', async () => {
    await writeFile(path.join(dir, 'lamps/src/usage.ts'), USAGE);
    expect(await typeCheck(dir, [path.join(dir, 'lamps')])).toBe('');
  }, 120_000);

  it.each([
    ['turnOn', { method: 'sendTurnOn', lampId: '42', address: 'lamps/42/on' }],
    ['turnOff', { method: 'sendTurnOff', lampId: '7', address: 'lamps/7/off' }],
  ])('%s sends on its own channel, the parameter substituted, with typed headers', async (operation, { method, lampId, address }) => {
    const t = memoryTransport();
    const client = new pkg.Client({ transport: t.transport });
    await client[method]({ on: true }, { parameters: { lampId }, headers: { 'trace-id': 't1' } });
    expect(t.sent).toEqual([{ data: '{"on":true}', context: { message: 'switch', operation, channel: address, headers: { 'trace-id': 't1' } } }]);
  });

  it.each([
    ['a value outside the enum', { lampId: '3', error: /'3', not one of '1', '42'/ }],
    ['a missing parameter', { lampId: undefined, error: /lampId' is missing/ }],
    ['an MQTT separator in the value', { lampId: '1/#', error: /not one of/ }],
  ])('rejects %s before sending', async (_, { lampId, error }) => {
    const t = memoryTransport();
    const client = new pkg.Client({ transport: t.transport });
    await expect(client.sendTurnOn({ on: true }, { parameters: { lampId }, headers: { 'trace-id': 't' } })).rejects.toMatchObject({ code: 'invalid-parameters', message: expect.stringMatching(error) });
    expect(t.sent).toEqual([]);
  });

  it('rejects a wildcard character where the enum does not already', async () => {
    const t = memoryTransport();
    const client = new pkg.Client({ transport: t.transport });
    await expect(client.sendTurnOff({ on: false }, { parameters: { lampId: 'a/+' }, headers: { 'trace-id': 't' } })).rejects.toMatchObject({ code: 'invalid-parameters' });
  });

  it('subscribes to each received channel in the MQTT wildcard form, and extracts the parameters of a received message', () => {
    const t = memoryTransport();
    const client = new pkg.Client({ transport: t.transport });
    expect(t.subscriptions).toEqual([{ channel: 'measured', pattern: 'lamps/+/lux' }]);
    const got: unknown[] = [];
    client.on('Measured', (message: unknown, context: { parameters?: unknown; headers?: unknown }) => got.push([message, context.parameters, context.headers]));
    t.deliver({ lux: 3 }, { channel: 'lamps/42/lux', headers: { 'trace-id': 'x' } });
    expect(got).toEqual([[{ lux: 3 }, { lampId: '42' }, { 'trace-id': 'x' }]]);
  });

  it.each([
    ['the defaults', { values: undefined, url: 'mqtt://broker.example.com:1883/live' }],
    ['given values', { values: { port: '8883', stage: 'test' }, url: 'mqtt://broker.example.com:8883/test' }],
  ])('builds the server URL from its template and variables: %s', (_, { values, url }) => {
    const server = pkg.SERVERS.broker;
    expect(pkg.serverUrl(server.template, server.variables, values)).toBe(url);
  });

  it('rejects a server variable outside its enum', () => {
    const server = pkg.SERVERS.broker;
    expect(() => pkg.serverUrl(server.template, server.variables, { port: '80' })).toThrow(/'80', not one of '1883', '8883'/);
  });
});

describe('request/reply by a header correlation id', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await tempDir()));
  afterAll(async () => cleanup?.());

  it('sets the id in the headers beside the caller\'s, and resolves with the reply whose header carries it', async () => {
    await generate({ spec: path.join(ROOT, 'test/fixtures/plain-channels/header-correlation.yaml'), outDir: path.join(dir, 'ask') });
    expect(await typeCheck(dir, [path.join(dir, 'ask')])).toBe('');
    const pkg = (await import(pathToFileURL(path.join(dir, 'ask/dist/index.js')).href)) as Record<string, any>;
    const t = memoryTransport();
    const client = new pkg.Client({ transport: t.transport, requestTimeoutMs: 200 });
    const pending = client.requestAsk({ q: 'why' }, { headers: { trace: 't1' } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const headers = t.sent[0]!.context.headers as { correlationId: string; trace: string };
    expect(headers.trace).toBe('t1');
    expect(typeof headers.correlationId).toBe('string');
    t.deliver({ a: 'other' }, { channel: 'answers', headers: { correlationId: 'someone else' } });
    t.deliver({ a: 'because' }, { channel: 'answers', headers: { correlationId: headers.correlationId } });
    await expect(pending).resolves.toEqual({ a: 'because' });
  }, 60_000);
});

describe.skipIf(!hasCorpus)('corpus documents', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await tempDir()));
  afterAll(async () => cleanup?.());

  it('Streetlights 3.0 (server side): sendTurnOn resolves the address, a measurement received on an address carries its streetlightId', async () => {
    await generate({ spec: STREETLIGHTS['3.0'], perspective: 'server', outDir: path.join(dir, 'sl') });
    const pkg = (await import(pathToFileURL(path.join(dir, 'sl/dist/index.js')).href)) as Record<string, any>;
    const t = memoryTransport();
    const client = new pkg.Client({ transport: t.transport });
    await client.sendTurnOn({ command: 'on' }, { parameters: { streetlightId: '42' } });
    expect(t.sent[0]!.context.channel).toBe('smartylighting/streetlights/1/0/action/42/turn/on');
    expect(t.subscriptions).toEqual([{ channel: 'lightingMeasured', pattern: 'smartylighting/streetlights/1/0/event/+/lighting/measured' }]);
    const got: unknown[] = [];
    client.on('LightMeasured', (_: unknown, context: { parameters?: unknown }) => got.push(context.parameters));
    t.deliver({ lux: 1 }, { channel: 'smartylighting/streetlights/1/0/event/42/lighting/measured' });
    expect(got).toEqual([{ streetlightId: '42' }]);
  }, 60_000);

  it('social media backend (3.0): channels on two servers travel on one transport each, the MQTT one passed by the user', async () => {
    const spec = path.join(CORPUS, 'v3.0.0/asyncapi__spec__examples__social-media/backend/asyncapi.yaml');
    await generate({ spec, outDir: path.join(dir, 'social'), allowRefOutside: true });
    expect(await typeCheck(dir, [path.join(dir, 'social')])).toBe('');
    const pkg = (await import(pathToFileURL(path.join(dir, 'social/dist/index.js')).href)) as Record<string, any>;
    const ws = memoryTransport();
    const mqtt = memoryTransport();
    const client = new pkg.Client({ transport: ws.transport, transports: { mosquitto: mqtt.transport } });
    await client.sendLikeComment({ commentId: 'c' });
    await client.sendCommentChanged({ commentId: 'c', likeCount: 1 }, { parameters: { commentId: 'c' } });
    expect(ws.sent.map((s) => s.context.channel)).toEqual(['like/comment']);
    expect(mqtt.sent.map((s) => s.context.channel)).toEqual(['comment/c/changed']);
    expect(mqtt.subscriptions.map((s) => s.pattern)).toEqual(['comment/liked']);
  }, 60_000);

  it('Gemini: the WebSocket URL holds the channel path with its symbol', async () => {
    await generate({ spec: GEMINI, outDir: path.join(dir, 'gemini') });
    const pkg = (await import(pathToFileURL(path.join(dir, 'gemini/dist/index.js')).href)) as Record<string, any>;
    // The default transport is built, not opened: its URL is what it would dial.
    const client = new pkg.Client({ parameters: { symbol: 'btcusd' } });
    expect((client.transport as { options: { url: string } }).options.url).toBe('wss://api.gemini.com/v1/marketdata/btcusd');
    expect(() => new pkg.Client({ parameters: { symbol: 'nope' } })).toThrow(/'nope', not one of/);
  }, 60_000);
});
