/**
 * A Discord-style document whose schemas are named like what the package declares itself (`GatewayDispatchMap`,
 * `GatewayClient`, `ClientOptions`, a message's `HelloPayload`, the runtime's `Timers`): the package used not to
 * compile (`export *` of two modules declaring one name). Now each such schema is exported as `<Name>Model`,
 * every reference follows it, the CLI says so, and the package compiles with our own names meaning ours.
 */
import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCliProcess, tempDir, typeCheck, type ProcessResult } from './helpers.js';

const TAKEN = ['GatewayDispatchMap', 'GatewayClient', 'ClientOptions', 'HelloPayload', 'Timers'];

function clashingDocument(): Record<string, unknown> {
  const refs = Object.fromEntries(TAKEN.map((name) => [name.toLowerCase(), { $ref: `#/components/schemas/${name}` }]));
  return {
    asyncapi: '2.6.0',
    info: { title: 'Clash', version: '1.0.0' },
    servers: { main: { url: 'wss://gateway.example', protocol: 'wss' } },
    channels: {
      '/': {
        publish: { message: { oneOf: [{ name: 'Identify', payload: { type: 'object', required: ['op', 'd'], properties: { op: { type: 'integer', const: 2 }, d: { type: 'object', properties: { token: { type: 'string' } } } } } }] } },
        subscribe: {
          message: {
            oneOf: [
              { name: 'Hello', payload: { type: 'object', required: ['op', 'd'], properties: { op: { type: 'integer', const: 10 }, d: { type: 'object', required: ['heartbeat_interval'], properties: { heartbeat_interval: { type: 'integer' }, ...refs } } } } },
              { name: 'Ready', payload: { type: 'object', required: ['op', 't', 'd'], properties: { op: { type: 'integer', const: 0 }, s: { type: 'integer' }, t: { type: 'string', const: 'READY' }, d: { type: 'object', properties: { session_id: { type: 'string' }, client: { $ref: '#/components/schemas/GatewayClient' } } } } } },
            ],
          },
        },
      },
    },
    components: {
      schemas: {
        ...Object.fromEntries(TAKEN.map((name) => [name, { type: 'object', properties: { [`${name.toLowerCase()}_field`]: { type: 'string' } } }])),
        // Already taken by the first rename's choice: the rename must pick another name.
        GatewayClientModel: { type: 'object', properties: { other: { type: 'boolean' } } },
      },
    },
  };
}

/** A plain document (no envelope) whose schemas are named like the plain package's own exports. */
function plainClashingDocument(): Record<string, unknown> {
  const object = (field: string) => ({ type: 'object', required: [field], properties: { [field]: { type: 'string' } } });
  return {
    asyncapi: '2.6.0',
    info: { title: 'Plain clash', version: '1.0.0' },
    servers: { main: { url: 'ws://localhost:1', protocol: 'ws' } },
    channels: {
      events: {
        subscribe: { message: { oneOf: [
          { name: 'clientSeen', payload: { $ref: '#/components/schemas/Client' } },
          { name: 'subscriptionMade', payload: { $ref: '#/components/schemas/Subscription' } },
        ] } },
        publish: { message: { name: 'transportChosen', payload: { $ref: '#/components/schemas/Transport' } } },
      },
    },
    components: { schemas: { Client: object('client_id'), Subscription: object('topic'), Transport: object('kind') } },
  };
}

let dir: string;
let cleanup: () => Promise<void>;
let result: ProcessResult;
let plain: ProcessResult;
const out = (): string => path.join(dir, 'out');
const plainOut = (): string => path.join(dir, 'plain-out');

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('gen-gateway-target-names-'));
  await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  await writeFile(path.join(dir, 'clash.json'), JSON.stringify(clashingDocument()));
  await writeFile(path.join(dir, 'plain-clash.json'), JSON.stringify(plainClashingDocument()));
  [result, plain] = await Promise.all([
    runCliProcess([path.join(dir, 'clash.json'), '--out', out(), '--name', 'clash'], { timeoutMs: 120_000 }),
    runCliProcess([path.join(dir, 'plain-clash.json'), '--out', plainOut(), '--name', 'plain-clash'], { timeoutMs: 120_000 }),
  ]);
}, 150_000);

afterAll(() => cleanup?.());

describe('schemas named like the package\'s own exports', () => {
  it('generates, and says which schema is exported under which name', () => {
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(0);
    for (const name of TAKEN.filter((n) => n !== 'GatewayClient')) expect(result.err).toContain(`the schema '${name}' is exported as '${name}Model'`);
    // The document has a `GatewayClientModel` of its own: the rename takes the next free name.
    expect(result.err).toContain(`the schema 'GatewayClient' is exported as 'GatewayClientModel2'`);
    expect(result.err).toContain('renamed-schema');
  });

  it('compiles, with our names meaning ours and the schemas under their new names', async () => {
    const bot = path.join(out(), 'src', 'check-names.ts');
    await writeFile(bot, [
      "import { GatewayClient, type GatewayDispatchMap, type ClientOptions, type HelloPayload, type Timers } from './index.js';",
      "import type { GatewayDispatchMapModel, GatewayClientModel, GatewayClientModel2, ClientOptionsModel, HelloPayloadModel, TimersModel } from './index.js';",
      'type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;',
      'const ready: Equal<keyof GatewayDispatchMap, \'READY\'> = true;',
      'const hello: Equal<HelloPayload[\'op\'], 10> = true;',
      "const options: ClientOptions = { token: 'x', intents: 0 };",
      'const client: GatewayClient = new GatewayClient(options);',
      'const timers: Timers | undefined = undefined;',
      "const models: [GatewayDispatchMapModel, ClientOptionsModel, HelloPayloadModel, TimersModel, GatewayClientModel2] = [{ gatewaydispatchmap_field: 'a' }, { clientoptions_field: 'b' }, { hellopayload_field: 'c' }, { timers_field: 'd' }, { gatewayclient_field: 'e' }];",
      'const other: GatewayClientModel = { other: true };',
      "type ReadyClient = GatewayDispatchMap['READY'] extends { client?: infer C } ? C : never;",
      'const readyClient: Equal<NonNullable<ReadyClient>, GatewayClientModel2> = true;',
      'export { ready, hello, client, timers, models, other, readyClient };',
      '',
    ].join('\n'));
    expect(await typeCheck(dir, [out()])).toBe('');
  });
});

describe('a plain document\'s schemas named like the package\'s own exports', () => {
  it('keeps our names ours and exports each hidden model as <Name>Model, saying so', async () => {
    expect(plain.err).not.toMatch(/\n\s+at /);
    expect(plain.code).toBe(0);
    for (const name of ['Client', 'Subscription', 'Transport']) expect(plain.err).toContain(`the schema '${name}' is exported as '${name}Model'`);
    await writeFile(path.join(plainOut(), 'src', 'check-names.ts'), [
      "import { Client, type Subscription, type Transport, type ClientModel, type SubscriptionModel, type TransportModel, type ReceivedMessage } from './index.js';",
      "const models: [ClientModel, SubscriptionModel, TransportModel] = [{ client_id: 'a' }, { topic: 'b' }, { kind: 'c' }];",
      // The received messages are typed by the hidden models.
      'const received: ReceivedMessage = models[0];',
      "const ours: [typeof Client, Subscription['pattern'] | undefined, Transport['close'] | undefined] = [Client, undefined, undefined];",
      'export { models, received, ours };',
      '',
    ].join('\n'));
    expect(await typeCheck(dir, [plainOut()])).toBe('');
  }, 120_000);
});

describe('the list of names the package takes', () => {
  it('holds every name the committed flagship package declares or imports beside its models', async () => {
    const { Project } = await import('ts-morph');
    const { opcodeTargetNames } = await import('../../generator/ir/target-names.js');
    const src = path.join(ROOT, 'generated/discord-gateway/src');
    const project = new Project({ skipAddingFilesFromTsConfig: true });
    const names = new Set<string>();
    for (const module of ['messages', 'encoders', 'schemas', 'client', 'index']) {
      const file = project.addSourceFileAtPath(path.join(src, `${module}.ts`));
      for (const name of file.getExportedDeclarations().keys()) names.add(name);
      for (const declaration of file.getImportDeclarations()) {
        if (declaration.getModuleSpecifierValue() === './models.js') continue;
        for (const specifier of declaration.getNamedImports()) names.add(specifier.getName());
      }
    }
    const models = project.addSourceFileAtPath(path.join(src, 'models.ts'));
    for (const name of models.getExportedDeclarations().keys()) names.delete(name);
    // The message names, read back from the envelope types (`HelloPayload`): parsing the document takes a minute here.
    const messages = project.getSourceFileOrThrow(path.join(src, 'messages.ts')).getInterfaces().map((i) => ({ name: i.getName().replace(/Payload$/, '') }));
    const taken = opcodeTargetNames(messages);
    expect([...names].filter((n) => !taken.has(n))).toEqual([]);
  });
});
