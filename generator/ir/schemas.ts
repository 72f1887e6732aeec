/**
 * Turns the parser's resolved schemas into the IR's named schema table: every object and enum schema gets a
 * name (from its component key, else from its path), `nullable` becomes a `null` type, and references between
 * named schemas become `{ $ref: Name }`. Schemas are keyed by object identity, because the parser resolves a
 * `$ref` to the very object it points at: a component used in forty places is still one named type.
 */
import type { JsonSchema, NamedSchema, SchemaType } from './types.js';
import { NameRegistry, pascalCase } from './names.js';

type Raw = Record<string, unknown>;

const KEPT_KEYWORDS = new Set([
  'title', 'description', 'format', 'deprecated', 'const', 'enum', 'required', 'minItems', 'maxItems',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern',
  'default', 'examples', 'x-enum-varnames', 'x-enum-aliases', 'x-bitflags', 'x-privileged-flags',
]);
const TYPES = new Set<SchemaType>(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects, enums and compositions of objects become named types; primitives and arrays stay inline. */
function deservesName(raw: Raw): boolean {
  if (Array.isArray(raw.enum) && raw.enum.length > 1) return true;
  if (isRecord(raw.properties) && Object.keys(raw.properties).length > 0) return true;
  if (Array.isArray(raw.allOf)) return true;
  return false;
}

export class SchemaTable {
  readonly schemas: NamedSchema[] = [];
  private readonly names = new Map<object, string>();
  /** Inline schemas met at a path before anyone asked for them by name: the path names them if asked later. */
  private readonly pathNames = new Map<object, string>();
  /** Component schemas by shape (see `shapeKey`); `null` when two components share one. */
  private readonly byShape = new Map<string, string | null>();

  constructor(
    private readonly registry: NameRegistry,
    private readonly file: string,
    /** The envelope's data field (`d`): named `<Parent>Data` rather than `<Parent>D`. */
    private readonly dataField?: string,
    /** A name the document itself gives an inline schema (its `title`...), preferred to its path when set. */
    private readonly ownName?: (raw: Raw) => string | undefined,
    /**
     * Find a component by its shape when the object is a copy: the 3.x parser hands each message payload a
     * copy of the component it `$ref`s, so identity alone would give the copy a second name (`Payload2`).
     */
    private readonly matchByShape = false,
  ) {}

  /**
   * Component schemas: each key is its schema's name, and no other schema may take it. All names are reserved
   * before any schema is normalised, so a component referenced before its own entry still keeps its name.
   */
  addComponents(components: Array<[key: string, raw: unknown, pointer: string]>): void {
    const reserved: Array<[Raw, NamedSchema]> = [];
    for (const [key, raw, pointer] of components) {
      if (!isRecord(raw) || this.names.has(raw)) continue;
      const name = this.registry.claim(pascalCase(key), `${this.file}#${pointer}`);
      this.names.set(raw, name);
      const entry: NamedSchema = { name, schema: {}, fromDocument: true, source: { file: this.file, pointer } };
      this.schemas.push(entry);
      reserved.push([raw, entry]);
    }
    if (this.matchByShape) {
      for (const [raw, entry] of reserved) {
        const key = shapeKey(raw);
        this.byShape.set(key, this.byShape.has(key) ? null : entry.name);
      }
    }
    for (const [raw, entry] of reserved) entry.schema = this.normalize(raw, entry.name, entry.source.pointer);
  }

  /** The name of `raw`: by identity, else (when enabled) the one component of the very same shape. */
  private known(raw: Raw): string | undefined {
    const known = this.names.get(raw);
    if (known !== undefined || !this.matchByShape || this.byShape.size === 0) return known;
    // A bare `{ type: string }` says too little to be taken for a component that happens to be one.
    if (Object.keys(raw).every((k) => k === 'type' || k.startsWith('x-'))) return undefined;
    const byShape = this.byShape.get(shapeKey(raw)) ?? undefined;
    if (byShape !== undefined) this.names.set(raw, byShape);
    return byShape;
  }

  /** A schema at a use site: a reference when it is (or deserves to be) named, else an inline schema. */
  use(raw: unknown, nameIfHoisted: string, pointer: string): JsonSchema {
    if (!isRecord(raw)) return {};
    const known = this.known(raw);
    if (known !== undefined) return { $ref: known };
    if (deservesName(raw)) return { $ref: this.define(raw, this.registry.derive(this.ownName?.(raw) ?? nameIfHoisted, `${this.file}#${pointer}`), pointer) };
    if (!this.pathNames.has(raw)) this.pathNames.set(raw, nameIfHoisted);
    return this.normalize(raw, nameIfHoisted, pointer);
  }

  /** Like `use`, but always yields a named schema (for message data types users will import by name). */
  named(raw: unknown, name: string, pointer: string): string {
    if (!isRecord(raw)) raw = {};
    const known = this.known(raw as Raw);
    if (known !== undefined) return known;
    const base = this.ownName?.(raw as Raw) ?? this.pathNames.get(raw as Raw) ?? name;
    return this.define(raw as Raw, this.registry.derive(base, `${this.file}#${pointer}`), pointer);
  }

  /** Names `raw` like an already named schema of the same shape: a copy the parser made (applied traits). */
  sameAs(raw: object, name: string): void {
    this.names.set(raw, name);
  }

  get(name: string): NamedSchema | undefined {
    return this.schemas.find((s) => s.name === name);
  }

  private define(raw: Raw, name: string, pointer: string): string {
    this.names.set(raw, name);
    const entry: NamedSchema = { name, schema: {}, fromDocument: false, source: { file: this.file, pointer } };
    this.schemas.push(entry);
    entry.schema = this.normalize(raw, name, pointer);
    return name;
  }

  private normalize(raw: Raw, name: string, pointer: string): JsonSchema {
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(raw)) {
      if (KEPT_KEYWORDS.has(key)) (out as Raw)[key] = value;
    }
    const type = normalizeType(raw.type);
    if (type !== undefined) out.type = type;
    if (isRecord(raw.properties)) {
      out.properties = {};
      for (const [prop, value] of Object.entries(raw.properties)) {
        out.properties[prop] = this.use(value, `${name}${prop === this.dataField ? 'Data' : pascalCase(prop)}`, `${pointer}/properties/${prop}`);
      }
      if (out.type === undefined) out.type = 'object';
    }
    if (isRecord(raw.additionalProperties)) {
      out.additionalProperties = this.use(raw.additionalProperties, `${name}Value`, `${pointer}/additionalProperties`);
    } else if (raw.additionalProperties === false) {
      out.additionalProperties = false;
    }
    if (Array.isArray(raw.items)) {
      out.items = raw.items.map((item, i) => this.use(item, `${name}Item${i + 1}`, `${pointer}/items/${i}`));
    } else if (raw.items !== undefined) {
      out.items = this.use(raw.items, `${name}Item`, `${pointer}/items`);
    }
    for (const keyword of ['oneOf', 'anyOf', 'allOf'] as const) {
      const branches = raw[keyword];
      if (!Array.isArray(branches)) continue;
      out[keyword] = branches.map((branch, i) =>
        this.use(branch, isRecord(branch) && typeof branch.title === 'string' ? pascalCase(branch.title) : `${name}Variant${i + 1}`,
          `${pointer}/${keyword}/${i}`),
      );
    }
    // `not: {}` admits nothing: the property is never there (a variant of a union that lacks a field its siblings
    // have). Other `not` schemas have no TypeScript counterpart and are dropped, as before.
    if (isEmptySchema(raw.not)) out.not = {};
    if (raw.nullable === true) return makeNullable(out);
    return out;
  }
}

const shapeKeys = new WeakMap<object, string>();

/**
 * A schema's content as one string, keys sorted, without the parser's annotations (`x-parser-schema-id`
 * differs between a component and its copy). Cycles and very deep nesting are cut with a marker.
 */
export function shapeKey(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null) return JSON.stringify(raw) ?? 'undefined';
  const cached = shapeKeys.get(raw);
  if (cached !== undefined) return cached;
  const seen = new Set<object>();
  const walk = (value: unknown, depth: number): string => {
    if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined';
    if (seen.has(value) || depth > 32) return '"<cycle>"';
    seen.add(value);
    const text = Array.isArray(value)
      ? `[${value.map((v) => walk(v, depth + 1)).join(',')}]`
      : `{${Object.keys(value).filter((k) => !k.startsWith('x-parser-')).sort().map((k) => `${JSON.stringify(k)}:${walk((value as Raw)[k], depth + 1)}`).join(',')}}`;
    seen.delete(value);
    return text;
  };
  const key = walk(raw, 0);
  shapeKeys.set(raw, key);
  return key;
}

/** `{}`, give or take the parser's own annotations (`x-parser-schema-id`). */
function isEmptySchema(value: unknown): boolean {
  return isRecord(value) && Object.keys(value).every((key) => key.startsWith('x-'));
}

function normalizeType(type: unknown): SchemaType | SchemaType[] | undefined {
  if (typeof type === 'string' && TYPES.has(type as SchemaType)) return type as SchemaType;
  if (Array.isArray(type)) {
    const types = type.filter((t): t is SchemaType => TYPES.has(t as SchemaType));
    return types.length === 1 ? types[0] : types;
  }
  return undefined;
}

/** OpenAPI-style `nullable: true` (not AsyncAPI 2.x, but common): the schema also admits `null`. */
function makeNullable(schema: JsonSchema): JsonSchema {
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.includes('null')) schema.type = [...types, 'null'];
    if (schema.enum !== undefined && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
    return schema;
  }
  const { description, title, ...rest } = schema;
  return { ...(title !== undefined && { title }), ...(description !== undefined && { description }), anyOf: [rest, { type: 'null' }] };
}
