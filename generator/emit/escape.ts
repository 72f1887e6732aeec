/**
 * The one way a document's text reaches generated code. One function per context (string literal, property
 * key, identifier, JSDoc, line comment, markdown), each returning text that cannot end its context early,
 * whatever it is given: backslashes, quotes, newlines, U+2028/2029, lone surrogates, `*\/`, `-->`, backticks.
 * Emitters never quote or comment a document value themselves; a test generates from a document made of
 * hostile strings and checks the output has only the statements it should (`test/generator/hostile.test.ts`).
 */

/**
 * Escaped inside string literals: C0 controls and DEL, U+2028/2029 (line terminators to older parsers),
 * the BOM, and bidirectional controls (a "Trojan Source" literal reads differently from what it is).
 */
const UNSAFE_IN_LITERAL = /[\u0000-\u001f\u007f\u2028\u2029\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** A surrogate half without its partner: valid in a JS string, not in UTF-8 (it would be written as U+FFFD). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f', '\v': '\\v' };

function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A TypeScript string literal of `value` (single quotes unless told otherwise), safe for any input. */
export function stringLiteral(value: string, quote: "'" | '"' = "'"): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(quote === "'" ? /'/g : /"/g, `\\${quote}`)
    .replace(UNSAFE_IN_LITERAL, (c) => SHORT_ESCAPES[c] ?? unicodeEscape(c))
    .replace(LONE_SURROGATE, unicodeEscape);
  return `${quote}${escaped}${quote}`;
}

/** A document value that cannot be written as a literal (a non-finite number, a function...). */
export class UnsafeValueError extends Error {
  constructor(
    readonly value: unknown,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A JSON-like primitive as a TypeScript expression, also usable as a literal type: strings through
 * `stringLiteral`, finite numbers, booleans, null. YAML can say `.inf` and `.nan`, which have no literal.
 */
export function literal(value: unknown): string {
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new UnsafeValueError(value, `${value} has no literal in TypeScript (a value must be a finite number)`);
    return Object.is(value, -0) ? '0' : String(value);
  }
  if (typeof value === 'boolean' || value === null) return String(value);
  throw new UnsafeValueError(value, `a ${typeof value} value has no literal here (expected a string, number, boolean or null)`);
}

export function isIdentifier(text: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(text);
}

/** An identifier the generator made (registered names are ASCII by construction); anything else is a bug. */
export function identifier(text: string): string {
  if (!isIdentifier(text)) throw new UnsafeValueError(text, `${stringLiteral(text)} is not a valid identifier`);
  return text;
}

/** A property name as written in an interface or object literal: bare when it is an identifier, else quoted. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : stringLiteral(name, '"');
}

/**
 * A property name as written in an object literal (a value, not a type): as `propertyKey`, except `__proto__`,
 * which a literal would take as the object's prototype: written as a computed key, it is a property.
 */
export function objectKey(name: string): string {
  return name === '__proto__' ? `[${stringLiteral(name)}]` : propertyKey(name);
}

/**
 * Text for a JSDoc comment line: `*\/` cannot close the comment, lone surrogates and bidirectional controls
 * are shown as their escapes. Newlines are kept (the caller splits lines).
 */
export function docText(text: string): string {
  return text
    .replace(/\*\//g, '*\\/')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, unicodeEscape)
    .replace(LONE_SURROGATE, unicodeEscape);
}

/** Text for a `//` comment: on one line whatever it holds (U+2028 ends a line comment too). */
export function lineCommentText(text: string): string {
  return docText(text).replace(/\n/g, ' ');
}

/** Inline markdown text (a title, a table cell): on one line, no HTML (`<!--`, `-->`, tags), pipes escaped. */
export function markdownText(text: string): string {
  return lineCommentText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/**
 * A markdown code span of `text`: fenced by more backticks than it holds, on one line. In a table cell, pipes
 * are escaped too (GitHub splits cells on them even inside code).
 */
export function markdownCode(text: string, options: { inTable?: boolean } = {}): string {
  let flat = lineCommentText(text).replace(/\s+/g, ' ');
  if (options.inTable) flat = flat.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
