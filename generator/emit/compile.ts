/**
 * Compiles the generated TypeScript to ESM JavaScript and declarations, file by file. The emitted code is
 * written to satisfy `isolatedDeclarations`, so no type checker is needed: each file transpiles on its own,
 * which keeps generation fast and its output independent of anything installed beside it.
 */
import { ts } from 'ts-morph';

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  declaration: true,
  isolatedDeclarations: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
};

export interface CompiledFile {
  js: string;
  dts: string;
}

export function compileModule(fileName: string, source: string): CompiledFile {
  const js = ts.transpileModule(source, { fileName, compilerOptions: COMPILER_OPTIONS, reportDiagnostics: false }).outputText;
  const declaration = ts.transpileDeclaration(source, { fileName, compilerOptions: COMPILER_OPTIONS, reportDiagnostics: true });
  const problems = declaration.diagnostics ?? [];
  if (problems.length > 0) {
    const text = problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ');
    throw new Error(`${fileName}: cannot emit declarations: ${text}`);
  }
  return { js: js.replace(/\n\/\/# sourceMappingURL=.*$/, ''), dts: declaration.outputText };
}
