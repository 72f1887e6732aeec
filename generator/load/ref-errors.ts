/**
 * Readable errors for `$ref`s that do not resolve. The parser says what is missing but not always where the
 * `$ref` stands (a pointer missing from another file comes back at 1:1, with a path into that file), and
 * never quotes the `$ref` as written. Here each such error gets the `$ref` and its position, found by reading
 * the input files. Only loaded on an error path.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface RefSite {
  file: string;
  /** The `$ref` as written. */
  ref: string;
  line: number;
  column: number;
}

const REF = /["']?\$ref["']?\s*:\s*["']?([^"'\s,}]+)/g;

/** Every `$ref` of the entry file and the local files it reaches, with 1-based positions. */
export async function findRefSites(entry: string): Promise<RefSite[]> {
  const sites: RefSite[] = [];
  const seen = new Set<string>();
  const queue = [path.resolve(entry)];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    for (const match of text.matchAll(REF)) {
      const ref = match[1]!;
      const offset = match.index + match[0].length - ref.length;
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      sites.push({ file, ref, line, column: offset - before.lastIndexOf('\n') });
      const target = ref.split('#')[0]!;
      if (target !== '' && !/^[a-z]+:/i.test(target)) queue.push(path.resolve(path.dirname(file), target));
    }
  }
  return sites;
}

export interface RefProblem {
  /** The missing target: `#/a/b`, a file, or a URL, as the parser names it. */
  target: string;
  /** The file the missing pointer was looked up in, when the parser says. */
  inFile?: string;
  reason: 'missing-pointer' | 'missing-file' | 'remote';
  detail: string;
}

/** Reads the parser's `invalid-ref` message. */
export function readRefProblem(message: string): RefProblem | undefined {
  let m = /^'([^']*)' does not exist(?: @ '([^']*)')?/.exec(message);
  if (m !== null) return { target: m[1]!, ...(m[2] !== undefined && { inFile: m[2] }), reason: 'missing-pointer', detail: 'no such pointer' };
  m = /ENOENT: no such file or directory, open '([^']*)'/.exec(message);
  if (m !== null) return { target: m[1]!, reason: 'missing-file', detail: 'no such file' };
  m = /request to (\S+) failed, reason: (.*)$/.exec(message);
  if (m !== null) return { target: m[1]!, reason: 'remote', detail: m[2]!.trim() };
  return undefined;
}

/** The `$ref` site a problem is about: the one that, resolved from its own file, names the missing target. */
export function siteOf(problem: RefProblem, sites: RefSite[]): RefSite | undefined {
  return sites.find((site) => {
    const [target = '', fragment] = site.ref.split('#');
    const pointer = fragment === undefined ? '' : `#${fragment}`;
    if (problem.reason === 'remote') return site.ref === problem.target || target === problem.target;
    if (problem.reason === 'missing-file') return target !== '' && path.resolve(path.dirname(site.file), target) === path.resolve(problem.target);
    if (pointer !== problem.target) return false;
    const file = target === '' ? site.file : path.resolve(path.dirname(site.file), target);
    return problem.inFile === undefined ? target === '' : file === path.resolve(problem.inFile);
  });
}

export function refMessage(problem: RefProblem, site: RefSite | undefined, display: (file: string) => string): { message: string; hint: string } {
  const ref = site?.ref ?? problem.target;
  if (problem.reason === 'remote') {
    return {
      message: `$ref '${ref}' does not resolve: fetching it failed (${problem.detail})`,
      hint: 'this $ref is remote and needs the network: download the file beside the document and point the $ref at the local copy',
    };
  }
  if (problem.reason === 'missing-file') {
    return { message: `$ref '${ref}' does not resolve: ${display(problem.target)} does not exist`, hint: 'a file $ref is relative to the file it is written in' };
  }
  const where = problem.inFile !== undefined ? ` in ${display(problem.inFile)}` : '';
  return { message: `$ref '${ref}' does not resolve: ${problem.target} does not exist${where}`, hint: 'check the spelling of the pointer (JSON pointers are case-sensitive; ~1 stands for /)' };
}
