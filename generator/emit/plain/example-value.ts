/**
 * A value for a schema, for the README's examples: code a reader can copy, which type-checks against the
 * generated model and which the client's own checks accept. The document's own `const`, `enum`, `default` or
 * `examples` where it gives one; else the smallest value of the type that meets its bounds (`minimum`,
 * `minLength`, `minItems`), its required properties filled in. Undefined where none can be made with confidence
 * (a `pattern` no simple value matches, `$ref`s nested too deep): the README then leaves that example out.
 */
import type { JsonSchema, NamedSchema } from '../../ir/types.js';
import { patternProblem } from '../../ir/patterns.js';

const MAX_DEPTH = 8;

/** Strings for a `format`, each valid for it. */
const FORMATS: Record<string, string> = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '00:00:00Z',
  email: 'user@example.com',
  uri: 'https://example.com',
  'uri-reference': 'https://example.com',
  url: 'https://example.com',
  uuid: '00000000-0000-4000-8000-000000000000',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
};

/** Strings tried against a `pattern`, in order; the first it accepts is the example. */
const PATTERN_CANDIDATES = ['example', 'a', 'A', '1', 'abc', 'ABC', '123', 'a1', 'example-1', 'user@example.com', 'https://example.com', '2024-01-01'];

const SHAPING = ['$ref', 'type', 'const', 'enum', 'properties', 'required', 'items', 'oneOf', 'anyOf', 'allOf'];
const constrains = (schema: JsonSchema): boolean => SHAPING.some((k) => k in schema);

const isPrimitive = (v: unknown): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v);

export class ExampleValues {
  private readonly byName: Map<string, JsonSchema>;

  constructor(schemas: readonly NamedSchema[]) {
    this.byName = new Map(schemas.map((s) => [s.name, s.schema]));
  }

  of(schema: JsonSchema, depth = 0): { value: unknown } | undefined {
    if (depth > MAX_DEPTH) return undefined;
    if (schema.$ref !== undefined) {
      const target = this.byName.get(schema.$ref);
      return target === undefined ? undefined : this.of(target, depth + 1);
    }
    if ('const' in schema) return { value: schema.const };
    if (Array.isArray(schema.enum) && schema.enum.length > 0) return { value: schema.enum[0] };
    if (schema.default !== undefined && isPrimitive(schema.default)) return { value: schema.default };
    if (Array.isArray(schema.examples) && schema.examples.length > 0 && isPrimitive(schema.examples[0])) return { value: schema.examples[0] };
    const branch = schema.oneOf?.[0] ?? schema.anyOf?.[0];
    if (branch !== undefined && schema.properties === undefined && schema.allOf === undefined) return this.of(branch, depth + 1);
    if (schema.allOf !== undefined) return this.merged(schema, depth);
    const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
    const type = types.find((t) => t !== 'null') ?? (schema.properties !== undefined ? 'object' : types[0]);
    switch (type) {
      case 'string':
        return this.string(schema);
      case 'integer':
      case 'number':
        return { value: this.number(schema, type === 'integer') };
      case 'boolean':
        return { value: true };
      case 'null':
        return { value: null };
      case 'array':
        return this.array(schema, depth);
      case 'object':
        return this.object(schema, depth);
      default:
        return undefined;
    }
  }

  /** `allOf`: the parts' objects merged (every part must hold: each adds its required properties). */
  private merged(schema: JsonSchema, depth: number): { value: unknown } | undefined {
    const { allOf, ...rest } = schema;
    // A part that only documents (a `description` beside a `$ref`) constrains nothing: left out.
    const parts = [...(allOf ?? []), rest].filter(constrains).map((p) => this.of(p, depth + 1));
    if (parts.some((p) => p === undefined)) return undefined;
    const values = parts.map((p) => p!.value);
    if (values.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v))) return { value: Object.assign({}, ...values) };
    return values.length === 1 ? { value: values[0] } : undefined;
  }

  private string(schema: JsonSchema): { value: string } | undefined {
    const min = schema.minLength ?? 0;
    const max = schema.maxLength ?? Infinity;
    const fits = (s: string): boolean => [...s].length >= min && [...s].length <= max;
    if (schema.pattern !== undefined) {
      // Only patterns the client checks, so the example never waits on a slow one.
      if (patternProblem(schema.pattern) !== undefined) return undefined;
      const re = new RegExp(schema.pattern, 'u');
      const found = PATTERN_CANDIDATES.find((c) => re.test(c) && fits(c));
      return found === undefined ? undefined : { value: found };
    }
    const base = (schema.format !== undefined ? FORMATS[schema.format] : undefined) ?? 'example';
    if (fits(base)) return { value: base };
    if (min > 1000) return undefined;
    const padded = base.padEnd(min, 'x').slice(0, Math.min(Math.max(min, 1), max));
    return fits(padded) ? { value: padded } : undefined;
  }

  private number(schema: JsonSchema, integer: boolean): number {
    let value = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
    if (schema.maximum !== undefined && value > schema.maximum) value = schema.maximum;
    return integer ? Math.ceil(value) : value;
  }

  private array(schema: JsonSchema, depth: number): { value: unknown[] } | undefined {
    const count = schema.minItems ?? 0;
    if (count === 0) return { value: [] };
    if (count > 16 || schema.items === undefined || Array.isArray(schema.items)) return undefined;
    const item = this.of(schema.items, depth + 1);
    return item === undefined ? undefined : { value: Array.from({ length: count }, () => item.value) };
  }

  /** The required properties; with none required, the first property that has an example, to show one. */
  private object(schema: JsonSchema, depth: number): { value: Record<string, unknown> } | undefined {
    const properties = schema.properties ?? {};
    const value: Record<string, unknown> = {};
    for (const key of schema.required ?? []) {
      const property = properties[key];
      const example = property === undefined ? undefined : this.of(property, depth + 1);
      if (example === undefined) return undefined;
      value[key] = example.value;
    }
    if (Object.keys(value).length === 0) {
      for (const [key, property] of Object.entries(properties)) {
        if (property.not !== undefined || property.deprecated === true) continue;
        const example = this.of(property, depth + 1);
        if (example === undefined) continue;
        value[key] = example.value;
        break;
      }
    }
    return { value };
  }
}
