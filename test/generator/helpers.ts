/** Shared set-up for generator tests: fixture paths and throwaway folders. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
