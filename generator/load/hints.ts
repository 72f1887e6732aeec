/** One-line hints for the parser messages that are easy to misread. Keyed on rule plus message text. */

interface HintRule {
  rule: string;
  message: RegExp;
  hint: (path: string[]) => string;
}

const HINTS: HintRule[] = [
  {
    rule: 'asyncapi-document-resolved',
    message: /property type must be string/,
    hint: () => 'YAML read this value as a list or map: a value starting with [ or { needs quotes.',
  },
  {
    rule: 'asyncapi-document-resolved',
    message: /is not expected to be here/,
    hint: (path) =>
      path[0] === 'info' && path[1] === 'externalDocs'
        ? 'in AsyncAPI 2.x, externalDocs belongs at the document root, not under info.'
        : 'check the spelling, and the AsyncAPI version this field exists in.',
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
  return HINTS.find((h) => h.rule === rule && h.message.test(message))?.hint(path);
}
