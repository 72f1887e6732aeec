/**
 * Load stage as one call: parse and validate the document, then build the IR, turning the IR builder's own
 * findings (name collisions, unsupported constructs) into located diagnostics. `loadIrOffThread` runs it in
 * a worker thread, so that the second core loads the emitters (Modelina, ts-morph: over a second) while the
 * parser works; the IR is plain data and crosses threads as a structured clone.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { GenerateError, type Diagnostic } from '../errors.js';
import type { GatewayIr } from '../ir/types.js';
import type { Perspective } from '../ir/collect-messages.js';
import { NameCollisionError } from '../ir/names.js';
import { UnsupportedConstructError } from '../ir/unsupported.js';
import { locatePointer } from './locate.js';
import { checkIr, type IrProblem } from './check-ir.js';
import { irWarnings, renamedSchemaWarnings } from './warn-ir.js';
import { yieldToTargetNames } from '../ir/target-names.js';

export interface LoadIrOptions {
  spec: string;
  perspective: Perspective;
  strict: boolean;
}

export interface LoadedIr {
  ir: GatewayIr;
  warnings: Diagnostic[];
}

export async function loadIr(options: LoadIrOptions): Promise<LoadedIr> {
  try {
    return await loadIrUnguarded(options);
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw nestingError(options.spec);
    throw error;
  }
}

async function loadIrUnguarded(options: LoadIrOptions): Promise<LoadedIr> {
  const { loadDocument } = await import('./load-document.js');
  const loaded = await loadDocument(options.spec, { strict: options.strict });
  const { buildIr } = await import('../ir/build-ir.js');
  let ir: GatewayIr;
  try {
    ir = buildIr(loaded.json, { file: options.spec, perspective: options.perspective });
  } catch (error) {
    if (error instanceof NameCollisionError) throw await collisionError(error);
    if (error instanceof UnsupportedConstructError) throw await unsupportedError(error);
    throw error;
  }
  if (ir.messages.length === 0) throw await noMessagesError(options.spec, loaded.json);
  const renamed = yieldToTargetNames(ir);
  const problems = checkIr(ir);
  if (problems.length > 0) throw await irProblemsError(options.spec, problems);
  return { ir, warnings: [...loaded.warnings, ...(await locateProblems(options.spec, [...renamedSchemaWarnings(renamed), ...irWarnings(ir)], 'warning'))] };
}

async function noMessagesError(spec: string, doc: Record<string, unknown>): Promise<GenerateError> {
  const v3 = String(doc.asyncapi ?? '').startsWith('3');
  const pointer = v3 && doc.operations !== undefined ? '/operations' : '/channels';
  const at = await locatePointer(spec, pointer);
  const message = 'the document has no message to send or receive: there is nothing to generate';
  const hint = v3 ? 'a 3.x document needs operations (action: send or receive) on channels with messages' : 'a 2.x channel needs a publish or subscribe operation with a message';
  return new GenerateError('invalid-spec', `${spec}: ${message}`, { diagnostics: [{ severity: 'error', rule: 'no-messages', message, file: spec, line: at.line, column: at.column, hint }] });
}

/** Each problem as a diagnostic at the line and column its pointer names. */
/** Problems found in the IR (or by an emitter), as diagnostics at their place in the document. */
export async function locateProblems(spec: string, problems: IrProblem[], severity: Diagnostic['severity']): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  for (const problem of problems) {
    const file = problem.source.file === '' ? spec : problem.source.file;
    const at = await locatePointer(file, `${problem.source.pointer}${problem.at ?? ''}`);
    diagnostics.push({ severity, rule: problem.rule, message: problem.message, file, line: at.line, column: at.column, ...(problem.hint !== undefined && { hint: problem.hint }) });
  }
  return diagnostics;
}

async function irProblemsError(spec: string, problems: IrProblem[]): Promise<GenerateError> {
  const diagnostics = await locateProblems(spec, problems, 'error');
  return new GenerateError('invalid-spec', `${spec}: ${problems.length} problem${problems.length === 1 ? '' : 's'} stop${problems.length === 1 ? 's' : ''} the generation`, { diagnostics });
}

async function unsupportedError(error: UnsupportedConstructError): Promise<GenerateError> {
  const at = await locatePointer(error.file, error.pointer);
  const diagnostic: Diagnostic = { severity: 'error', rule: 'unsupported', message: error.message, file: error.file, line: at.line, column: at.column, ...(error.hint !== undefined && { hint: error.hint }) };
  return new GenerateError('unsupported', `${error.file}: ${error.message}`, { diagnostics: [diagnostic], cause: error });
}

async function collisionError(error: NameCollisionError): Promise<GenerateError> {
  const diagnostics: Diagnostic[] = [];
  for (const [owner, other] of [[error.first, error.second], [error.second, error.first]] as const) {
    const [file, pointer] = owner.split('#') as [string, string];
    const at = await locatePointer(file, pointer);
    diagnostics.push({ severity: 'error', rule: 'name-collision', message: `'${error.claimed}' is also the name of ${other.split('#')[1]}`, file, line: at.line, column: at.column, hint: 'rename one of them (names are compared after conversion to PascalCase)' });
  }
  return new GenerateError('name-collision', error.message, { diagnostics, cause: error });
}

/** What a worker posts back: the IR, or an error as data (a class instance does not survive the clone). */
export type WorkerReply =
  | { ok: true; loaded: LoadedIr }
  | { ok: false; generateError?: { code: GenerateError['code']; message: string; diagnostics: Diagnostic[] }; message: string; stack?: string };

export function toReply(error: unknown): WorkerReply {
  if (error instanceof GenerateError) return { ok: false, generateError: { code: error.code, message: error.message, diagnostics: error.diagnostics }, message: error.message };
  const e = error instanceof Error ? error : new Error(String(error));
  return { ok: false, message: e.message, ...(e.stack !== undefined && { stack: e.stack }) };
}

function fromReply(reply: WorkerReply): LoadedIr {
  if (reply.ok) return reply.loaded;
  if (reply.generateError) throw new GenerateError(reply.generateError.code, reply.generateError.message, { diagnostics: reply.generateError.diagnostics });
  const error = new Error(reply.message);
  if (reply.stack !== undefined) error.stack = reply.stack;
  throw error;
}

/** The call stack ran out (a structure nested through thousands of `$ref`s, say): the document's doing. */
export function nestingError(spec: string): GenerateError {
  return limitError(spec, 'nesting', 'the document nests too deeply to be read (the call stack ran out)', 'schemas nested thousands of levels deep, directly or through $refs, cannot be turned into types');
}

export interface Loader {
  /** Parses and builds the IR; rejects with a located `GenerateError` when a limit is hit. */
  run(options: LoadIrOptions, limits: { timeoutMs: number }): Promise<LoadedIr>;
  /** Stops the loader thread without running it (the pre-checks failed). */
  cancel(): void;
}

/**
 * A loader thread, started at once so that it imports the parser (about a second) while the caller checks the
 * input files; it parses when `run` is called. Its heap is capped (`resourceLimits`) and its wall time bounded:
 * a document the checks did not foresee still ends in a located error, never in a hang or an exhausted machine.
 * From sources (tests), where a worker cannot load TypeScript, it runs in-process without those bounds.
 */
export function startLoader(limits: { maxMemoryMb: number }): Loader {
  const script = new URL('./load-ir-worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.js')) return { run: (options) => loadIr(options), cancel: () => undefined };
  const thread = new Worker(script, {
    resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb, },
  });
  // Until `run`, an early failure (the parser failing to load) is kept for it to report.
  let early: unknown;
  const onEarly = (error: unknown) => (early = error);
  thread.once('error', onEarly);
  return {
    cancel: () => void thread.terminate(),
    run: (options, { timeoutMs }) => new Promise<LoadedIr>((resolve, reject) => {
      thread.off('error', onEarly);
      if (early !== undefined) return reject(threadFailure(early, options.spec, limits.maxMemoryMb));
      const timer = setTimeout(() => {
        void thread.terminate();
        reject(limitError(options.spec, 'parse-timeout', `parsing and reading the document took longer than ${Number((timeoutMs / 1000).toFixed(1))} s`, 'a document this slow to parse is likely built to be (deep nesting, many aliases); --timeout raises the limit'));
      }, timeoutMs);
      const settle = (fn: () => void) => {
        clearTimeout(timer);
        void thread.terminate();
        fn();
      };
      thread.once('message', (reply: WorkerReply) => settle(() => {
        try {
          resolve(fromReply(reply));
        } catch (error) {
          reject(error);
        }
      }));
      thread.once('error', (error) => settle(() => reject(threadFailure(error, options.spec, limits.maxMemoryMb))));
      thread.once('exit', (code) => settle(() => reject(new Error(`the loader thread exited with code ${code}`))));
      thread.postMessage(options);
    }),
  };
}

/** A limit the document as a whole ran into: located at its start, the one place that can be named. */
function limitError(spec: string, rule: string, message: string, hint: string): GenerateError {
  const file = path.relative(process.cwd(), path.resolve(spec)) || spec;
  const diagnostic: Diagnostic = { severity: 'error', rule, message, file, line: 1, column: 1, hint };
  return new GenerateError('invalid-spec', `${file}: ${message}`, { diagnostics: [diagnostic] });
}

function threadFailure(error: unknown, spec: string, maxMemoryMb: number): Error {
  if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return limitError(spec, 'parse-memory', `parsing the document needed more than ${maxMemoryMb} MB`, 'a document this large in memory is likely built to be; --max-memory raises the limit');
  }
  return error instanceof Error ? error : new Error(String(error));
}
