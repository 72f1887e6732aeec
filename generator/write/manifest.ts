/**
 * `.gen-gateway.json`, written beside the generated files: which inputs (by hash) and which generator made
 * them, and a hash of every file it wrote. It is what lets `--check` answer without loading the parser.
 */
import type { InputFile } from '../load/inputs.js';
import { sha256 } from '../load/inputs.js';

export const MANIFEST_FILE = '.gen-gateway.json';

export interface Manifest {
  generator: string;
  /** Hash of the generator's own code and templates: a change there is drift too. */
  generatorHash: string;
  spec: string;
  options: Record<string, string>;
  inputs: InputFile[];
  files: Record<string, string>;
}

export function buildManifest(base: Omit<Manifest, 'files'>, files: Map<string, string>): string {
  const hashes = Object.fromEntries([...files].map(([path, content]) => [path, sha256(content)]));
  const manifest: Manifest = { ...base, files: hashes };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function parseManifest(text: string): Manifest | undefined {
  try {
    const value = JSON.parse(text) as Manifest;
    return typeof value.generator === 'string' && typeof value.files === 'object' && Array.isArray(value.inputs) ? value : undefined;
  } catch {
    return undefined;
  }
}
