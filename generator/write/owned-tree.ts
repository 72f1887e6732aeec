/**
 * Which output folders gen-gateway may replace, found without walking anything it does not own: a folder that
 * does not exist, an empty one, or one whose manifest lists every file in it with the hash it has now. The
 * walk descends only into folders the manifest names and stops at the first file it does not list.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { GenerateError } from '../errors.js';
import { sha256 } from '../load/inputs.js';
import { MANIFEST_FILE, parseManifest, type Manifest } from './manifest.js';

/** npm's links in a workspace package: never ours, always carried over. */
export const CARRIED_OVER = 'node_modules';

export type OutputState =
  | { kind: 'absent' }
  | { kind: 'empty' }
  | { kind: 'ours'; manifest: Manifest }
  | { kind: 'foreign'; reason: string };

/**
 * The entries below `dir` that `known` (relative file paths) accounts for: known files as they are found,
 * and at most the first entry it does not know (a file, or a folder, which is not entered), after which the
 * walk stops when `stopAtUnknown` is set.
 */
export async function walkKnown(dir: string, known: Set<string>, stopAtUnknown: boolean): Promise<{ files: string[]; unknown: string[] }> {
  const prefixes = new Set<string>();
  for (const file of known) {
    const parts = file.split('/');
    for (let i = 1; i < parts.length; i += 1) prefixes.add(parts.slice(0, i).join('/'));
  }
  const files: string[] = [];
  const unknown: string[] = [];
  const visit = async (relative: string): Promise<boolean> => {
    const entries = await readdir(path.join(dir, relative), { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (child === CARRIED_OVER || child === MANIFEST_FILE) continue;
      if (entry.isDirectory() && prefixes.has(child)) {
        if (!(await visit(child))) return false;
      } else if (entry.isFile() && known.has(child)) files.push(child);
      else {
        unknown.push(entry.isDirectory() ? `${child}/` : child);
        if (stopAtUnknown) return false;
      }
    }
    return true;
  };
  await visit('');
  return { files: files.sort(), unknown };
}

export async function outputState(outDir: string): Promise<OutputState> {
  const info = await stat(outDir).catch(() => undefined);
  if (info === undefined) return { kind: 'absent' };
  if (!info.isDirectory()) return { kind: 'foreign', reason: 'is a file, not a folder' };
  const entries = (await readdir(outDir)).filter((e) => e !== CARRIED_OVER);
  if (entries.length === 0) return { kind: 'empty' };
  const text = await readFile(path.join(outDir, MANIFEST_FILE), 'utf8').catch(() => undefined);
  const manifest = text === undefined ? undefined : parseManifest(text);
  if (manifest === undefined) return { kind: 'foreign', reason: `is not empty and was not written by gen-gateway (no ${text === undefined ? '' : 'readable '}${MANIFEST_FILE})` };
  const { files, unknown } = await walkKnown(outDir, new Set(Object.keys(manifest.files)), true);
  if (unknown.length > 0) return { kind: 'foreign', reason: `holds ${unknown[0]}, which gen-gateway did not write` };
  for (const file of files) {
    if (sha256(await readFile(path.join(outDir, file))) !== manifest.files[file]) return { kind: 'foreign', reason: `holds ${file}, changed since gen-gateway wrote it` };
  }
  return { kind: 'ours', manifest };
}

/** Refuses an output folder gen-gateway may not replace (`force` replaces any folder, never a file). */
export async function assertReplaceable(outDir: string, force: boolean): Promise<void> {
  const state = await outputState(outDir);
  if (state.kind !== 'foreign') return;
  const isFile = state.reason.startsWith('is a file');
  if (force && !isFile) return;
  throw new GenerateError(isFile ? 'bad-argument' : 'output-not-ours', `${outDir} ${state.reason}; choose another --out${isFile ? '' : ', empty it, or pass --force to replace it'}`);
}
