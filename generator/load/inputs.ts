/**
 * The files a spec is made of (the entry file and every file it `$ref`s, transitively) and their hashes.
 * Cheap on purpose: the drift check hashes these before deciding whether the parser needs loading at all.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface InputFile {
  /** Path relative to the entry file's folder, with forward slashes. */
  path: string;
  sha256: string;
}

const REF = /["']?\$ref["']?\s*:\s*["']?([^"'#\s,}]+)/g;

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The text of the entry file and of every local file it `$ref`s, transitively, by absolute path. Files outside
 * the entry's folder are not read unless allowed (the pre-check refuses such `$ref`s, see `precheck.ts`).
 */
export async function readInputTexts(entry: string, options: { allowRefOutside?: boolean } = {}): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const root = path.dirname(path.resolve(entry));
  const queue = [path.resolve(entry)];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    // A missing entry file is an error; a missing `$ref`d file is the parser's to report, with its position.
    const text = await readFile(file, 'utf8').catch((error: unknown) => {
      if (seen.size === 0) throw error;
      return undefined;
    });
    if (text === undefined) continue;
    seen.set(file, text);
    for (const match of text.matchAll(REF)) {
      const target = match[1]!;
      if (/^[a-z]+:/i.test(target)) continue; // remote refs are the parser's business
      const resolved = path.resolve(path.dirname(file), target);
      const inside = !path.relative(root, resolved).startsWith('..') && !path.isAbsolute(path.relative(root, resolved));
      if (!seen.has(resolved) && (inside || options.allowRefOutside)) queue.push(resolved);
    }
  }
  return seen;
}

export async function readInputs(entry: string, options: { allowRefOutside?: boolean } = {}): Promise<InputFile[]> {
  const root = path.dirname(path.resolve(entry));
  const texts = await readInputTexts(entry, options);
  return [...texts]
    .map(([file, text]) => ({ path: path.relative(root, file).split(path.sep).join('/'), sha256: sha256(text) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** One hash for the whole input set, as printed in generated headers. */
export function inputsHash(inputs: InputFile[]): string {
  return sha256(inputs.map((i) => `${i.path}\0${i.sha256}`).join('\n'));
}
