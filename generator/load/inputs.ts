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

export async function readInputs(entry: string): Promise<InputFile[]> {
  const root = path.dirname(path.resolve(entry));
  const seen = new Map<string, string>();
  const queue = [path.resolve(entry)];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    const text = await readFile(file, 'utf8');
    seen.set(file, sha256(text));
    for (const match of text.matchAll(REF)) {
      const target = match[1]!;
      if (/^[a-z]+:/i.test(target)) continue; // remote refs are the parser's business
      const resolved = path.resolve(path.dirname(file), target);
      if (!seen.has(resolved)) queue.push(resolved);
    }
  }
  return [...seen]
    .map(([file, hash]) => ({ path: path.relative(root, file).split(path.sep).join('/'), sha256: hash }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** One hash for the whole input set, as printed in generated headers. */
export function inputsHash(inputs: InputFile[]): string {
  return sha256(inputs.map((i) => `${i.path}\0${i.sha256}`).join('\n'));
}
