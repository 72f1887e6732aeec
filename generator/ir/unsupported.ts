/**
 * A construct of the document the IR cannot represent. It names where it stands (file and JSON pointer); the
 * pipeline turns it into a located `GenerateError` (`unsupported`).
 */
export class UnsupportedConstructError extends Error {
  constructor(
    readonly file: string,
    readonly pointer: string,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Payload formats that are JSON Schema already, or that the parser converted (it keeps the original aside). */
const JSON_SCHEMA_FORMAT = /^application\/(schema\+(json|yaml)|vnd\.aai\.asyncapi(\+(json|yaml))?)(;|$)/;

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Throws for a message whose payload is in a `schemaFormat` nobody turned into JSON Schema (RAML, say). */
export function assertJsonSchemaPayload(raw: Raw, file: string, pointer: string): void {
  const payload = isRecord(raw.payload) ? raw.payload : undefined;
  const wrapped = payload !== undefined && typeof payload.schemaFormat === 'string' && 'schema' in payload;
  const format = wrapped ? (payload.schemaFormat as string) : raw.schemaFormat;
  if (typeof format !== 'string' || JSON_SCHEMA_FORMAT.test(format)) return;
  if ('x-parser-original-payload' in raw || (payload !== undefined && 'x-parser-original-payload' in payload)) return;
  throw new UnsupportedConstructError(file, wrapped ? `${pointer}/payload/schemaFormat` : `${pointer}/schemaFormat`,
    `the payload's schemaFormat '${format}' is not supported`,
    'supported: JSON Schema / AsyncAPI schema, Avro, OpenAPI 3.0 schema objects and Protobuf');
}
