/**
 * What a payload schema says about the values it accepts, flattened for reasoning: `$ref`s followed, `allOf`
 * merged, `oneOf`/`anyOf` kept as branches. Used to tell received messages apart at generation time (which
 * field pins a value in each, which of two schemas is the narrower one, which two no schema can tell apart).
 *
 * Every simplification here makes a view accept MORE than its schema does (a `$ref` too deep, an object
 * `enum`, a second `oneOf` under `allOf` are dropped), so a proof that two messages differ is never wrong; the
 * cost is an occasional warning about two messages the client could in fact tell apart. Bounded for hostile
 * schemas: each schema's view is built once, nesting (a cycle too) past `MAX_DEPTH` accepts anything, enums over
 * `MAX_VALUES` are treated as unconstrained.
 */
import type { JsonSchema, NamedSchema } from './types.js';

export type Literal = string | number | boolean | null;

export interface SchemaView {
  /** The JSON types it accepts; undefined = any. */
  types?: ReadonlySet<string>;
  /** The only values it accepts (`const`, or an `enum` of primitives); undefined = not so pinned. */
  values?: readonly Literal[];
  required: ReadonlySet<string>;
  properties: ReadonlyMap<string, JsonSchema>;
  /** `additionalProperties: false`: no property beyond `properties`. */
  closed: boolean;
  /** `oneOf`/`anyOf` branches, each already merged with the rest of the schema. */
  branches?: readonly SchemaView[];
}

/** `allOf`/`$ref`/`oneOf` nesting followed (and so cycles through them); deeper, a view accepts anything. */
const MAX_DEPTH = 16;
const MAX_VALUES = 1000;
const ANY: SchemaView = { required: new Set(), properties: new Map(), closed: false };

const isLiteral = (v: unknown): v is Literal => v === null || ['string', 'number', 'boolean'].includes(typeof v);

export class SchemaViews {
  private readonly byName: Map<string, JsonSchema>;
  /** Each schema's view, built once: `allOf: [{ $ref: X }, { $ref: Y }]` chains reach the same schemas many times. */
  private readonly cache = new Map<JsonSchema, SchemaView>();
  /** How deep the build is: a cycle (`X: { allOf: [{ $ref: X }] }`) stops at `MAX_DEPTH`, accepting anything. */
  private depth = 0;

  constructor(schemas: readonly NamedSchema[]) {
    this.byName = new Map(schemas.map((s) => [s.name, s.schema]));
  }

  of(schema: JsonSchema): SchemaView {
    const cached = this.cache.get(schema);
    if (cached !== undefined) return cached;
    if (this.depth > MAX_DEPTH) return ANY;
    this.depth += 1;
    let view: SchemaView;
    try {
      view = this.build(schema);
    } finally {
      this.depth -= 1;
    }
    this.cache.set(schema, view);
    return view;
  }

  private build(schema: JsonSchema): SchemaView {
    let view: SchemaView = own(schema);
    if (schema.$ref !== undefined) {
      const target = this.byName.get(schema.$ref);
      view = merge(view, target === undefined ? ANY : this.of(target));
    }
    for (const part of schema.allOf ?? []) view = merge(view, this.of(part));
    const union = schema.oneOf ?? schema.anyOf;
    if (union !== undefined && union.length > 0 && view.branches === undefined) {
      const base = view;
      view = { ...base, branches: union.map((b) => merge(base, this.of(b))) };
    }
    return view;
  }
}

/** The keywords of the schema itself, before `$ref`, `allOf` and branches. */
function own(schema: JsonSchema): SchemaView {
  const types = schema.type === undefined ? undefined : new Set(Array.isArray(schema.type) ? schema.type : [schema.type]);
  let values: Literal[] | undefined;
  if ('const' in schema && isLiteral(schema.const)) values = [schema.const];
  else if (Array.isArray(schema.enum) && schema.enum.length <= MAX_VALUES && schema.enum.every(isLiteral)) values = schema.enum as Literal[];
  return {
    ...(types !== undefined && { types }),
    ...(values !== undefined && { values }),
    required: new Set(schema.required ?? []),
    properties: new Map(Object.entries(schema.properties ?? {})),
    closed: schema.additionalProperties === false,
  };
}

/** Both at once (`allOf`): the types and values both allow, every required property, every property. */
function merge(a: SchemaView, b: SchemaView): SchemaView {
  const types = a.types === undefined ? b.types : b.types === undefined ? a.types : new Set([...a.types].filter((t) => overlaps(t, b.types!)));
  const values = a.values === undefined ? b.values : b.values === undefined ? a.values : a.values.filter((v) => b.values!.includes(v));
  const properties = new Map(a.properties);
  for (const [key, schema] of b.properties) {
    const mine = properties.get(key);
    properties.set(key, mine === undefined ? schema : { allOf: [mine, schema] });
  }
  const branches = a.branches ?? b.branches;
  return {
    ...(types !== undefined && { types }),
    ...(values !== undefined && { values }),
    required: new Set([...a.required, ...b.required]),
    properties,
    closed: a.closed || b.closed,
    ...(branches !== undefined && { branches }),
  };
}

/** `integer` values are numbers too. */
function overlaps(type: string, types: ReadonlySet<string>): boolean {
  return types.has(type) || (type === 'integer' && types.has('number')) || (type === 'number' && types.has('integer'));
}

/** The one value a view pins `field` to (every branch agreeing), if it does. */
export function pinnedValue(views: SchemaViews, view: SchemaView, field: string): { value: Literal } | undefined {
  if (view.branches !== undefined) {
    const pins = view.branches.map((b) => pinnedValue(views, b, field));
    const first = pins[0];
    return first !== undefined && pins.every((p) => p !== undefined && p.value === first.value) ? first : undefined;
  }
  const property = view.properties.get(field);
  if (property === undefined) return undefined;
  const values = views.of(property).values;
  return values !== undefined && values.length === 1 ? { value: values[0]! } : undefined;
}

/** Every property name a view (or any of its branches) declares. */
export function fieldNames(view: SchemaView): string[] {
  return [...new Set([...view.properties.keys(), ...(view.branches ?? []).flatMap(fieldNames)])];
}

/**
 * Does `a` reject every smallest payload of `b` (an object holding only what `b` requires)? Then a payload of
 * `b` as a sender would usually write it is never taken for an `a`. Proofs only: false means "cannot tell".
 */
export function separates(views: SchemaViews, a: SchemaView, b: SchemaView, depth = 0): boolean {
  if (depth > 6) return false;
  if (a.branches !== undefined) return a.branches.every((branch) => separates(views, branch, b, depth + 1));
  if (b.branches !== undefined) return b.branches.every((branch) => separates(views, a, branch, depth + 1));
  if (a.types !== undefined && b.types !== undefined && ![...b.types].some((t) => overlaps(t, a.types!))) return true;
  if (a.values !== undefined && b.values !== undefined && !b.values.some((v) => a.values!.includes(v))) return true;
  const bMayBeObject = b.types === undefined || b.types.has('object');
  if (!bMayBeObject) return false;
  for (const key of a.required) if (!b.required.has(key)) return true;
  for (const key of b.required) {
    const mine = a.properties.get(key);
    if (mine === undefined) {
      if (a.closed) return true;
      continue;
    }
    if (mine.not !== undefined) return true;
    const theirs = b.properties.get(key);
    if (theirs !== undefined && separates(views, views.of(mine), views.of(theirs), depth + 1)) return true;
  }
  return false;
}
