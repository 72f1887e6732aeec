/**
 * What the emitting thread does while the loader thread parses: it compiles the bundled runtime (which needs no
 * IR) one file per turn of the event loop, stopping as soon as the IR is there, and the emit stage finishes the
 * rest; whatever was done before, the package is the same. And it never loads the parser, nor what Modelina
 * would import for the input formats and presets we do not use.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RuntimeBuild, runtimeBuildFor } from '../../generator/emit/emit-runtime.js';
import { useParseTime } from '../../generator/emit/warm-up.js';
import { readRuntimeLink } from '../../generator/load/runtime-sources.js';
import { ROOT, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('gen-gateway-parse-time-')));
afterAll(async () => cleanup?.());

describe('the bundled runtime, compiled while the document is parsed', () => {
  it('gives the same files however much of it was compiled before', async () => {
    const link = await readRuntimeLink('bundled');
    const whole = runtimeBuildFor(link, '9.9.9')!.result();
    const partial = runtimeBuildFor(link, '9.9.9')!;
    partial.step();
    partial.step();
    expect(partial.remaining).toBeGreaterThan(0);
    expect([...partial.result()].sort()).toEqual([...whole].sort());
    expect(whole.size).toBe(3 * (link.kind === 'bundled' ? link.sources.size : NaN));
  });

  it('stops at the next file once the IR is there, and leaves the rest to the emit stage', async () => {
    const link = await readRuntimeLink('bundled');
    let arrive!: () => void;
    const ir = new Promise<void>((resolve) => (arrive = resolve));
    const using = useParseTime(link, '9.9.9', ir);
    // Two turns of the event loop: two files at the most, then the IR arrives.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    arrive();
    const build = await using;
    expect(build).toBeInstanceOf(RuntimeBuild);
    expect(build!.remaining).toBeGreaterThan(0);
  });

  it('does nothing for a package that depends on the runtime, and nothing once the IR is there', async () => {
    expect(await useParseTime(await readRuntimeLink('package'), '9.9.9', Promise.resolve())).toBeUndefined();
    const link = await readRuntimeLink('bundled');
    const build = await useParseTime(link, '9.9.9', Promise.resolve());
    expect(build!.remaining).toBe(link.kind === 'bundled' ? link.sources.size : NaN);
  });
});

describe('the emitting thread (built CLI, child process)', () => {
  it('loads the emitters but neither the parser nor the dependencies of Modelina\'s unused inputs and presets', async () => {
    const list = path.join(dir, 'loaded.json');
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ['--require', path.join(ROOT, 'test/support/loaded-packages.cjs'), path.join(ROOT, 'bin/gen-gateway.js'),
        path.join(ROOT, 'test/fixtures/v3-multifile/asyncapi.yaml'), '--out', path.join(dir, 'out')], {
        env: { ...process.env, LOADED_PACKAGES_FILE: list }, stdio: 'ignore',
      });
      child.on('close', resolve);
    });
    expect(code).toBe(0);
    const loaded = JSON.parse(await readFile(list, 'utf8')) as string[];
    expect(loaded).toEqual(expect.arrayContaining(['@asyncapi/modelina', 'ts-morph', '@ts-morph/common']));
    // The parser (spectral, ajv: only in the loader thread), swagger-parser (ajv), typescript-json-schema
    // (typescript: ts-morph has its own), fast-xml-parser (strnum), alterschema (json-e, lodash, @hyperjump).
    for (const heavy of ['@stoplight/spectral-core', 'ajv', 'typescript', 'strnum', 'json-e', 'lodash', '@hyperjump/json-schema']) {
      expect(loaded, heavy).not.toContain(heavy);
    }
  }, 60_000);
});
