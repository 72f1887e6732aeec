// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
/**
 * Send-path payload validation against the JSON Schema subset the generator emits.
 * A bad argument to a generated send method (also from plain JavaScript) fails here with a
 * path-qualified message, before it reaches the socket. Never throws, never prints a secret.
 * Packages generated for plain-payload documents get a copy of this file, and check received
 * messages with it too.
 */

export type SchemaType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/** A JSON Schema subset, already normalised by the generator (nullable already turned into type: [..., 'null']). */
export interface SchemaNode {
  type?: SchemaType | readonly SchemaType[];
  enum?: readonly unknown[];
  const?: unknown;
  properties?: Readonly<Record<string, SchemaNode>>;
  required?: readonly string[];
  additionalProperties?: boolean | SchemaNode; // absent = allowed
  items?: SchemaNode;
  minItems?: number; maxItems?: number;
  minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number;
  minLength?: number; maxLength?: number; pattern?: string;
  oneOf?: readonly SchemaNode[]; anyOf?: readonly SchemaNode[]; allOf?: readonly SchemaNode[];
  /** A key of SendSchema.defs (NOT a JSON pointer), for shared and recursive schemas. */
  $ref?: string;
}

export interface SendSchema {
  message: string;
  root: SchemaNode;
  defs: Readonly<Record<string, SchemaNode>>;
  /**
   * The same schema compiled by the generator to straight-line code (no tree walk): true only when the walk
   * would find nothing. A value it passes costs no walk; any other answer (a miss, a budget run out, anything
   * it cannot be sure of) defers to the walk, which decides and explains. So issues read the same either way.
   */
  check?: CompiledCheck;
}

/** A compiled check of one schema node: `depth` of the value checked, `budget` shared by the whole check. */
export type CompiledCheck = (value: unknown, depth: number, budget: CheckBudget) => boolean;
/** What a compiled check may still visit; `aborted` once it met something only the walk can answer. */
export interface CheckBudget { left: number; aborted: boolean }
export interface ValidationIssue { path: string; message: string }

const MAX_ISSUES = 20;
const MAX_DEPTH = 64; // gateway payloads nest < 10 levels; the cap keeps hostile input off the stack limit
const MAX_VISITS = 100_000; // shared sub-objects (a DAG) can make a tree walk exponential
const SHOWN_CHARS = 40;
const MAX_LISTED = 10; // enum values listed in a message
// Values under these property names never appear in a message: identify/resume carry the bot token.
const SECRET_KEY = /token|secret|password/i;
const IDENT = /^[A-Za-z_$][\w$]*$/;

/** Internal issue; `kind/expect/got` let failed oneOf/anyOf branches merge into one message. */
interface Issue extends ValidationIssue { depth: number; kind?: 'type' | 'value'; expect?: string[]; got?: string }
/**
 * Where the walk is. One per visited value, so it only links to its parent: the path (`d.activities[0].name`)
 * and whether a secret-looking key is on it are worked out when an issue is reported, not for every property.
 */
interface Where { readonly parent: Where | undefined; readonly key: string | number; readonly depth: number }

const ARTICLE: Record<string, string> = {
  string: 'a string', number: 'a number', integer: 'an integer', boolean: 'a boolean',
  object: 'an object', array: 'an array', null: 'null',
};

/**
 * `maxVisits` bounds the walk; a caller checking a decoded message (a tree, where shared sub-objects cannot
 * occur) raises it in proportion to the message's size, so that a large valid one is not refused.
 */
export function validatePayload(schema: SendSchema, value: unknown, rootPath = 'd', maxVisits: number = MAX_VISITS): readonly ValidationIssue[] {
  // Cycles first: JSON.stringify would throw on one even where the schema allows anything.
  let cycle: ValidationIssue | undefined;
  try {
    cycle = findCycle(value, rootPath);
  } catch {
    return [{ path: rootPath, message: 'could not be validated (an error was thrown while reading it)' }];
  }
  if (cycle) return [cycle];
  return passes(schema, value, maxVisits) ? NO_ISSUES : walk(schema, value, rootPath, maxVisits);
}

/**
 * `validatePayload` for a decoded message: a tree (`JSON.parse` makes no cycles), so no cycle search first; the
 * receive path of every message runs it. A cycle a custom codec might make is still bounded (reported as nested
 * too deeply), and a throwing getter is still reported, not thrown.
 */
export function validateDecoded(schema: SendSchema, value: unknown, rootPath = 'd', maxVisits: number = MAX_VISITS): readonly ValidationIssue[] {
  return passes(schema, value, maxVisits) ? NO_ISSUES : walk(schema, value, rootPath, maxVisits);
}

/** What a valid value gets: one shared empty list (every message comes here). */
const NO_ISSUES: readonly ValidationIssue[] = Object.freeze([]);

/**
 * Whether the schema's compiled check passes the value. It visits what the walk visits (one per schema node and
 * value) and gives up where the walk would report something a compiled check cannot be sure of: a value nested
 * past the depth cap, a schema referring to itself, a pattern this engine cannot compile, a throwing getter.
 * Where the walk runs out of visits only inside union branches that fail, the check (which stops a failing
 * branch at its first miss) may pass a value the walk would refuse as too large: both stay within the budget.
 */
function passes(schema: SendSchema, value: unknown, maxVisits: number): boolean {
  const check = schema.check;
  if (check === undefined) return false;
  // One budget object for every check (every message comes here); a getter in the value may validate again
  // inside a check, so the outer check's figures are put back after.
  const { left, aborted } = BUDGET;
  BUDGET.left = maxVisits;
  BUDGET.aborted = false;
  try {
    return check(value, 0, BUDGET) && !BUDGET.aborted;
  } catch {
    return false;
  } finally {
    BUDGET.left = left;
    BUDGET.aborted = aborted;
  }
}

const BUDGET: CheckBudget = { left: 0, aborted: false };

/** A compiled check's way out: the walk decides (see `passes`). */
export function abortCheck(budget: CheckBudget): false {
  budget.aborted = true;
  return false;
}

/** The depth at which the walk stops descending (and reports); a compiled check gives up there. */
export const MAX_CHECK_DEPTH: number = MAX_DEPTH;

/** A schema's `pattern` as the walk compiles it (once per process), or null where this engine cannot. */
export function schemaPattern(pattern: string): RegExp | null {
  return compiled(pattern);
}

function walk(schema: SendSchema, value: unknown, rootPath: string, maxVisits: number): readonly ValidationIssue[] {
  const out: Issue[] = [];
  try {
    const walker = new Walker(schema.defs ?? {}, maxVisits);
    walker.check(schema.root, value, { parent: undefined, key: rootPath, depth: 0 }, out);
    if (walker.exhausted) out.splice(MAX_ISSUES - 1, Infinity, { path: rootPath, depth: 0, message: 'is too large to validate' });
    if (out.length === 0) return NO_ISSUES;
  } catch {
    // Throwing getters/proxies in the value, or a malformed schema from plain JS: report, don't throw.
    out.splice(MAX_ISSUES - 1);
    out.push({ path: rootPath, depth: 0, message: 'could not be validated (an error was thrown while reading it)' });
  }
  return out.slice(0, MAX_ISSUES).map(({ path, message }) => ({ path, message }));
}

/** `d.status must be one of ...; d.afk is required (+3 more)`. */
export function formatIssues(issues: readonly ValidationIssue[], max = 5): string {
  const n = Math.max(1, Math.floor(max) || 1);
  const text = issues.slice(0, n).map((i) => `${i.path} ${i.message}`).join('; ');
  return issues.length > n ? `${text} (+${issues.length - n} more)` : text;
}

class Walker {
  visits = 0;
  exhausted = false;
  /** The refs being expanded on the current chain, as name, depth, name, depth...: a repeated pair means a ref loop that consumes no input. */
  private readonly chain: Array<string | number> = [];
  constructor(private readonly defs: Readonly<Record<string, SchemaNode>>, private readonly maxVisits: number) {}

  check(node: SchemaNode, v: unknown, at: Where, out: Issue[]): void {
    if (out.length >= MAX_ISSUES || this.exhausted) return;
    if (++this.visits > this.maxVisits) { this.exhausted = true; return; }
    if (node.$ref !== undefined) this.ref(node.$ref, v, at, out);
    if (node.allOf) for (const sub of node.allOf) this.check(sub, v, at, out);
    if (node.anyOf) this.union(node.anyOf, false, v, at, out);
    if (node.oneOf) this.union(node.oneOf, true, v, at, out);
    // A wrong type makes the remaining keywords noise: report it alone.
    if (node.type !== undefined && !this.type(node.type, v, at, out)) return;
    if (node.enum && !includesSame(node.enum, v)) addValue(out, at, node.enum.map(literal), v);
    if ('const' in node && !sameJson(node.const, v)) addValue(out, at, [literal(node.const)], v);
    if (typeof v === 'string') this.string(node, v, at, out);
    else if (typeof v === 'number') this.number(node, v, at, out);
    else if (Array.isArray(v)) this.array(node, v, at, out);
    else if (isObject(v)) this.object(node, v, at, out);
  }

  private ref(name: string, v: unknown, at: Where, out: Issue[]): void {
    const def = Object.hasOwn(this.defs, name) ? this.defs[name] : undefined;
    if (!def) return add(out, at, `cannot be validated (unknown schema reference '${name}')`);
    const chain = this.chain;
    // Chains are a few refs long: a scan allocates nothing, unlike a set of `name@depth` strings per message.
    for (let i = chain.length - 2; i >= 0; i -= 2) {
      if (chain[i + 1] !== at.depth) break; // deeper pairs only follow shallower ones
      if (chain[i] === name) return add(out, at, `cannot be validated (schema '${name}' refers to itself)`);
    }
    chain.push(name, at.depth);
    try { this.check(def, v, at, out); } finally { chain.pop(); chain.pop(); } // pops: cheaper than setting length
  }

  private type(type: SchemaType | readonly SchemaType[], v: unknown, at: Where, out: Issue[]): boolean {
    // The common case, one type that matches, allocates nothing.
    if (typeof type === 'string' ? isType(type, v) : type.length === 0 || type.some((t) => isType(t, v))) return true;
    const types: readonly string[] = typeof type === 'string' ? [type] : type;
    // Show the number itself for 1.5 vs integer or NaN vs number; otherwise the kind is the useful part.
    const numeric = typeof v === 'number' && types.some((t) => t === 'number' || t === 'integer');
    const got = ` (got ${numeric && !isSecret(at) ? String(v) : typeName(v)})`;
    const expect = types.map((t) => ARTICLE[t] ?? t);
    out.push({ path: pathOf(at), depth: at.depth, message: `must be ${orList(expect)}${got}`, kind: 'type', expect, got });
    return false;
  }

  private string(node: SchemaNode, v: string, at: Where, out: Issue[]): void {
    if (node.minLength !== undefined || node.maxLength !== undefined) {
      const len = codePoints(v); // as JSON Schema counts
      if (node.minLength !== undefined && len < node.minLength) add(out, at, `must be at least ${plural(node.minLength, 'character')} long${gotLength(len, at)}`);
      if (node.maxLength !== undefined && len > node.maxLength) add(out, at, `must be at most ${plural(node.maxLength, 'character')} long${gotLength(len, at)}`);
    }
    if (node.pattern !== undefined) {
      const re = compiled(node.pattern);
      if (re === null) add(out, at, `cannot be validated (invalid pattern /${node.pattern}/ in the schema)`);
      else if (!re.test(v)) add(out, at, `must match /${node.pattern}/ (got ${shown(v, isSecret(at))})`);
    }
  }

  private number(node: SchemaNode, v: number, at: Where, out: Issue[]): void {
    if (node.minimum !== undefined && v < node.minimum) add(out, at, `must be at least ${node.minimum}${gotValue(v, at)}`);
    if (node.maximum !== undefined && v > node.maximum) add(out, at, `must be at most ${node.maximum}${gotValue(v, at)}`);
    if (node.exclusiveMinimum !== undefined && v <= node.exclusiveMinimum) add(out, at, `must be greater than ${node.exclusiveMinimum}${gotValue(v, at)}`);
    if (node.exclusiveMaximum !== undefined && v >= node.exclusiveMaximum) add(out, at, `must be less than ${node.exclusiveMaximum}${gotValue(v, at)}`);
  }

  private array(node: SchemaNode, v: readonly unknown[], at: Where, out: Issue[]): void {
    if (node.minItems !== undefined && v.length < node.minItems) add(out, at, `must have at least ${plural(node.minItems, 'item')} (got ${v.length})`);
    if (node.maxItems !== undefined && v.length > node.maxItems) add(out, at, `must have at most ${plural(node.maxItems, 'item')} (got ${v.length})`);
    if (node.items && !tooDeep(at, out)) {
      // Holes and undefined items are checked as undefined: JSON would turn them into null silently.
      for (let i = 0; i < v.length && out.length < MAX_ISSUES; i++) this.check(node.items, v[i], child(at, i), out);
    }
  }

  private object(node: SchemaNode, v: Record<string, unknown>, at: Where, out: Issue[]): void {
    // Own properties only, like JSON.stringify; an undefined value is absent (it vanishes in JSON).
    if (node.required) for (const key of node.required) if (own(v, key) === undefined) add(out, child(at, key), 'is required');
    const props = node.properties ?? NO_PROPERTIES;
    const extra = node.additionalProperties;
    if ((node.properties || (extra !== undefined && extra !== true)) && tooDeep(at, out)) return;
    // `for...in` over the schema's own keys: no array of entries for every object of every message.
    for (const key in props) {
      if (!Object.hasOwn(props, key)) continue;
      const x = own(v, key);
      if (x !== undefined) this.check(props[key]!, x, child(at, key), out);
    }
    if (extra === undefined || extra === true) return;
    for (const key in v) {
      if (!Object.hasOwn(v, key) || Object.hasOwn(props, key) || v[key] === undefined || out.length >= MAX_ISSUES) continue;
      if (extra === false) add(out, child(at, key), 'is not allowed');
      else this.check(extra, v[key], child(at, key), out);
    }
  }

  /** oneOf (exactlyOne) / anyOf: try every branch on its own issue list, then report the closest miss. */
  private union(branches: readonly SchemaNode[], exactlyOne: boolean, v: unknown, at: Where, out: Issue[]): void {
    if (branches.length === 0) return;
    const tries = branches.map((b) => { const o: Issue[] = []; this.check(b, v, at, o); return o; });
    const passed = tries.flatMap((o, i) => (o.length === 0 ? [i + 1] : []));
    if (passed.length === 1 || (passed.length > 1 && !exactlyOne)) return;
    if (passed.length > 1) return add(out, at, `must match exactly one of ${branches.length} allowed shapes (matches #${passed.join(', #')})`);
    // A wrong type or const/enum at (or just below) the branch root means "wrong variant" (e.g. a
    // discriminator like `op`); such issues weigh far more than a wrong leaf deeper in a right variant.
    const score = (o: Issue[]) => o.reduce((s, i) => s + (i.kind && i.depth <= at.depth + 1 ? 100 : 1), 0);
    const scores = tries.map(score);
    const best = scores.indexOf(Math.min(...scores));
    if ((scores[best] ?? 0) < 100 || tries.length === 1) return void out.push(...(tries[best] ?? []).slice(0, MAX_ISSUES - out.length));
    // Every branch failed on its shape. If all miss the same kind at one path (a discriminator like
    // `op`, or the value's own type), merge those: 'd.op must be one of 1, 3', 'must be a string or null'.
    const at1 = (o: Issue[], h: Issue) => o.find((i) => i.kind === h.kind && i.path === h.path);
    const h = (tries[0] ?? []).find((c) => c.kind && tries.every((o) => at1(o, c)));
    if (h) {
      const heads = tries.map((o) => at1(o, h)!);
      const expect = [...new Set(heads.flatMap((i) => i.expect ?? []))];
      // Prefer the specific 'got' ('1.5' from an integer branch) over the plain kind ('number').
      const got = heads.map((i) => i.got ?? '').find((g) => g !== ' (got number)') ?? h.got ?? '';
      const message = h.kind === 'type' ? `must be ${orList(expect)}${got}` : `${mustBeOneOf(expect)}${got}`;
      return void (out.length < MAX_ISSUES && out.push({ ...h, message, expect, got }));
    }
    add(out, at, `must match ${exactlyOne ? 'exactly' : 'at least'} one of ${branches.length} allowed shapes (got ${typeName(v)})`);
  }
}

/**
 * Patterns compiled once per process: they come from the generated schemas (a fixed, small set), and
 * compiling one per message was a large part of checking a payload that has a pattern.
 */
const PATTERNS = new Map<string, RegExp | null>();
const MAX_PATTERNS = 1000; // schemas passed in by hand could hold any number: past this, compiled each time
function compiled(pattern: string): RegExp | null {
  let re = PATTERNS.get(pattern);
  if (re === undefined) {
    try { re = new RegExp(pattern, 'u'); } catch { re = null; }
    if (PATTERNS.size < MAX_PATTERNS) PATTERNS.set(pattern, re);
  }
  return re;
}

const NO_PROPERTIES: Readonly<Record<string, SchemaNode>> = Object.freeze({});

/** An own property's value (undefined when absent or inherited): JSON.stringify sends only own properties. */
export const own = (v: Record<string, unknown>, key: string): unknown => (Object.hasOwn(v, key) ? v[key] : undefined);

/** Whether `v` is JSON-equal to one of `values` (an `enum`). */
export function includesSame(values: readonly unknown[], v: unknown): boolean {
  for (const e of values) if (sameJson(e, v)) return true;
  return false;
}

/** A string's length in code points (a surrogate pair is one), without spreading it into an array. */
export function codePoints(s: string): number {
  let pairs = 0;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { pairs++; i++; }
    }
  }
  return s.length - pairs;
}

// Built only for an issue; even a token's length stays private.
const gotLength = (len: number, at: Where): string => (isSecret(at) ? '' : ` (got ${len})`);
const gotValue = (v: unknown, at: Where): string => ` (got ${shown(v, isSecret(at))})`;

/** Skips exact repeats (two allOf branches requiring one key); the cap keeps this scan short. */
function add(out: Issue[], at: Where, message: string): void {
  if (out.length >= MAX_ISSUES) return;
  const path = pathOf(at);
  if (out.some((i) => i.path === path && i.message === message)) return;
  out.push({ path, depth: at.depth, message });
}

/** Checked where the walk descends, so recursion depth is bounded by the cap, not by the value. */
function tooDeep(at: Where, out: Issue[]): boolean {
  if (at.depth < MAX_DEPTH) return false;
  add(out, at, `is nested too deeply (more than ${MAX_DEPTH} levels)`);
  return true;
}

function addValue(out: Issue[], at: Where, expect: string[], v: unknown): void {
  if (out.length >= MAX_ISSUES) return;
  const got = ` (got ${shown(v, isSecret(at))})`;
  out.push({ path: pathOf(at), depth: at.depth, message: `${mustBeOneOf(expect)}${got}`, kind: 'value', expect, got });
}

function child(at: Where, key: string | number): Where {
  return { parent: at, key, depth: at.depth + 1 };
}

/** `d.activities[0].name`: the root's name, then each key (a number is an array index). */
function pathOf(at: Where): string {
  const keys: Array<string | number> = [];
  let root: Where = at;
  for (; root.parent !== undefined; root = root.parent) keys.push(root.key);
  let path = String(root.key);
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i]!;
    path += typeof key === 'number' ? `[${key}]` : segment(key);
  }
  return path;
}

/** Whether a key on the path looks like it holds a secret (array indexes never do; the root's name is ours). */
function isSecret(at: Where): boolean {
  for (let w: Where = at; w.parent !== undefined; w = w.parent) if (typeof w.key === 'string' && SECRET_KEY.test(w.key)) return true;
  return false;
}

const segment = (key: string): string => (IDENT.test(key) ? `.${key}` : `[${quote(key)}]`);

/** Iterative (deep values can't overflow the stack); `done` keeps shared sub-objects linear. */
function findCycle(root: unknown, rootPath: string): ValidationIssue | undefined {
  if (!isObjectLike(root) || !hasObjectChild(root)) return undefined;
  const onPath = new Map<object, string>([[root, rootPath]]);
  const done = new WeakSet<object>();
  const stack = [{ obj: root, keys: Object.keys(root), i: 0, path: rootPath }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.keys.length) { onPath.delete(top.obj); done.add(top.obj); stack.pop(); continue; }
    const key = top.keys[top.i++]!;
    const x = (top.obj as Record<string, unknown>)[key];
    if (!isObjectLike(x) || done.has(x)) continue;
    const path = top.path + (Array.isArray(top.obj) ? `[${key}]` : segment(key));
    const back = onPath.get(x);
    if (back !== undefined) return { path, message: `is a circular reference (back to ${back}) and cannot be sent as JSON` };
    onPath.set(x, path);
    stack.push({ obj: x, keys: Object.keys(x), i: 0, path });
  }
  return undefined;
}

/** Most payloads are flat: no search structures for those (a send checks for cycles on every call). */
function hasObjectChild(obj: object): boolean {
  for (const key in obj) if (Object.hasOwn(obj, key) && isObjectLike((obj as Record<string, unknown>)[key])) return true;
  return false;
}

const IS: Record<string, (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string', boolean: (v) => typeof v === 'boolean', null: (v) => v === null,
  number: (v) => typeof v === 'number' && Number.isFinite(v), // NaN/Infinity would become null in JSON
  integer: (v) => Number.isInteger(v), array: (v) => Array.isArray(v), object: (v) => isObject(v),
};
const isType = (t: string, v: unknown): boolean => Object.hasOwn(IS, t) && IS[t]!(v);

const isObjectLike = (v: unknown): v is object => typeof v === 'object' && v !== null;
const isObject = (v: unknown): v is Record<string, unknown> => isObjectLike(v) && !Array.isArray(v);

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v); // NaN, Infinity
  return typeof v;
}

/** A value for a message: primitives truncated, containers by kind only (their contents may hold secrets). */
function shown(v: unknown, secret: boolean): string {
  if (secret) return '<redacted>';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'bigint') return `${v}n`;
  return typeName(v);
}

/** A schema constant (never a secret): objects as truncated JSON so `const: {..}` misses stay readable. */
const literal = (v: unknown): string => (isObjectLike(v) ? cut(JSON.stringify(v)) : shown(v, false));
const cut = (s: string): string => (s.length > SHOWN_CHARS ? `${s.slice(0, SHOWN_CHARS)}...` : s);

function quote(s: string): string {
  return `'${JSON.stringify(cut(s)).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

function mustBeOneOf(expect: readonly string[]): string {
  if (expect.length === 1) return `must be ${expect[0]}`;
  const listed = expect.slice(0, MAX_LISTED).join(', ');
  return `must be one of ${listed}${expect.length > MAX_LISTED ? `, ... (${expect.length} values)` : ''}`;
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** JSON equality for enum/const; recursion is bounded by the (finite) schema constant. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isObjectLike(a) || !isObjectLike(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
