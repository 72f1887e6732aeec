/**
 * Documents built to hurt the generator end in a located error (file:line:col), exit 1, in seconds, with no
 * stack trace and nothing written; usage mistakes are exit 2 with one line. In-process for the checks made
 * before parsing, in a child process (the built CLI, with its loader thread) for the time and memory bounds.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCORD_SPEC, STACK_FRAME, runCli, runCliProcess, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('gen-gateway-bounds-')));
afterAll(async () => cleanup?.());

const HEAD = 'asyncapi: 2.6.0\ninfo: { title: T, version: "1" }\n';
/** A valid two-message gateway document; `extra` is appended at the root. */
function gateway(dispatchT = 'OTHER', extra = ''): string {
  const message = (name: string, op: number, t?: string) => `        - name: ${name}\n          payload:\n            type: object\n            properties:\n              op: { type: integer, const: ${op} }\n${t ? `              t: { type: string, const: ${t} }\n              s: { type: integer }\n` : ''}              d: { type: object, properties: { a: { type: string } } }\n`;
  return `${HEAD}channels:\n  /:\n    publish:\n      message:\n        oneOf:\n${message('Hello', 3)}    subscribe:\n      message:\n        oneOf:\n${message('Ready', 0, 'READY')}${message('Other', 0, dispatchT)}${extra}`;
}

const bomb = ['x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefg'.split('').map((c, i) => `x-${c}: &${c} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`)].join('\n');

interface Case {
  files: Record<string, string>;
  /** `file:line:col severity rule` of the first diagnostic. */
  want: RegExp;
  only?: boolean;
}

const CASES: Array<[string, Case]> = [
  ['an alias bomb', { files: { 'doc.yaml': `${gateway()}${bomb}\n` }, want: /doc\.yaml:\d+:\d+ error yaml-alias aliases expand the document/ }],
  ['flow sequences nested 28 deep', { files: { 'doc.yaml': `${gateway()}x-deep: ${'['.repeat(28)}${']'.repeat(28)}\n` }, want: /doc\.yaml:\d+:\d+ error flow-nesting/ }],
  ['a $ref cycle across two files', {
    files: { 'doc.yaml': `${HEAD}channels:\n  /:\n    publish:\n      message:\n        $ref: './b.yaml#/M'\n`, 'b.yaml': "M:\n  $ref: './doc.yaml#/channels/~1/publish/message'\n" },
    want: /doc\.yaml:7:15 error ref-cycle \$ref '\.\/b\.yaml#\/M' never resolves: it leads back to itself/,
  }],
  ['a $ref cycle in one file', { files: { 'doc.yaml': `${gateway()}components:\n  schemas:\n    Y: { $ref: '#/components/schemas/Z' }\n    Z: { $ref: '#/components/schemas/Y' }\n` }, want: /doc\.yaml:\d+:\d+ error ref-cycle/ }],
  ['a $ref outside the document\'s folder', {
    files: { 'sub/doc.yaml': `${HEAD}channels:\n  /:\n    publish:\n      message:\n        $ref: '../secret.yaml#/x'\n`, 'secret.yaml': 'x: { password: hunter2 }\n' },
    want: /sub\/doc\.yaml:7:15 error ref-outside \$ref '\.\.\/secret\.yaml#\/x' points outside the document's folder/,
  }],
  ['structures nested 1,000 deep', { files: { 'doc.json': JSON.stringify({ asyncapi: '2.6.0', info: { title: 'T', version: '1' }, channels: {}, 'x-deep': JSON.parse(`${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}`) }) }, want: /doc\.json:1:\d+ error nesting/ }],
  ['asyncapi: null', { files: { 'doc.yaml': gateway().replace('asyncapi: 2.6.0', 'asyncapi: null') }, want: /doc\.yaml:1:11 error asyncapi-is-asyncapi/ }],
  ['a __proto__ property', { files: { 'doc.yaml': gateway().replace('a: { type: string }', '__proto__: { type: string }') }, want: /doc\.yaml:\d+:\d+ error unsafe-key a key named __proto__/ }],
  ['a lone surrogate in a property name', { files: { 'doc.yaml': gateway().replace('a: { type: string }', '"\\ud800x": { type: string }') }, want: /doc\.yaml:\d+:\d+ error invalid-unicode/ }],
  ['an unclosed [ (YAML syntax): that error alone', { files: { 'doc.yaml': `${HEAD}x-list: [1, 2\n${gateway().slice(HEAD.length)}` }, want: /doc\.yaml:\d+:\d+ error yaml-syntax/ }],
  ['two messages with the same dispatch t', { files: { 'doc.yaml': gateway('READY') }, want: /doc\.yaml:\d+:\d+ error duplicate-dispatch '(Ready|Other)' and '(Ready|Other)' are both the dispatch 'READY'/ }],
  ['a number in x-enum-varnames', { files: { 'doc.yaml': `${gateway()}components:\n  schemas:\n    E: { type: integer, enum: [1, 2], x-enum-varnames: [1, B] }\n` }, want: /doc\.yaml:\d+:\d+ error invalid-extension x-enum-varnames must be non-empty strings; item 0 is 1/ }],
  ['a document without messages', { files: { 'doc.yaml': `${HEAD}channels: {}\n` }, want: /doc\.yaml:3:1 error no-messages/ }],
  ['a 2.x channel without operations', { files: { 'doc.yaml': `${HEAD}channels:\n  /a: {}\n` }, want: /doc\.yaml:3:1 error no-messages .*\n  hint: a 2\.x channel needs a publish or subscribe operation/ }],
  ['a 3.x document with messages but no operations', {
    files: { 'doc.yaml': 'asyncapi: 3.0.0\ninfo: { title: T, version: "1" }\nchannels:\n  a: { address: a, messages: { m: { payload: { type: string } } } }\n' },
    want: /doc\.yaml:3:1 error no-messages .*\n  hint: a 3\.x document needs operations/,
  }],
];

describe('documents built to hurt', () => {
  it.each(CASES)('%s: a located error, exit 1, nothing written', async (name, { files, want }) => {
    const root = path.join(dir, name.replace(/\W+/g, '-'));
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text);
    }
    const out = path.join(root, 'out');
    const started = Date.now();
    const result = await runCli([path.relative(process.cwd(), path.join(root, Object.keys(files)[0]!)), '--out', out]);
    expect(result.code, result.err).toBe(1);
    const head = result.err.split('\n').slice(0, 2).join('\n');
    expect(head).toMatch(want);
    expect(result.err).not.toMatch(STACK_FRAME);
    expect(result.err).not.toMatch(/hunter2/);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(existsSync(out)).toBe(false);
  }, 30_000);

  it('reports a YAML syntax error and nothing after it', async () => {
    const file = path.join(dir, 'unclosed.yaml');
    await writeFile(file, `${HEAD}x-list: [1, 2\n${gateway().slice(HEAD.length)}`);
    const result = await runCli([file, '--out', path.join(dir, 'unclosed-out'), '--format', 'github']);
    expect(result.code).toBe(1);
    expect(result.err.split('\n').filter((l) => l.startsWith('::error'))).toHaveLength(1);
  });

  it('reports one unclosed [ in the 9,000-line Discord document as located syntax errors only, nothing after', async () => {
    const lines = (await readFile(DISCORD_SPEC, 'utf8')).split('\n');
    const at = lines.findIndex((l) => l.trim() === 'tags: [{ name: Channels }]');
    expect(at).toBeGreaterThan(100);
    lines[at] = lines[at]!.replace(/\]$/, '');
    const file = path.join(dir, 'discord-unclosed.yaml');
    await writeFile(file, lines.join('\n'));
    const out = path.join(dir, 'discord-unclosed-out');
    const text = await runCli([file, '--out', out]);
    expect(text.code).toBe(1);
    // Where the [ opens, alone: not at 1:0, not on the lines the reader misread after it.
    const column = lines[at]!.indexOf('[') + 1;
    expect(text.err.trim().split('\n')).toEqual([
      `${path.relative(process.cwd(), file)}:${at + 1}:${column} error yaml-syntax this [ is never closed: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `  hint: the YAML reader was still inside it on line ${at + 2}; add the ], or quote the value if the [ is text`,
      `gen-gateway: ${path.relative(process.cwd(), file)}: not valid YAML (1 error); nothing was written.`,
    ]);
    const github = await runCli([file, '--out', out, '--format', 'github']);
    const annotations = github.err.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(new RegExp(`^::error file=.*discord-unclosed\\.yaml,line=${at + 1},col=${column},title=yaml-syntax::this \\[ is never closed`));
    expect(existsSync(out)).toBe(false);
  });
});

describe('the bounds of the loader thread (built CLI, child process)', () => {
  it.each([
    ['time', ['--timeout', '0.5'], /discord-gateway\.yaml:1:1 error parse-timeout parsing and reading the document took longer than 0\.5 s/],
    ['memory', ['--max-memory', '24'], /discord-gateway\.yaml:1:1 error parse-memory parsing the document needed more than 24 MB/],
  ])('a document over its %s budget is a located error, exit 1', async (_, flags, want) => {
    const result = await runCliProcess([DISCORD_SPEC, '--out', path.join(dir, 'never'), ...flags]);
    expect(result.code, result.err).toBe(1);
    expect(result.err).toMatch(want);
    expect(result.err).not.toMatch(STACK_FRAME);
    expect(result.ms).toBeLessThan(30_000);
  }, 60_000);
});

describe('usage mistakes: exit 2, one line', () => {
  it.each([
    ['a directory as the spec', async () => [dir], /is a directory, not an AsyncAPI document/],
    ['a missing spec', async () => [path.join(dir, 'nope.yaml')], /nope\.yaml: no such file/],
    ['-o a file', async () => {
      await writeFile(path.join(dir, 'a-file'), 'x');
      await writeFile(path.join(dir, 'ok.yaml'), gateway());
      return [path.join(dir, 'ok.yaml'), '--out', path.join(dir, 'a-file')];
    }, /a-file is a file, not a folder/],
    ['--name ../../etc', async () => [path.join(dir, 'ok.yaml'), '--name', '../../etc'], /--name "\.\.\/\.\.\/etc" is not a valid npm package name/],
    ['--name \'\'', async () => [path.join(dir, 'ok.yaml'), '--name', ''], /--name "" is not a valid npm package name/],
    ['--name UPPER Case', async () => [path.join(dir, 'ok.yaml'), '--name', 'UPPER Case'], /--name "UPPER Case" is not a valid npm package name/],
    ['an out folder with a stray manifest and other files', async () => {
      const out = path.join(dir, 'stray');
      await mkdir(out, { recursive: true });
      await writeFile(path.join(out, '.gen-gateway.json'), JSON.stringify({ generator: '0', files: {}, inputs: [] }));
      await writeFile(path.join(out, 'thesis.tex'), 'years of work');
      return [path.join(dir, 'ok.yaml'), '--out', out];
    }, /stray holds thesis\.tex, which gen-gateway did not write; choose another --out, empty it, or pass --force/],
  ])('%s', async (_, args, want) => {
    const result = await runCli(await args());
    expect(result.code, result.err).toBe(2);
    const lines = result.err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(want);
  });

  it('never touches a folder it does not own, and replaces one it wrote', async () => {
    const out = path.join(dir, 'stray');
    expect(await readFile(path.join(out, 'thesis.tex'), 'utf8')).toBe('years of work');
    const fresh = path.join(dir, 'fresh');
    expect((await runCli([path.join(dir, 'ok.yaml'), '--out', fresh])).code).toBe(0);
    expect((await runCli([path.join(dir, 'ok.yaml'), '--out', fresh])).code).toBe(0);
    // A hand edit makes the folder no longer what gen-gateway wrote: refused, unless --force.
    await writeFile(path.join(fresh, 'README.md'), 'edited');
    const edited = await runCli([path.join(dir, 'ok.yaml'), '--out', fresh]);
    expect(edited.code).toBe(2);
    expect(edited.err).toMatch(/holds README\.md, changed since gen-gateway wrote it/);
    expect((await runCli([path.join(dir, 'ok.yaml'), '--out', fresh, '--force'])).code).toBe(0);
    expect(await readdir(fresh)).toContain('README.md');
  }, 60_000);

  it('refuses a config whose two specs write to one folder, at the second', async () => {
    const config = path.join(dir, 'gen-gateway.config.json');
    await writeFile(config, JSON.stringify({ specs: [{ spec: 'ok.yaml', out: 'same' }, { spec: 'ok.yaml', out: 'same' }] }, null, 2));
    const result = await runCli(['--config', config]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/gen-gateway\.config\.json:\d+:\d+ error config writes to .*same, like specs\[0\]/);
  });
});
