/**
 * No document string reaches generated code except through the escaper: documents with a hostile string in
 * every field (server URL, titles, descriptions, enum values, consts, defaults, property and message names,
 * x-enum-varnames, x-bitflags, channel, and the file name itself) generate packages whose every file parses to
 * the same top-level statements as a benign twin's, whose dist runs nothing on import, and which compile.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ts } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS, MARKER, hostileGatewayDocument, hostilePlainDocument } from '../support/hostile.js';
import { ROOT, STACK_FRAME, runCliProcess, tempDir, typeCheck } from './helpers.js';

/** The same document with every hostile string replaced by a plain word: what the output must look like. */
function benignTwin(value: unknown): unknown {
  if (typeof value === 'string') {
    const i = HOSTILE_STRINGS.findIndex((h) => value.includes(h));
    return i === -1 ? value : value.split(HOSTILE_STRINGS[i]!).join(`plain${i}`);
  }
  if (Array.isArray(value)) return value.map(benignTwin);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [benignTwin(k), benignTwin(v)]));
  return value;
}

/** Top-level statements of a file, as kinds (and `export`), parsed by the TypeScript compiler. */
function statementShape(text: string, file: string): { shape: string[]; errors: number } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, file.endsWith('.d.ts') || file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const shape = source.statements.map((s) => `${ts.SyntaxKind[s.kind]}${ts.getCombinedModifierFlags(s as unknown as ts.Declaration) & ts.ModifierFlags.Export ? ' export' : ''}`);
  return { shape, errors: (source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length };
}

async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && /\.(ts|js)$/.test(e.name)).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

const CASES = [
  { kind: 'gateway (opcode envelope)', document: hostileGatewayDocument },
  { kind: 'plain', document: hostilePlainDocument },
];

let dir: string;
let cleanup: () => Promise<void>;
const outputs = new Map<string, { hostile: string; benign: string; err: string }>();

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('gen-gateway-hostile-'));
  // Generated packages import the runtime (and ws): resolve them from the repository's node_modules.
  await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  for (const [i, { kind, document }] of CASES.entries()) {
    // The file name is hostile too: it is printed in every generated header and in the README.
    const hostileFile = path.join(dir, `doc${i} '*\u2028"\`\${x}<!--.json`);
    const benignFile = path.join(dir, `doc${i}-benign.json`);
    await writeFile(hostileFile, JSON.stringify(document()));
    await writeFile(benignFile, JSON.stringify(benignTwin(document())));
    const hostile = path.join(dir, `out${i}`);
    const benign = path.join(dir, `out${i}-benign`);
    const [a, b] = await Promise.all([
      runCliProcess([hostileFile, '--out', hostile, '--name', `hostile-${i}`]),
      runCliProcess([benignFile, '--out', benign, '--name', `hostile-${i}`]),
    ]);
    expect(a.code, `${kind}: ${a.err}`).toBe(0);
    expect(b.code, `${kind} twin: ${b.err}`).toBe(0);
    outputs.set(kind, { hostile, benign, err: a.err + a.out });
  }
}, 180_000);
afterAll(async () => cleanup?.());

describe.each(CASES.map((c) => [c.kind]))('a %s document made of hostile strings', (kind) => {
  it('generates files with exactly the top-level statements of its benign twin', async () => {
    const { hostile, benign } = outputs.get(kind)!;
    const files = await filesOf(hostile);
    expect(files).toEqual(await filesOf(benign));
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      const got = statementShape(await readFile(path.join(hostile, file), 'utf8'), file);
      const want = statementShape(await readFile(path.join(benign, file), 'utf8'), file);
      expect(got.errors, file).toBe(0);
      expect(got.shape, file).toEqual(want.shape);
      expect(got.shape.filter((s) => s.startsWith('ExpressionStatement')), file).toEqual([]);
    }
  });

  it('runs nothing when its dist is imported', async () => {
    const { hostile } = outputs.get(kind)!;
    const dist = (await filesOf(path.join(hostile, 'dist'))).filter((f) => f.endsWith('.js'));
    const probe = path.join(dir, `probe-${kind.replace(/\W+/g, '-')}.mjs`);
    await writeFile(probe, [
      ...dist.map((f) => `await import(${JSON.stringify(path.join(hostile, 'dist', f))});`),
      `process.stdout.write(JSON.stringify({ injected: globalThis.__injected ?? null, imported: ${dist.length} }));`,
    ].join('\n'));
    const { execFile } = await import('node:child_process');
    const output = await new Promise<string>((resolve, reject) => execFile(process.execPath, [probe], { cwd: hostile }, (error, stdout, stderr) => (error ? reject(new Error(stderr)) : resolve(stdout))));
    expect(JSON.parse(output)).toEqual({ injected: null, imported: dist.length });
    expect(existsSync(path.join(hostile, MARKER))).toBe(false);
  });

  it('keeps the hostile text as data: the server URL and enum values come back exactly', async () => {
    const { hostile } = outputs.get(kind)!;
    const probe = path.join(dir, `values-${kind.replace(/\W+/g, '-')}.mjs`);
    await writeFile(probe, `const m = await import(${JSON.stringify(path.join(hostile, 'dist/index.js'))}); process.stdout.write(JSON.stringify({ url: m.DEFAULT_GATEWAY_URL ?? null, kinds: Object.values(m.Kind ?? {}) }));`);
    const { execFile } = await import('node:child_process');
    const output = await new Promise<string>((resolve, reject) => execFile(process.execPath, [probe], (error, stdout, stderr) => (error ? reject(new Error(stderr)) : resolve(stdout))));
    const values = JSON.parse(output) as { url: string | null; kinds: string[] };
    if (kind.startsWith('gateway')) {
      expect(values.url).toBe(HOSTILE_STRINGS[4]);
      expect(values.kinds).toEqual(HOSTILE_STRINGS);
    }
  });

  it('prints no stack trace', () => {
    expect(outputs.get(kind)!.err).not.toMatch(STACK_FRAME);
  });
});

it('both packages compile under tsc --strict', async () => {
  const packages = [...outputs.values()].map((o) => o.hostile);
  expect(await typeCheck(dir, packages)).toBe('');
}, 180_000);
