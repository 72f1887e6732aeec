/**
 * Issue 14, the generator's side: protocol bindings read into the IR, `WIRE` (what the broker transports read
 * from the document), the transport chosen per server from its `protocol`, and the package's optional peer
 * dependency. The transports themselves run against real brokers in `test/brokers/`.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, generateFiles } from '../../generator/generate.js';
import { readBindings } from '../../generator/ir/build-bindings.js';
import { ROOT, tempDir, typeCheck } from './helpers.js';

const LAMPS = path.join(ROOT, 'test/fixtures/brokers/lamps-mqtt.yaml');
const STREETLIGHTS_26 = path.join(ROOT, 'test/corpus/documents/v2.6.0/asyncapi__spec__examples__streetlights-mqtt.yml');
const KAFKA = path.join(ROOT, 'test/corpus/documents/v3.0.0/asyncapi__spec__examples__streetlights-kafka-asyncapi.yml');

describe('readBindings', () => {
  it.each([
    ['none', { given: {}, want: undefined }],
    ['bindingVersion and the parser\'s own keys dropped', { given: { bindings: { mqtt: { qos: 1, bindingVersion: '0.2.0', 'x-parser-schema-id': 'x' } } }, want: { mqtt: { qos: 1 } } }],
    ['a binding left empty is no binding', { given: { bindings: { mqtt: { bindingVersion: '0.2.0' }, kafka: 'nonsense' } }, want: undefined }],
    ['protocols sorted, nested objects kept', { given: { bindings: { mqtt: { lastWill: { topic: 't', qos: 1 } }, amqp: { is: 'queue' } } }, want: { amqp: { is: 'queue' }, mqtt: { lastWill: { topic: 't', qos: 1 } } } }],
    ['non-finite numbers and functions dropped', { given: { bindings: { mqtt: { qos: Number.NaN, keepAlive: 10, f: () => 1 } } }, want: { mqtt: { keepAlive: 10 } } }],
  ])('%s', (_, { given, want }) => {
    expect(readBindings(given)).toEqual(want);
  });

  it('copies a looping object to a bounded depth instead of running for ever', () => {
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = loop;
    const copied = readBindings({ bindings: { mqtt: { loop } } });
    expect(JSON.stringify(copied)).toBe('{"mqtt":{"loop":{"name":"loop","self":{"name":"loop"}}}}');
  });
});

describe('a document with an MQTT server', () => {
  it('gets WIRE: server and operation bindings, the receiving QoS per channel, and the headers typed other than string', async () => {
    const { files, ir } = await generateFiles({ spec: LAMPS, outDir: '/nonexistent' });
    expect(ir.servers[0]!.bindings).toEqual({ mqtt: { cleanSession: true, keepAlive: 30 } });
    const channels = files.get('src/channels.ts')!;
    expect(channels).toContain(
      "export const WIRE: WireSpec = { servers: { broker: { mqtt: { cleanSession: true, keepAlive: 30 } } }, channels: { lampStatus: { receive: { mqtt: { qos: 1 } }, jsonHeaders: ['battery', 'charging'] } }, operations: { reportStatus: { mqtt: { qos: 1 } }, handleCommand: { mqtt: { qos: 1 } } }, messages: {} };",
    );
    expect([...files.keys()].filter((f) => f.startsWith('src/')).sort()).toEqual(
      ['address', 'broker', 'channels', 'client', 'index', 'messages', 'models', 'mqtt-transport', 'receive', 'schemas', 'servers', 'transport', 'validate'].map((m) => `src/${m}.ts`),
    );
    const pkg = JSON.parse(files.get('package.json')!) as Record<string, unknown>;
    expect(pkg.dependencies).toEqual({ ws: '^8.18.0' });
    expect(pkg.peerDependencies).toEqual({ mqtt: '^5.10.0' });
    expect(pkg.peerDependenciesMeta).toEqual({ mqtt: { optional: true } });
    const client = files.get('src/client.ts')!;
    expect(client).toContain("this.transport = options.transport ?? serverTransport(options.server ?? 'broker', options, options.url);");
    // A request names its reply topic and carries a correlation the transport can send.
    expect(client).toContain("replyTo: CHANNELS['commandResults'].address, correlationId: String(id)");
    expect(files.get('README.md')).toContain('npm install mqtt');
  }, 60_000);

  it('reads 2.6 operation traits\' bindings (Streetlights: qos 1 on every operation)', async () => {
    const { ir } = await generateFiles({ spec: STREETLIGHTS_26, outDir: '/nonexistent' });
    expect(ir.operations.map((o) => [o.key, o.bindings])).toEqual(ir.operations.map((o) => [o.key, { mqtt: { qos: 1 } }]));
  }, 60_000);
});

describe('a document with a NATS server', () => {
  it('gets the NATS transport, its queue group from the binding, and @nats-io/transport-node as the optional peer', async () => {
    const { files } = await generateFiles({ spec: path.join(ROOT, 'test/fixtures/brokers/lamps-nats.yaml'), outDir: '/nonexistent' });
    expect(files.get('src/channels.ts')).toContain("channels: { lampStatus: { receive: { nats: { queue: 'controllers' } }, jsonHeaders: ['battery', 'charging'] } }");
    expect(files.has('src/nats-transport.ts')).toBe(true);
    expect(files.has('src/mqtt-transport.ts')).toBe(false);
    expect(files.get('src/servers.ts')).toContain("return new NatsTransport({ ...options.nats, url: address, wire: WIRE, server: 'broker' });");
    expect(JSON.parse(files.get('package.json')!)).toMatchObject({ peerDependencies: { '@nats-io/transport-node': '^3.0.0' }, peerDependenciesMeta: { '@nats-io/transport-node': { optional: true } } });
  }, 60_000);
});

describe('a document with an AMQP server', () => {
  it('gets the AMQP transport and its topology helper, amqplib as the optional peer, WIRE with the channels\' exchanges and queues and the channel each send uses', async () => {
    const { files } = await generateFiles({ spec: path.join(ROOT, 'test/fixtures/brokers/lamps-amqp.yaml'), outDir: '/nonexistent' });
    expect(files.has('src/amqp-transport.ts')).toBe(true);
    expect(files.has('src/amqp-topology.ts')).toBe(true);
    expect(files.has('src/nats-transport.ts')).toBe(false);
    expect(files.get('src/servers.ts')).toContain("return new AmqpTransport({ ...options.amqp, url: address, wire: WIRE, server: 'broker' });");
    const channels = files.get('src/channels.ts')!;
    expect(channels).toContain("lampCommand: { bindings: { amqp: { is: 'routingKey', exchange: { name: 'lamps', type: 'topic', durable: true, autoDelete: false, vhost: '/' } } } }");
    expect(channels).toContain("operations: { reportStatus: { amqp: { deliveryMode: 2, priority: 5, timestamp: true, expiration: 600000 } }, handleCommand: { amqp: { mandatory: true, deliveryMode: 1, ack: true } } }");
    expect(channels).toContain("operationChannels: { handleCommand: 'lampCommand' }");
    expect(JSON.parse(files.get('package.json')!)).toMatchObject({ peerDependencies: { amqplib: '^2.2.0' }, peerDependenciesMeta: { amqplib: { optional: true } } });
    const readme = files.get('README.md')!;
    expect(readme).toContain('npm install amqplib');
    expect(readme).toContain('amqp: {');
    // The topology helper is the transport's, not the package's API.
    expect(files.get('src/index.ts')).not.toContain('amqp-topology');
  }, 60_000);

  it('a message the document correlates may answer a request: its send takes the correlationId (the RPC server example)', async () => {
    const spec = path.join(ROOT, 'test/corpus/documents/v3.0.0/asyncapi__spec__examples__rpc-server-asyncapi.yml');
    const { files } = await generateFiles({ spec, outDir: '/nonexistent', perspective: 'server' });
    const client = files.get('src/client.ts')!;
    expect(client).toContain('options: { parameters: QueueParameters; correlationId?: string; }');
    expect(client).toContain('if (options.correlationId !== undefined) context.correlationId = options.correlationId;');
  }, 60_000);
});

describe('a document whose servers need the user\'s transport', () => {
  it('ships no broker transport, no WIRE, no peer dependency, and still requires `transport`', async () => {
    const { files } = await generateFiles({ spec: KAFKA, outDir: '/nonexistent' });
    expect([...files.keys()].some((f) => /mqtt-transport|broker|servers/.test(f))).toBe(false);
    expect(files.get('src/channels.ts')).not.toContain('WIRE');
    expect(JSON.parse(files.get('package.json')!)).not.toHaveProperty('peerDependencies');
    expect(files.get('src/client.ts')).toMatch(/^ {2}transport: Transport;$/m);
  }, 60_000);
});

describe('the shipped transports', () => {
  // The broker tests import the packages' compiled JavaScript (transpiled file by file, no type checker), and no
  // corpus document speaks NATS: this is where each transport, as a package gets it, is type-checked.
  it('type-check in a package of every broker fixture, both perspectives, under tsc --strict', async () => {
    const { dir, cleanup } = await tempDir('gen-gateway-transports-tsc-');
    try {
      const packages: string[] = [];
      for (const protocol of ['mqtt', 'nats', 'amqp']) {
        for (const perspective of ['client', 'server'] as const) {
          const outDir = path.join(dir, `${protocol}-${perspective}`);
          await generate({ spec: path.join(ROOT, `test/fixtures/brokers/lamps-${protocol}.yaml`), outDir, perspective });
          packages.push(outDir);
        }
      }
      expect(await typeCheck(dir, packages)).toBe('');
    } finally {
      await cleanup();
    }
  }, 180_000);
});
