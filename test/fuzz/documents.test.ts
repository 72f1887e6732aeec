/**
 * Fuzz of documents: seeded mutations of the fixtures (values and keys replaced by hostile strings, fields
 * dropped or retyped, YAML bombs, `$ref`s bent, text cut short), each run through the built CLI in a child
 * process over the output of a good run. Asserted: exit 0, 1 or 2 (70 is a bug), no hang, no stack trace, every
 * failure located (file:line:col), the previous output untouched after a failure, and for a sample of the
 * successes: nothing runs on import and `tsc --strict` passes.
 *
 * `npm test` runs a short, fixed-seed form; `FUZZ_COUNT=500 FUZZ_SEED=123 npm run fuzz` a long one. A failure
 * names its seed and case, which replays it.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { parse as parseYaml, stringify } from 'yaml';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HOSTILE_STRINGS, MARKER } from '../support/hostile.js';
import { ROOT, STACK_FRAME, runCliProcess, tempDir, typeCheck } from '../generator/helpers.js';
import { prng } from '../support/prng.js';

const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed);
const COUNT = Number(process.env.FUZZ_COUNT ?? 10);
/** How many successful outputs are imported and type-checked. */
const SAMPLE = Number(process.env.FUZZ_SAMPLE ?? 3);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Small base documents: an opcode gateway, a plain 2.x one, and the multi-file 3.x fixture. */
const GATEWAY = {
  asyncapi: '2.6.0',
  info: { title: 'Fuzz gateway', version: '1.0.0', description: 'A small gateway.' },
  servers: { main: { url: 'wss://gateway.example/ws', protocol: 'wss' } },
  channels: {
    '/': {
      publish: { message: { oneOf: [
        { name: 'Heartbeat', payload: { type: 'object', properties: { op: { type: 'integer', const: 1 }, d: { type: ['integer', 'null'] } } } },
        { name: 'UpdateStatus', summary: 'Set the status', payload: { type: 'object', required: ['op', 'd'], properties: { op: { type: 'integer', const: 3 }, d: { $ref: '#/components/schemas/Status' } } } },
      ] } },
      subscribe: { message: { oneOf: [
        { name: 'Ready', payload: { type: 'object', properties: { op: { type: 'integer', const: 0 }, s: { type: 'integer' }, t: { type: 'string', const: 'READY' }, d: { type: 'object', properties: { session_id: { type: 'string' } } } } } },
        { name: 'MessageCreate', 'x-intents': ['GUILD_MESSAGES'], payload: { type: 'object', properties: { op: { type: 'integer', const: 0 }, s: { type: 'integer' }, t: { type: 'string', const: 'MESSAGE_CREATE' }, d: { type: 'object', properties: { content: { type: 'string', description: 'The text' }, kind: { $ref: '#/components/schemas/Kind' } } } } } },
      ] } },
    },
  },
  components: {
    schemas: {
      Status: { type: 'object', properties: { status: { type: 'string', enum: ['online', 'idle'] }, since: { type: ['integer', 'null'] } } },
      Kind: { type: 'integer', enum: [0, 1], 'x-enum-varnames': ['Default', 'Reply'] },
      Intents: { type: 'integer', 'x-bitflags': { GUILDS: 0, GUILD_MESSAGES: 9 } },
    },
  },
};

const PLAIN = {
  asyncapi: '2.6.0',
  info: { title: 'Fuzz chat', version: '2.1.0' },
  servers: { main: { url: 'ws://chat.example', protocol: 'ws' } },
  channels: {
    '/chat': {
      publish: { message: { oneOf: [
        { name: 'say', payload: { type: 'object', required: ['type', 'text'], properties: { type: { type: 'string', const: 'say' }, text: { type: 'string' } } } },
      ] } },
      subscribe: { message: { oneOf: [
        { name: 'said', payload: { type: 'object', properties: { type: { type: 'string', const: 'said' }, text: { type: 'string' }, at: { type: 'string', format: 'date-time' } } } },
        { name: 'joined', payload: { type: 'object', properties: { type: { type: 'string', const: 'joined' }, who: { type: 'string' } } } },
      ] } },
    },
  },
};

interface Base {
  name: string;
  /** Files of the document (the entry first), relative to its folder. */
  files: Record<string, string>;
}

async function bases(): Promise<Base[]> {
  const multi = path.join(ROOT, 'test/fixtures/v3-multifile');
  const files: Record<string, string> = {};
  for (const entry of (await readdir(multi, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())) {
    const relative = path.relative(multi, path.join(entry.parentPath, entry.name));
    files[relative] = await readFile(path.join(multi, relative), 'utf8');
  }
  const entry = 'asyncapi.yaml';
  return [
    { name: 'gateway', files: { 'asyncapi.yaml': stringify(GATEWAY) } },
    { name: 'plain', files: { 'asyncapi.json': JSON.stringify(PLAIN, null, 2) } },
    { name: 'v3-multifile', files: { [entry]: files[entry]!, ...files } },
  ];
}

/** Every path to a value in a JSON tree. */
function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries: Array<[string | number, Json]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function parentOf(root: Json, at: Array<string | number>): { parent: Record<string | number, Json>; key: string | number } | undefined {
  if (at.length === 0) return undefined;
  let node = root as Record<string | number, Json>;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  return { parent: node, key: at[at.length - 1]! };
}

type Mutation = (doc: Json, random: () => number, pick: <T>(list: T[]) => T) => { doc?: Json; text?: (text: string) => string; what: string };

const TREE_MUTATIONS: Mutation[] = [
  (doc, _, pick) => {
    const at = pick(paths(doc).filter((p) => p.length > 0));
    const hostile = pick(HOSTILE_STRINGS);
    parentOf(doc, at)!.parent[at[at.length - 1]!] = hostile;
    return { doc, what: `value at /${at.join('/')} = ${JSON.stringify(hostile)}` };
  },
  (doc, _, pick) => {
    const at = pick(paths(doc).filter((p) => p.length > 0 && typeof p[p.length - 1] === 'string'));
    const { parent, key } = parentOf(doc, at)!;
    const hostile = pick(HOSTILE_STRINGS);
    parent[hostile] = parent[key]!;
    delete parent[key];
    return { doc, what: `key /${at.join('/')} renamed ${JSON.stringify(hostile)}` };
  },
  (doc, _, pick) => {
    const at = pick(paths(doc).filter((p) => p.length > 0));
    const { parent, key } = parentOf(doc, at)!;
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
    return { doc, what: `deleted /${at.join('/')}` };
  },
  (doc, random, pick) => {
    const at = pick(paths(doc).filter((p) => p.length > 0));
    const replacement = pick<Json>([null, 0, -1, 1e308, true, [], {}, [null], { $ref: '#/nowhere' }, { $ref: `#/${at.slice(0, 2).join('/')}` }, 'x'.repeat(Math.floor(random() * 5000))]);
    parentOf(doc, at)!.parent[at[at.length - 1]!] = replacement;
    return { doc, what: `value at /${at.join('/')} = ${JSON.stringify(replacement).slice(0, 40)}` };
  },
  (doc, _, pick) => {
    const maps = paths(doc).filter((p) => {
      let node: Json = doc;
      for (const k of p) node = (node as Record<string | number, Json>)[k]!;
      return typeof node === 'object' && node !== null && !Array.isArray(node);
    });
    const at = pick(maps);
    let node: Json = doc;
    for (const k of at) node = (node as Record<string | number, Json>)[k]!;
    const copied = JSON.parse(JSON.stringify(node)) as Json;
    (node as Record<string, Json>)[`copy${Object.keys(node as object).length}`] = copied;
    return { doc, what: `duplicated /${at.join('/')} beside itself` };
  },
];

const TEXT_MUTATIONS: Array<(random: () => number) => { text: (text: string) => string; what: string }> = [
  (random) => {
    const depth = 10 + Math.floor(random() * 30);
    return { what: `flow sequences nested ${depth} deep`, text: (t) => `${t.trimEnd()}\nx-deep: ${'['.repeat(depth)}${']'.repeat(depth)}\n` };
  },
  () => ({ what: 'an alias bomb', text: (t) => `${t.trimEnd()}\nx-a: &a [1,1,1,1,1,1,1,1,1,1]\n${'bcdefgh'.split('').map((c, i) => `x-${c}: &${c} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(',')}]`).join('\n')}\n` }),
  (random) => ({ what: 'cut short', text: (t) => t.slice(0, Math.floor(random() * t.length)) }),
  (random) => ({ what: 'an unclosed bracket', text: (t) => { const lines = t.split('\n'); const i = Math.floor(random() * lines.length); lines[i] = `${lines[i]} [`; return lines.join('\n'); } }),
  () => ({ what: 'a $ref cycle', text: (t) => `${t.trimEnd()}\nx-cycle-a: { $ref: '#/x-cycle-b' }\nx-cycle-b: { $ref: '#/x-cycle-a' }\n` }),
  () => ({ what: 'a $ref outside the folder', text: (t) => `${t.trimEnd()}\nx-outside: { $ref: '../../secret.yaml#/x' }\n` }),
];

interface FuzzCase {
  id: number;
  base: Base;
  entry: string;
  text: string;
  what: string;
}

function makeCase(id: number, all: Base[]): FuzzCase {
  const random = prng(SEED * 7919 + id);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const base = pick(all);
  const entry = Object.keys(base.files)[0]!;
  const original = base.files[entry]!;
  const json = entry.endsWith('.json');
  if (random() < 0.3) {
    const mutation = pick(TEXT_MUTATIONS)(random);
    return { id, base, entry, text: mutation.text(original), what: mutation.what };
  }
  let doc = parseYaml(original) as Json;
  const whats: string[] = [];
  for (let n = 1 + Math.floor(random() * 2); n > 0; n -= 1) {
    const result = pick(TREE_MUTATIONS)(doc, random, pick);
    doc = result.doc ?? doc;
    whats.push(result.what);
  }
  return { id, base, entry, text: json ? JSON.stringify(doc, null, 2) : stringify(doc), what: whats.join('; ') };
}

async function writeDocument(root: string, base: Base): Promise<string> {
  const folder = path.join(root, 'doc');
  for (const [file, text] of Object.entries(base.files)) {
    await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
    await writeFile(path.join(folder, file), text);
  }
  return folder;
}

async function hashTree(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const entry of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).sort((a, b) => path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)))) {
    const file = path.join(entry.parentPath, entry.name);
    hash.update(path.relative(dir, file)).update(await readFile(file));
  }
  return hash.digest('hex');
}

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('gen-gateway-fuzz-'));
  await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
});
afterAll(async () => cleanup?.());

it(`survives ${COUNT} mutated documents (seed ${SEED})`, async () => {
  const all = await bases();
  const successes: string[] = [];
  const failures: string[] = [];
  // The previous output of each case: a good run of its unmutated document, made once per base.
  const goodOutputs = new Map<string, string>();
  for (const base of all) {
    const folder = await writeDocument(path.join(dir, `base-${base.name}`), base);
    const out = path.join(dir, `base-${base.name}`, 'out');
    const good = await runCliProcess([path.join(folder, Object.keys(base.files)[0]!), '--out', out, '--name', 'fuzz-client']);
    expect(good.code, `the base document ${base.name} must generate\n${good.err}`).toBe(0);
    goodOutputs.set(base.name, out);
  }
  for (let id = 0; id < COUNT; id += 1) {
    const fuzz = makeCase(id, all);
    const label = `seed ${SEED} case ${id} (${fuzz.base.name}: ${fuzz.what})`;
    const folder = await writeDocument(path.join(dir, `case${id}`), fuzz.base);
    const out = path.join(dir, `case${id}`, 'out');
    await cp(goodOutputs.get(fuzz.base.name)!, out, { recursive: true });
    const before = await hashTree(out);
    await writeFile(path.join(folder, fuzz.entry), fuzz.text);
    const run = await runCliProcess([path.join(folder, fuzz.entry), '--out', out, '--name', 'fuzz-client', '--timeout', '20'], { timeoutMs: 90_000 });
    const output = `${run.out}\n${run.err}`;
    if (run.signal !== null) failures.push(`${label}: killed (${run.signal}) after ${run.ms} ms: a hang`);
    else if (![0, 1, 2].includes(run.code!)) failures.push(`${label}: exit ${run.code}\n${output}`);
    if (STACK_FRAME.test(output)) failures.push(`${label}: a stack trace\n${output}`);
    if (run.code === 1 && !/^\S.*:\d+:\d+ error /m.test(run.err)) failures.push(`${label}: exit 1 without a located error\n${output}`);
    if (run.code !== 0 && (await hashTree(out)) !== before) failures.push(`${label}: the previous output changed after a failure`);
    if (run.code === 0) successes.push(out);
  }
  expect(failures, failures.join('\n\n')).toEqual([]);

  // A sample of the successes: nothing runs on import, and the package compiles.
  const sample = successes.slice(0, SAMPLE);
  for (const out of sample) {
    const dist = (await readdir(path.join(out, 'dist'))).filter((f) => f.endsWith('.js'));
    const probe = path.join(out, '..', 'probe.mjs');
    await writeFile(probe, `${dist.map((f) => `await import(${JSON.stringify(path.join(out, 'dist', f))});`).join('\n')}\nprocess.stdout.write(String(globalThis.__injected ?? 'clean'));`);
    const printed = await new Promise<string>((resolve, reject) => execFile(process.execPath, [probe], { cwd: out }, (error, stdout, stderr) => (error ? reject(new Error(`seed ${SEED}: ${out}: ${stderr}`)) : resolve(stdout))));
    expect(printed, `seed ${SEED}: ${out}`).toBe('clean');
    expect(existsSync(path.join(out, MARKER))).toBe(false);
  }
  if (sample.length > 0) expect(await typeCheck(dir, sample), `seed ${SEED}`).toBe('');
}, Number(process.env.FUZZ_COUNT ?? 0) > 10 ? 0 : 280_000);
