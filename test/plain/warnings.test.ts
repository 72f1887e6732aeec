/**
 * What generation says about receives it cannot make exact, located like every other diagnostic: two messages
 * on one channel that no schema tells apart (the corpus's oneOf example), and `pattern`s the client cannot check
 * (invalid, or exponential to match), which are left out of the client so that it never throws on one or stalls.
 * Hostile schemas (deep nesting, a huge enum) still give a client that compiles and checks them.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, generateFiles } from '../../generator/generate.js';
import type { Diagnostic } from '../../generator/errors.js';
import { ROOT, runCli, tempDir, typeCheck } from '../generator/helpers.js';
import { memoryTransport } from '../support/memory-transport.js';

const ONEOF = path.join(ROOT, 'test/corpus/documents/v3.0.0/asyncapi__spec__examples__oneof-asyncapi.yml');

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('gen-gateway-warnings-')));
afterAll(async () => cleanup?.());

describe('two messages on one channel that no schema tells apart', () => {
  it('get a warning at the later one, naming both and the channel', async () => {
    const { warnings } = await generateFiles({ spec: ONEOF, outDir: path.join(dir, 'never') });
    const mine = warnings.filter((w) => w.rule === 'indistinguishable-messages');
    expect(mine).toEqual([expect.objectContaining({
      severity: 'warning',
      file: ONEOF,
      line: 17,
      column: 7,
      message: expect.stringMatching(/^'ObjectWithKey2' cannot be told apart from 'ObjectWithKey' on channel 'test2' .*: no property pins a different value in each, and their schemas accept the same payloads, so such a payload is delivered as 'ObjectWithKey'$/),
    })]);
  }, 60_000);

  it('are printed by the CLI in full, file:line:col first, and the package is still written', async () => {
    const result = await runCli([ONEOF, '--out', path.join(dir, 'oneof')]);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/oneof-asyncapi\.yml:17:7 warning indistinguishable-messages 'ObjectWithKey2' cannot be told apart from 'ObjectWithKey' on channel 'test2'/);
    expect(result.err).toMatch(/hint: give each message a property pinned to its own value/);
    expect(result.out).toContain('wrote');
  }, 60_000);

  it('the client then delivers such a payload as the first of them, as the warning says', async () => {
    const pkg = (await import(pathToFileURL(path.join(dir, 'oneof/dist/index.js')).href)) as Record<string, any>;
    const t = memoryTransport();
    const client = new pkg.Client({ transport: t.transport });
    const got: string[] = [];
    client.onMessage((_: unknown, context: { message?: string }) => got.push(context.message!));
    t.deliver({}, { channel: 'test2' });
    t.deliver({ key2: 'x' }, { channel: 'test2' });
    expect(got).toEqual(['objectWithKey', 'objectWithKey']);
  });
});

/**
 * A 2.6 document whose client sends and receives `Thing` on `things/{id}` over MQTT; the parameter's pattern is
 * invalid, one of the payload's is invalid and another exponential (lines 17, 27 and 28).
 */
const HOSTILE = `asyncapi: 2.6.0
info: { title: Hostile, version: 1.0.0 }
servers:
  broker: { url: broker.example, protocol: mqtt }
channels:
  things/{id}:
    publish:
      operationId: sendThing
      message: { $ref: '#/components/messages/thing' }
    subscribe:
      operationId: receiveThing
      message: { $ref: '#/components/messages/thing' }
    parameters:
      id:
        schema:
          type: string
          pattern: '[0-9'
components:
  messages:
    thing:
      name: thing
      payload: { $ref: '#/components/schemas/Thing' }
  schemas:
    Thing:
      type: object
      properties:
        broken: { type: string, pattern: '(unclosed' }
        slow: { type: string, pattern: '^(a+)+$' }
        lower: { type: string, pattern: '^[a-z]+$' }
        colour: { type: string, enum: [${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(', ')}] }
        deep: { $ref: '#/components/schemas/Level0' }
        readings: { type: array, items: { type: integer } }
${Array.from({ length: 40 }, (_, i) => `    Level${i}:\n      type: object\n      properties:\n        next: { $ref: '#/components/schemas/Level${i + 1}' }\n        n: { type: integer, maximum: 10 }`).join('\n')}
    Level40: { type: object, properties: { n: { type: integer, maximum: 10 } } }
`;

describe('hostile schemas', () => {
  let pkg: Record<string, any>;
  let files: Map<string, string>;
  let warnings: Diagnostic[];
  let spec: string;
  beforeAll(async () => {
    spec = path.join(dir, 'hostile.yaml');
    await writeFile(spec, HOSTILE);
    const result = await generate({ spec, outDir: path.join(dir, 'hostile') });
    ({ files, warnings } = result);
    pkg = (await import(pathToFileURL(path.join(dir, 'hostile/dist/index.js')).href)) as Record<string, any>;
  }, 60_000);

  it('warns about each pattern the client cannot check, where it is written', () => {
    expect(warnings.filter((w) => w.rule === 'unchecked-pattern').map((w) => [w.line, w.message.replace(/ \(.*\)/, '')])).toEqual([
      [27, 'pattern /(unclosed/ is not a valid regular expression; the client does not check it'],
      [28, 'pattern /^(a+)+$/ may take exponential time to match: a hostile string could stall the client; the client does not check it'],
      [17, 'pattern /[0-9/ is not a valid regular expression; the client does not check it'],
    ]);
  });

  it('leaves those patterns out of the client, keeps the others, and the package compiles under --strict', async () => {
    const schemas = files.get('src/schemas.ts')!;
    expect(schemas).not.toContain('(unclosed');
    expect(schemas).not.toContain('^(a+)+$');
    expect(schemas).toContain("pattern: '^[a-z]+$'");
    expect(await typeCheck(dir, [path.join(dir, 'hostile')])).toBe('');
  }, 120_000);

  it('receives a string the broken and the exponential pattern would choke on, and checks the rest of the schema', () => {
    const t = memoryTransport();
    const client = new pkg.Client({ transport: t.transport });
    const got: unknown[] = [];
    const errors: any[] = [];
    client.on('Thing', (m: unknown) => got.push(m));
    client.onError((e: unknown) => errors.push(e));
    const deep = (levels: number, n: number): Record<string, unknown> => (levels === 0 ? { n } : { next: deep(levels - 1, n) });
    t.deliver({ broken: '(', slow: `${'a'.repeat(40)}!`, colour: 'c4999', deep: deep(40, 1) }, { channel: 'things/1' });
    t.deliver({ lower: 'ABC' }, { channel: 'things/1' });
    t.deliver({ colour: 'blue' }, { channel: 'things/1' });
    t.deliver({ deep: deep(40, 11) }, { channel: 'things/1' });
    expect(got).toHaveLength(1);
    expect(errors.map((e) => e.issues.map((i: { path: string; message: string }) => `${i.path} ${i.message}`))).toEqual([
      ["payload.lower must match /^[a-z]+$/ (got 'ABC')"],
      ["payload.colour must be one of 'c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', ... (5000 values) (got 'blue')"],
      [`payload.deep${'.next'.repeat(40)}.n must be at most 10 (got 11)`],
    ]);
  });

  it('delivers a large valid message: the check\'s bound grows with the message (the validator\'s own stops at 100,000 visits)', () => {
    const t = memoryTransport();
    const client = new pkg.Client({ transport: t.transport });
    const got: unknown[] = [];
    client.on('Thing', (m: unknown) => got.push(m));
    client.onError((e: unknown) => got.push(e));
    t.deliver({ readings: Array.from({ length: 150_000 }, (_, i) => i % 10) }, { channel: 'things/1' });
    expect(got).toEqual([{ readings: expect.any(Array) }]);
  });

  it('sends with a channel parameter whose invalid pattern was left out, instead of throwing a SyntaxError', async () => {
    const t = memoryTransport();
    const client = new pkg.Client({ transport: t.transport });
    await client.sendThing({ lower: 'abc' }, { parameters: { id: '42' } });
    expect(t.sent.map((s) => s.context.channel)).toEqual(['things/42']);
    expect(files.get('src/channels.ts')).not.toContain('[0-9');
  });
});
