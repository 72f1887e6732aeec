/**
 * Everything checked before the AsyncAPI parser runs: the spec is a readable file, each input file is small
 * enough and well-formed YAML (syntax errors are reported alone), no `$ref` leaves the document's folder
 * (unless allowed) and no chain of `$ref`s leads back to itself (the parser's resolver never returns from
 * one). It reads the entry file and every local file it `$ref`s, and hands their texts on for hashing.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, isMap, isScalar, type Node } from 'yaml';
import { GenerateError, type Diagnostic } from '../errors.js';
import { MAX_FILE_BYTES, MAX_TOTAL_BYTES } from './limits.js';
import { FileProblem, checkAsyncApiField, nodeAt, readYamlFile, refSites, type YamlFile } from './yaml-checks.js';

export interface PrecheckOptions {
  /** Let `$ref`s reach files outside the entry file's folder. */
  allowRefOutside?: boolean;
  display?: (file: string) => string;
}

export interface PrecheckedInputs {
  /** Absolute path -> text, the entry file first. */
  texts: Map<string, string>;
  bytes: number;
}

const defaultDisplay = (file: string) => path.relative(process.cwd(), file) || file;

/** The spec argument itself: a missing file or a directory is a usage error, with a one-line message. */
export async function assertSpecFile(spec: string, display: (file: string) => string = defaultDisplay): Promise<void> {
  const info = await stat(spec).catch((error: NodeJS.ErrnoException) => {
    throw new GenerateError('spec-not-found', `${display(path.resolve(spec))}: no such file`, { cause: error });
  });
  if (!info.isFile()) throw new GenerateError('spec-not-found', `${display(path.resolve(spec))} is a ${info.isDirectory() ? 'directory' : 'special file'}, not an AsyncAPI document`);
}

interface RefTarget {
  file: string;
  pointer: string;
}

/** A `$ref` as the parser reads it: remote (left to the parser), or a local file and a pointer in it. */
function refTarget(ref: string, from: string): RefTarget | 'remote' {
  const [location = '', fragment = ''] = ref.split('#', 2);
  const pointer = fragment === '' ? '' : fragment.startsWith('/') ? fragment : `/${fragment}`;
  if (location === '') return { file: from, pointer };
  if (/^file:/i.test(location)) return { file: fileURLToPath(location), pointer };
  if (/^[a-z][a-z0-9+.-]*:/i.test(location)) return 'remote';
  return { file: path.resolve(path.dirname(from), decodeURIComponent(location)), pointer };
}

async function isInside(root: string, file: string): Promise<boolean> {
  const real = await realpath(file).catch(() => path.resolve(file));
  const relative = path.relative(root, real);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export async function precheckInputs(entry: string, options: PrecheckOptions = {}): Promise<PrecheckedInputs> {
  const display = options.display ?? defaultDisplay;
  const absolute = path.resolve(entry);
  await assertSpecFile(absolute, display);
  const root = await realpath(path.dirname(absolute));
  const files = new Map<string, YamlFile>();
  const lines = new Map<string, LineCounter>();
  const texts = new Map<string, string>();
  const errors: Diagnostic[] = [];
  let bytes = 0;
  const queue: Array<{ file: string; from?: { file: string; offset: number; ref: string } }> = [{ file: absolute }];
  const at = (file: string, offset: number) => {
    const counter = lines.get(file);
    const { line, col } = counter ? counter.linePos(offset) : { line: 1, col: 1 };
    return { file: display(file), line, column: col };
  };

  while (queue.length > 0) {
    const { file, from } = queue.shift()!;
    if (texts.has(file)) continue;
    const size = await stat(file).then((s) => (s.isFile() ? s.size : -1), () => -1);
    // A missing or unreadable `$ref` target is the parser's to report, at the `$ref`.
    if (size < 0 && from !== undefined) continue;
    if (size > MAX_FILE_BYTES || bytes + size > MAX_TOTAL_BYTES) {
      const where = from ? at(from.file, from.offset) : { file: display(file), line: 1, column: 1 };
      errors.push({ severity: 'error', rule: 'too-large', message: `${display(file)} is ${(size / 2 ** 20).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 2 ** 20} MB a file, ${MAX_TOTAL_BYTES / 2 ** 20} MB in all`, ...where });
      break;
    }
    const text = await readFile(file, 'utf8');
    bytes += size;
    texts.set(file, text);
    let result: ReturnType<typeof readYamlFile>;
    try {
      result = readYamlFile(file, text, display(file));
      if (from === undefined && result.parsed !== undefined) checkAsyncApiField(result.parsed);
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      if (!lines.has(file)) lines.set(file, linesOf(text));
      errors.push({ severity: 'error', rule: error.rule, message: error.message, ...at(file, error.offset), ...(error.hint !== undefined && { hint: error.hint }) });
      continue;
    }
    if (result.parsed === undefined) {
      errors.push(...result.syntaxErrors);
      continue;
    }
    files.set(file, result.parsed);
    lines.set(file, result.parsed.lines);
    for (const site of refSites(result.parsed)) {
      const target = refTarget(site.ref, file);
      if (target === 'remote' || target.file === file) continue;
      if (!options.allowRefOutside && !(await isInside(root, target.file))) {
        errors.push({
          severity: 'error', rule: 'ref-outside', ...at(file, site.offset),
          message: `$ref '${site.ref}' points outside the document's folder (${display(root)})`,
          hint: 'a $ref may reach files in the folder of the document and below; --allow-ref-outside lifts this',
        });
        continue;
      }
      queue.push({ file: target.file, from: { file, offset: site.offset, ref: site.ref } });
    }
  }
  if (errors.length === 0) errors.push(...refCycles(files, display));
  if (errors.length > 0) {
    const syntax = errors.every((d) => d.rule === 'yaml-syntax');
    throw new GenerateError('invalid-spec', `${display(absolute)}: ${syntax ? 'not valid YAML' : 'cannot be parsed safely'} (${errors.length} error${errors.length === 1 ? '' : 's'})`, { diagnostics: errors });
  }
  return { texts, bytes };
}

/** Line starts of a file the YAML reader gave up on, to locate what stopped it. */
function linesOf(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}

function refOf(node: Node | undefined): string | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => isScalar(p.key) && p.key.value === '$ref');
  return pair !== undefined && isScalar(pair.value) && typeof pair.value.value === 'string' ? pair.value.value : undefined;
}

/** Thrown through the resolution stack when a `$ref` chain comes back to a key still being resolved. */
class RefCycle {
  constructor(readonly keys: string[]) {}
}

/**
 * Chains of `$ref`s that never reach a value (`A: {$ref: B}`, `B: {$ref: A}`, or a pointer through itself):
 * the parser's resolver loops on them forever. A schema that refers to itself from inside (recursion) is fine:
 * only a key met again while it is still being resolved is a cycle.
 */
function refCycles(files: Map<string, YamlFile>, display: (file: string) => string): Diagnostic[] {
  const reported = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const resolving = new Set<string>();
  // The node a `$ref` holder stands for; undefined when the chain leaves the files read.
  const follow = (node: Node, file: string): Node | undefined => {
    const mine: string[] = [];
    try {
      let current: Node | undefined = node;
      let currentFile = file;
      for (let ref = refOf(current); ref !== undefined; ref = refOf(current)) {
        const target = refTarget(ref, currentFile);
        if (target === 'remote' || !files.has(target.file)) return undefined;
        const key = `${display(target.file)}#${target.pointer}`;
        if (resolving.has(key)) {
          const keys = [...resolving];
          throw new RefCycle(keys.slice(keys.indexOf(key)));
        }
        resolving.add(key);
        mine.push(key);
        const targetFile = target.file;
        current = nodeAt(files.get(targetFile)!, target.pointer, (step) => follow(step, targetFile) ?? step);
        currentFile = targetFile;
        if (current === undefined) return undefined;
      }
      return current;
    } finally {
      for (const key of mine) resolving.delete(key);
    }
  };
  for (const parsed of files.values()) {
    for (const site of refSites(parsed)) {
      try {
        follow(site.holder, parsed.file);
      } catch (error) {
        if (!(error instanceof RefCycle)) throw error;
        resolving.clear();
        const id = [...error.keys].sort().join('\n');
        if (reported.has(id)) continue;
        reported.add(id);
        const { line, col } = parsed.lines.linePos(site.offset);
        diagnostics.push({
          severity: 'error', rule: 'ref-cycle', file: display(parsed.file), line, column: col,
          message: `$ref '${site.ref}' never resolves: it leads back to itself (${[...error.keys, error.keys[0]].join(' -> ')})`,
          hint: 'one $ref of the cycle must point at a schema or message, not at another $ref',
        });
      }
    }
  }
  return diagnostics;
}
