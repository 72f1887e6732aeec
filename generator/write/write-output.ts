/**
 * Write stage: a file map goes to disk atomically. Everything is written into a fresh sibling folder first and
 * swapped in with renames, so a run that fails at any point leaves the previous output as it was.
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GenerateError } from '../errors.js';
import { CARRIED_OVER, assertReplaceable, walkKnown } from './owned-tree.js';

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

export async function writeOutput(outDir: string, files: Map<string, string>, options: { force?: boolean } = {}): Promise<void> {
  const target = path.resolve(outDir);
  await assertReplaceable(target, options.force ?? false);
  const staging = `${target}.gen-gateway-${process.pid}-new`;
  const previous = `${target}.gen-gateway-${process.pid}-old`;
  await rm(staging, { recursive: true, force: true });
  try {
    for (const [file, content] of files) {
      const full = path.join(staging, file);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, content);
    }
    // A workspace package may have its own node_modules (links made by npm): carry it over untouched.
    if (await exists(path.join(target, CARRIED_OVER))) await rename(path.join(target, CARRIED_OVER), path.join(staging, CARRIED_OVER));
    const hadPrevious = await exists(target);
    if (hadPrevious) await rename(target, previous);
    else await mkdir(path.dirname(target), { recursive: true });
    await rename(staging, target);
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    if (!(await exists(target)) && (await exists(previous))) await rename(previous, target).catch(() => undefined);
    throw new GenerateError('write-failed', `could not write ${outDir}: ${(error as Error).message}`, { cause: error });
  }
}

export interface DriftReport {
  changed: string[];
  added: string[];
  removed: string[];
}

/**
 * How the files on disk differ from the expected map (`added` = would be created, `removed` = would go). Only
 * folders holding expected files are entered; anything else is one `removed` entry (a folder as `dir/`).
 */
export async function compareOutput(outDir: string, files: Map<string, string>, ignore: (file: string) => boolean = () => false): Promise<DriftReport> {
  const walked = await walkKnown(outDir, new Set(files.keys()), false);
  const onDisk = new Set([...walked.files, ...walked.unknown]);
  const report: DriftReport = { changed: [], added: [], removed: [] };
  for (const [file, content] of files) {
    if (ignore(file)) continue;
    if (!onDisk.has(file)) report.added.push(file);
    else if ((await readFile(path.join(outDir, file), 'utf8')) !== content) report.changed.push(file);
  }
  for (const file of onDisk) if (!files.has(file) && !ignore(file)) report.removed.push(file);
  return report;
}
