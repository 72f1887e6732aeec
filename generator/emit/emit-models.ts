/**
 * Payload types. Modelina renders every named object schema as an interface and every enum as a literal
 * union; a preset of ours fixes what it gets wrong for this use (see README, "Design notes"): integer `const`
 * (rendered as `number`, and dropped when 0), wire property names (it renames `all` to `reservedAll`), JSDoc.
 * Named schemas that Modelina would inline rather than declare (unions, primitives, arrays, free-form
 * objects) are declared here with `typeText`, so every name in the IR exists in the output.
 */
import type {
  ConstrainedArrayModel,
  ConstrainedDictionaryModel,
  ConstrainedMetaModel,
  ConstrainedObjectPropertyModel,
  ConstrainedReferenceModel,
  TypeScriptGenerator,
} from '@asyncapi/modelina';
import type { GatewayIr, JsonSchema, NamedSchema } from '../ir/types.js';
import { literal, propertyKey } from './escape.js';
import { arrayText, typeText } from './type-text.js';
import { renderJsDoc, schemaDocLines } from './jsdoc.js';
import { loadModelina } from './load-modelina.js';

/** Marks which Modelina input schema is which IR schema; read back in the type mapping. */
const NAME_MARK = 'x-gen-gateway-name';
/** Marks a schema that admits nothing (`not: {}`): rendered `never`, which Modelina has no model for. */
const NEVER_MARK = 'x-gen-gateway-never';
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
  if (schema.not !== undefined) return { [NEVER_MARK]: true, ...(schema.description !== undefined && { description: schema.description }) };
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

function renderProperty(property: ConstrainedObjectPropertyModel): string {
  const input = (property.property.originalInput ?? {}) as JsonSchema & Raw;
  // A property that is a named type shows that type's own docs on hover: repeating them on every use is noise.
  const docs = typeof input[NAME_MARK] === 'string' ? '' : renderJsDoc(schemaDocLines(input));
  // Modelina drops a falsy const (0, false, '') and renders integer consts as `number`.
  const type = input[NEVER_MARK] === true ? 'never' : input.const !== undefined ? literal(input.const) : property.property.type;
  return `${docs}${propertyKey(property.unconstrainedPropertyName)}${property.required ? '' : '?'}: ${type};`;
}

/** Input schemas carry our name mark in `originalInput`; Modelina's own types say `any` there. */
function inputOf(model: ConstrainedMetaModel): Raw | undefined {
  return model.originalInput as Raw | undefined;
}

/**
 * A named schema is referred to by its name; anything else is spelled out, `| null` included. Modelina maps a
 * `const` anywhere but on a property (an array item, a union branch) to its base type: spell it as a literal.
 */
function namedOr<M extends ConstrainedMetaModel>(fallback: (model: M) => string) {
  return ({ constrainedModel }: { constrainedModel: M }): string => {
    const input = inputOf(constrainedModel);
    const mark = input?.[NAME_MARK];
    if (typeof mark === 'string') return mark;
    const type = input?.const !== undefined ? literal(input.const) : fallback(constrainedModel);
    return constrainedModel.options.isNullable === true && type !== 'unknown' && !/\bnull\b/.test(type) ? `${type} | null` : type;
  };
}

function withDocs(content: string, model: ConstrainedMetaModel): string {
  return `${renderJsDoc(schemaDocLines((inputOf(model) ?? {}) as JsonSchema))}export ${content}`;
}

/** The generator's options, as its constructor types them (Modelina does not export its `DeepPartial`). */
type ModelinaOptions = NonNullable<ConstructorParameters<typeof TypeScriptGenerator>[0]>;

const PROCESSOR_OPTIONS = { interpreter: { ignoreAdditionalProperties: true } };

function modelinaOptions(): ModelinaOptions {
  return {
    modelType: 'interface',
    enumType: 'union',
    mapType: 'record',
    processorOptions: PROCESSOR_OPTIONS,
    constraints: {
      // IR names are already valid, unique identifiers: keep them exactly.
      modelName: ({ modelName }) => modelName,
      // Literals spelled like the rest of the output (single quotes), not Modelina's JSON double quotes.
      enumValue: ({ enumValue }) => literal(enumValue),
    },
    typeMapping: {
      Any: namedOr((model) => (inputOf(model)?.[NEVER_MARK] === true ? 'never' : inputOf(model)?.type === 'null' ? 'null' : 'unknown')),
      Integer: namedOr(() => 'number'),
      Float: namedOr(() => 'number'),
      String: namedOr(() => 'string'),
      Boolean: namedOr(() => 'boolean'),
      // Only schemas the IR named are declared. Modelina splits off more (an inline enum, an object without
      // properties that admits no others: `Payload_meta`) and refers to them by a name it never emits: spell
      // those out instead.
      Reference: namedOr<ConstrainedReferenceModel>((model) => {
        const target = inputOf(model.ref);
        if (typeof target?.[NAME_MARK] === 'string') return model.ref.name;
        return typeText(fromModelinaSchema(target ?? {}));
      }),
      Union: namedOr((model) => typeText(fromModelinaSchema(inputOf(model) ?? {}))),
      Array: namedOr<ConstrainedArrayModel>((model) => {
        const input = inputOf(model) as JsonSchema | undefined;
        return arrayText(model.valueModel.type, input?.minItems, input?.maxItems);
      }),
      Dictionary: namedOr<ConstrainedDictionaryModel>((model) => `Record<string, ${model.value.type === 'any' ? 'unknown' : model.value.type}>`),
    },
    presets: [
      {
        interface: {
          self: ({ content, model }) => withDocs(content, model),
          property: ({ property }) => renderProperty(property),
        },
        type: {
          self: ({ content, model }) => withDocs(content, model),
        },
      },
    ],
  };
}

export async function emitModels(ir: GatewayIr): Promise<EmittedModel[]> {
  const modelled = ir.schemas.filter((s) => rendersAsModel(s.schema));
  const rendered = new Map<string, string>();
  if (modelled.length > 0) {
    const { TypeScriptGenerator: Generator, JsonSchemaInputProcessor } = await loadModelina();
    const definitions = Object.fromEntries(ir.schemas.map((s) => [s.name, { ...toModelinaSchema(s.schema), [NAME_MARK]: s.name, 'x-modelgen-inferred-name': s.name }]));
    const input = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: ROOT_ID,
      type: 'object',
      properties: Object.fromEntries(modelled.map((s) => [s.name, { $ref: `#/definitions/${s.name}` }])),
      definitions,
    };
    const options = modelinaOptions();
    // Straight to the JSON Schema processor: the generic one would first ask the AsyncAPI processor, which
    // loads the AsyncAPI parser to say no (see load-modelina.ts).
    const meta = await new JsonSchemaInputProcessor().process(input, PROCESSOR_OPTIONS);
    const models = await new Generator(options).generate(meta);
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
