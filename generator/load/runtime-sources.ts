/**
 * The runtime a generated package links to (see `RuntimeLink`): for `bundled`, the TypeScript sources of
 * `@gen-gateway/runtime` shipped with the generator (`runtime/src/*.ts`) and its dependencies.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { RuntimeLink } from '../emit/gateway-target.js';
import { PACKAGE_ROOT } from '../version.js';

export type RuntimeKind = RuntimeLink['kind'];

export const RUNTIME_DIR = path.join(PACKAGE_ROOT, 'runtime');

export async function readRuntimeLink(kind: RuntimeKind): Promise<RuntimeLink> {
  const pkg = JSON.parse(await readFile(path.join(RUNTIME_DIR, 'package.json'), 'utf8')) as { version: string; dependencies?: Record<string, string> };
  if (kind === 'package') return { kind, version: pkg.version };
  const dir = path.join(RUNTIME_DIR, 'src');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts')).sort();
  const sources = new Map<string, string>();
  for (const name of names) sources.set(name, await readFile(path.join(dir, name), 'utf8'));
  return { kind, version: pkg.version, sources, dependencies: pkg.dependencies ?? {} };
}
