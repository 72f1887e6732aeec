/** The generator's own identity: its package version, and a hash of its code and templates. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from './load/inputs.js';

/** The package root: two levels up from dist/generator/, one from generator/ when run from source. */
function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i += 1) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'gen-gateway') return dir;
    } catch {
      // not here; keep walking up
    }
    dir = path.dirname(dir);
  }
  throw new Error('gen-gateway: cannot find its own package.json');
}

export const PACKAGE_ROOT: string = findRoot();
export const GENERATOR_VERSION: string = (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
export const TEMPLATES_DIR: string = path.join(PACKAGE_ROOT, 'templates');

let cachedHash: string | undefined;

/**
 * Sources (not build output, so source and built runs agree), templates and the runtime's sources (bundled into
 * generated packages), hashed in a fixed order.
 */
export function generatorHash(): string {
  if (cachedHash !== undefined) return cachedHash;
  const files: string[] = [];
  for (const dir of ['generator', 'templates', 'runtime/src']) {
    const root = path.join(PACKAGE_ROOT, dir);
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.push(path.join(entry.parentPath, entry.name));
    }
  }
  const parts = files.sort().map((f) => `${path.relative(PACKAGE_ROOT, f)}\0${sha256(readFileSync(f))}`);
  cachedHash = sha256(parts.join('\n'));
  return cachedHash;
}
