/**
 * Every TypeScript block of every README compiles: the repository's own READMEs, the committed generated
 * package's, and the READMEs of plain packages generated here from documents that exercise each way a plain
 * README is written (a broker document, a WebSocket with a parameterized path, messages told apart by a
 * discriminator, channels on two servers). Each block is a module of its own, type-checked with `tsc --strict`
 * against the packages it imports (a plain package by its name, mapped to its `src/index.ts`, so its sources
 * are checked under the same settings), so an example can never name a class, an option or an event that does
 * not exist.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../generator/helpers.js';
import { generate } from '../../generator/generate.js';

const run = promisify(execFile);
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');

/** The READMEs in the repository, by path from its root. */
const READMES = ['README.md', 'runtime/README.md', 'spec/README.md', 'bench/README.md', 'redis/README.md', 'generated/discord-gateway/README.md'];

const CORPUS = path.join(ROOT, 'test/corpus/documents');
/** Plain packages generated for the test, by folder name: the document, and whether its `$ref`s leave its folder. */
const PLAIN = {
  streetlights: { spec: path.join(CORPUS, 'v3.0.0/asyncapi__spec__examples__streetlights-mqtt-asyncapi.yml') },
  gemini: { spec: path.join(CORPUS, 'v3.0.0/asyncapi__spec__examples__websocket-gemini-asyncapi.yml') },
  chat: { spec: path.join(ROOT, 'test/fixtures/v3-multifile/asyncapi.yaml') },
  social: { spec: path.join(CORPUS, 'v3.0.0/asyncapi__spec__examples__social-media/backend/asyncapi.yaml'), allowRefOutside: true },
};

export interface CodeBlock {
  /** `<readme>:<line>`, where the block's first line of code stands. */
  where: string;
  code: string;
}

/** The ```ts and ```typescript blocks of a markdown text, with the line each starts on. */
export function typescriptBlocks(markdown: string, readme: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const fence = /^```(?:ts|typescript)[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;
  for (const match of markdown.matchAll(fence)) {
    const line = markdown.slice(0, match.index).split('\n').length + 1;
    blocks.push({ where: `${readme}:${line}`, code: match[1]! });
  }
  return blocks;
}

describe('typescriptBlocks', () => {
  it('finds ts and typescript blocks with their lines, and nothing else', () => {
    const markdown = ['# t', '```ts', 'const a = 1;', '```', '```sh', 'npm test', '```', '', '```typescript', 'let b;', '```'].join('\n');
    expect(typescriptBlocks(markdown, 'X.md')).toEqual([
      { where: 'X.md:3', code: 'const a = 1;\n' },
      { where: 'X.md:10', code: 'let b;\n' },
    ]);
  });
});

describe('README code blocks compile', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let blocks: (CodeBlock & { file: string })[] = [];
  /** tsc's diagnostics, by block file. */
  const problems = new Map<string, string[]>();

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('gen-gateway-readme-'));
    const sources: [string, string][] = await Promise.all(READMES.map(async (readme) => [readme, await readFile(path.join(ROOT, readme), 'utf8')] as [string, string]));
    const paths: Record<string, string[]> = {};
    for (const [name, { spec, ...options }] of Object.entries(PLAIN)) {
      const outDir = path.join(dir, 'plain', name);
      await generate({ spec, outDir, packageName: `${name}-client`, ...options });
      paths[`${name}-client`] = [`./plain/${name}/src/index.ts`];
      sources.push([`plain/${name}/README.md`, await readFile(path.join(outDir, 'README.md'), 'utf8')]);
    }
    blocks = sources.flatMap(([readme, markdown]) => typescriptBlocks(markdown, readme)).map((block, i) => ({ ...block, file: `block-${i}.ts` }));

    // A project beside the repository's node_modules, where the workspace packages resolve as a user's would.
    await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    await mkdir(path.join(dir, 'blocks'));
    for (const block of blocks) {
      // A block without import or export would be a script, where top-level await does not compile.
      const code = /^\s*(import|export)\b/m.test(block.code) ? block.code : `${block.code}\nexport {};\n`;
      await writeFile(path.join(dir, 'blocks', block.file), code);
    }
    await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext',
        lib: ['ES2022'], types: ['node'], skipLibCheck: true, noUnusedLocals: false,
        // The strictest settings a user may have: `url: process.env.X` must compile under them.
        exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true,
        // A generated plain package by its name, as a user imports it; its sources are checked with the blocks.
        paths,
      },
      include: ['blocks/*.ts'],
    }));
    const result = await run(process.execPath, [TSC, '-p', 'tsconfig.json', '--pretty', 'false'], { cwd: dir }).catch((error: { stdout: string }) => error);
    for (const line of result.stdout.split('\n').filter(Boolean)) {
      const file = /^blocks\/(block-\d+\.ts)\(/.exec(line)?.[1] ?? '(project)';
      problems.set(file, [...(problems.get(file) ?? []), line]);
    }
  }, 300_000);
  afterAll(async () => cleanup?.());

  it('finds the blocks of every README, the generated ones included', () => {
    const where = blocks.map((b) => b.where);
    for (const readme of ['README.md', 'runtime/README.md', 'redis/README.md', 'generated/discord-gateway/README.md', ...Object.keys(PLAIN).map((name) => `plain/${name}/README.md`)]) {
      expect(where.some((w) => w.startsWith(`${readme}:`)), readme).toBe(true);
    }
    expect(problems.get('(project)')).toBeUndefined();
  });

  it('every block type-checks under --strict', () => {
    const failing = blocks.filter((b) => problems.has(b.file)).map((b) => `${b.where}\n  ${problems.get(b.file)!.join('\n  ')}`);
    expect(failing).toEqual([]);
  });
});
