/**
 * One input file read with the `yaml` package before the AsyncAPI parser sees it: syntax errors (reported
 * alone, located, instead of the parser's thousands of follow-on errors), and the shapes that make the parser
 * take exponential time or memory (nested flow sequences, aliases that expand, nesting). Cheap: a lexer pass
 * and one parse (about 0.1 s for the Discord document), run while the loader thread is still starting.
 */
import { Lexer, LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, visit as visitYaml, type Alias, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../errors.js';
import { MAX_ALIAS_EXPANSION, MAX_DEPTH, MAX_FLOW_SEQUENCE_DEPTH } from './limits.js';

export interface YamlFile {
  /** Absolute path. */
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** A finding with its offset in the file; turned into a located diagnostic by the caller. */
export class FileProblem extends Error {
  constructor(
    readonly rule: string,
    message: string,
    readonly offset: number,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Control tokens of the lexer, which stand for no source text. */
const CONTROL_TOKENS = new Set(['\u0002', '\u0018', '\u001f']);

/** The lexer's tokens, each with its offset in the text. */
function* tokensOf(text: string): Generator<{ token: string; offset: number }> {
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    yield { token, offset };
    if (!CONTROL_TOKENS.has(token)) offset += token.length;
  }
}

/** Flow sequences nested deeper than the parser can bear, found by the lexer (no tree is built). */
function checkFlowNesting(text: string): void {
  const open: string[] = [];
  let sequences = 0;
  for (const { token, offset } of tokensOf(text)) {
    if (token === '[' || token === '{') {
      open.push(token);
      if (token === '[') sequences += 1;
      if (sequences > MAX_FLOW_SEQUENCE_DEPTH) {
        throw new FileProblem('flow-nesting', `flow sequences ([...]) nested more than ${MAX_FLOW_SEQUENCE_DEPTH} deep`, offset, 'the AsyncAPI parser takes time exponential in this nesting; write the inner levels in block style, or flatten them');
      }
      if (open.length > MAX_DEPTH) throw new FileProblem('nesting', `collections nested more than ${MAX_DEPTH} deep`, offset);
    } else if ((token === ']' || token === '}') && open.length > 0) {
      if (open.pop() === '[') sequences -= 1;
    }
  }
}

/** The offset of the innermost `[` or `{` still open at `at`: the one an "end with a ]" error is about. */
function openBracketBefore(text: string, at: number): number | undefined {
  const open: number[] = [];
  for (const { token, offset } of tokensOf(text)) {
    if (offset >= at) break;
    if (token === '[' || token === '{') open.push(offset);
    else if ((token === ']' || token === '}') && open.length > 0) open.pop();
  }
  return open.at(-1);
}

/**
 * The reader's errors as diagnostics, one per line (it reports an unclosed bracket once for every line it
 * swallowed). A bracket left open is reported where it opens, and alone: what the reader says after it is
 * about lines it misread.
 */
function syntaxDiagnostics(doc: Document.Parsed, text: string, lines: LineCounter, display: string): Diagnostic[] {
  const seen = new Set<number>();
  const diagnostics: Diagnostic[] = [];
  for (const error of doc.errors) {
    const unclosed = /end with an? ([\]}])/.exec(error.message);
    const opened = unclosed === null ? undefined : openBracketBefore(text, error.pos[0]);
    if (unclosed !== null && opened !== undefined) {
      const { line, col } = lines.linePos(opened);
      const stopped = lines.linePos(error.pos[0]).line;
      const bracket = unclosed[1] === ']' ? '[' : '{';
      diagnostics.push({
        severity: 'error', rule: 'yaml-syntax', file: display, line, column: col,
        message: `this ${bracket} is never closed: ${firstLine(error.message)}`,
        hint: `the YAML reader was still inside it on line ${stopped}; add the ${unclosed[1]}, or quote the value if the ${bracket} is text`,
      });
      break;
    }
    const { line, col } = lines.linePos(error.pos[0]);
    if (seen.has(line)) continue;
    seen.add(line);
    diagnostics.push({ severity: 'error', rule: 'yaml-syntax', message: firstLine(error.message), file: display, line, column: col });
  }
  return diagnostics.slice(0, 10);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Keys that JavaScript tools (the parser among them) cannot hold as plain data. */
function checkKey(key: unknown): void {
  if (!isScalar(key) || typeof key.value !== 'string') return;
  const offset = key.range?.[0] ?? 0;
  if (key.value === '__proto__') {
    throw new FileProblem('unsafe-key', 'a key named __proto__ cannot be read as data', offset, 'JavaScript tools, the AsyncAPI parser among them, take it for the object\'s prototype; rename it');
  }
  if (LONE_SURROGATE.test(key.value)) throw new FileProblem('invalid-unicode', 'this key holds a lone UTF-16 surrogate (an escape such as \\ud800 without its pair), which is not text', offset);
}

/**
 * The node each alias stands for, found as `Alias.resolve` finds it (the last node before the alias with that
 * anchor), in one walk of the document: `resolve` walks the whole document again on every call.
 */
function aliasTargets(doc: Document.Parsed): Map<Alias, Node> {
  const targets = new Map<Alias, Node>();
  const anchors = new Map<string, Node>();
  visitYaml(doc, {
    Node: (_, node) => {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target !== undefined) targets.set(node, target);
      } else if (node.anchor) anchors.set(node.anchor, node);
    },
  });
  return targets;
}

/**
 * Depth and alias expansion of the document as the parser will see it (every alias replaced by a copy of its
 * anchor). Sizes are memoised per node, so a bomb is measured in linear time without being expanded.
 */
function checkExpansion(doc: Document.Parsed): void {
  const targets = aliasTargets(doc);
  const LEAF = { nodes: 1, height: 0 };
  const size = new Map<Node, { nodes: number; height: number }>();
  const active = new Set<Node>();
  let added = 0;
  const visit = (node: unknown, depth: number): { nodes: number; height: number } => {
    if (isScalar(node) || node === null || node === undefined) return LEAF;
    if (isAlias(node)) {
      const offset = node.range?.[0] ?? 0;
      const target = targets.get(node);
      if (target === undefined) return LEAF;
      if (active.has(target)) throw new FileProblem('yaml-alias', `the alias *${node.source} refers to a node that contains it`, offset);
      const measured = size.get(target) ?? visit(target, depth);
      added += measured.nodes;
      if (added > MAX_ALIAS_EXPANSION) {
        throw new FileProblem('yaml-alias', `aliases expand the document by more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} nodes`, offset, 'this looks like an alias bomb; write the repeated parts with $ref, which the parser does not copy');
      }
      if (depth + measured.height > MAX_DEPTH) throw new FileProblem('nesting', `the alias *${node.source} nests the document more than ${MAX_DEPTH} deep`, offset);
      return measured;
    }
    if (!isMap(node) && !isSeq(node)) return LEAF;
    if (depth > MAX_DEPTH) throw new FileProblem('nesting', `maps and sequences nested more than ${MAX_DEPTH} deep`, node.range?.[0] ?? 0);
    const known = size.get(node);
    if (known !== undefined) return known;
    active.add(node);
    let nodes = 1;
    let height = 0;
    const add = (child: unknown) => {
      const measured = visit(child, depth + 1);
      nodes += measured.nodes;
      if (measured.height + 1 > height) height = measured.height + 1;
    };
    if (isMap(node)) {
      for (const pair of node.items) {
        checkKey(pair.key);
        add(pair.key);
        add(pair.value);
      }
    } else for (const item of node.items) add(item);
    active.delete(node);
    const measured = { nodes, height };
    size.set(node, measured);
    return measured;
  };
  visit(doc.contents, 0);
}

/** Parses and checks one file; throws a `FileProblem` (syntax errors come back as diagnostics instead). */
export function readYamlFile(file: string, text: string, display: string): { parsed?: YamlFile; syntaxErrors: Diagnostic[] } {
  checkFlowNesting(text);
  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    // Duplicate keys are left to the AsyncAPI parser, which has always accepted them with a warning.
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, keepSourceTokens: false });
  } catch (error) {
    if (error instanceof RangeError) throw new FileProblem('nesting', 'the document nests too deeply to be read', 0);
    throw error;
  }
  if (doc.errors.length > 0) return { syntaxErrors: syntaxDiagnostics(doc, text, lines, display) };
  checkExpansion(doc);
  return { parsed: { file, text, doc, lines }, syntaxErrors: [] };
}

/** The entry document must at least say which AsyncAPI it is (the parser crashes on `asyncapi: null`). */
export function checkAsyncApiField(parsed: YamlFile): void {
  const root = parsed.doc.contents;
  if (!isMap(root)) throw new FileProblem('asyncapi-is-asyncapi', 'an AsyncAPI document is a map with an "asyncapi" field; this file holds something else', root?.range?.[0] ?? 0);
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'asyncapi');
  if (pair === undefined) return; // the parser's own message says it well
  if (!isScalar(pair.value) || typeof pair.value.value !== 'string') {
    throw new FileProblem('asyncapi-is-asyncapi', 'the "asyncapi" field must be a version string, such as \'2.6.0\' or \'3.0.0\'', (pair.value as Node | null)?.range?.[0] ?? (pair.key as Node).range?.[0] ?? 0);
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** The `$ref` strings of a file, each with the map that holds it (aliases are not followed: each site once). */
export function refSites(parsed: YamlFile): Array<{ ref: string; holder: Node; offset: number }> {
  const sites: Array<{ ref: string; holder: Node; offset: number }> = [];
  const stack: unknown[] = [parsed.doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.value === '$ref' && isScalar(pair.value) && typeof pair.value.value === 'string') {
          sites.push({ ref: pair.value.value, holder: node, offset: pair.value.range?.[0] ?? 0 });
        } else stack.push(pair.value);
      }
    } else if (isSeq(node)) stack.push(...node.items);
  }
  return sites.sort((a, b) => a.offset - b.offset);
}

/** The node a JSON pointer names, stepping through aliases; `step` may replace a `$ref` holder on the way. */
export function nodeAt(parsed: YamlFile, pointer: string, step: (node: Node) => Node | undefined): Node | undefined {
  let node: Node | undefined = (parsed.doc.contents ?? undefined) as Node | undefined;
  const segments = pointer === '' ? [] : pointer.split('/').slice(1).map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const segment of segments) {
    if (node === undefined) return undefined;
    node = step(node);
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      node = (pair?.value ?? undefined) as Node | undefined;
    } else if (isSeq(node)) node = (node.items[Number(segment)] ?? undefined) as Node | undefined;
    else return undefined;
    if (isAlias(node)) node = node.resolve(parsed.doc) as Node | undefined;
  }
  return node;
}
