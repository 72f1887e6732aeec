/**
 * `gen-gateway.config.json`: several specs in one repository. Paths are relative to the config file; each
 * entry takes the same options as the command line. A bad entry is an error located in the config file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GenerateError, type Diagnostic } from './errors.js';
import type { GenerateOptions } from './generate.js';
import { locatePointer } from './load/locate.js';

export const CONFIG_FILE = 'gen-gateway.config.json';

export interface ConfigEntry {
  spec: string;
  out?: string;
  name?: string;
  perspective?: 'client' | 'server';
  strict?: boolean;
}

const KEYS = new Set(['spec', 'out', 'name', 'perspective', 'strict']);

async function configError(file: string, pointer: string, message: string): Promise<GenerateError> {
  const at = await locatePointer(file, pointer);
  const diagnostic: Diagnostic = { severity: 'error', rule: 'config', message, file, line: at.line, column: at.column };
  return new GenerateError('bad-argument', `${file}: ${message}`, { diagnostics: [diagnostic] });
}

/** Reads and checks the config file; each spec becomes `GenerateOptions` with paths resolved from its folder. */
export async function loadConfig(file: string): Promise<GenerateOptions[]> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new GenerateError('bad-argument', `${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`, { cause: error });
  });
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    throw new GenerateError('bad-argument', `${file}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const specs = (config as { specs?: unknown } | null)?.specs;
  if (!Array.isArray(specs) || specs.length === 0) throw await configError(file, '', 'expected { "specs": [{ "spec": "...", "out": "..." }, ...] } with at least one spec');
  const root = path.dirname(file);
  const options: GenerateOptions[] = [];
  for (const [i, entry] of specs.entries()) {
    const at = `/specs/${i}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw await configError(file, at, 'each spec must be an object');
    const e = entry as Record<string, unknown>;
    const unknown = Object.keys(e).find((k) => !KEYS.has(k));
    if (unknown !== undefined) throw await configError(file, `${at}/${unknown}`, `unknown option '${unknown}' (known: ${[...KEYS].join(', ')})`);
    if (typeof e.spec !== 'string' || e.spec === '') throw await configError(file, at, '"spec" (the AsyncAPI document) is required');
    for (const key of ['out', 'name'] as const) {
      if (e[key] !== undefined && typeof e[key] !== 'string') throw await configError(file, `${at}/${key}`, `"${key}" must be a string`);
    }
    if (e.perspective !== undefined && e.perspective !== 'client' && e.perspective !== 'server') throw await configError(file, `${at}/perspective`, '"perspective" must be "client" or "server"');
    if (e.strict !== undefined && typeof e.strict !== 'boolean') throw await configError(file, `${at}/strict`, '"strict" must be true or false');
    const outDir = path.join(root, typeof e.out === 'string' ? e.out : path.join('generated', path.basename(e.spec).replace(/\.(ya?ml|json)$/i, '')));
    const sharing = options.findIndex((o) => path.resolve(o.outDir!) === path.resolve(outDir));
    if (sharing !== -1) {
      throw await configError(file, typeof e.out === 'string' ? `${at}/out` : at, `writes to ${outDir}, like specs[${sharing}] (${specs[sharing].spec}): each spec needs its own "out"`);
    }
    options.push({
      spec: path.join(root, e.spec),
      // Like the command line's default, but beside the config file rather than the working directory.
      outDir,
      ...(typeof e.name === 'string' && { packageName: e.name }),
      ...(e.perspective !== undefined && { perspective: e.perspective as 'client' | 'server' }),
      ...(e.strict !== undefined && { strict: e.strict as boolean }),
    });
  }
  return options;
}
