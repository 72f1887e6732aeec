/**
 * The generator's own warnings about a plain document: what the generated client will do that the author may
 * not expect, each located where the document says it. Two received messages that neither a discriminator nor
 * their schemas tell apart (the client delivers such a payload as the first), and `pattern`s the client leaves
 * unchecked (invalid, or exponential to match: see `ir/patterns.ts`). Never fatal: the package still compiles
 * and works; these say where it cannot do better.
 */
import type { GatewayIr, JsonSchema, SourceRef } from '../ir/types.js';
import type { IrProblem } from './check-ir.js';
import { ambiguities } from '../ir/receive-routes.js';
import { patternProblem } from '../ir/patterns.js';
import type { RenamedSchema } from '../ir/target-names.js';
import { INDISTINGUISHABLE, RENAMED_SCHEMA, UNCHECKED_PATTERN } from './warning-rules.js';


/** Pattern warnings past this many are counted in the last one: each is located by reading the file again. */
const MAX_PATTERN_WARNINGS = 20;

export function irWarnings(ir: GatewayIr): IrProblem[] {
  if (ir.envelope.kind !== 'plain') return [];
  return [...indistinguishable(ir), ...patterns(ir)];
}

/** A schema that took a name the package declares itself: the user imports it under its new name. */
export function renamedSchemaWarnings(renamed: readonly RenamedSchema[]): IrProblem[] {
  return renamed.map(({ from, to, schema }) => ({
    rule: RENAMED_SCHEMA,
    message: `the schema '${from}' is exported as '${to}': the package declares '${from}' itself`,
    source: schema.source,
    hint: 'rename the schema in the document to choose its exported name yourself',
  }));
}

const quoted = (names: string[]): string => names.map((n) => `'${n}'`).join(', ');

function indistinguishable(ir: GatewayIr): IrProblem[] {
  return ambiguities(ir).map(({ message, shadowedBy, addresses, shared }) => {
    const where = addresses.map((a) => (a === undefined ? 'the WebSocket connection (where the channel is not known)' : `channel '${a}'`)).join(' and ');
    const first = shadowedBy[0]!.name;
    const why = shared === undefined ? 'no property pins a different value in each' : `they pin ${shared.field} to the same value, ${JSON.stringify(shared.value)}`;
    return {
      rule: INDISTINGUISHABLE,
      message: `'${message.name}' cannot be told apart from ${quoted(shadowedBy.map((m) => m.name))} on ${where}: ${why}, and their schemas accept the same payloads, so such a payload is delivered as '${first}'`,
      source: message.source,
      hint: `give each message a property pinned to its own value (such as type: { const: ${message.name} }, required), or required properties that differ`,
    };
  });
}

/** Every `pattern` in the schemas and channel parameters that the client cannot check. */
function patterns(ir: GatewayIr): IrProblem[] {
  const found: IrProblem[] = [];
  const visit = (schema: JsonSchema, source: SourceRef, at: string, depth: number): void => {
    if (depth > 64) return;
    if (typeof schema.pattern === 'string') {
      const problem = patternProblem(schema.pattern);
      if (problem !== undefined) found.push({ rule: UNCHECKED_PATTERN, message: `pattern /${schema.pattern}/ ${problem}; the client does not check it`, source, at: `${at}/pattern` });
    }
    for (const [name, property] of Object.entries(schema.properties ?? {})) visit(property, source, `${at}/properties/${escapePointer(name)}`, depth + 1);
    const items = schema.items === undefined ? [] : Array.isArray(schema.items) ? schema.items : [schema.items];
    items.forEach((item, i) => visit(item, source, Array.isArray(schema.items) ? `${at}/items/${i}` : `${at}/items`, depth + 1));
    for (const keyword of ['oneOf', 'anyOf', 'allOf'] as const) schema[keyword]?.forEach((branch, i) => visit(branch, source, `${at}/${keyword}/${i}`, depth + 1));
    if (typeof schema.additionalProperties === 'object') visit(schema.additionalProperties, source, `${at}/additionalProperties`, depth + 1);
  };
  for (const named of ir.schemas) visit(named.schema, named.source, '', 0);
  for (const message of ir.messages) if (message.payload.$ref === undefined) visit(message.payload, message.source, '/payload', 0);
  for (const channel of ir.channels) {
    for (const parameter of channel.parameters) visit(parameter.schema, channel.source, `/parameters/${escapePointer(parameter.name)}/schema`, 0);
  }
  if (found.length <= MAX_PATTERN_WARNINGS) return found;
  const shown = found.slice(0, MAX_PATTERN_WARNINGS);
  shown[shown.length - 1]!.message += ` (and ${found.length - MAX_PATTERN_WARNINGS} more patterns like it)`;
  return shown;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
