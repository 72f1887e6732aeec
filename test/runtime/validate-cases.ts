/**
 * The validator's table: schema, value, the issues it must give. Shared by the validator's own tests and by the
 * compiled checks' (test/generator/compile-checks.test.ts), which must give the same issues for every row.
 */
import type { SchemaNode, SendSchema } from '../../runtime/src/validate.js';

export type Want = Array<[path: string, message: string]>;
export interface Case { schema: SchemaNode; defs?: Record<string, SchemaNode>; value: unknown; want: Want }

export const send = (root: SchemaNode, defs: Record<string, SchemaNode> = {}): SendSchema => ({ message: 'test', root, defs });
export const STATUS: SchemaNode = { type: 'string', enum: ['online', 'dnd', 'idle', 'invisible', 'offline'] };
const ACTIVITY: SchemaNode = {
  type: 'object',
  required: ['name', 'type'],
  properties: { name: { type: 'string' }, type: { type: 'integer', enum: [0, 1, 2, 3, 4, 5] } },
};
export const PRESENCE: SchemaNode = {
  type: 'object',
  required: ['since', 'activities', 'status', 'afk'],
  additionalProperties: false,
  properties: {
    since: { type: ['integer', 'null'] },
    activities: { type: 'array', items: ACTIVITY, maxItems: 2 },
    status: STATUS,
    afk: { type: 'boolean' },
  },
};
export const okPresence = { since: null, activities: [{ name: 'x', type: 0 }], status: 'online', afk: false };

// A node of a recursive tree: { name, children: Node[] }.
export const TREE_DEFS: Record<string, SchemaNode> = {
  Node: {
    type: 'object',
    required: ['name'],
    properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: 'Node' } } },
  },
};

// Gateway-like discriminated union on `op`.
export const OP_UNION: SchemaNode = {
  oneOf: [
    { type: 'object', required: ['op', 'd'], properties: { op: { const: 1 }, d: { type: ['integer', 'null'] } } },
    { type: 'object', required: ['op', 'd'], properties: { op: { const: 3 }, d: PRESENCE } },
  ],
};

const cyclic = (): unknown => { const a: Record<string, unknown> = { x: 1 }; a['self'] = a; return a; };
const cyclicDeep = (): unknown => { const a: Record<string, unknown> = {}; a['list'] = [1, { back: a }]; return { a }; };
const shared = (): unknown => { const s = { n: 1 }; return { a: s, b: s, c: [s, s] }; };

export const cases: Array<[string, Case]> = [
  // type
  ['string accepts a string', { schema: { type: 'string' }, value: 'x', want: [] }],
  ['string rejects a number', { schema: { type: 'string' }, value: 3, want: [['d', 'must be a string (got number)']] }],
  ['integer rejects 1.5 and shows it', { schema: { type: 'integer' }, value: 1.5, want: [['d', 'must be an integer (got 1.5)']] }],
  ['integer accepts 3', { schema: { type: 'integer' }, value: 3, want: [] }],
  ['number rejects NaN', { schema: { type: 'number' }, value: NaN, want: [['d', 'must be a number (got NaN)']] }],
  ['number rejects Infinity', { schema: { type: 'number' }, value: Infinity, want: [['d', 'must be a number (got Infinity)']] }],
  ['number accepts 1.5', { schema: { type: 'number' }, value: 1.5, want: [] }],
  ['boolean rejects "true"', { schema: { type: 'boolean' }, value: 'true', want: [['d', 'must be a boolean (got string)']] }],
  ['object rejects an array', { schema: { type: 'object' }, value: [], want: [['d', 'must be an object (got array)']] }],
  ['object rejects null', { schema: { type: 'object' }, value: null, want: [['d', 'must be an object (got null)']] }],
  ['array rejects an object', { schema: { type: 'array' }, value: {}, want: [['d', 'must be an array (got object)']] }],
  ['missing root', { schema: { type: 'object' }, value: undefined, want: [['d', 'must be an object (got undefined)']] }],
  ['nullable accepts null', { schema: { type: ['string', 'null'] }, value: null, want: [] }],
  ['nullable rejects a number', { schema: { type: ['string', 'null'] }, value: 1, want: [['d', 'must be a string or null (got number)']] }],
  ['three types', { schema: { type: ['string', 'integer', 'null'] }, value: true, want: [['d', 'must be a string, an integer or null (got boolean)']] }],
  ['type failure hides other keywords', { schema: { type: 'string', minLength: 3, enum: ['abc'] }, value: 5, want: [['d', 'must be a string (got number)']] }],
  ['keywords without type apply only to their type', { schema: { minLength: 3, minimum: 1 }, value: true, want: [] }],
  // enum / const
  ['enum miss lists the values', {
    schema: STATUS, value: 'busy',
    want: [['d', "must be one of 'online', 'dnd', 'idle', 'invisible', 'offline' (got 'busy')"]],
  }],
  ['enum hit', { schema: STATUS, value: 'dnd', want: [] }],
  ['enum of numbers', { schema: { enum: [0, 1, 2] }, value: 7, want: [['d', 'must be one of 0, 1, 2 (got 7)']] }],
  ['enum with one value', { schema: { enum: ['a'] }, value: 'b', want: [['d', "must be 'a' (got 'b')"]] }],
  ['long enum is shortened', {
    schema: { enum: Array.from({ length: 12 }, (_, i) => i) }, value: 99,
    want: [['d', 'must be one of 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... (12 values) (got 99)']],
  }],
  ['enum shows objects by kind only', { schema: { enum: ['a'] }, value: { a: 1 }, want: [['d', "must be 'a' (got object)"]] }],
  ['const miss', { schema: { const: 2 }, value: 3, want: [['d', 'must be 2 (got 3)']] }],
  ['const compares deeply', { schema: { const: { a: [1, { b: 2 }] } }, value: { a: [1, { b: 2 }] }, want: [] }],
  ['const deep miss', { schema: { const: { a: [1] } }, value: { a: [2] }, want: [['d', 'must be {"a":[1]} (got object)']] }],
  // objects
  ['required missing', { schema: { type: 'object', required: ['afk'] }, value: {}, want: [['d.afk', 'is required']] }],
  ['required but undefined', { schema: { type: 'object', required: ['afk'] }, value: { afk: undefined }, want: [['d.afk', 'is required']] }],
  ['required ignores inherited properties', {
    schema: { type: 'object', required: ['afk'] }, value: Object.create({ afk: true }) as unknown, want: [['d.afk', 'is required']],
  }],
  ['optional undefined is fine', { schema: { type: 'object', properties: { a: { type: 'string' } } }, value: { a: undefined }, want: [] }],
  ['property type is checked', { schema: PRESENCE, value: { ...okPresence, afk: 'no' }, want: [['d.afk', 'must be a boolean (got string)']] }],
  ['nested array path', {
    schema: PRESENCE, value: { ...okPresence, activities: [{ name: 'x', type: 0 }, { name: 'y', type: 1.5 }] },
    want: [['d.activities[1].type', 'must be an integer (got 1.5)']],
  }],
  ['valid presence', { schema: PRESENCE, value: okPresence, want: [] }],
  ['additionalProperties false', { schema: PRESENCE, value: { ...okPresence, extra: 1 }, want: [['d.extra', 'is not allowed']] }],
  ['additionalProperties false ignores undefined', { schema: PRESENCE, value: { ...okPresence, extra: undefined }, want: [] }],
  ['additionalProperties absent allows extras', { schema: { type: 'object', properties: {} }, value: { extra: 1 }, want: [] }],
  ['additionalProperties schema', {
    schema: { type: 'object', additionalProperties: { type: 'number' } }, value: { a: 1, b: 'x' }, want: [['d.b', 'must be a number (got string)']],
  }],
  ['odd keys are bracketed', {
    schema: { type: 'object', additionalProperties: false }, value: { 'weird key': 1 }, want: [["d['weird key']", 'is not allowed']],
  }],
  ['several issues in order', {
    schema: PRESENCE, value: { since: 1.5, activities: [], status: 'busy' },
    want: [
      ['d.afk', 'is required'],
      ['d.since', 'must be an integer or null (got 1.5)'],
      ['d.status', "must be one of 'online', 'dnd', 'idle', 'invisible', 'offline' (got 'busy')"],
    ],
  }],
  // arrays
  ['maxItems', { schema: PRESENCE, value: { ...okPresence, activities: [{ name: 'a', type: 0 }, { name: 'b', type: 0 }, { name: 'c', type: 0 }] }, want: [['d.activities', 'must have at most 2 items (got 3)']] }],
  ['minItems', { schema: { type: 'array', minItems: 1 }, value: [], want: [['d', 'must have at least 1 item (got 0)']] }],
  ['items checks undefined holes', { schema: { type: 'array', items: { type: 'number' } }, value: [1, undefined], want: [['d[1]', 'must be a number (got undefined)']] }],
  // numbers
  ['maximum', { schema: { type: 'integer', maximum: 250 }, value: 300, want: [['d', 'must be at most 250 (got 300)']] }],
  ['minimum', { schema: { type: 'integer', minimum: 0 }, value: -1, want: [['d', 'must be at least 0 (got -1)']] }],
  ['minimum boundary passes', { schema: { type: 'integer', minimum: 0, maximum: 0 }, value: 0, want: [] }],
  ['exclusiveMinimum', { schema: { type: 'number', exclusiveMinimum: 0 }, value: 0, want: [['d', 'must be greater than 0 (got 0)']] }],
  ['exclusiveMaximum', { schema: { type: 'number', exclusiveMaximum: 1 }, value: 1, want: [['d', 'must be less than 1 (got 1)']] }],
  // strings
  ['minLength', { schema: { type: 'string', minLength: 1 }, value: '', want: [['d', 'must be at least 1 character long (got 0)']] }],
  ['maxLength', { schema: { type: 'string', maxLength: 3 }, value: 'abcd', want: [['d', 'must be at most 3 characters long (got 4)']] }],
  ['length counts code points', { schema: { type: 'string', maxLength: 2 }, value: '😀😀', want: [] }],
  ['a pair past maxLength counts once', { schema: { type: 'string', maxLength: 2 }, value: '😀a😀', want: [['d', 'must be at most 2 characters long (got 3)']] }],
  ['minLength in code points', { schema: { type: 'string', minLength: 3 }, value: '😀😀', want: [['d', 'must be at least 3 characters long (got 2)']] }],
  ['a lone surrogate is one character', { schema: { type: 'string', maxLength: 1 }, value: '\ud83d\ud83d', want: [['d', 'must be at most 1 character long (got 2)']] }],
  ['a key that is also on Object.prototype is not a property', { schema: { type: 'object', properties: { toString: { type: 'string' as const } }, required: ['toString'] }, value: {}, want: [['d.toString', 'is required']] }],
  ['pattern miss', { schema: { type: 'string', pattern: '^\\d+$' }, value: 'abc', want: [['d', "must match /^\\d+$/ (got 'abc')"]] }],
  ['pattern hit', { schema: { type: 'string', pattern: '^\\d+$' }, value: '123', want: [] }],
  ['invalid pattern is an issue', { schema: { type: 'string', pattern: '(' }, value: 'x', want: [['d', 'cannot be validated (invalid pattern /(/ in the schema)']] }],
  ['long values are truncated', {
    schema: { enum: ['a'] }, value: 'x'.repeat(100), want: [['d', `must be 'a' (got '${'x'.repeat(40)}...')`]],
  }],
  ['quotes are escaped', { schema: { enum: ['a'] }, value: "it's\n", want: [['d', "must be 'a' (got 'it\\'s\\n')"]] }],
  // oneOf / anyOf / allOf
  ['oneOf exactly one', { schema: { oneOf: [{ type: 'string' }, { type: 'integer' }] }, value: 3, want: [] }],
  ['oneOf two matches', {
    schema: { oneOf: [{ type: 'number' }, { type: 'integer' }] }, value: 3, want: [['d', 'must match exactly one of 2 allowed shapes (matches #1, #2)']],
  }],
  ['oneOf none: types merge', {
    schema: { oneOf: [{ type: 'string' }, { type: 'integer' }] }, value: true, want: [['d', 'must be a string or an integer (got boolean)']],
  }],
  ['oneOf none: the specific got wins', {
    schema: { oneOf: [{ type: 'string' }, { type: 'integer' }] }, value: 1.5, want: [['d', 'must be a string or an integer (got 1.5)']],
  }],
  ['oneOf discriminator picks the right variant', {
    schema: OP_UNION, value: { op: 3, d: { ...okPresence, status: 'busy' } },
    want: [['d.d.status', "must be one of 'online', 'dnd', 'idle', 'invisible', 'offline' (got 'busy')"]],
  }],
  ['oneOf discriminator miss merges the consts', { schema: OP_UNION, value: { op: 99, d: null }, want: [['d.op', 'must be one of 1, 3 (got 99)']] }],
  ['oneOf valid variant', { schema: OP_UNION, value: { op: 1, d: 42 }, want: [] }],
  ['oneOf unrelated misses give a summary', {
    schema: { oneOf: [{ type: 'object', required: ['op'], properties: { op: { const: 1 } } }, { type: 'string' }] }, value: { op: 2 },
    want: [['d', 'must match exactly one of 2 allowed shapes (got object)']],
  }],
  ['anyOf closest branch (fewest issues)', {
    schema: { anyOf: [{ type: 'object', required: ['a', 'b'] }, { type: 'object', required: ['c'] }] }, value: {},
    want: [['d.c', 'is required']],
  }],
  ['anyOf accepts several matches', { schema: { anyOf: [{ type: 'number' }, { type: 'integer' }] }, value: 3, want: [] }],
  ['anyOf summary', {
    schema: { anyOf: [{ type: 'object', required: ['op'], properties: { op: { const: 1 } } }, { type: 'string' }] }, value: { op: 2 },
    want: [['d', 'must match at least one of 2 allowed shapes (got object)']],
  }],
  ['allOf applies every branch', {
    schema: { allOf: [{ type: 'object', required: ['a'] }, { type: 'object', required: ['b'] }] }, value: {},
    want: [['d.a', 'is required'], ['d.b', 'is required']],
  }],
  ['allOf does not repeat an identical issue', {
    schema: { allOf: [{ type: 'object', required: ['a'] }, { type: 'object', required: ['a'] }] }, value: {},
    want: [['d.a', 'is required']],
  }],
  ['oneOf merges a type miss below the root, keeping the number', {
    schema: { oneOf: [
      { type: 'object', properties: { x: { type: 'string' } } },
      { type: 'object', properties: { x: { type: 'integer' } } },
    ] },
    value: { x: 1.5 }, want: [['d.x', 'must be a string or an integer (got 1.5)']],
  }],
  // $ref
  ['shared $ref', { schema: { $ref: 'Status' }, defs: { Status: STATUS }, value: 'busy', want: [['d', "must be one of 'online', 'dnd', 'idle', 'invisible', 'offline' (got 'busy')"]] }],
  ['recursive $ref finds a deep leaf', {
    schema: { $ref: 'Node' }, defs: TREE_DEFS,
    value: { name: 'a', children: [{ name: 'b', children: [{ name: 'c' }, { name: 7 }] }] },
    want: [['d.children[0].children[1].name', 'must be a string (got number)']],
  }],
  ['recursive $ref valid tree', { schema: { $ref: 'Node' }, defs: TREE_DEFS, value: { name: 'a', children: [{ name: 'b', children: [] }] }, want: [] }],
  ['unknown $ref is an issue', { schema: { $ref: 'Nope' }, value: 1, want: [['d', "cannot be validated (unknown schema reference 'Nope')"]] }],
  ['$ref does not read Object.prototype', { schema: { $ref: 'constructor' }, value: 1, want: [['d', "cannot be validated (unknown schema reference 'constructor')"]] }],
  ['$ref loop without nesting terminates', { schema: { $ref: 'A' }, defs: { A: { $ref: 'A' } }, value: 1, want: [['d', "cannot be validated (schema 'A' refers to itself)"]] }],
  ['$ref loop through anyOf still accepts the other branch', {
    schema: { $ref: 'A' }, defs: { A: { anyOf: [{ $ref: 'A' }, { type: 'string' }] } }, value: 'x', want: [],
  }],
  // cyclic values
  ['cyclic value is reported', { schema: { type: 'object' }, value: cyclic(), want: [['d.self', 'is a circular reference (back to d) and cannot be sent as JSON']] }],
  ['deep cycle through an array', {
    schema: {}, value: cyclicDeep(), want: [['d.a.list[1].back', 'is a circular reference (back to d.a) and cannot be sent as JSON']],
  }],
  ['shared (acyclic) sub-objects are fine', { schema: { type: 'object' }, value: shared(), want: [] }],
];
