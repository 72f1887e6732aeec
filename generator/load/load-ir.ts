/**
 * Load stage as one call: parse and validate the document, then build the IR, turning the IR builder's own
 * findings (name collisions, unsupported constructs) into located diagnostics. `loadIrOffThread` runs it in
 * a worker thread, so that the second core loads the emitters (Modelina, ts-morph: over a second) while the
 * parser works; the IR is plain data and crosses threads as a structured clone.
 */
import { Worker } from 'node:worker_threads';
import { GenerateError, type Diagnostic } from '../errors.js';
import type { GatewayIr } from '../ir/types.js';
import type { Perspective } from '../ir/collect-messages.js';
import { NameCollisionError } from '../ir/names.js';
import { UnsupportedConstructError } from '../ir/unsupported.js';
import { locatePointer } from './locate.js';

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
  const { loadDocument } = await import('./load-document.js');
  const loaded = await loadDocument(options.spec, { strict: options.strict });
  const { buildIr } = await import('../ir/build-ir.js');
  try {
    return { ir: buildIr(loaded.json, { file: options.spec, perspective: options.perspective }), warnings: loaded.warnings };
  } catch (error) {
    if (error instanceof NameCollisionError) throw await collisionError(error);
    if (error instanceof UnsupportedConstructError) throw await unsupportedError(error);
    throw error;
  }
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

/** Off the main thread when running built (a worker needs JavaScript); in-process when run from sources. */
export function loadIrOffThread(options: LoadIrOptions): Promise<LoadedIr> {
  const worker = new URL('./load-ir-worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.js')) return loadIr(options);
  return new Promise<LoadedIr>((resolve, reject) => {
    const thread = new Worker(worker, { workerData: options });
    thread.once('message', (reply: WorkerReply) => {
      try {
        resolve(fromReply(reply));
      } catch (error) {
        reject(error);
      }
    });
    thread.once('error', reject);
    thread.once('exit', (code) => code !== 0 && reject(new Error(`the loader thread exited with code ${code}`)));
  });
}
