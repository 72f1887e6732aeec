/**
 * Diagnostic (not part of the table): times each stage of the built generator in one process, with the
 * module loads separated: `node bench/parties/gen-phases.mjs <spec>`. Prints JSON.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const spec = path.resolve(process.argv[2]);
const dist = new URL('../../dist/generator/', import.meta.url);
const phases = {};
async function time(name, fn) {
  const t = performance.now();
  const value = await fn();
  phases[name] = Math.round(performance.now() - t);
  return value;
}
const t0 = performance.now();
const { loadDocument } = await time('import parser (load-document + @asyncapi/parser)', async () => {
  const mod = await import(new URL('load/load-document.js', dist));
  await import('@asyncapi/parser');
  return mod;
});
const loaded = await time('parse + validate (loadDocument)', () => loadDocument(spec));
const { buildIr } = await time('import ir', () => import(new URL('ir/build-ir.js', dist)));
const ir = await time('buildIr', () => buildIr(loaded.json, { file: spec, perspective: 'client' }));
const emit = await time('import emit (ts-morph, modelina)', async () => {
  const mod = await import(new URL('emit/index.js', dist));
  await import('ts-morph');
  await import('@asyncapi/modelina');
  return mod;
});
const { emitModels } = await import(new URL('emit/emit-models.js', dist));
await time('emitModels alone (Modelina), not additive', () => emitModels(ir));
const files = await time('emitPackage (models + ts-morph + transpile)', () =>
  emit.emitPackage({ ir, header: '// bench', readmeTemplate: '', info: { packageName: 'x', packageVersion: '1.0.0', runtime: { kind: 'package', version: '0.1.0' }, generatorVersion: '0.1.0', specFile: 'x.yaml' } }),
);
const { compileModule } = await import(new URL('emit/compile.js', dist));
await time('compileModule of every file again (transpile only), not additive', () => {
  for (const [name, text] of files) if (name.startsWith('src/')) compileModule(path.basename(name), text);
});
phases.total = Math.round(performance.now() - t0);
console.log(JSON.stringify({ spec: path.basename(spec), messages: ir.messages.length, phases }, null, 1));
