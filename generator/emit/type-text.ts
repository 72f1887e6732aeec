/** TypeScript type text for an IR schema, for the pieces Modelina does not render (aliases, envelopes). */
import type { JsonSchema } from '../ir/types.js';
import { literal } from './escape.js';

function union(parts: string[]): string {
  const unique = [...new Set(parts)];
  return unique.length === 0 ? 'never' : unique.join(' | ');
}

const MAX_TUPLE_LENGTH = 8;

/**
 * `T[]`, or a tuple when the document bounds the length tightly (`minItems: 2, maxItems: 2` -> `[T, T]`):
 * a Discord `shard` is `[id, count]`, not any number of integers. Items past `minItems` are optional.
 */
export function arrayText(item: string, minItems?: number, maxItems?: number): string {
  if (maxItems !== undefined && maxItems > 0 && maxItems <= MAX_TUPLE_LENGTH) {
    const min = Math.min(minItems ?? 0, maxItems);
    return `[${Array.from({ length: maxItems }, (_, i) => (i < min ? item : `${item}?`)).join(', ')}]`;
  }
  return /[|&]/.test(item) ? `(${item})[]` : `${item}[]`;
}

export function typeText(schema: JsonSchema): string {
  if (schema.$ref !== undefined) return schema.$ref;
  if (schema.not !== undefined) return 'never';
  if (schema.const !== undefined) return literal(schema.const);
  if (schema.enum !== undefined) return union(schema.enum.map(literal));
  if (schema.oneOf !== undefined) return union(schema.oneOf.map(typeText));
  if (schema.anyOf !== undefined) return union(schema.anyOf.map(typeText));
  if (schema.allOf !== undefined) return schema.allOf.map(typeText).join(' & ') || 'unknown';
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.length === 0) return 'unknown';
  return union(types.map((t) => primitiveText(t, schema)));
}

function primitiveText(type: string, schema: JsonSchema): string {
  switch (type) {
    case 'string':
      return 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array':
      if (Array.isArray(schema.items)) return `[${schema.items.map(typeText).join(', ')}]`;
      return arrayText(schema.items === undefined ? 'unknown' : typeText(schema.items), schema.minItems, schema.maxItems);
    default: {
      const extra = schema.additionalProperties;
      // An object that admits no property at all: `{}` with nothing allowed in it.
      if (extra === false && schema.properties === undefined) return 'Record<string, never>';
      return `Record<string, ${typeof extra === 'object' ? typeText(extra) : 'unknown'}>`;
    }
  }
}
