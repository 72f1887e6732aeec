/** Shared set-up for generator tests: fixture paths and throwaway folders. */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DISCORD_SPEC = path.join(ROOT, 'spec/discord-gateway.yaml');
export const SEED = path.join(ROOT, 'test/fixtures/discord-gateway.seed.yaml');
export const FIXED_SEED = path.join(ROOT, 'test/fixtures/discord-gateway.fixed.yaml');

export async function tempDir(prefix = 'gen-gateway-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Runs the CLI in-process and captures what it prints. */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { main } = await import('../../generator/cli.js');
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['node', 'gen-gateway', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
  ms: number;
}

/** Runs the built CLI (`bin/gen-gateway.js`, loader thread and all) as a child process. */
export function runCliProcess(args: string[], options: { cwd?: string; timeoutMs?: number } = {}): Promise<ProcessResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/gen-gateway.js'), ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out, err, ms: Date.now() - started });
    });
  });
}

/** `tsc --strict --noEmit` over the `src/` of generated packages; resolves with tsc's output ('' when clean). */
export async function typeCheck(dir: string, packages: string[]): Promise<string> {
  const config = path.join(dir, 'tsconfig.check.json');
  await writeFile(config, JSON.stringify({
    compilerOptions: {
      strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true,
      types: ['node'], typeRoots: [path.join(ROOT, 'node_modules/@types')],
      baseUrl: ROOT, paths: { '@gen-gateway/runtime': ['runtime/src/index.ts'] },
    },
    include: packages.map((p) => path.join(p, 'src/**/*.ts')),
  }));
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  return promisify(execFile)(process.execPath, [tsc, '-p', config], { maxBuffer: 64 * 1024 * 1024 }).then(() => '', (error: { stdout?: string }) => error.stdout ?? String(error));
}

/** A stack trace line (`    at fn (file:1:2)`): no diagnostic may carry one. */
export const STACK_FRAME = /\n\s+at .*(:\d+:\d+|\(native\)|<anonymous>)/;
