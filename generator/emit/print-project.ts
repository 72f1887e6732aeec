/** The one ts-morph project an emit run adds its structures to, and the one place it is printed and compiled. */
import { IndentationText, NewLineKind, Project, QuoteKind } from 'ts-morph';
import { compileModule } from './compile.js';

export function createEmitProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single, newLineKind: NewLineKind.LineFeed },
  });
}

/** `src/<name>.ts` with the header, and its compiled `dist/<name>.js` and `.d.ts`, in file-name order. */
export function printProject(project: Project, header: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of project.getSourceFiles().sort((a, b) => a.getFilePath().localeCompare(b.getFilePath()))) {
    const name = file.getBaseName();
    const text = `${header}\n${file.getFullText().trimStart()}`;
    files.set(`src/${name}`, text);
    const compiled = compileModule(name, text);
    files.set(`dist/${name.replace(/\.ts$/, '.js')}`, compiled.js);
    files.set(`dist/${name.replace(/\.ts$/, '.d.ts')}`, compiled.dts);
  }
  return files;
}
