/**
 * Write stage: a file map goes to disk atomically. Everything is written into a fresh sibling folder first and
 * swapped in with renames, so a run that fails at any point leaves the previous output as it was.
 */
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GenerateError } from '../errors.js';
import { MANIFEST_FILE, parseManifest } from './manifest.js';

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Every file below `dir`, relative, with forward slashes; `node_modules` is not ours and is skipped. */
export async function listFiles(dir: string): Promise<string[]> {
  if (!(await exists(dir))) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).split(path.sep).join('/'))
    .filter((f) => !f.startsWith('node_modules/'))
    .sort();
}

/** Refuses to replace a non-empty folder that gen-gateway did not write (it has no manifest). */
async function assertOurs(outDir: string): Promise<void> {
  const files = await listFiles(outDir);
  if (files.length === 0) return;
  const manifest = await readFile(path.join(outDir, MANIFEST_FILE), 'utf8').catch(() => undefined);
  if (manifest === undefined || parseManifest(manifest) === undefined) {
    throw new GenerateError('output-not-ours', `${outDir} is not empty and was not written by gen-gateway (no ${MANIFEST_FILE}); choose another --out or empty it`);
  }
}

export async function writeOutput(outDir: string, files: Map<string, string>): Promise<void> {
  const target = path.resolve(outDir);
  await assertOurs(target);
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
    if (await exists(path.join(target, 'node_modules'))) await rename(path.join(target, 'node_modules'), path.join(staging, 'node_modules'));
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

/** How the files on disk differ from the expected map (`added` = would be created, `removed` = would go). */
export async function compareOutput(outDir: string, files: Map<string, string>, ignore: (file: string) => boolean = () => false): Promise<DriftReport> {
  const onDisk = new Set(await listFiles(outDir));
  const report: DriftReport = { changed: [], added: [], removed: [] };
  for (const [file, content] of files) {
    if (ignore(file)) continue;
    if (!onDisk.has(file)) report.added.push(file);
    else if ((await readFile(path.join(outDir, file), 'utf8')) !== content) report.changed.push(file);
  }
  for (const file of onDisk) if (!files.has(file) && !ignore(file)) report.removed.push(file);
  return report;
}
