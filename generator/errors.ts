/** The generator's one error class: a stable `code`, a human message, and located diagnostics when it has them. */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** The rule or check that produced it (a parser rule name, or one of the generator's own codes). */
  rule: string;
  message: string;
  file: string;
  line: number;
  column: number;
  hint?: string;
}

export type GenerateErrorCode =
  | 'spec-not-found'
  | 'invalid-spec'
  | 'name-collision'
  | 'unsupported'
  | 'emit-failed'
  | 'output-not-ours'
  | 'write-failed'
  | 'bad-argument';

export class GenerateError extends Error {
  override readonly name = 'GenerateError';
  readonly code: GenerateErrorCode;
  readonly diagnostics: Diagnostic[];

  constructor(code: GenerateErrorCode, message: string, options: { diagnostics?: Diagnostic[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.diagnostics = options.diagnostics ?? [];
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`;
  return d.hint === undefined ? head : `${head}\n  hint: ${d.hint}`;
}
