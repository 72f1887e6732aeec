/**
 * Modelina without the input processors it loads and we never use. Its generators import every processor
 * (AsyncAPI, OpenAPI, Swagger, TypeScript, XSD), and they import their parsers at once: three AsyncAPI parser
 * versions, swagger-parser, typescript-json-schema, fast-xml-parser, about 0.7 s and 100 MB, all of it on the
 * thread that emits, while the loader thread has its own AsyncAPI parser. We give Modelina JSON Schema only
 * (its JSON Schema processor keeps its own dependencies), so those modules are put in the CommonJS cache as
 * stand-ins that load the real module the first time anything reads from them.
 */
import { Module, createRequire } from 'node:module';

type Modelina = typeof import('@asyncapi/modelina');

/** The modules, and whether Modelina imports them through `__importStar` (which wants `__esModule` set). */
const DEFERRED: ReadonlyArray<{ id: string; esModule: boolean }> = [
  { id: '@asyncapi/parser', esModule: true },
  { id: '@asyncapi/parser/cjs/utils', esModule: true },
  { id: '@asyncapi/multi-parser', esModule: true },
  { id: '@apidevtools/swagger-parser', esModule: false },
  { id: 'typescript-json-schema', esModule: true },
  { id: 'fast-xml-parser', esModule: true },
];

let loading: Promise<Modelina> | undefined;

function defer(requireFromModelina: NodeJS.Require, cache: NodeJS.Dict<NodeModule>, id: string, esModule: boolean): void {
  let file: string;
  try {
    file = requireFromModelina.resolve(id);
  } catch {
    return; // not installed where Modelina looks: it would fail without us too
  }
  if (cache[file] !== undefined) return; // already loaded for real
  let real: Record<string | symbol, unknown> | undefined;
  const load = (): Record<string | symbol, unknown> => {
    if (real === undefined) {
      delete cache[file];
      real = requireFromModelina(id) as Record<string | symbol, unknown>;
    }
    return real;
  };
  const stand = new Module(file);
  stand.filename = file;
  stand.loaded = true;
  stand.exports = new Proxy({}, {
    get: (_, key) => (key === '__esModule' ? esModule : load()[key]),
    has: (_, key) => key in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Object.getOwnPropertyDescriptor(load(), key);
      return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
    },
  });
  cache[file] = stand;
}

export function loadModelina(): Promise<Modelina> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const requireFromModelina = createRequire(require.resolve('@asyncapi/modelina'));
    for (const { id, esModule } of DEFERRED) defer(requireFromModelina, require.cache, id, esModule);
    return import('@asyncapi/modelina');
  })();
  return loading;
}
