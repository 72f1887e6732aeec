/**
 * `schemas.ts` of a plain-payload package: the schema each message's payload is checked against, sent and
 * received, in the shape `validate.ts` (the runtime's validator, copied into the package) reads. Validation
 * keywords only; the named schemas once, in `DEFS`, shared by every message; a `pattern` the client could not
 * check (invalid, or exponential to match: `ir/patterns.ts`) left out, the load stage having warned about it.
 */
import type { GatewayIr } from '../../ir/types.js';
import { patternProblem } from '../../ir/patterns.js';
import { addConstStatement } from '../literal-writer.js';
import { reachable, validationSchema } from '../emit-send-schemas.js';
import { literal, propertyKey } from '../escape.js';
import { code, mapType } from './plain-names.js';
import type { StatementList } from '../statement-list.js';
import { CheckCompiler } from '../compile-checks.js';

export const MESSAGE_SCHEMAS = 'MESSAGE_SCHEMAS';

export function emitPlainSchemas(file: StatementList, ir: GatewayIr): void {
  const checkable = new Map<string, boolean>();
  const keepPattern = (pattern: string): boolean => {
    let ok = checkable.get(pattern);
    if (ok === undefined) checkable.set(pattern, (ok = patternProblem(pattern) === undefined));
    return ok;
  };
  const byName = new Map(ir.schemas.map((s) => [s.name, s.schema]));
  const names = [...new Set(ir.messages.flatMap((m) => reachable(m.payload, byName)))].sort();
  const defs = Object.fromEntries(names.map((name) => [name, validationSchema(byName.get(name) ?? {}, keepPattern)]));
  const schemas = Object.fromEntries(ir.messages.map((m) => [m.name, { message: m.name, root: validationSchema(m.payload, keepPattern) }]));
  // Each message's schema also as straight-line code: a valid payload is passed without walking its schema.
  const compiler = new CheckCompiler(defs);
  const checks = Object.fromEntries(Object.entries(schemas).map(([name, { root }]) => [name, compiler.root(root, name)]));
  const compiled = compiler.result();
  file.addImportDeclaration({ moduleSpecifier: './validate.js', namedImports: [...compiled.imports, 'type SchemaNode', 'type SendSchema'] });
  for (const { name, initializer } of compiled.constants) file.addStatements(`const ${name} = ${initializer};`);
  for (const fn of compiled.functions) file.addFunction(fn);
  addConstStatement(file, {
    name: 'DEFS',
    docs: 'The named schemas the messages\' schemas refer to (`$ref` holds a name), validation keywords only.',
    type: 'Readonly<Record<string, SchemaNode>>',
    value: defs,
  });
  // `defs: DEFS` is a reference, not data: each entry is written around it.
  file.addStatements((writer) => {
    writer.writeLine('/** Message name -> the schema its payload is checked against: before a send, and on receipt. */');
    writer.write(`export const ${MESSAGE_SCHEMAS}: ${mapType(Object.keys(schemas).map((name) => [name, 'SendSchema']), (k) => `readonly ${propertyKey(k)}`)} = {`).newLine();
    writer.indent(() => {
      for (const [name, { message, root }] of Object.entries(schemas)) {
        writer.write(`${propertyKey(name)}: { message: ${literal(message)}, root: ${code(root)}, defs: DEFS, check: ${checks[name]} },`).newLine();
      }
    });
    writer.write('};');
  });
}
