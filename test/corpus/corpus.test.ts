/**
 * Every document of the AsyncAPI corpus (`documents/`, copied from asyncapi/spec with its licence, see
 * `documents/README.md`) that the parser accepts generates a package, and all the packages type-check together
 * in one `tsc --strict --noEmit` run. The two Adeo Kafka examples need the network (remote Avro `$ref`s) and,
 * offline, must fail with a located error naming the `$ref`.
 */
import { execFile } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';
import { GenerateError } from '../../generator/errors.js';
import { ROOT, tempDir } from '../generator/helpers.js';

const CORPUS = path.join(ROOT, 'test/corpus/documents');
const NEEDS_NETWORK = /adeo-kafka-request-reply/;
/** The host of the Adeo documents' remote `$ref`s. */
const REMOTE_HOST = 'www.asyncapi.com';

interface Row {
  file: string;
  parse: string;
}

/** The documents `PARSE.tsv` lists, fragments (`$ref` targets) left out. A missing file fails the test file. */
function corpusRows(): Row[] {
  return readFileSync(path.join(CORPUS, 'PARSE.tsv'), 'utf8').trim().split('\n').slice(1)
    .map((line) => line.split('\t'))
    .filter((cols) => cols[2] !== 'fragment')
    .map((cols) => ({ file: cols[0]!, parse: cols[2]! }));
}

/** Runs `work` over `items`, `limit` at a time, in order of start. */
async function mapLimit<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

/** Whether `host` resolves within a second: the remote `$ref`s could then load, or fail otherwise than offline. */
async function resolves(host: string): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(resolve, 1000, false).unref());
  return Promise.race([lookup(host).then(() => true, () => false), timeout]);
}

const rows = corpusRows();
const accepted = rows.filter((r) => r.parse === 'ok');
const networked = rows.filter((r) => NEEDS_NETWORK.test(r.file));
const online = await resolves(REMOTE_HOST);

describe('the AsyncAPI corpus', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  const outcomes = new Map<string, { ok: true; outDir: string } | { ok: false; error: unknown }>();

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('gen-gateway-corpus-'));
    await mapLimit([...accepted, ...(online ? [] : networked)], 2, async (row) => {
      const outDir = path.join(dir, row.file.replace(/[^A-Za-z0-9]+/g, '_'));
      try {
        // The social-media example's services share ../common/*.yaml: outside their folder, allowed by name.
        await generate({ spec: path.join(CORPUS, row.file), outDir, allowRefOutside: /social-media\//.test(row.file) });
        outcomes.set(row.file, { ok: true, outDir });
      } catch (error) {
        outcomes.set(row.file, { ok: false, error });
      }
    });
  }, 600_000);

  afterAll(async () => {
    await cleanup?.();
  });

  it('holds 69 documents, 67 of which the parser accepts', () => {
    expect(rows).toHaveLength(69);
    expect(accepted).toHaveLength(67);
  });

  it('generates a package for every accepted document', () => {
    const failed = accepted.filter((r) => !outcomes.get(r.file)?.ok).map((r) => {
      const outcome = outcomes.get(r.file);
      return `${r.file}: ${outcome && !outcome.ok ? (outcome.error as Error).message : 'not run'}`;
    });
    expect(failed).toEqual([]);
  });

  it('names every model, never AnonymousSchema', async () => {
    for (const outcome of outcomes.values()) {
      if (!outcome.ok) continue;
      const models = await readFile(path.join(outcome.outDir, 'src/models.ts'), 'utf8');
      expect(models).not.toMatch(/AnonymousSchema|anonymous-schema/i);
    }
  });

  it('type-checks every generated package with tsc --strict in one run', async () => {
    const packages = [...outcomes.values()].filter((o) => o.ok).map((o) => (o as { outDir: string }).outDir);
    expect(packages.length).toBe(accepted.length);
    const tsconfig = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        skipLibCheck: true,
        types: ['node'],
        typeRoots: [path.join(ROOT, 'node_modules/@types')],
        // Opcode-envelope packages import the runtime; plain ones need nothing but Node's types.
        baseUrl: ROOT,
        paths: { '@gen-gateway/runtime': ['runtime/src/index.ts'] },
      },
      include: packages.map((p) => path.join(p, 'src/**/*.ts')),
    };
    const config = path.join(dir, 'tsconfig.json');
    await writeFile(config, JSON.stringify(tsconfig, null, 2));
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = await promisify(execFile)(process.execPath, [tsc, '-p', config], { maxBuffer: 64 * 1024 * 1024 }).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(result).toBe('');
  }, 300_000);

  const networkedTitle = online
    ? `fails on %s with located errors naming the remote $ref (skipped: ${REMOTE_HOST} resolves here, and this case is about a machine offline)`
    : 'fails on %s with located errors naming the remote $ref';
  it.skipIf(online).each(networked.map((r) => [r.file]))(networkedTitle, (file) => {
    const outcome = outcomes.get(file);
    expect(outcome?.ok).toBe(false);
    const error = (outcome as { error: unknown }).error;
    expect(error).toBeInstanceOf(GenerateError);
    const refs = (error as GenerateError).diagnostics.filter((d) => d.rule === 'invalid-ref');
    expect(refs.length).toBeGreaterThan(0);
    for (const d of refs) {
      expect(d.file).toContain('adeo-kafka-request-reply');
      expect(d.line).toBeGreaterThan(1);
      expect(d.message).toMatch(/^\$ref 'https:\/\/[^']+\.avsc' does not resolve/);
      expect(d.hint).toMatch(/network/);
    }
  });
});
