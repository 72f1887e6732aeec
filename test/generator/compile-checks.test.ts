/**
 * The compiled checks against the walk they stand in for. A check may only pass a value the walk passes (else a
 * bad payload would be sent or delivered), and should pass every value the walk passes unless it gave up on
 * purpose (else the fast path is never taken); a refused value must read the same either way. The validator's
 * own table, random schemas with random values, and hostile schema text.
 */
import { describe, expect, it } from 'vitest';
import { validateDecoded, validatePayload, type SchemaNode, type SendSchema } from '../../runtime/src/validate.js';
import { ts } from 'ts-morph';
import { CheckCompiler } from '../../generator/emit/compile-checks.js';
import { checkVerdict, compiledSchema } from '../support/compiled-check.js';
import { prng } from '../support/prng.js';
import { OP_UNION, PRESENCE, TREE_DEFS, cases, send } from '../runtime/validate-cases.js';

const issuesOf = (schema: SendSchema, value: unknown) => validatePayload(schema, value);
const walkOnly = (schema: SendSchema): SendSchema => ({ message: schema.message, root: schema.root, defs: schema.defs });

/** Rows where the walk passes the value but the check gives up on purpose (a schema referring to itself). */
const GIVES_UP = new Set(['$ref loop through anyOf still accepts the other branch']);

describe("the validator's table, compiled", () => {
  it.each(cases)('%s', (name, c) => {
    const { schema, source } = compiledSchema(c.schema, c.defs);
    const issues = issuesOf(schema, c.value).map((i) => [i.path, i.message]);
    expect(issues, source).toEqual(c.want);
    // The fast path is taken: a value the walk passes, the check passes by itself (not by deferring to the walk).
    const verdict = checkVerdict(schema, c.value);
    if (c.want.length === 0) expect(verdict, source).toBe(GIVES_UP.has(name) ? 'gave up' : 'passed');
    // A cycle is no schema's business: `validatePayload` finds it before any check.
    else if (!c.want.some(([, message]) => message.includes('circular reference'))) expect(verdict, source).not.toBe('passed');
  });
});

describe('random schemas and values', () => {
  const random = prng(20261207);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chance = (p: number): boolean => random() < p;
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const KEYS = ['a', 'b', 'op', '__proto__', 'toString', 'weird key', '😀'];
  const STRINGS = ['', 'a', 'ab', 'abc', '😀', '😀a😀', '\ud83d', '123', 'x'.repeat(9), 'on', 'Off'];
  const TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'] as const;
  const DEF_NAMES = ['A', 'B', 'C'];

  function schema(depth: number): SchemaNode {
    const s: Record<string, unknown> = {};
    if (depth > 0 && chance(0.12)) return { $ref: pick([...DEF_NAMES, 'Missing']) };
    if (chance(0.6)) s.type = chance(0.8) ? pick(TYPES) : [pick(TYPES), pick(TYPES)];
    if (chance(0.15)) s.enum = Array.from({ length: int(1, 9) }, () => pick<unknown>([...STRINGS, 0, 1, 2.5, true, null, { a: 1 }, [1]]));
    if (chance(0.08)) s.const = pick<unknown>([...STRINGS, 0, -1, false, null, { a: [1, { b: 2 }] }, { ['__proto__']: 1 }]);
    if (chance(0.2)) s.minLength = int(0, 3);
    if (chance(0.2)) s.maxLength = int(0, 4);
    if (chance(0.1)) s.pattern = pick(['^\\d+$', '^a', 'b$', '(', '^\\p{L}+$']);
    if (chance(0.2)) s.minimum = int(-2, 2);
    if (chance(0.2)) s.maximum = int(0, 5);
    if (chance(0.1)) s.exclusiveMinimum = int(-2, 2);
    if (chance(0.1)) s.exclusiveMaximum = int(0, 5);
    if (chance(0.15)) s.minItems = int(0, 2);
    if (chance(0.15)) s.maxItems = int(0, 3);
    if (depth < 3) {
      if (chance(0.35)) s.items = schema(depth + 1);
      if (chance(0.45)) s.properties = Object.fromEntries(Array.from({ length: int(0, 3) }, () => [pick(KEYS), schema(depth + 1)]));
      if (chance(0.3)) s.required = Array.from({ length: int(0, 2) }, () => pick(KEYS));
      if (chance(0.3)) s.additionalProperties = chance(0.5) ? chance(0.5) : schema(depth + 1);
      for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) if (chance(0.1)) s[keyword] = Array.from({ length: int(0, 3) }, () => schema(depth + 1));
    }
    return s as SchemaNode;
  }

  /** A value shaped by the schema (often valid), sometimes anything at all. */
  function value(s: SchemaNode | undefined, defs: Record<string, SchemaNode>, depth: number): unknown {
    if (depth > 5 || s === undefined || chance(0.1)) return anything(depth);
    if (s.$ref !== undefined) return value(defs[s.$ref], defs, depth);
    if (s.enum !== undefined && chance(0.8)) return pick(s.enum);
    if ('const' in s && chance(0.8)) return s.const;
    const union = s.oneOf ?? s.anyOf ?? s.allOf;
    if (union !== undefined && union.length > 0 && chance(0.5)) return value(pick(union), defs, depth);
    const type = typeof s.type === 'string' ? s.type : Array.isArray(s.type) && s.type.length > 0 ? pick(s.type) : pick(TYPES);
    switch (type) {
      case 'string': return pick(STRINGS);
      case 'integer': return int(-3, 6);
      case 'number': return pick([int(-3, 6), 0.5, -0, NaN, Infinity]);
      case 'boolean': return chance(0.5);
      case 'null': return null;
      case 'array': return Array.from({ length: int(0, 4) }, () => value(s.items, defs, depth + 1));
      default: {
        const o: Record<string, unknown> = {};
        for (const [key, sub] of Object.entries(s.properties ?? {})) if (chance(0.8)) Object.defineProperty(o, key, { value: value(sub, defs, depth + 1), enumerable: true, writable: true, configurable: true });
        for (const key of s.required ?? []) if (!Object.hasOwn(o, key) && chance(0.7)) Object.defineProperty(o, key, { value: anything(depth + 1), enumerable: true, writable: true, configurable: true });
        if (chance(0.3)) o[pick(KEYS)] = chance(0.2) ? undefined : anything(depth + 1);
        return o;
      }
    }
  }

  function anything(depth: number): unknown {
    const kinds = depth > 4 ? 6 : 8;
    switch (int(0, kinds - 1)) {
      case 0: return pick(STRINGS);
      case 1: return int(-3, 6);
      case 2: return pick([0.5, NaN, -Infinity, -0]);
      case 3: return chance(0.5);
      case 4: return null;
      case 5: return undefined;
      case 6: return Array.from({ length: int(0, 3) }, () => anything(depth + 1));
      default: return Object.fromEntries(Array.from({ length: int(0, 3) }, () => [pick(KEYS), anything(depth + 1)]));
    }
  }

  it('give the same issues as the walk, pass what the walk passes, and pass nothing it refuses (400 schemas x 40 values)', () => {
    let compared = 0;
    let passedByCheck = 0;
    for (let n = 0; n < 400; n++) {
      const defs: Record<string, SchemaNode> = Object.fromEntries(DEF_NAMES.map((name) => [name, schema(1)]));
      if (chance(0.1)) defs.C = { anyOf: [{ $ref: 'C' }, { type: 'string' }] }; // refers to itself at the same value
      const root = schema(0);
      const { schema: compiled, source } = compiledSchema(root, defs);
      const walk = walkOnly(compiled);
      for (let i = 0; i < 40; i++) {
        const v = value(root, defs, 0);
        const want = validatePayload(walk, v);
        expect(validatePayload(compiled, v), source).toEqual(want);
        expect(validateDecoded(compiled, v, 'payload'), source).toEqual(validateDecoded(walk, v, 'payload'));
        const verdict = checkVerdict(compiled, v);
        if (verdict === 'passed') {
          passedByCheck++;
          expect(want, source).toEqual([]);
        } else if (want.length === 0 && verdict === 'failed') {
          throw new Error(`the check refused a value the walk passes: ${JSON.stringify(v)}\n${JSON.stringify({ root, defs })}\n${source}`);
        }
        compared++;
      }
    }
    expect(compared).toBe(16_000);
    // The values are drawn to be often valid: the fast path must be exercised, not merely agree by deferring.
    expect(passedByCheck).toBeGreaterThan(2_000);
  });
});

describe('what the check leaves to the walk', () => {
  it('values nested past the depth cap: the walk reports them', () => {
    let deep: unknown = { name: 'leaf' };
    for (let i = 0; i < 100; i++) deep = { name: 'n', children: [deep] };
    const { schema } = compiledSchema({ $ref: 'Node' }, TREE_DEFS);
    expect(checkVerdict(schema, deep)).toBe('gave up');
    expect(validatePayload(schema, deep)).toEqual([{ path: `d${'.children[0]'.repeat(32)}`, message: 'is nested too deeply (more than 64 levels)' }]);
  });

  it('an exponential value over shared sub-objects: the budget stops the check, and the walk reports it', () => {
    let value: unknown = { name: 'leaf' };
    for (let i = 0; i < 30; i++) value = { name: 'n', children: [value, value] };
    const { schema } = compiledSchema({ $ref: 'Node' }, TREE_DEFS);
    expect(checkVerdict(schema, value)).toBe('gave up');
    expect(validatePayload(schema, value)).toEqual([{ path: 'd', message: 'is too large to validate' }]);
  });

  it('a throwing getter: the walk reports it, the secret in its message nowhere', () => {
    const value = { since: null, activities: [], afk: true, get status(): string { throw new Error('boom SECRET'); } };
    const { schema } = compiledSchema(PRESENCE);
    expect(checkVerdict(schema, value)).toBe('gave up');
    const issues = validatePayload(schema, value);
    expect(issues.at(-1)).toEqual({ path: 'd', message: 'could not be validated (an error was thrown while reading it)' });
    expect(JSON.stringify(issues)).not.toContain('SECRET');
  });

  it('a value the walk passes is passed by the check of a discriminated union', () => {
    const { schema } = compiledSchema(OP_UNION);
    expect(checkVerdict(schema, { op: 3, d: { since: null, activities: [], status: 'idle', afk: true } })).toBe('passed');
    expect(checkVerdict(schema, { op: 3, d: null })).toBe('failed');
  });

  it.each<[string, SchemaNode]>([
    ['a string minLength', { type: 'string', minLength: '3' } as unknown as SchemaNode],
    ['a required that is no list', { type: 'object', required: 'abc' } as unknown as SchemaNode],
    ['items that are no schema', { type: 'array', items: null } as unknown as SchemaNode],
    ['an enum that is no list', { enum: 'abc' } as unknown as SchemaNode],
    ['a type that is a number', { type: 7 } as unknown as SchemaNode],
    ['an infinite bound', { type: 'number', maximum: Infinity }],
  ])('a careless schema (%s): the check asks the walk', (_name, root) => {
    const { schema } = compiledSchema(root);
    for (const v of ['abcd', 5, [1], {}, null]) {
      expect(checkVerdict(schema, v)).toBe('gave up');
      expect(validatePayload(schema, v)).toEqual(validatePayload(send(root), v));
    }
  });
});

describe('hostile schema text', () => {
  const HOSTILE = ["'", '\\', '\n', '*/', '\u2028', '`${x}`', '"); process.exit(1); ("', '__proto__', 'constructor', '\ud800'];

  it('property names, enum and const values, and patterns reach the code only as literals', () => {
    const root: SchemaNode = {
      type: 'object',
      required: HOSTILE,
      additionalProperties: false,
      properties: Object.fromEntries(HOSTILE.map((k) => [k, { enum: [...HOSTILE, { [k]: k }], pattern: k === '\\' ? 'a' : k.replace(/[()[\]{}*+?.\\^$|]/g, '\\$&') }])),
    };
    const { schema, source } = compiledSchema(root, {}, HOSTILE.join(''));
    const functions = new CheckCompiler({});
    functions.root(root, 'x');
    // Only the declarations the compiler makes: no statement of a document's making.
    const statements = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, true).statements;
    expect(statements.every((s) => ts.isFunctionDeclaration(s) || ts.isVariableStatement(s))).toBe(true);
    expect(statements.filter(ts.isFunctionDeclaration)).toHaveLength(functions.result().functions.length);
    // And the check still means the schema: a value of those hostile names passes, a stranger key does not.
    const good = Object.fromEntries(HOSTILE.map((k) => [k, k]));
    for (const k of HOSTILE) Object.defineProperty(good, k, { value: k, enumerable: true, writable: true, configurable: true });
    expect(validatePayload(schema, good)).toEqual(validatePayload(walkOnly(schema), good));
    expect(validatePayload(schema, { ...good, other: 1 })).toEqual(validatePayload(walkOnly(schema), { ...good, other: 1 }));
  });
});
