/**
 * Validation schemas for every message the client sends, in the runtime's `SendSchema` shape: the data schema
 * plus the named schemas it reaches. Only validation keywords are kept; documentation stays in the types.
 */
import type { GatewayIr, JsonSchema, MessageIr } from '../ir/types.js';
import { addConstStatement } from './literal-writer.js';
import type { StatementList } from './statement-list.js';
import { payloadTypeName, sendSchemaName } from '../ir/target-names.js';

const VALIDATION_KEYWORDS = new Set([
  '$ref', 'type', 'enum', 'const', 'properties', 'required', 'additionalProperties', 'items', 'minItems', 'maxItems',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'oneOf', 'anyOf', 'allOf',
]);

/**
 * The validation keywords of a schema, recursively; documentation stays in the types. `keepPattern` may leave
 * out a `pattern` the client could not check (the plain emitters drop invalid and exponential ones).
 */
export function validationSchema(schema: JsonSchema, keepPattern: (pattern: string) => boolean = () => true): JsonSchema {
  const out: Record<string, unknown> = {};
  const sub = (s: JsonSchema): JsonSchema => validationSchema(s, keepPattern);
  for (const [key, value] of Object.entries(schema)) {
    if (!VALIDATION_KEYWORDS.has(key)) continue;
    if (key === 'properties') out[key] = Object.fromEntries(Object.entries(value as Record<string, JsonSchema>).map(([k, v]) => [k, sub(v)]));
    else if (key === 'items') out[key] = Array.isArray(value) ? value.map(sub) : sub(value as JsonSchema);
    else if (key === 'additionalProperties' && typeof value === 'object') out[key] = sub(value as JsonSchema);
    else if (key === 'oneOf' || key === 'anyOf' || key === 'allOf') out[key] = (value as JsonSchema[]).map(sub);
    else if (key === 'pattern' && (typeof value !== 'string' || !keepPattern(value))) continue;
    else out[key] = value;
  }
  // A tuple (`items: [...]`) is checked as an array of any of its item types: the runtime has no tuple keyword.
  if (Array.isArray(out.items)) out.items = { anyOf: out.items };
  return out as JsonSchema;
}

/** Names reachable from a schema, in first-reached order. */
export function reachable(root: JsonSchema, byName: Map<string, JsonSchema>): string[] {
  const seen: string[] = [];
  const visit = (schema: unknown): void => {
    if (typeof schema !== 'object' || schema === null) return;
    if (Array.isArray(schema)) return schema.forEach(visit);
    const ref = (schema as JsonSchema).$ref;
    if (ref !== undefined && !seen.includes(ref)) {
      seen.push(ref);
      visit(byName.get(ref));
    }
    Object.values(schema).forEach(visit);
  };
  visit(root);
  return seen;
}


export function emitSendSchemas(file: StatementList, ir: GatewayIr, messages: MessageIr[], runtime: string): void {
  if (messages.length === 0) return;
  file.addImportDeclaration({ isTypeOnly: true, moduleSpecifier: runtime, namedImports: ['SendSchema'] });
  const byName = new Map(ir.schemas.map((s) => [s.name, s.schema]));
  for (const message of messages) {
    const root: JsonSchema = message.data?.schema ?? message.payload;
    const defs = Object.fromEntries(reachable(root, byName).sort().map((name) => [name, validationSchema(byName.get(name) ?? {})]));
    const value = { message: message.name, root: validationSchema(root), defs };
    addConstStatement(file, { name: sendSchemaName(message), docs: `Validates the data of {@link ${payloadTypeName(message)}} before it is sent.`, type: 'SendSchema', value });
  }
}
