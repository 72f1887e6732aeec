/**
 * Modelina without the input processors it loads and we never use. Its generators import every processor
 * (AsyncAPI, OpenAPI, Swagger, TypeScript, XSD), and they import their parsers at once: three AsyncAPI parser
 * versions, swagger-parser, typescript-json-schema, fast-xml-parser, about 0.7 s and 100 MB, all of it on the
 * thread that emits, while the loader thread has its own AsyncAPI parser. Its JsonBinPack preset, which we do
 * not use either, imports alterschema and with it a JSON Schema validator, lodash and node-fetch (0.3 s). We give
 * Modelina JSON Schema only (its JSON Schema processor keeps its own dependencies), so those modules are put in
 * the CommonJS cache as stand-ins that load the real module the first time anything reads from (or calls) them.
 */
import { Module, createRequire } from 'node:module';

type Modelina = typeof import('@asyncapi/modelina');

/**
 * The modules, whether Modelina imports them through `__importStar` (which wants `__esModule` set), and whether
 * the module itself is a function (alterschema: `module.exports = function`).
 */
const DEFERRED: ReadonlyArray<{ id: string; esModule: boolean; callable?: true }> = [
  { id: '@asyncapi/parser', esModule: true },
  { id: '@asyncapi/parser/cjs/utils', esModule: true },
  { id: '@asyncapi/multi-parser', esModule: true },
  { id: '@apidevtools/swagger-parser', esModule: false },
  { id: 'typescript-json-schema', esModule: true },
  { id: 'fast-xml-parser', esModule: true },
  { id: 'alterschema', esModule: false, callable: true },
];

let loading: Promise<Modelina> | undefined;

function defer(requireFromModelina: NodeJS.Require, cache: NodeJS.Dict<NodeModule>, { id, esModule, callable }: (typeof DEFERRED)[number]): void {
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
  // A callable target (an arrow function: no `prototype` to keep in step with), so that `apply` can forward a call.
  stand.exports = new Proxy(callable ? () => undefined : {}, {
    apply: (_, self, args) => Reflect.apply(load() as unknown as (...a: unknown[]) => unknown, self, args),
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
    for (const module of DEFERRED) defer(requireFromModelina, require.cache, module);
    return import('@asyncapi/modelina');
  })();
  return loading;
}
