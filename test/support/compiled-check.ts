/**
 * A schema with its check compiled as the generator compiles it for `schemas.ts` (`generator/emit/compile-checks.ts`),
 * printed by ts-morph, transpiled, and bound to the runtime's helpers: what a generated package runs, without
 * generating one per schema.
 */
import { Project, ts } from 'ts-morph';
import { CheckCompiler } from '../../generator/emit/compile-checks.js';
import * as validate from '../../runtime/src/validate.js';
import type { CompiledCheck, SchemaNode, SendSchema } from '../../runtime/src/validate.js';

export interface CompiledSchema {
  /** The schema with `check` set: what `validatePayload` uses in a generated package. */
  readonly schema: SendSchema;
  /** The compiled check's TypeScript, for a look when a row fails. */
  readonly source: string;
}

export function compiledSchema(root: SchemaNode, defs: Readonly<Record<string, SchemaNode>> = {}, message = 'test'): CompiledSchema {
  const compiler = new CheckCompiler(defs);
  const entry = compiler.root(root, message);
  const { imports, constants, functions } = compiler.result();
  const file = new Project({ useInMemoryFileSystem: true }).createSourceFile('checks.ts', '');
  file.addStatements(constants.map(({ name, initializer }) => `const ${name} = ${initializer};`));
  file.addFunctions(functions.map((f) => ({ ...f })));
  const source = file.getFullText();
  const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  const names = imports.filter((name) => !name.startsWith('type '));
  const helpers = names.map((name) => (validate as Record<string, unknown>)[name]);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the generated module's body, bound to the runtime's exports
  const check = new Function(...names, `${js}\nreturn ${entry};`)(...helpers) as CompiledCheck;
  return { schema: { message, root, defs, check }, source };
}

/** The check alone on `value`: passed, failed, or gave up (the walk decides). */
export function checkVerdict(schema: SendSchema, value: unknown, maxVisits = 100_000): 'passed' | 'failed' | 'gave up' {
  const budget = { left: maxVisits, aborted: false };
  let passed: boolean;
  try {
    passed = schema.check!(value, 0, budget);
  } catch {
    return 'gave up';
  }
  if (budget.aborted) return 'gave up';
  return passed ? 'passed' : 'failed';
}
