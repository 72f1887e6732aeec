/** The generator's public API. */
export { generate, generateFiles, check } from './generate.js';
export type { GenerateOptions, GenerateResult, CheckResult } from './generate.js';
export { GenerateError, formatDiagnostic } from './errors.js';
export type { Diagnostic, GenerateErrorCode, Severity } from './errors.js';
export type { GatewayIr, MessageIr, NamedSchema, JsonSchema, Envelope } from './ir/types.js';
