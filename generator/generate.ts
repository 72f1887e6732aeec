/**
 * The pipeline: load -> IR -> emit -> write, and the drift check. Heavy modules (the parser, Modelina,
 * ts-morph) are imported only on the paths that need them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GenerateError, type Diagnostic } from './errors.js';
import { inputsHash, readInputs, sha256, type InputFile } from './load/inputs.js';
import type { GatewayIr } from './ir/types.js';
import type { Perspective } from './ir/collect-messages.js';
import { GENERATOR_VERSION, TEMPLATES_DIR, generatorHash } from './version.js';
import { MANIFEST_FILE, buildManifest, parseManifest } from './write/manifest.js';
import { compareOutput, writeOutput, type DriftReport } from './write/write-output.js';
import { assertReplaceable, walkKnown } from './write/owned-tree.js';
import { locateProblems, startLoader } from './load/load-ir.js';
import type { RenamedSchema } from './ir/target-names.js';
import { assertSpecFile, precheckInputs } from './load/precheck.js';
import { DEFAULT_MAX_MEMORY_MB, defaultTimeoutMs, type ParseLimits } from './load/limits.js';
import { assertPackageName } from './package-name.js';
import { lineCommentText } from './emit/escape.js';
import { RUNTIME_DIR, readRuntimeLink, type RuntimeKind } from './load/runtime-sources.js';
import type { RuntimeLink } from './emit/gateway-target.js';
import type { RuntimeBuild } from './emit/emit-runtime.js';

export interface GenerateOptions {
  /** The AsyncAPI document (YAML or JSON); files it `$ref`s are read too. */
  spec: string;
  /** Output folder (default: `generated/<spec file name>`). */
  outDir?: string;
  /** npm package name (default: `<spec file name>-client`). */
  packageName?: string;
  /** Whose side the document's 2.x `publish`/`subscribe` describe (default `client`: `publish` = the client sends). */
  perspective?: Perspective;
  /** Treat the parser's warnings as errors. */
  strict?: boolean;
  /**
   * How the package reaches the runtime: `bundled` (default: compiled into the package, which then depends on `ws`
   * only) or `package` (depends on `@gen-gateway/runtime`).
   */
  runtime?: RuntimeKind;
  /** Let `$ref`s reach files outside the spec's folder (by default they may not: see `load/precheck.ts`). */
  allowRefOutside?: boolean;
  /** Time and memory the parse may take. */
  limits?: ParseLimits;
  /** Replace the output folder even when gen-gateway did not write it, or its files were edited since. */
  force?: boolean;
}

export interface GenerateResult {
  outDir: string;
  files: Map<string, string>;
  ir: GatewayIr;
  warnings: Diagnostic[];
}

export interface CheckResult {
  outDir: string;
  upToDate: boolean;
  /** true when the answer came from hashes alone, without parsing the document. */
  fast: boolean;
  drift: DriftReport;
  /** Input files (relative to the spec's folder) that changed since the output was generated: the cause. */
  changedInputs: string[];
}

/** `<spec file name>-client`, spelled as npm wants it (lower case, no spaces): `My API.yaml` -> `my-api-client`. */
function defaultPackageName(base: string): string {
  const name = base.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+|-+$/g, '');
  return `${name === '' ? 'asyncapi' : name}-client`;
}

function defaults(options: GenerateOptions) {
  const base = path.basename(options.spec).replace(/\.(ya?ml|json)$/i, '');
  return {
    outDir: options.outDir ?? path.join('generated', base),
    packageName: options.packageName ?? defaultPackageName(base),
    perspective: options.perspective ?? 'client',
    specFile: path.basename(options.spec),
    runtime: options.runtime ?? 'bundled',
  };
}

function manifestOptions(options: GenerateOptions): Record<string, string> {
  const d = defaults(options);
  return { packageName: d.packageName, perspective: d.perspective, runtime: d.runtime };
}

/** Runs load -> IR -> emit in memory; nothing is written. */
export async function generateFiles(options: GenerateOptions): Promise<GenerateResult> {
  const d = defaults(options);
  assertPackageName(d.packageName);
  await assertSpecFile(options.spec);
  // The loader thread imports the parser while this one checks the input files, then parses while this one
  // loads and warms up the emitters (see warm-up.ts).
  const loader = startLoader({ maxMemoryMb: options.limits?.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB });
  let bytes: number;
  let inputs: InputFile[];
  try {
    ({ bytes } = await precheckInputs(options.spec, { allowRefOutside: options.allowRefOutside ?? false }));
    inputs = await readInputs(options.spec, { allowRefOutside: options.allowRefOutside ?? false });
  } catch (error) {
    loader.cancel();
    throw error;
  }
  const loading = loader.run(
    { spec: options.spec, perspective: d.perspective, strict: options.strict ?? false },
    { timeoutMs: options.limits?.timeoutMs ?? defaultTimeoutMs(bytes) },
  );
  // The load may fail while this thread still reads the runtime: handled here, so that is never an unhandled
  // rejection (Node's default ends the process on one); it is awaited, and thrown, below.
  loading.catch(() => undefined);
  let runtime: RuntimeLink;
  try {
    runtime = await readRuntimeLink(d.runtime);
  } catch (error) {
    loader.cancel();
    throw error;
  }
  // Emit work that needs no IR (the bundled runtime, warming up): done while the loader thread parses.
  const idle = import('./emit/warm-up.js').then((m) => m.useParseTime(runtime, GENERATOR_VERSION, loading)).catch(() => undefined);
  const { ir, warnings } = await loading;
  const runtimeBuild = await idle;
  const renamed: RenamedSchema[] = [];
  const files = await emitFiles(ir, inputs, options, runtime, runtimeBuild, (r) => renamed.push(...r));
  // The opcode target renames in the IR (the loader warned); a plain package aliases the models its own exports hide.
  if (renamed.length > 0) {
    const { renamedSchemaWarnings } = await import('./load/warn-ir.js');
    warnings.push(...(await locateProblems(options.spec, renamedSchemaWarnings(renamed), 'warning')));
  }
  return { outDir: d.outDir, files, ir, warnings };
}

/** `templates/plain/broker.ts` and every shipped broker transport, by module name (the emitter copies those a document uses). */
async function readBrokerTemplates(): Promise<Record<string, string>> {
  const { brokerTemplateModules } = await import('./emit/plain/shipped-transports.js');
  const modules = brokerTemplateModules();
  return Object.fromEntries(await Promise.all(modules.map(async (m) => [m, await readFile(path.join(TEMPLATES_DIR, `plain/${m}.ts`), 'utf8')] as const)));
}

async function emitFiles(
  ir: GatewayIr,
  inputs: InputFile[],
  options: GenerateOptions,
  runtime: RuntimeLink,
  runtimeBuild: RuntimeBuild | undefined,
  onRenamed: (renamed: readonly RenamedSchema[]) => void,
): Promise<Map<string, string>> {
  const d = defaults(options);
  const { emitPackage, packageVersionFor } = await import('./emit/index.js');
  const plain = ir.envelope.kind === 'plain';
  const readmeTemplate = await readFile(path.join(TEMPLATES_DIR, plain ? 'plain/README.md' : 'README.md'), 'utf8');
  const transportTemplate = plain ? await readFile(path.join(TEMPLATES_DIR, 'plain/transport.ts'), 'utf8') : undefined;
  const botGuide = plain
    ? undefined
    : { guide: await readFile(path.join(TEMPLATES_DIR, 'bot-guide.md'), 'utf8'), exampleBot: await readFile(path.join(TEMPLATES_DIR, 'example-bot.ts'), 'utf8') };
  const addressTemplate = plain ? await readFile(path.join(TEMPLATES_DIR, 'plain/address.ts'), 'utf8') : undefined;
  const receiveTemplate = plain ? await readFile(path.join(TEMPLATES_DIR, 'plain/receive.ts'), 'utf8') : undefined;
  // The runtime's validator, copied into a plain package: the Discord client's checks, without its dependency.
  const validateSource = plain ? await readFile(path.join(RUNTIME_DIR, 'src/validate.ts'), 'utf8') : undefined;
  const brokerTemplates = plain ? await readBrokerTemplates() : undefined;
  const hash = inputsHash(inputs);
  const header = `// Generated by gen-gateway ${GENERATOR_VERSION} from ${lineCommentText(d.specFile)} (sha256 ${hash.slice(0, 16)}). Do not edit.`;
  let files: Map<string, string>;
  try {
    files = await emitPackage({
      ir,
      header,
      readmeTemplate,
      ...(transportTemplate !== undefined && { transportTemplate }),
      ...(botGuide !== undefined && { botGuide }),
      ...(addressTemplate !== undefined && { addressTemplate }),
      ...(receiveTemplate !== undefined && { receiveTemplate }),
      ...(validateSource !== undefined && { validateSource }),
      ...(brokerTemplates !== undefined && { brokerTemplates }),
      ...(runtimeBuild !== undefined && { runtimeBuild }),
      onRenamed,
      info: { packageName: d.packageName, packageVersion: packageVersionFor(ir.version), runtime, generatorVersion: GENERATOR_VERSION, specFile: d.specFile },
    });
  } catch (error) {
    if (error instanceof GenerateError) throw error;
    throw new GenerateError('emit-failed', `could not emit a client for ${options.spec}: ${(error as Error).message}`, { cause: error });
  }
  const manifest = buildManifest(
    { generator: GENERATOR_VERSION, generatorHash: generatorHash(), spec: d.specFile, options: manifestOptions(options), inputs },
    files,
  );
  return new Map([...files, [MANIFEST_FILE, manifest]]);
}

/** Generates and writes atomically: on any failure, the previous output stays as it was. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  // Checked first, so that a wrong --out fails at once rather than after the parse; again before the swap.
  await assertReplaceable(defaults(options).outDir, options.force ?? false);
  const result = await generateFiles(options);
  await writeOutput(result.outDir, result.files, { force: options.force ?? false });
  return result;
}

/**
 * Is the output in sync with the spec? First by hashes alone (inputs, generator and every written file, as
 * recorded in the manifest), which needs no parser; only when they disagree is the document generated in
 * memory and compared file by file.
 */
export async function check(options: GenerateOptions): Promise<CheckResult> {
  const { outDir } = defaults(options);
  if (await matchesManifest(options, outDir)) return { outDir, upToDate: true, fast: true, drift: { changed: [], added: [], removed: [] }, changedInputs: [] };
  const { files } = await generateFiles(options);
  // The manifest records hashes of the generator build; the files themselves are what must agree.
  const drift = await compareOutput(outDir, files, (file) => file === MANIFEST_FILE);
  const upToDate = drift.changed.length + drift.added.length + drift.removed.length === 0;
  return { outDir, upToDate, fast: false, drift, changedInputs: upToDate ? [] : await changedInputs(options, outDir) };
}

/** Which input files differ from those the manifest recorded (all of them when there is no manifest). */
async function changedInputs(options: GenerateOptions, outDir: string): Promise<string[]> {
  const text = await readFile(path.join(outDir, MANIFEST_FILE), 'utf8').catch(() => undefined);
  const recorded = new Map((text === undefined ? undefined : parseManifest(text))?.inputs.map((i) => [i.path, i.sha256]) ?? []);
  const inputs = await readInputs(options.spec, { allowRefOutside: options.allowRefOutside ?? false });
  return inputs.filter((i) => recorded.get(i.path) !== i.sha256).map((i) => i.path);
}

async function matchesManifest(options: GenerateOptions, outDir: string): Promise<boolean> {
  const text = await readFile(path.join(outDir, MANIFEST_FILE), 'utf8').catch(() => undefined);
  const manifest = text === undefined ? undefined : parseManifest(text);
  if (manifest === undefined) return false;
  if (manifest.generator !== GENERATOR_VERSION || manifest.generatorHash !== generatorHash()) return false;
  if (JSON.stringify(manifest.options) !== JSON.stringify(manifestOptions(options))) return false;
  const inputs = await readInputs(options.spec, { allowRefOutside: options.allowRefOutside ?? false }).catch(() => undefined);
  if (inputs === undefined || JSON.stringify(inputs) !== JSON.stringify(manifest.inputs)) return false;
  const expected = Object.keys(manifest.files).sort();
  const onDisk = await walkKnown(outDir, new Set(expected), true);
  if (onDisk.unknown.length > 0 || JSON.stringify(onDisk.files) !== JSON.stringify(expected)) return false;
  for (const file of expected) {
    const content = await readFile(path.join(outDir, file));
    if (sha256(content) !== manifest.files[file]) return false;
  }
  return true;
}
