/**
 * The runtime compiled into a generated package (the `bundled` runtime link): its TypeScript sources as
 * `src/runtime/*.ts` and, compiled file by file like the generated code, `dist/runtime/*.js` and `.d.ts`. The
 * package then installs from its folder alone, with the runtime's dependency (`ws`) as its only one.
 *
 * None of it depends on the document, so the generator compiles it while the document is still being parsed
 * (`RuntimeBuild.step`, one file at a time, see `warm-up.ts`) and the emit stage only collects the result.
 */
import { compileModule } from './compile.js';
import { RUNTIME_PACKAGE, type RuntimeLink } from './gateway-target.js';

/** The first line of every runtime file in a package. */
export function runtimeHeader(version: string, generatorVersion: string): string {
  return `// Copied from ${RUNTIME_PACKAGE} ${version} by gen-gateway ${generatorVersion}. Do not edit.`;
}

/** The bundled runtime's files, compiled one source at a time. */
export class RuntimeBuild {
  private readonly pending: Array<[string, string]>;
  private readonly files = new Map<string, string>();

  constructor(
    sources: ReadonlyMap<string, string>,
    private readonly header: string,
  ) {
    this.pending = [...sources].sort((a, b) => a[0].localeCompare(b[0]));
  }

  /** How many source files are still to compile. */
  get remaining(): number {
    return this.pending.length;
  }

  /** Compiles the next source file; false once none is left. */
  step(): boolean {
    const next = this.pending.shift();
    if (next === undefined) return false;
    const [name, source] = next;
    const text = `${this.header}\n${source}`;
    const compiled = compileModule(`runtime/${name}`, text);
    this.files.set(`src/runtime/${name}`, text);
    this.files.set(`dist/runtime/${name.replace(/\.ts$/, '.js')}`, compiled.js);
    this.files.set(`dist/runtime/${name.replace(/\.ts$/, '.d.ts')}`, compiled.dts);
    return true;
  }

  /** Every file, compiling what is left first. */
  result(): Map<string, string> {
    while (this.step());
    return this.files;
  }
}

/** A build of `link`'s sources, or undefined for a package that depends on the runtime instead. */
export function runtimeBuildFor(link: RuntimeLink, generatorVersion: string): RuntimeBuild | undefined {
  return link.kind === 'bundled' ? new RuntimeBuild(link.sources, runtimeHeader(link.version, generatorVersion)) : undefined;
}
