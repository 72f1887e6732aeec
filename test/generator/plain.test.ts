/**
 * Documents without the opcode envelope, and AsyncAPI 3: direction, request/reply, discriminator, naming,
 * located errors, JSON input, the config file, and the generated client at work over a fake transport.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIr, detectEnvelope } from '../../generator/ir/build-ir.js';
import { generate, generateFiles } from '../../generator/generate.js';
import { GenerateError } from '../../generator/errors.js';
import { loadConfig } from '../../generator/config.js';
import type { GatewayIr } from '../../generator/ir/types.js';
import { ROOT, runCli, tempDir } from './helpers.js';

const MULTIFILE = path.join(ROOT, 'test/fixtures/v3-multifile/asyncapi.yaml');

const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required });
const pinned = (value: string) => ({ type: 'string', const: value });

/** A resolved 3.x document (what the parser's `document.json()` gives): one operation on one channel. */
function v3(action: 'send' | 'receive', extra: Record<string, unknown> = {}) {
  const ping = { name: 'ping', payload: object({ type: pinned('ping'), id: { type: 'integer' } }, ['type']), correlationId: { location: '$message.payload#/id' } };
  const pong = { name: 'pong', payload: object({ type: pinned('pong'), id: { type: 'integer' } }, ['type', 'id']), correlationId: { location: '$message.payload#/id' } };
  const channel = { address: '/', messages: { ping, pong } };
  return {
    asyncapi: '3.0.0',
    info: { title: 'T', version: '1.0.0' },
    channels: { main: channel },
    operations: { ping: { action, channel, messages: [ping], ...extra } },
    components: { messages: { ping, pong } },
    _messages: { ping, pong, channel },
  };
}

describe('AsyncAPI 3 direction', () => {
  it.each([
    ['receive (the described app receives), client', { action: 'receive', perspective: 'client', want: 'send' }],
    ['send (the described app sends), client', { action: 'send', perspective: 'client', want: 'receive' }],
    ['receive, server (generate the described app)', { action: 'receive', perspective: 'server', want: 'receive' }],
    ['send, server', { action: 'send', perspective: 'server', want: 'send' }],
  ] as const)('%s', (_, { action, perspective, want }) => {
    const ir = buildIr(v3(action), { file: 't.yaml', perspective });
    expect(ir.messages.find((m) => m.name === 'Ping')?.direction).toBe(want);
  });

  it('agrees with 2.x: publish and 3.x receive both mean the client sends', () => {
    const message = { name: 'hello', payload: object({ a: { type: 'string' } }) };
    const v2 = { asyncapi: '2.6.0', info: { title: 'T', version: '1' }, channels: { c: { publish: { message } } } };
    expect(buildIr(v2, { file: 't' }).messages[0]!.direction).toBe('send');
    const channel = { address: 'c', messages: { hello: message } };
    const three = { asyncapi: '3.0.0', info: { title: 'T', version: '1' }, channels: { c: channel }, operations: { o: { action: 'receive', channel } } };
    expect(buildIr(three, { file: 't' }).messages[0]!.direction).toBe('send');
  });
});

describe('AsyncAPI 3 request/reply', () => {
  it.each([
    ['the client sends the request: it records the reply and its correlation', { action: 'receive', perspective: 'client', replyKeys: ['pong'] }],
    ['the client receives the request: no request method, the reply is sent', { action: 'send', perspective: 'client', replyKeys: undefined }],
  ] as const)('%s', (_, { action, perspective, replyKeys }) => {
    const doc = v3(action);
    const reply = { channel: doc._messages.channel, messages: [doc._messages.pong] };
    const ir = buildIr(v3(action, { reply }), { file: 't.yaml', perspective });
    const ping = ir.messages.find((m) => m.name === 'Ping')!;
    const pong = ir.messages.find((m) => m.name === 'Pong')!;
    expect(ping.replyKeys).toEqual(replyKeys);
    expect(pong.direction).not.toBe(ping.direction);
    expect(ping.correlation).toEqual({ in: 'payload', path: ['id'], type: 'integer' });
  });
});

describe('discriminator detection', () => {
  it.each([
    ['a const every received message pins', { payloads: [object({ kind: pinned('a') }), object({ kind: pinned('b') })], want: 'kind' }],
    ['a single-valued enum counts as a const', { payloads: [object({ t: { enum: ['a'] } }), object({ t: { enum: ['b'] } })], want: 't' }],
    ['repeated values are allowed (guards break ties)', { payloads: [object({ t: pinned('a') }), object({ t: pinned('a') }), object({ t: pinned('b') })], want: 't' }],
    ['a const inside allOf / agreed by every oneOf branch', { payloads: [{ allOf: [object({ e: pinned('x') })] }, { oneOf: [object({ e: pinned('y') }), object({ e: pinned('y') })] }], want: 'e' }],
    ['one message lacking it: none', { payloads: [object({ kind: pinned('a') }), object({ other: pinned('b') })], want: undefined }],
    ['a single message: none needed', { payloads: [object({ kind: pinned('a') })], want: undefined }],
  ])('%s', (_, { payloads, want }) => {
    const envelope = detectEnvelope(payloads);
    expect(envelope.kind).toBe('plain');
    expect(envelope.kind === 'plain' ? envelope.discriminator?.field : 'opcode').toBe(want);
  });

  it('still detects the opcode envelope', () => {
    expect(detectEnvelope([object({ op: { type: 'integer', const: 1 }, d: {} })]).kind).toBe('opcode');
  });
});

describe('plain naming', () => {
  it.each([
    ['a title names an inline schema', { schema: { title: 'Chat member', ...object({ id: { type: 'string' } }) }, want: 'ChatMember' }],
    ['a parser id that is a real name (Avro) names it', { schema: { 'x-parser-schema-id': 'com.example.User', ...object({ id: { type: 'string' } }) }, want: 'User' }],
    ['an anonymous parser id does not', { schema: { 'x-parser-schema-id': '<anonymous-schema-3>', ...object({ id: { type: 'string' } }) }, want: 'HelloPayloadMember' }],
  ])('%s', (_, { schema, want }) => {
    const message = { name: 'hello', payload: object({ member: schema }) };
    const ir = buildIr({ asyncapi: '2.6.0', info: { title: 'T', version: '1' }, channels: { c: { subscribe: { message } } } }, { file: 't' });
    expect(ir.schemas.map((s) => s.name)).toEqual(['HelloPayload', want]);
  });
});

describe('the multi-file 3.0 fixture (relative $refs into YAML and JSON files)', () => {
  let ir: GatewayIr;
  let files: Map<string, string>;
  beforeAll(async () => {
    ({ ir, files } = await generateFiles({ spec: MULTIFILE, outDir: '/nonexistent' }));
  }, 60_000);

  it('reads messages, directions, the reply and its correlation', () => {
    expect(ir.messages.map((m) => `${m.name}:${m.direction}`)).toEqual(['Join:send', 'Joined:receive', 'Say:send', 'Said:receive']);
    const join = ir.messages.find((m) => m.name === 'Join')!;
    expect(join.replyKeys).toEqual(['joined']);
    expect(join.correlation).toEqual({ in: 'payload', path: ['requestId'], type: 'integer' });
    expect(ir.envelope).toEqual({ kind: 'plain', discriminator: { field: 'type' } });
    expect(ir.schemas.map((s) => s.name)).toContain('Member');
  });

  it('records every input file in the manifest, and says in the README how messages are told apart', () => {
    const manifest = JSON.parse(files.get('.gen-gateway.json')!) as { inputs: Array<{ path: string }> };
    expect(manifest.inputs.map((i) => i.path)).toEqual(['asyncapi.yaml', 'common/messages.yaml', 'common/parameters.yaml', 'common/schemas.json']);
    expect(files.get('README.md')).toContain('- the WebSocket connection (no channel reported): by `type` (`"joined"`: `Joined`; `"said"`: `Said`)');
    expect(files.get('package.json')).toContain('"ws"');
  });
});

describe('the generated client over a fake transport', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    await generate({ spec: MULTIFILE, outDir: path.join(dir, 'pkg') });
  }, 60_000);
  afterAll(async () => cleanup?.());

  async function connect() {
    const pkg = (await import(pathToFileURL(path.join(dir, 'pkg/dist/index.js')).href)) as Record<string, any>;
    const sent: Array<{ data: string; context: unknown }> = [];
    let deliver: (data: string) => void = () => undefined;
    const transport = {
      send: async (data: string, context: unknown) => void sent.push({ data, context }),
      onMessage: (handler: (data: string, context: object) => void) => {
        deliver = (data) => handler(data, {});
        return () => undefined;
      },
      close: async () => undefined,
    };
    return { client: new pkg.Client({ transport, requestTimeoutMs: 50 }), sent, deliver: (m: unknown) => deliver(JSON.stringify(m)) };
  }

  it('sends JSON with the resolved address, message and operation, and routes received messages by their discriminator', async () => {
    const { client, sent, deliver } = await connect();
    await client.sendSay({ type: 'say', text: 'hi' }, { parameters: { roomId: 'r 1' } });
    expect(sent).toEqual([{ data: '{"type":"say","text":"hi"}', context: { message: 'say', operation: 'say', channel: '/rooms/r%201' } }]);
    const said: unknown[] = [];
    client.on('Said', (m: unknown) => said.push(m));
    deliver({ type: 'joined', requestId: 1, members: [] });
    deliver({ type: 'said', from: { id: 'a' }, text: 'yo' });
    expect(said).toEqual([{ type: 'said', from: { id: 'a' }, text: 'yo' }]);
  });

  it('resolves a request with the reply carrying its correlation id, and times out without one', async () => {
    const { client, sent, deliver } = await connect();
    const pending = client.requestJoin({ type: 'join', room: 'r' }, { parameters: { roomId: 'r' } });
    await Promise.resolve();
    const request = JSON.parse(sent[0]!.data) as { requestId: number };
    expect(typeof request.requestId).toBe('number');
    deliver({ type: 'joined', requestId: request.requestId + 1000, members: [] });
    deliver({ type: 'joined', requestId: request.requestId, members: [{ id: 'me' }] });
    await expect(pending).resolves.toEqual({ type: 'joined', requestId: request.requestId, members: [{ id: 'me' }] });
    await expect(client.requestJoin({ type: 'join', room: 'r' }, { parameters: { roomId: 'r' } })).rejects.toMatchObject({ code: 'timeout' });
  });
});

describe('located errors', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await tempDir()));
  afterAll(async () => cleanup?.());

  async function write(name: string, text: string): Promise<string> {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    return file;
  }

  async function failure(spec: string): Promise<GenerateError> {
    const error = await generateFiles({ spec, outDir: path.join(dir, 'never') }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(GenerateError);
    return error as GenerateError;
  }

  /** A 3.0 document up to the payload of its one message (line 8); the tests below assert lines after it. */
  const ONE_MESSAGE_HEAD = [
    'asyncapi: 3.0.0',
    'info: { title: T, version: 1.0.0 }',
    'channels:',
    '  c:',
    '    address: c',
    '    messages:',
    '      m:',
    '        payload:',
  ];

  const collidingYaml = [
    'asyncapi: 3.0.0',
    'info: { title: T, version: 1.0.0 }',
    'components:',
    '  schemas:',
    '    user_id:',
    '      type: object',
    '      properties: { a: { type: string } }',
    '    UserId:',
    '      type: object',
    '      properties: { b: { type: string } }',
    '',
  ].join('\n');

  it.each([
    ['YAML', 'collide.yaml', collidingYaml, [[5, 5], [8, 5]]],
    ['JSON', 'collide.json', JSON.stringify({ asyncapi: '3.0.0', info: { title: 'T', version: '1.0.0' }, components: { schemas: { user_id: { type: 'object', properties: { a: { type: 'string' } } }, UserId: { type: 'object', properties: { b: { type: 'string' } } } } } }, null, 2), [[9, 7], [17, 7]]],
  ])('a PascalCase collision in %s names both places with file:line:col', async (_, name, text, positions) => {
    const error = await failure(await write(name, text));
    expect(error.code).toBe('name-collision');
    expect(error.message).toContain("'UserId'");
    expect(error.diagnostics.map((d) => [d.line, d.column])).toEqual(positions);
    expect(error.diagnostics.map((d) => d.message).join('\n')).toMatch(/components\/schemas\/user_id[\s\S]*components\/schemas\/UserId|components\/schemas\/UserId[\s\S]*components\/schemas\/user_id/);
  }, 60_000);

  it.each([
    ['a pointer missing in this file', "      $ref: '#/components/schemas/Nope'", /\$ref '#\/components\/schemas\/Nope' does not resolve/, 9],
    ['a missing file', "      $ref: './nope.yaml'", /\$ref '\.\/nope\.yaml' does not resolve: .*nope\.yaml does not exist/, 9],
    ['a pointer missing in another file', "      $ref: './other.yaml#/Nope'", /\$ref '\.\/other\.yaml#\/Nope' does not resolve: #\/Nope does not exist in .*other\.yaml/, 9],
  ])('a $ref that does not resolve (%s) is named where it stands', async (_, ref, message, line) => {
    await write('refs/other.yaml', 'Other: { type: string }\n');
    const spec = await write('refs/doc.yaml', [
      ...ONE_MESSAGE_HEAD,
      `    ${ref}`,
      '',
    ].join('\n'));
    const error = await failure(spec);
    const refs = error.diagnostics.filter((d) => d.rule === 'invalid-ref');
    expect(refs).toHaveLength(1);
    expect(refs[0]!.message).toMatch(message);
    expect(refs[0]!.file).toMatch(/doc\.yaml$/);
    expect(refs[0]!.line).toBe(line);
  }, 60_000);

  it('an unsupported schemaFormat is an error at the format', async () => {
    const spec = await write('raml.yaml', [
      ...ONE_MESSAGE_HEAD,
      '          schemaFormat: application/raml+yaml;version=1.0',
      '          schema: { type: string }',
      'operations:',
      '  o: { action: receive, channel: { $ref: "#/channels/c" } }',
      '',
    ].join('\n'));
    const error = await failure(spec);
    expect(error.code).toBe('unsupported');
    expect(error.diagnostics[0]).toMatchObject({ line: 9, rule: 'unsupported' });
  }, 60_000);
});

describe('the config file', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await tempDir()));
  afterAll(async () => cleanup?.());

  it.each([
    ['resolves paths from the config folder', { specs: [{ spec: 'a.yaml', out: 'out/a', name: 'a-client', perspective: 'server' }] }, [{ spec: 'a.yaml', outDir: 'out/a', packageName: 'a-client', perspective: 'server' }]],
    ['defaults out to generated/<name> beside the config', { specs: [{ spec: 'specs/b.json' }] }, [{ spec: 'specs/b.json', outDir: 'generated/b' }]],
  ])('%s', async (_, config, want) => {
    const file = path.join(dir, 'gen-gateway.config.json');
    await writeFile(file, JSON.stringify(config));
    const options = await loadConfig(file);
    expect(options).toEqual(want.map((w) => ({ ...w, spec: path.join(dir, w.spec), outDir: path.join(dir, w.outDir) })));
  });

  it.each([
    ['an unknown key', { specs: [{ spec: 'a.yaml', outt: 'x' }] }, /unknown option 'outt'/],
    ['no specs', { specs: [] }, /at least one spec/],
    ['a bad perspective', { specs: [{ spec: 'a.yaml', perspective: 'up' }] }, /"perspective" must be/],
  ])('rejects %s with a located error', async (_, config, message) => {
    const file = path.join(dir, 'bad.config.json');
    await writeFile(file, JSON.stringify(config, null, 2));
    const error = await loadConfig(file).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(GenerateError);
    expect((error as GenerateError).diagnostics[0]?.message).toMatch(message);
    expect((error as GenerateError).diagnostics[0]?.line).toBeGreaterThan(0);
  });

  it('runs every spec of --config and checks them all', async () => {
    const file = path.join(dir, 'multi.config.json');
    await writeFile(file, JSON.stringify({ specs: [{ spec: path.relative(dir, MULTIFILE), out: 'gen/chat' }] }));
    const wrote = await runCli(['--config', file]);
    expect(wrote.code).toBe(0);
    expect(wrote.out).toContain('gen/chat');
    const checked = await runCli(['--config', file, '--check', '--format', 'json']);
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.out)).toMatchObject({ ok: true, results: [{ ok: true, upToDate: true }] });
  }, 60_000);

  it('without a spec or a config file, is a usage error', async () => {
    const cwd = process.cwd();
    const empty = path.join(dir, 'empty');
    await mkdir(empty, { recursive: true });
    process.chdir(empty);
    try {
      const result = await runCli([]);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/no spec given, and no gen-gateway\.config\.json/);
    } finally {
      process.chdir(cwd);
    }
  });
});
