/**
 * Parses and validates an AsyncAPI document with `@asyncapi/parser`, and turns its diagnostics into located,
 * readable ones. The parser is imported here and only here, lazily: it costs about a second and 100 MB.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { GenerateError, type Diagnostic } from '../errors.js';
import { hintFor } from './hints.js';

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

export async function loadDocument(specPath: string, options: LoadOptions = {}): Promise<LoadedDocument> {
  const absolute = path.resolve(specPath);
  const display = options.displayPath ?? ((file: string) => path.relative(process.cwd(), file) || file);
  try {
    await access(absolute);
  } catch {
    throw new GenerateError('spec-not-found', `${display(absolute)}: no such file`);
  }
  const { Parser, fromFile } = await import('@asyncapi/parser');
  const parser = new Parser();
  let result;
  try {
    result = await fromFile(parser, absolute).parse();
  } catch (error) {
    throw new GenerateError('invalid-spec', `${display(absolute)}: ${(error as Error).message}`, { cause: error });
  }
  const diagnostics = result.diagnostics
    .filter((d) => d.severity === SEVERITY_ERROR || d.severity === SEVERITY_WARNING)
    .map((d): Diagnostic => {
      const file = typeof d.source === 'string' && d.source !== '' ? d.source : absolute;
      const rule = String(d.code);
      const message = d.path.length > 0 ? `${d.path.join('.')}: ${d.message}` : d.message;
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
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  if (errors.length > 0 || result.document === undefined) {
    throw new GenerateError('invalid-spec', `${display(absolute)} is not a valid AsyncAPI document (${errors.length} error${errors.length === 1 ? '' : 's'})`, {
      diagnostics: options.strict ? [...errors, ...warnings] : errors,
    });
  }
  if (options.strict && warnings.length > 0) {
    throw new GenerateError('invalid-spec', `${display(absolute)} has ${warnings.length} warning(s) and --strict is on`, { diagnostics: warnings });
  }
  return { json: result.document.json() as Record<string, unknown>, warnings };
}
