/**
 * A package generated from a document into a temp dir and imported, the way a user has it: its broker
 * libraries installed beside it (`node_modules/<library>` links to this repository's copy) or, to see the
 * error a user gets without them, not.
 */
import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate } from '../../generator/generate.js';
import { ROOT, tempDir } from '../generator/helpers.js';

export interface GeneratedPackage {
  dir: string;
  /** The package's exports (`Client`, `ClientError`...). */
  pkg: Record<string, any>;
  cleanup: () => Promise<void>;
}

export async function generatePackage(spec: string, options: { perspective?: 'client' | 'server'; libraries?: string[]; name?: string } = {}): Promise<GeneratedPackage> {
  const { dir, cleanup } = await tempDir('gen-gateway-broker-');
  const out = path.join(dir, options.name ?? 'client');
  await generate({ spec, outDir: out, ...(options.perspective !== undefined && { perspective: options.perspective }), limits: { timeoutMs: 120_000 } });
  for (const library of options.libraries ?? []) {
    await mkdir(path.join(out, 'node_modules'), { recursive: true });
    await symlink(path.join(ROOT, 'node_modules', library), path.join(out, 'node_modules', library), 'dir');
  }
  const pkg = (await import(pathToFileURL(path.join(out, 'dist/index.js')).href)) as Record<string, any>;
  return { dir: out, pkg, cleanup };
}
