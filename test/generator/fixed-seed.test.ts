/**
 * The seed document with only its two defects repaired (`test/fixtures/discord-gateway.fixed.yaml`) still
 * generates a client that compiles under `--strict`: the typed spec is an improvement, not a requirement.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';
import { FIXED_SEED, ROOT, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await generate({ spec: FIXED_SEED, outDir: path.join(dir, 'pkg') });
}, 60_000);
afterAll(async () => cleanup?.());

it('gives the 41 dispatches that share DispatchEvent their own event names and payload types', async () => {
  const messages = await readFile(path.join(dir, 'pkg/src/messages.ts'), 'utf8');
  expect(messages).toMatch(/export interface ChannelCreatePayload \{\n\s+op: 0;\n\s+s: number;\n\s+t: 'CHANNEL_CREATE';\n\s+d: DispatchEventData;/);
  // One event-map entry per dispatch, each keyed by its own event name.
  expect([...messages.matchAll(/^\s+([A-Z_]+): DispatchEventData;$/gm)]).toHaveLength(41);
});

it('compiles under tsc --strict', async () => {
  const config = path.join(dir, 'tsconfig.json');
  await writeFile(config, JSON.stringify({
    compilerOptions: {
      strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext',
      types: ['node'], typeRoots: [path.join(ROOT, 'node_modules/@types')],
      baseUrl: ROOT, paths: { '@gen-gateway/runtime': ['runtime/src/index.ts'] },
    },
    include: [path.join(dir, 'pkg/src/**/*.ts')],
  }));
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  const output = await promisify(execFile)(process.execPath, [tsc, '-p', config]).then(() => '', (error: { stdout?: string }) => error.stdout ?? String(error));
  expect(output).toBe('');
}, 120_000);
