/**
 * Payload types. Modelina renders every named object schema as an interface and every enum as a literal
 * union; a preset of ours fixes what it gets wrong for this use (see README, "Design notes"): integer `const`
 * (rendered as `number`, and dropped when 0), wire property names (it renames `all` to `reservedAll`), JSDoc.
 * Named schemas that Modelina would inline rather than declare (unions, primitives, arrays, free-form
 * objects) are declared here with `typeText`, so every name in the IR exists in the output.
 */
import type { GatewayIr, JsonSchema, NamedSchema } from '../ir/types.js';
import { propertyKey } from '../ir/names.js';
import { arrayText, literal, typeText } from './type-text.js';
import { renderJsDoc, schemaDocLines } from './jsdoc.js';

/** Marks which Modelina input schema is which IR schema; read back in the type mapping. */
const NAME_MARK = 'x-gen-gateway-name';
const ROOT_ID = 'GenGatewayModelRoot';

type Raw = Record<string, unknown>;

export interface EmittedModel {
  name: string;
  code: string;
}

function rendersAsModel(schema: JsonSchema): boolean {
  return (schema.properties !== undefined && Object.keys(schema.properties).length > 0) || schema.allOf !== undefined || (schema.enum !== undefined && schema.enum.length > 1);
}

/** The IR schema as Modelina input: refs as JSON pointers, titles dropped (Modelina would name types after them). */
function toModelinaSchema(schema: JsonSchema): Raw {
  const out: Raw = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'title' || key.startsWith('x-')) continue;
    if (key === '$ref') out.$ref = `#/definitions/${value as string}`;
    else if (key === 'properties') out.properties = Object.fromEntries(Object.entries(value as Record<string, JsonSchema>).map(([k, v]) => [k, toModelinaSchema(v)]));
    else if (key === 'items') out.items = Array.isArray(value) ? value.map(toModelinaSchema) : toModelinaSchema(value as JsonSchema);
    else if (key === 'additionalProperties' && typeof value === 'object') out.additionalProperties = toModelinaSchema(value as JsonSchema);
    else if (key === 'oneOf' || key === 'anyOf' || key === 'allOf') out[key] = (value as JsonSchema[]).map(toModelinaSchema);
    else out[key] = value;
  }
  return out;
}

interface ModelinaProperty {
  propertyName: string;
  unconstrainedPropertyName: string;
  required: boolean;
  property: { type: string; originalInput: unknown };
}

function renderProperty(property: ModelinaProperty): string {
  const input = (property.property.originalInput ?? {}) as JsonSchema & Raw;
  // A property that is a named type shows that type's own docs on hover: repeating them on every use is noise.
  const docs = typeof input[NAME_MARK] === 'string' ? '' : renderJsDoc(schemaDocLines(input));
  // Modelina drops a falsy const (0, false, '') and renders integer consts as `number`.
  const type = input.const !== undefined ? literal(input.const) : property.property.type;
  return `${docs}${propertyKey(property.unconstrainedPropertyName)}${property.required ? '' : '?'}: ${type};`;
}

export async function emitModels(ir: GatewayIr): Promise<EmittedModel[]> {
  const modelled = ir.schemas.filter((s) => rendersAsModel(s.schema));
  const rendered = new Map<string, string>();
  if (modelled.length > 0) {
    const { TypeScriptGenerator } = await import('@asyncapi/modelina');
    const definitions = Object.fromEntries(ir.schemas.map((s) => [s.name, { ...toModelinaSchema(s.schema), [NAME_MARK]: s.name, 'x-modelgen-inferred-name': s.name }]));
    const input = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: ROOT_ID,
      type: 'object',
      properties: Object.fromEntries(modelled.map((s) => [s.name, { $ref: `#/definitions/${s.name}` }])),
      definitions,
    };
    // A named schema is referred to by its name; anything else is spelled out, `| null` included.
    const namedOr = (fallback: (args: never) => string) => (args: { constrainedModel: { originalInput: unknown; options?: { isNullable?: boolean } } }) => {
      const input = args.constrainedModel.originalInput as Raw | undefined;
      const mark = input?.[NAME_MARK];
      if (typeof mark === 'string') return mark;
      // Modelina maps a `const` anywhere but on a property (an array item, a union branch) to its base type.
      const type = input?.const !== undefined ? literal(input.const) : fallback(args as never);
      return args.constrainedModel.options?.isNullable === true && type !== 'unknown' && !/\bnull\b/.test(type) ? `${type} | null` : type;
    };
    const generator = new TypeScriptGenerator({
      modelType: 'interface',
      enumType: 'union',
      mapType: 'record',
      processorOptions: { interpreter: { ignoreAdditionalProperties: true } },
      // IR names are already valid, unique identifiers: keep them exactly.
      constraints: {
        modelName: ({ modelName }: { modelName: string }) => modelName,
        // Literals spelled like the rest of the output (single quotes), not Modelina's JSON double quotes.
        enumValue: ({ enumValue }: { enumValue: unknown }) => literal(enumValue),
      },
      typeMapping: {
        Any: namedOr(({ constrainedModel }: { constrainedModel: { originalInput: Raw } }) => (constrainedModel.originalInput?.type === 'null' ? 'null' : 'unknown')),
        Integer: namedOr(() => 'number'),
        Float: namedOr(() => 'number'),
        String: namedOr(() => 'string'),
        Boolean: namedOr(() => 'boolean'),
        // An inline enum (one value: named enums have a name) is spelled out; Modelina would refer to a model it never emits.
        Reference: namedOr(({ constrainedModel }: { constrainedModel: { name: string; ref: { name: string; originalInput?: JsonSchema } } }) => {
          const target = constrainedModel.ref.originalInput;
          return Array.isArray(target?.enum) ? typeText({ enum: target.enum }) : constrainedModel.ref.name;
        }),
        Union: namedOr(({ constrainedModel }: { constrainedModel: { originalInput: JsonSchema } }) => typeText(fromModelinaSchema(constrainedModel.originalInput as unknown as Raw))),
        Array: namedOr(({ constrainedModel }: { constrainedModel: { valueModel: { type: string }; originalInput: JsonSchema } }) =>
          arrayText(constrainedModel.valueModel.type, constrainedModel.originalInput?.minItems, constrainedModel.originalInput?.maxItems)),
        Dictionary: namedOr(({ constrainedModel }: { constrainedModel: { value: { type: string } } }) => `Record<string, ${constrainedModel.value.type === 'any' ? 'unknown' : constrainedModel.value.type}>`),
      },
      presets: [
        {
          interface: {
            self: ({ content, model }: { content: string; model: { originalInput: JsonSchema } }) => `${renderJsDoc(schemaDocLines(model.originalInput))}export ${content}`,
            property: ({ property }: { property: ModelinaProperty }) => renderProperty(property),
          },
          type: {
            self: ({ content, model }: { content: string; model: { originalInput: JsonSchema } }) => `${renderJsDoc(schemaDocLines(model.originalInput))}export ${content}`,
          },
        },
      ],
    } as never);
    const models = await generator.generate(input);
    for (const model of models) {
      const mark = (model.model.originalInput as Raw | undefined)?.[NAME_MARK];
      if (typeof mark === 'string') rendered.set(mark, ensureExported(model.result));
    }
  }
  return ir.schemas.map((s) => ({ name: s.name, code: rendered.get(s.name) ?? aliasFor(s) }));
}

/**
 * Modelina hands back its own input with references resolved (and so possibly cyclic). Turn it back into an IR
 * schema, cutting at every named schema: cycles always pass through one, since every object is named.
 */
function fromModelinaSchema(schema: Raw, top = true): JsonSchema {
  const mark = schema[NAME_MARK];
  if (!top && typeof mark === 'string') return { $ref: mark };
  const out: Raw = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string') out.$ref = value.replace('#/definitions/', '');
    else if (Array.isArray(value)) out[key] = value.map((v) => (typeof v === 'object' && v !== null ? fromModelinaSchema(v as Raw, false) : v));
    else if (typeof value === 'object' && value !== null) out[key] = key === 'properties'
      ? Object.fromEntries(Object.entries(value as Raw).map(([k, v]) => [k, fromModelinaSchema(v as Raw, false)]))
      : fromModelinaSchema(value as Raw, false);
    else out[key] = value;
  }
  return out as JsonSchema;
}

/** Modelina's union-enum renderer skips the `type` preset hook, so its aliases come without `export`. */
function ensureExported(code: string): string {
  return code.replace(/^((?:\/\*\*[\s\S]*?\*\/\n)?)(?!export )(interface|type) /, '$1export $2 ');
}

function aliasFor(named: NamedSchema): string {
  return `${renderJsDoc(schemaDocLines(named.schema))}export type ${named.name} = ${typeText(named.schema)};`;
}
