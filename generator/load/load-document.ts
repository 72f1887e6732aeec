/**
 * Parses and validates an AsyncAPI document with `@asyncapi/parser`, and turns its diagnostics into located,
 * readable ones. The parser is imported here and only here, lazily: it costs about a second and 100 MB.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { GenerateError, type Diagnostic } from '../errors.js';
import { hintFor } from './hints.js';
import { applyRulesOff } from './rules-off.js';

export interface LoadedDocument {
  /** The resolved document (every `$ref` replaced by the object it points at). */
  json: Record<string, unknown>;
  warnings: Diagnostic[];
}

export interface LoadOptions {
  /** How files are named in diagnostics (default: relative to the working directory). */
  displayPath?: (file: string) => string;
  strict?: boolean;
}

const SEVERITY_ERROR = 0;
const SEVERITY_WARNING = 1;

/** Non-JSON-Schema payload formats the parser can turn into JSON Schema, and the package that does it. */
const SCHEMA_FORMATS: Array<{ format: RegExp; load: () => Promise<unknown> }> = [
  { format: /application\/vnd\.apache\.avro/, load: async () => (await import('@asyncapi/avro-schema-parser')).AvroSchemaParser() },
  { format: /application\/vnd\.oai\.openapi/, load: async () => (await import('@asyncapi/openapi-schema-parser')).OpenAPISchemaParser() },
  { format: /application\/vnd\.google\.protobuf/, load: async () => (await import('@asyncapi/protobuf-schema-parser')).ProtoBuffSchemaParser() },
];

/**
 * The schema parsers a document needs, by a look at its files' text: each costs up to half a second to
 * load, so a document in plain JSON Schema (Discord's) loads none.
 */
async function schemaParsersFor(entry: string): Promise<never[]> {
  const { readInputTexts } = await import('./inputs.js');
  const texts = [...(await readInputTexts(entry).catch(() => new Map<string, string>())).values()].filter((t) => t.includes('schemaFormat'));
  if (texts.length === 0) return [];
  const needed = SCHEMA_FORMATS.filter((f) => texts.some((t) => f.format.test(t)));
  return (await Promise.all(needed.map((f) => f.load()))) as never[];
}

/** Rewrites each `invalid-ref` diagnostic to quote the `$ref` and point at where it is written. */
async function explainRefErrors(diagnostics: Diagnostic[], entry: string, display: (file: string) => string): Promise<void> {
  const { findRefSites, readRefProblem, refMessage, siteOf } = await import('./ref-errors.js');
  const sites = await findRefSites(entry);
  for (const d of diagnostics) {
    if (d.rule !== 'invalid-ref') continue;
    const problem = readRefProblem(d.message.replace(/^[^:]*\$ref: /, ''));
    if (problem === undefined) continue;
    const site = siteOf(problem, sites);
    const { message, hint } = refMessage(problem, site, display);
    d.message = message;
    d.hint = hint;
    if (site !== undefined) Object.assign(d, { file: display(site.file), line: site.line, column: site.column });
  }
  diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Imports the parser ahead of use (the loader thread does while the input files are checked). */
export async function preloadParser(): Promise<void> {
  await import('@asyncapi/parser');
}

/**
 * A parser message without the stack trace it sometimes carries (a rule that crashed reports
 * "..., stack: TypeError: ... at ..."): diagnostics are for the document's author, and go to CI logs.
 */
export function withoutStack(message: string): string {
  return message.replace(/,? stack: [\s\S]*$/, '').replace(/\n\s+at [\s\S]*$/, '').trim();
}

export async function loadDocument(specPath: string, options: LoadOptions = {}): Promise<LoadedDocument> {
  const absolute = path.resolve(specPath);
  const display = options.displayPath ?? ((file: string) => path.relative(process.cwd(), file) || file);
  try {
    await access(absolute);
  } catch {
    throw new GenerateError('spec-not-found', `${display(absolute)}: no such file`);
  }
  const { Parser, fromFile } = await import('@asyncapi/parser');
  const parser = new Parser({ schemaParsers: await schemaParsersFor(absolute) });
  let result;
  try {
    result = await fromFile(parser, absolute).parse();
  } catch (error) {
    const message = withoutStack((error as Error).message);
    throw new GenerateError('invalid-spec', `${display(absolute)}: ${message}`, { cause: error, diagnostics: [{ severity: 'error', rule: 'parser', message, file: display(absolute), line: 1, column: 1 }] });
  }
  const diagnostics = result.diagnostics
    .filter((d) => d.severity === SEVERITY_ERROR || d.severity === SEVERITY_WARNING)
    .map((d): Diagnostic => {
      const file = typeof d.source === 'string' && d.source !== '' ? d.source : absolute;
      const rule = String(d.code);
      const text = withoutStack(d.message);
      const message = d.path.length > 0 ? `${d.path.join('.')}: ${text}` : text;
      const hint = hintFor(rule, d.message, d.path.map(String));
      return {
        severity: d.severity === SEVERITY_ERROR ? 'error' : 'warning',
        rule,
        message,
        // The parser counts lines and columns from 0; editors and humans count from 1.
        file: display(path.resolve(file)),
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        ...(hint !== undefined && { hint }),
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  if (diagnostics.some((d) => d.rule === 'invalid-ref')) await explainRefErrors(diagnostics, absolute, display);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  if (errors.length > 0 || result.document === undefined) {
    throw new GenerateError('invalid-spec', `${display(absolute)} is not a valid AsyncAPI document (${errors.length} error${errors.length === 1 ? '' : 's'})`, {
      diagnostics: options.strict ? [...errors, ...warnings] : errors,
    });
  }
  const json = result.document.json() as Record<string, unknown>;
  const reported = await applyRulesOff(json, warnings, absolute, display);
  if (options.strict && reported.length > 0) {
    throw new GenerateError('invalid-spec', `${display(absolute)} has ${reported.length} warning(s) and --strict is on`, { diagnostics: reported });
  }
  return { json, warnings: reported };
}
