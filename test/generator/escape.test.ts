/**
 * The escaper, checked by the TypeScript parser itself: whatever the input, each function's output stays in its
 * context (one literal whose value is the input, one comment, one line) and the code after it is still code.
 */
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { docText, identifier, lineCommentText, literal, markdownCode, markdownText, objectKey, propertyKey, stringLiteral } from '../../generator/emit/escape.js';
import { HOSTILE_STRINGS } from '../support/hostile.js';

function parse(text: string): ts.SourceFile {
  return ts.createSourceFile('t.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

function syntaxErrors(file: ts.SourceFile): number {
  return (file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length;
}

describe('stringLiteral and literal', () => {
  it.each(HOSTILE_STRINGS.map((s) => [JSON.stringify(s), s]))('%s is one literal holding exactly the input', (_, value) => {
    for (const text of [stringLiteral(value), stringLiteral(value, '"'), literal(value)]) {
      const file = parse(`const x = ${text};\nconst y = 2;`);
      expect(syntaxErrors(file)).toBe(0);
      expect(file.statements).toHaveLength(2);
      const init = (file.statements[0] as ts.VariableStatement).declarationList.declarations[0]!.initializer!;
      expect(ts.isStringLiteral(init)).toBe(true);
      expect((init as ts.StringLiteral).text).toBe(value);
      // Written to disk as UTF-8, the text must survive: no lone surrogate and no raw line separator in it.
      expect(text).not.toMatch(/[\u2028\u2029\ud800-\udfff]/u);
    }
  });

  it.each([
    ['a finite number', 1.5, '1.5'],
    ['negative zero', -0, '0'],
    ['a boolean', false, 'false'],
    ['null', null, 'null'],
  ])('%s', (_, value, want) => expect(literal(value)).toBe(want));

  it.each([['Infinity', Infinity], ['NaN', NaN], ['an object', {}], ['undefined', undefined]])('refuses %s', (_, value) => {
    expect(() => literal(value)).toThrow(/literal/);
  });
});

describe('propertyKey', () => {
  it.each([
    ['an identifier stays bare', 'large_threshold', 'large_threshold'],
    ['anything else is quoted', 'weird-key', '"weird-key"'],
  ])('%s', (_, given, want) => expect(propertyKey(given)).toBe(want));

  it.each([...HOSTILE_STRINGS, '__proto__', 'constructor'].map((s) => [JSON.stringify(s), s]))('%s names exactly one property', (_, name) => {
    const file = parse(`interface I { ${propertyKey(name)}: 1; }\nconst y = 2;`);
    expect(syntaxErrors(file)).toBe(0);
    expect(file.statements).toHaveLength(2);
    const member = (file.statements[0] as ts.InterfaceDeclaration).members[0]!;
    const key = member.name!;
    expect(ts.isIdentifier(key) ? key.text : (key as ts.StringLiteral).text).toBe(name);
  });
});

describe('identifier', () => {
  it('passes a generated name through and refuses anything else', () => {
    expect(identifier('MessageCreate')).toBe('MessageCreate');
    for (const bad of ['', '1a', 'a-b', 'a b', '\u2028']) expect(() => identifier(bad)).toThrow(/not a valid identifier/);
  });
});

describe('comments', () => {
  it.each(HOSTILE_STRINGS.map((s) => [JSON.stringify(s), s]))('%s stays inside a JSDoc and a line comment', (_, value) => {
    for (const text of [`/** ${docText(value).split('\n').join('\n * ')} */\nconst y = 2;`, `// ${lineCommentText(value)}\nconst y = 2;`]) {
      const file = parse(text);
      expect(syntaxErrors(file)).toBe(0);
      expect(file.statements).toHaveLength(1);
      expect(file.statements[0]!.getText()).toBe('const y = 2;');
    }
    expect(lineCommentText(value)).not.toMatch(/[\n\r\u2028\u2029]/);
  });
});

describe('markdown', () => {
  it.each(HOSTILE_STRINGS.map((s) => [JSON.stringify(s), s]))('%s stays on one line, without HTML, inside its code span', (_, value) => {
    const text = markdownText(value);
    expect(text).not.toMatch(/[\n\r\u2028\u2029<>]/);
    expect(text).not.toMatch(/(^|[^\\])\|/);
    const code = markdownCode(value);
    const fence = /^`+/.exec(code)![0];
    // The span closes only at its end: no run of backticks inside is as long as the fence.
    expect(code.endsWith(fence)).toBe(true);
    expect([...code.slice(fence.length, -fence.length).matchAll(/`+/g)].every((m) => m[0].length < fence.length)).toBe(true);
    expect(code).not.toMatch(/[\n\r\u2028\u2029]/);
  });
});

describe('objectKey', () => {
  it.each([...HOSTILE_STRINGS, '__proto__', 'constructor', 'siteId'].map((s) => [JSON.stringify(s), s]))('%s makes exactly one own property of that name', (_, name) => {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating the emitted literal is the point
    const made = new Function(`return { ${objectKey(name)}: 1 };`)() as Record<string, unknown>;
    expect(Object.getOwnPropertyNames(made)).toEqual([name]);
    expect(Object.getPrototypeOf(made)).toBe(Object.prototype);
  });
});
