/** One-line hints for the parser messages that are easy to misread. Keyed on rule plus message text. */

interface HintRule {
  rule: string;
  message: RegExp;
  hint: (path: string[], match: RegExpExecArray) => string | undefined;
}

/** Field names of AsyncAPI 2.x and 3.x objects (and the JSON Schema keywords payloads use). */
const KNOWN_FIELDS = [
  'asyncapi', 'id', 'info', 'servers', 'defaultContentType', 'channels', 'operations', 'components', 'tags', 'externalDocs',
  'title', 'version', 'description', 'termsOfService', 'contact', 'license', 'name', 'url', 'email',
  'host', 'protocol', 'protocolVersion', 'pathname', 'variables', 'security', 'bindings', 'enum', 'default', 'examples',
  'address', 'messages', 'parameters', 'subscribe', 'publish', 'action', 'channel', 'reply', 'traits', 'summary',
  'operationId', 'message', 'oneOf', 'headers', 'payload', 'correlationId', 'schemaFormat', 'contentType', 'messageId',
  'location', 'schemas', 'securitySchemes', 'serverVariables', 'operationTraits', 'messageTraits', 'serverBindings',
  'channelBindings', 'operationBindings', 'messageBindings', 'replies', 'replyAddresses', 'type', 'properties', 'required',
  'items', 'additionalProperties', 'allOf', 'anyOf', 'not', 'const', 'format', 'minimum', 'maximum', 'minLength',
  'maxLength', 'pattern', 'minItems', 'maxItems', 'nullable', 'deprecated', 'discriminator', '$ref', 'in', 'scheme', 'flows',
];

/**
 * Edit distance counting a swap of two neighbouring letters as one edit, the commonest slip (`nmae`), beside
 * an insertion, a deletion or a substitution (optimal string alignment; names are short: quadratic is fine).
 */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * A field the schema does not expect: a likely misspelling gets "did you mean", a correctly spelled field in
 * the wrong place says so, anything else gets no hint (a guess would mislead).
 */
function unexpectedField(path: string[], field: string | undefined): string | undefined {
  if (path[0] === 'info' && path[1] === 'externalDocs') return 'in AsyncAPI 2.x, externalDocs belongs at the document root, not under info.';
  if (field === undefined || field.startsWith('x-')) return undefined;
  if (KNOWN_FIELDS.includes(field)) return `'${field}' is spelled right but does not belong here: check its indentation, and the AsyncAPI version it exists in.`;
  const lower = field.toLowerCase();
  const close = KNOWN_FIELDS.map((known) => ({ known, d: distance(lower, known.toLowerCase()) }))
    .filter(({ known, d }) => d > 0 || known !== field)
    .filter(({ known, d }) => d <= (known.length <= 4 ? 1 : 2))
    .sort((a, b) => a.d - b.d || a.known.localeCompare(b.known))[0];
  return close === undefined ? undefined : `did you mean '${close.known}'?`;
}

const HINTS: HintRule[] = [
  {
    rule: 'asyncapi-document-resolved',
    message: /property type must be string/,
    hint: () => 'YAML read this value as a list or map: a value starting with [ or { needs quotes.',
  },
  {
    rule: 'asyncapi-document-resolved',
    message: /Property "([^"]*)" is not expected to be here/,
    hint: (path, match) => unexpectedField(path, match[1]),
  },
  {
    rule: 'asyncapi-document-resolved',
    message: /must have required property/,
    hint: () => 'add the missing field, or check that it is not indented under the wrong key.',
  },
  {
    rule: 'invalid-ref',
    message: /./,
    hint: () => 'the $ref must point at a file relative to this one, or at #/components/... in this document.',
  },
];

export function hintFor(rule: string, message: string, path: string[]): string | undefined {
  for (const h of HINTS) {
    if (h.rule !== rule) continue;
    const match = h.message.exec(message);
    if (match !== null) return h.hint(path, match);
  }
  return undefined;
}
