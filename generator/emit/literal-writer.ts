/** Prints plain data (JSON-like values) as a TypeScript object literal through ts-morph's writer, so nested
 * literals are indented like the code around them and keys are quoted only where they must be. */
import type { CodeBlockWriter, WriterFunction } from 'ts-morph';
import { literal, propertyKey } from './escape.js';
import { renderJsDoc } from './jsdoc.js';

function write(writer: CodeBlockWriter, value: unknown): void {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      writer.write(`[${value.map((v) => literal(v)).join(', ')}]`);
      return;
    }
    writer.write('[').newLine().indent(() => {
      value.forEach((item) => {
        write(writer, item);
        writer.write(',').newLine();
      });
    }).write(']');
    return;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) {
      writer.write('{}');
      return;
    }
    writer.write('{').newLine().indent(() => {
      for (const [key, item] of entries) {
        writer.write(`${propertyKey(key)}: `);
        write(writer, item);
        writer.write(',').newLine();
      }
    }).write('}');
    return;
  }
  writer.write(literal(value));
}

/** An initializer for `value`, optionally followed by a suffix such as ` as const`. */
export function objectLiteral(value: unknown, suffix = ''): WriterFunction {
  return (writer) => {
    write(writer, value);
    if (suffix !== '') writer.write(suffix);
  };
}

/**
 * `export const name[: type] = <literal>[suffix];` with a doc comment. Written as one statement rather than a
 * ts-morph variable structure, whose printer indents a multi-line initializer one level too deep.
 */
export function addConstStatement(
  file: { addStatements(writer: WriterFunction): unknown },
  declaration: { name: string; docs?: string; type?: string; value: unknown; suffix?: string },
): void {
  file.addStatements((writer) => {
    if (declaration.docs !== undefined) writer.write(renderJsDoc(declaration.docs.split('\n')));
    writer.write(`export const ${declaration.name}${declaration.type !== undefined ? `: ${declaration.type}` : ''} = `);
    objectLiteral(declaration.value, declaration.suffix ?? '')(writer);
    writer.write(';');
  });
}
