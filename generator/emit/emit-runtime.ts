/**
 * The runtime compiled into a generated package (the `bundled` runtime link): its TypeScript sources as
 * `src/runtime/*.ts` and, compiled file by file like the generated code, `dist/runtime/*.js` and `.d.ts`. The
 * package then installs from its folder alone, with the runtime's dependency (`ws`) as its only one.
 */
import { compileModule } from './compile.js';

export function emitBundledRuntime(sources: ReadonlyMap<string, string>, header: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, source] of [...sources].sort((a, b) => a[0].localeCompare(b[0]))) {
    const text = `${header}\n${source}`;
    const compiled = compileModule(`runtime/${name}`, text);
    files.set(`src/runtime/${name}`, text);
    files.set(`dist/runtime/${name.replace(/\.ts$/, '.js')}`, compiled.js);
    files.set(`dist/runtime/${name.replace(/\.ts$/, '.d.ts')}`, compiled.dts);
  }
  return files;
}
