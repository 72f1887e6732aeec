/**
 * Message schemas compiled to straight-line checks. The runtime's validator walks a schema tree for every
 * message; a check compiled here answers the common question (is this value valid?) with plain comparisons,
 * one function per schema node, and no walk. It only ever says "valid" where the walk would find nothing:
 * anything else (a miss, or what it cannot be sure of) defers to the walk, which decides and writes the
 * issues, so a refused message reads the same with or without it (`runtime/src/validate.ts`, `passes`).
 *
 * Every document value reaches the code through `literal` (the one escaper); a keyword whose value is not what
 * JSON Schema says (a document the parser let through) compiles to "ask the walk" rather than to a guess.
 */
import type { FunctionDeclarationStructure, OptionalKind } from 'ts-morph';
import { UnsafeValueError, lineCommentText, literal, objectKey } from './escape.js';

// The validation keywords of `validationSchema`, read as untrusted: every value is checked before use.
type Schema = Readonly<Record<string, unknown>>;

/** What `schemas.ts` needs: the helpers to import, module constants, the functions, and each root's entry. */
export interface CompiledChecks {
  readonly imports: readonly string[];
  readonly constants: ReadonlyArray<{ readonly name: string; readonly initializer: string }>;
  readonly functions: ReadonlyArray<OptionalKind<FunctionDeclarationStructure>>;
}

/** The enum size from which membership is a `Set` lookup rather than a chain of `===`. */
const SET_FROM = 7;
const GIVE_UP = 'return abortCheck(b);';

class Unsure extends Error {}

export class CheckCompiler {
  readonly #defs: Readonly<Record<string, object>>;
  /** Named schemas that can reach themselves without descending into the value: the walk reports those. */
  readonly #looping: ReadonlySet<string>;
  readonly #defFunctions = new Map<string, string>();
  /** Functions named and waiting to be written, in order; the first `#done` are written. */
  readonly #queue: Array<[string, Schema, string]> = [];
  #done = 0;
  readonly #functions: Array<OptionalKind<FunctionDeclarationStructure>> = [];
  readonly #constants: Array<{ name: string; initializer: string }> = [];
  readonly #imports = new Set<string>(['abortCheck', 'type CheckBudget']);
  #count = 0;

  /** `defs`: the named schemas as `validationSchema` makes them, read as untrusted. */
  constructor(defs: Readonly<Record<string, object>>) {
    this.#defs = defs;
    this.#looping = selfReferring(defs);
  }

  /** The function that checks a message's payload against `root`; its named schemas are compiled with it. */
  root(root: object, message: string): string {
    const name = this.#function(root as Schema, `message ${message}`);
    this.#drain();
    return name;
  }

  result(): CompiledChecks {
    return { imports: [...this.#imports].sort(), constants: this.#constants, functions: this.#functions };
  }

  #fresh(prefix: string): string {
    return `${prefix}${this.#count++}`;
  }

  #function(schema: Schema, what: string): string {
    const name = this.#fresh('check');
    this.#queue.push([name, schema, what]);
    return name;
  }

  #drain(): void {
    // By index, not `shift()`: a document's schemas can make thousands of functions.
    for (; this.#done < this.#queue.length; this.#done++) {
      const [name, schema, what] = this.#queue[this.#done]!;
      let lines: string[];
      try {
        lines = this.#body(schema);
      } catch (error) {
        if (!(error instanceof Unsure || error instanceof UnsafeValueError)) throw error;
        lines = [GIVE_UP];
      }
      const usesDepth = lines.some((line) => /\bd\b/.test(line));
      this.#functions.push({
        name,
        leadingTrivia: `// ${lineCommentText(what)}\n`,
        parameters: [{ name: 'v', type: 'unknown' }, { name: usesDepth ? 'd' : '_d', type: 'number' }, { name: 'b', type: 'CheckBudget' }],
        returnType: 'boolean',
        // One statement text: printed as written, lines and indentation kept.
        statements: [['if (--b.left < 0) return abortCheck(b);', ...lines, ...(lines.at(-1)?.startsWith('return ') === true ? [] : ['return true;'])].join('\n')],
      });
    }
  }

  #ref(name: string): string {
    let fn = this.#defFunctions.get(name);
    if (fn === undefined) {
      const def = Object.hasOwn(this.#defs, name) ? this.#defs[name] : undefined;
      if (def === undefined || !isSchema(def) || this.#looping.has(name)) throw new Unsure();
      fn = this.#function(def, `schema ${name}`);
      this.#defFunctions.set(name, fn);
    }
    return fn;
  }

  #sub(schema: unknown, what: string): string {
    if (!isSchema(schema)) throw new Unsure();
    return this.#function(schema, what);
  }

  #constant(initializer: string): string {
    const name = this.#fresh('CHECK_');
    this.#constants.push({ name, initializer });
    return name;
  }

  /** Statements that `return false` where the walk would report an issue, in the walk's keyword order. */
  #body(s: Schema): string[] {
    const lines: string[] = [];
    if (s.$ref !== undefined) {
      if (typeof s.$ref !== 'string') throw new Unsure();
      lines.push(`if (!${this.#ref(s.$ref)}(v, d, b)) return false;`);
    }
    if (s.allOf !== undefined) for (const [i, sub] of branches(s.allOf).entries()) lines.push(`if (!${this.#sub(sub, `allOf ${i}`)}(v, d, b)) return false;`);
    for (const keyword of ['anyOf', 'oneOf'] as const) {
      if (s[keyword] === undefined) continue;
      const list = branches(s[keyword]);
      if (list.length === 0) continue;
      // Every branch runs, as in the walk (no short cut): its budget is spent alike.
      const count = list.map((sub, i) => `(${this.#sub(sub, `${keyword} ${i}`)}(v, d, b) ? 1 : 0)`).join(' + ');
      lines.push(`if (${count} ${keyword === 'anyOf' ? '=== 0' : '!== 1'}) return false;`);
    }
    if (s.type !== undefined) {
      const test = typeTest(s.type);
      if (test !== 'true') lines.push(`if (!(${test})) return false;`);
    }
    // No value is in an empty enum: the walk reports every one.
    if (Array.isArray(s.enum) && s.enum.length === 0) return ['return false;'];
    if (s.enum !== undefined) lines.push(this.#enum(s.enum));
    if ('const' in s) lines.push(this.#const(s.const));
    lines.push(...this.#string(s), ...this.#number(s), ...this.#array(s), ...this.#object(s));
    return lines;
  }

  #enum(values: unknown): string {
    if (!Array.isArray(values)) throw new Unsure();
    if (values.every(isPrimitive)) {
      if (values.length < SET_FROM) return `if (${values.map((x) => `v !== ${literal(x)}`).join(' && ')}) return false;`;
      return `if (!${this.#constant(`new Set<unknown>([${values.map(literal).join(', ')}])`)}.has(v)) return false;`;
    }
    this.#imports.add('includesSame');
    return `if (!includesSame(${this.#constant(json(values))}, v)) return false;`;
  }

  #const(value: unknown): string {
    // `as unknown`: where `type` has narrowed `v`, TypeScript would call a comparison with another type a mistake.
    if (isPrimitive(value)) return `if ((v as unknown) !== ${literal(value)}) return false;`;
    this.#imports.add('sameJson');
    return `if (!sameJson(${this.#constant(json(value))}, v)) return false;`;
  }

  #string(s: Schema): string[] {
    const checks: string[] = [];
    if (s.minLength !== undefined) {
      this.#imports.add('codePoints');
      checks.push(`if (codePoints(v) < ${bound(s.minLength)}) return false;`);
    }
    if (s.maxLength !== undefined) {
      // Code points never outnumber UTF-16 units: count them only when the units are too many.
      this.#imports.add('codePoints');
      checks.push(`if (v.length > ${bound(s.maxLength)} && codePoints(v) > ${bound(s.maxLength)}) return false;`);
    }
    if (s.pattern !== undefined) {
      if (typeof s.pattern !== 'string') throw new Unsure();
      this.#imports.add('schemaPattern');
      const re = this.#constant(`schemaPattern(${literal(s.pattern)})`);
      checks.push(`if (${re} === null) return abortCheck(b);`, `if (!${re}.test(v)) return false;`);
    }
    return guarded("typeof v === 'string'", checks);
  }

  #number(s: Schema): string[] {
    const checks: string[] = [];
    if (s.minimum !== undefined) checks.push(`if (v < ${bound(s.minimum)}) return false;`);
    if (s.maximum !== undefined) checks.push(`if (v > ${bound(s.maximum)}) return false;`);
    if (s.exclusiveMinimum !== undefined) checks.push(`if (v <= ${bound(s.exclusiveMinimum)}) return false;`);
    if (s.exclusiveMaximum !== undefined) checks.push(`if (v >= ${bound(s.exclusiveMaximum)}) return false;`);
    return guarded("typeof v === 'number'", checks);
  }

  #array(s: Schema): string[] {
    const checks: string[] = [];
    if (s.minItems !== undefined) checks.push(`if (v.length < ${bound(s.minItems)}) return false;`);
    if (s.maxItems !== undefined) checks.push(`if (v.length > ${bound(s.maxItems)}) return false;`);
    if (s.items !== undefined) {
      const item = this.#sub(s.items, 'items');
      checks.push(`if (d >= MAX_CHECK_DEPTH) return abortCheck(b);`, `for (let i = 0; i < v.length; i++) if (!${item}(v[i], d + 1, b)) return false;`);
      this.#imports.add('MAX_CHECK_DEPTH');
    }
    return guarded('Array.isArray(v)', checks);
  }

  #object(s: Schema): string[] {
    const checks: string[] = [];
    const { required, properties, additionalProperties: extra } = s;
    if (required !== undefined && (!Array.isArray(required) || !required.every((k) => typeof k === 'string'))) throw new Unsure();
    if (properties !== undefined && !isSchema(properties)) throw new Unsure();
    if (extra !== undefined && typeof extra !== 'boolean' && !isSchema(extra)) throw new Unsure();
    const known = Object.keys(properties ?? {});
    const needed = new Set<string>(required as string[] | undefined);
    // Required and not described: present is all it takes. (The walk reports a missing one before it descends.)
    for (const key of needed) if (!Object.hasOwn(properties ?? {}, key)) checks.push(`if (own(o, ${literal(key)}) === undefined) return false;`);
    if (properties !== undefined || (extra !== undefined && extra !== true)) {
      checks.push('if (d >= MAX_CHECK_DEPTH) return abortCheck(b);');
      this.#imports.add('MAX_CHECK_DEPTH');
    }
    if (known.length > 0) checks.push('let x: unknown;');
    // Each described property read once: required ones must be there, any that is there must pass.
    for (const key of known) {
      const fn = this.#sub(properties![key], `property ${key}`);
      checks.push(`x = own(o, ${literal(key)});`, needed.has(key) ? `if (x === undefined || !${fn}(x, d + 1, b)) return false;` : `if (x !== undefined && !${fn}(x, d + 1, b)) return false;`);
    }
    if (extra !== undefined && extra !== true) {
      const isKnown = known.length === 0 ? 'false' : known.length < SET_FROM ? known.map((k) => `k === ${literal(k)}`).join(' || ') : `${this.#constant(`new Set<string>([${known.map(literal).join(', ')}])`)}.has(k)`;
      const onExtra = extra === false ? 'return false;' : `if (!${this.#sub(extra, 'additional properties')}(o[k], d + 1, b)) return false;`;
      checks.push(`for (const k in o) {`, `  if (!Object.hasOwn(o, k) || ${isKnown} || o[k] === undefined) continue;`, `  ${onExtra}`, '}');
    }
    if (checks.length === 0) return [];
    if (checks.some((line) => line.includes('own('))) this.#imports.add('own');
    return guarded('typeof v === \'object\' && v !== null && !Array.isArray(v)', ['const o = v as Record<string, unknown>;', ...checks]);
  }
}

/** `type` as an expression over `v`, as the walk's `isType` reads it (an unknown type name matches nothing). */
function typeTest(type: unknown): string {
  const types = typeof type === 'string' ? [type] : type;
  if (!Array.isArray(types) || !types.every((t) => typeof t === 'string')) throw new Unsure();
  if (types.length === 0) return 'true';
  const tests = types.map((t: string) => TYPE_TESTS[t] ?? 'false');
  return tests.length === 1 ? tests[0]! : tests.map((t) => `(${t})`).join(' || ');
}

const TYPE_TESTS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  string: "typeof v === 'string'",
  boolean: "typeof v === 'boolean'",
  null: 'v === null',
  // NaN and Infinity would be sent as null.
  number: "typeof v === 'number' && Number.isFinite(v)",
  integer: 'Number.isInteger(v)',
  array: 'Array.isArray(v)',
  object: "typeof v === 'object' && v !== null && !Array.isArray(v)",
});

function guarded(test: string, checks: string[]): string[] {
  return checks.length === 0 ? [] : [`if (${test}) {`, ...checks.map((line) => `  ${line}`), '}'];
}

/** A numeric keyword's value; any other (a string from a careless document) is the walk's to judge. */
function bound(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Unsure();
  return literal(value);
}

function branches(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Unsure();
  return value;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPrimitive(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/** A JSON constant (objects, arrays) as an expression, every leaf through `literal`. */
function json(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(json).join(', ')}]`;
  if (isSchema(value)) return `{ ${Object.entries(value).map(([k, x]) => `${objectKey(k)}: ${json(x)}`).join(', ')} }`;
  return literal(value);
}

/**
 * The named schemas that can reach themselves through `$ref`, `allOf`, `anyOf` and `oneOf` alone, i.e. at the
 * same value: the walk reports "refers to itself" there, so their checks always ask the walk.
 */
function selfReferring(defs: Readonly<Record<string, object>>): Set<string> {
  const edges = new Map<string, string[]>();
  const refsAtSameValue = (schema: unknown, out: string[]): void => {
    if (!isSchema(schema)) return;
    if (typeof schema.$ref === 'string') out.push(schema.$ref);
    for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
      const list = schema[keyword];
      if (Array.isArray(list)) for (const sub of list) refsAtSameValue(sub, out);
    }
  };
  for (const name of Object.keys(defs)) {
    const out: string[] = [];
    refsAtSameValue(defs[name], out);
    edges.set(name, out);
  }
  const looping = new Set<string>();
  for (const start of edges.keys()) {
    const seen = new Set<string>();
    const stack = [...(edges.get(start) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next === start) {
        looping.add(start);
        break;
      }
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(edges.get(next) ?? []));
    }
  }
  return looping;
}
