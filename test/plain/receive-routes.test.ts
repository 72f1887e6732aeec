/**
 * How the generator plans to tell received messages apart (`ir/receive-routes.ts`), table-driven over small
 * documents: channels first, a discriminator where every candidate pins its own value, else schemas tried
 * narrowest first, and the pairs that nothing tells apart (which the load stage turns into warnings).
 */
import { describe, expect, it } from 'vitest';
import { buildIr } from '../../generator/ir/build-ir.js';
import { ambiguities, planReceives } from '../../generator/ir/receive-routes.js';

const object = (properties: Record<string, unknown>, required: string[] = [], extra: Record<string, unknown> = {}) => ({ type: 'object', properties, required, ...extra });
const pinned = (value: unknown) => ({ const: value });

/** A 3.0 document whose client receives `messages` (name -> payload) on channel `c`, and `other` on channel `d`. */
function receiving(messages: Record<string, unknown>, other: Record<string, unknown> = {}) {
  const asMessages = (m: Record<string, unknown>) => Object.fromEntries(Object.entries(m).map(([name, payload]) => [name, { name, payload }]));
  const c = { address: 'c', messages: asMessages(messages) };
  const d = { address: 'd', messages: asMessages(other) };
  return buildIr({
    asyncapi: '3.0.0',
    info: { title: 'T', version: '1' },
    servers: { broker: { host: 'b', protocol: 'mqtt' } },
    channels: { c, ...(Object.keys(other).length > 0 && { d }) },
    operations: {
      onC: { action: 'send', channel: c, messages: Object.values(c.messages) },
      ...(Object.keys(other).length > 0 && { onD: { action: 'send', channel: d, messages: Object.values(d.messages) } }),
    },
  }, { file: 't.yaml' });
}

interface Row {
  messages: Record<string, unknown>;
  other?: Record<string, unknown>;
  /** The route of channel `c`: its discriminator field and the order its messages are tried in. */
  field?: string;
  order: string[];
  /** `Later<Earlier`: the ambiguities found. */
  ambiguous: string[];
}

const ROWS: Array<[string, Row]> = [
  ['one message per channel: the channel names it', { messages: { a: object({ x: { type: 'string' } }) }, other: { b: object({ x: { type: 'string' } }) }, order: ['A'], ambiguous: [] }],
  ['two plain objects with no required property: nothing tells them apart', { messages: { a: object({ x: { type: 'string' } }), b: object({ y: { type: 'integer' } }) }, order: ['A', 'B'], ambiguous: ['B<A'] }],
  ['a const each message pins differently: the discriminator', { messages: { a: object({ kind: pinned('a') }), b: object({ kind: pinned('b') }) }, field: 'kind', order: ['A', 'B'], ambiguous: [] }],
  ['a number const and a single-valued enum count too', { messages: { a: object({ v: pinned(1) }), b: object({ v: { enum: [2] } }) }, field: 'v', order: ['A', 'B'], ambiguous: [] }],
  ['the field with most distinct values wins', { messages: { a: object({ g: pinned('x'), k: pinned('a') }), b: object({ g: pinned('x'), k: pinned('b') }), c: object({ g: pinned('y'), k: pinned('c') }) }, field: 'k', order: ['A', 'B', 'C'], ambiguous: [] }],
  ['a shared discriminator value: the schemas decide, and may not', { messages: { a: object({ k: pinned('x'), p: { type: 'string' } }), b: object({ k: pinned('x') }), c: object({ k: pinned('y') }) }, field: 'k', order: ['A', 'B', 'C'], ambiguous: ['B<A'] }],
  ['different required properties tell them apart', { messages: { a: object({ x: { type: 'string' } }, ['x']), b: object({ y: { type: 'string' } }, ['y']) }, order: ['A', 'B'], ambiguous: [] }],
  ['a narrower schema is tried first ({x} and {x, y} required)', { messages: { wide: object({ x: { type: 'string' } }, ['x']), narrow: object({ x: { type: 'string' }, y: { type: 'string' } }, ['x', 'y']) }, order: ['Narrow', 'Wide'], ambiguous: [] }],
  ['different JSON types tell them apart', { messages: { s: { type: 'string' }, o: object({}) }, order: ['S', 'O'], ambiguous: [] }],
  ['a required property typed differently tells them apart', { messages: { a: object({ x: { type: 'string' } }, ['x']), b: object({ x: { type: 'integer' } }, ['x']) }, order: ['A', 'B'], ambiguous: [] }],
  ['a closed object rejects the other\'s required property', { messages: { a: object({ x: { type: 'string' } }, [], { additionalProperties: false }), b: object({ y: { type: 'string' } }, ['y']) }, order: ['A', 'B'], ambiguous: [] }],
  ['a const inside allOf is a discriminator', { messages: { a: { allOf: [object({ k: pinned('a') })] }, b: { allOf: [object({ k: pinned('b') })] } }, field: 'k', order: ['A', 'B'], ambiguous: [] }],
];

describe('receive routes', () => {
  it.each(ROWS)('%s', (_, { messages, other, field, order, ambiguous }) => {
    const ir = receiving(messages, other);
    const plan = planReceives(ir);
    const route = plan.routes.find((r) => r.address === 'c')!;
    expect(route.discriminator?.field).toBe(field);
    expect(route.messages.map((m) => m.name)).toEqual(order);
    expect(ambiguities(ir).map((a) => `${a.message.name}<${a.shadowedBy.map((m) => m.name).join(',')}`)).toEqual(ambiguous);
  });

  it('routes by address: channels that share one share a route; the unreported route (no WebSocket here) holds every received message', () => {
    const plan = planReceives(receiving({ a: object({}) }, { b: object({}) }));
    expect(plan.routes.map((r) => [r.address, r.channels, r.messages.map((m) => m.name)])).toEqual([['c', ['c'], ['A']], ['d', ['d'], ['B']]]);
    expect([plan.unreportedInUse, plan.unreported.messages.map((m) => m.name)]).toEqual([false, ['A', 'B']]);
    // Not in use: the two never meet on one route the client really takes, so no warning.
    expect(ambiguities(receiving({ a: object({}) }, { b: object({}) }))).toEqual([]);
  });

  it('stays bounded on a hostile schema: 200 messages whose payloads each reach three others through allOf, 16 levels deep and more', () => {
    const n = 200;
    const ir = receiving(Object.fromEntries(Array.from({ length: n }, (_, i) => [`m${i}`, object({ [`p${i}`]: { type: 'string' } }, [`p${i}`])])));
    // Without a bound on the walk, each view would expand 3^16 (43 million) sub-schemas.
    const refs = (i: number) => [1, 2, 3].map((k) => ({ $ref: `S${(i + k) % n}` }));
    ir.schemas.push(...Array.from({ length: n }, (_, i) => ({ name: `S${i}`, schema: { allOf: refs(i) }, fromDocument: true, source: { file: 't.yaml', pointer: '' } })));
    ir.messages.forEach((m, i) => (m.payload = { allOf: [{ $ref: `S${i}` }, m.payload] }));
    const plan = planReceives(ir);
    expect(plan.routes[0]!.messages).toHaveLength(n);
    expect(ambiguities(ir)).toEqual([]);
  });
});
