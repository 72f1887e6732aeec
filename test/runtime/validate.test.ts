import { describe, expect, it } from 'vitest';
import {
  formatIssues,
  validatePayload,
  type SchemaNode,
  type SendSchema,
  type ValidationIssue,
} from '../../runtime/src/validate.js';
import { OP_UNION, PRESENCE, TREE_DEFS, cases, send, type Case, type Want } from './validate-cases.js';

const run = (c: Case): Want => validatePayload(send(c.schema, c.defs), c.value).map((i) => [i.path, i.message]);

describe('validatePayload', () => {
  it.each(cases)('%s', (_name, c) => {
    expect(run(c)).toEqual(c.want);
  });

  it('defaults the root path to d and accepts another one', () => {
    expect(validatePayload(send({ type: 'string' }), 1, 'payload')).toEqual([{ path: 'payload', message: 'must be a string (got number)' }]);
  });
});

describe('secrets', () => {
  const SECRET = 'MTA5ODc2NTQzMjE.SECRET.abcdefghijklmnop';
  const IDENTIFY: SchemaNode = {
    type: 'object',
    required: ['token', 'intents'],
    properties: {
      token: { type: 'string', pattern: '^Bot ', minLength: 100, enum: ['never'] },
      intents: { type: 'integer' },
      auth: { type: 'object', properties: { access_token: { const: 'x' } } },
      nested: { type: 'object', properties: { token: { type: 'object', properties: { v: { type: 'integer' } } } } },
      presence: { enum: ['a'] },
    },
  };
  const secretCases: Array<[string, unknown]> = [
    ['token with pattern/length/enum misses', { token: SECRET, intents: 1 }],
    ['token of the wrong type', { token: 1.5, intents: 1 }],
    ['a *_token property', { token: 'x', intents: 1, auth: { access_token: SECRET } }],
    ['values nested under a token property', { token: 'x', intents: 1, nested: { token: { v: SECRET } } }],
    ['an object holding a token, printed elsewhere', { token: 'x', intents: 1, presence: { token: SECRET } }],
    ['token in a oneOf miss', { token: SECRET, intents: 'x' }],
  ];

  it.each(secretCases)('%s never prints the secret', (_name, value) => {
    for (const schema of [IDENTIFY, { oneOf: [IDENTIFY, { type: 'string' as const }] }]) {
      const issues = validatePayload(send(schema), value);
      expect(issues.length).toBeGreaterThan(0);
      const text = JSON.stringify(issues) + formatIssues(issues, 100);
      expect(text).not.toContain('SECRET');
      expect(text).not.toContain('1.5');
    }
  });

  it('redacts rather than drops the issue', () => {
    expect(validatePayload(send(IDENTIFY), { token: SECRET, intents: 1 })).toEqual([
      { path: 'd.token', message: "must be 'never' (got <redacted>)" },
      { path: 'd.token', message: 'must be at least 100 characters long' },
      { path: 'd.token', message: 'must match /^Bot / (got <redacted>)' },
    ]);
    expect(validatePayload(send(IDENTIFY), { token: 1.5, intents: 1 })).toEqual([
      { path: 'd.token', message: 'must be a string (got number)' },
    ]);
  });
});

describe('robustness', () => {
  it('caps the issues per call', () => {
    const value = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
    const issues = validatePayload(send({ type: 'object', additionalProperties: false }), value);
    expect(issues).toHaveLength(20);
    expect(issues[19]).toEqual({ path: 'd.k19', message: 'is not allowed' });
  });

  it('caps issues from array items too', () => {
    const issues = validatePayload(send({ type: 'array', items: { type: 'string' } }), Array.from({ length: 1000 }, () => 1));
    expect(issues).toHaveLength(20);
  });

  it('reports deep nesting instead of overflowing the stack', () => {
    let value: unknown = { name: 'leaf' };
    for (let i = 0; i < 20_000; i++) value = { name: 'n', children: [value] };
    const issues = validatePayload(send({ $ref: 'Node' }, TREE_DEFS), value);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe('is nested too deeply (more than 64 levels)');
  });

  it('reports deep array nesting too', () => {
    let value: unknown = [];
    for (let i = 0; i < 20_000; i++) value = [value];
    const issues = validatePayload(send({ $ref: 'A' }, { A: { type: 'array', items: { $ref: 'A' } } }), value);
    expect(issues.map((i) => i.message)).toEqual(['is nested too deeply (more than 64 levels)']);
    expect(issues[0]?.path).toBe(`d${'[0]'.repeat(64)}`);
  });

  it('finds a cycle at the bottom of a very deep value', () => {
    const root: Record<string, unknown> = {};
    let cur = root;
    for (let i = 0; i < 20_000; i++) { const next: Record<string, unknown> = {}; cur['n'] = next; cur = next; }
    cur['n'] = root;
    const issues = validatePayload(send({}), root);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe('is a circular reference (back to d) and cannot be sent as JSON');
  });

  it('stops an exponential walk over shared sub-objects', () => {
    let value: unknown = { name: 'leaf' };
    for (let i = 0; i < 30; i++) value = { name: 'n', children: [value, value] }; // 2^30 paths, 31 objects
    const started = Date.now();
    const issues = validatePayload(send({ $ref: 'Node' }, TREE_DEFS), value);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(issues).toEqual([{ path: 'd', message: 'is too large to validate' }]);
  });

  it('turns a throwing getter into an issue', () => {
    const value = { get status(): string { throw new Error('boom SECRET'); } };
    const issues = validatePayload(send(PRESENCE), value);
    expect(issues.at(-1)).toEqual({ path: 'd', message: 'could not be validated (an error was thrown while reading it)' });
    expect(JSON.stringify(issues)).not.toContain('SECRET');
  });

  it('turns a throwing proxy into an issue', () => {
    const value = new Proxy({}, { ownKeys() { throw new Error('no'); } });
    expect(validatePayload(send({ type: 'object' }), value)).toEqual([
      { path: 'd', message: 'could not be validated (an error was thrown while reading it)' },
    ]);
  });

  it.each<[string, unknown]>([
    ['symbol', Symbol('s')], ['function', () => 1], ['bigint', 10n], ['Map', new Map()], ['sparse array', [, 1]],
    ['null-prototype object', Object.create(null) as unknown],
  ])('never throws on a %s', (_name, value) => {
    for (const schema of [PRESENCE, OP_UNION, { type: 'string' as const, enum: ['a'] }, {}]) {
      expect(Array.isArray(validatePayload(send(schema), value))).toBe(true);
    }
  });

  it('never throws on a malformed schema from plain JavaScript', () => {
    const bad = { message: 'x', root: undefined, defs: undefined } as unknown as SendSchema;
    expect(validatePayload(bad, 1)).toEqual([{ path: 'd', message: 'could not be validated (an error was thrown while reading it)' }]);
  });
});

describe('formatIssues', () => {
  const issues: ValidationIssue[] = [
    { path: 'd.status', message: "must be one of 'online', 'dnd' (got 'busy')" },
    { path: 'd.afk', message: 'is required' },
    { path: 'd.since', message: 'must be an integer or null (got 1.5)' },
  ];
  it.each<[string, { list: readonly ValidationIssue[]; max?: number; want: string }]>([
    ['joins with ;', { list: issues.slice(0, 2), want: "d.status must be one of 'online', 'dnd' (got 'busy'); d.afk is required" }],
    ['adds a (+N more) tail', { list: issues, max: 1, want: "d.status must be one of 'online', 'dnd' (got 'busy') (+2 more)" }],
    ['no tail at exactly max', { list: issues, max: 3, want: issues.map((i) => `${i.path} ${i.message}`).join('; ') }],
    ['empty list', { list: [], want: '' }],
    ['max below 1 still shows one', { list: issues.slice(0, 2), max: 0, want: "d.status must be one of 'online', 'dnd' (got 'busy') (+1 more)" }],
  ])('%s', (_name, c) => {
    expect(formatIssues(c.list, c.max)).toBe(c.want);
  });
});
