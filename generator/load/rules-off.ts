/**
 * Parser rules a document turns off for itself. Spectral (the parser's linter) can only be configured from
 * outside the document, so a document that knows a recommendation does not fit it says so at its root, with the
 * reason, and the generator drops those warnings after parsing:
 *
 *   x-gen-gateway-rules-off:
 *     asyncapi-info-contact-properties: the API publishes no contact email
 *
 * Only warnings can be turned off, never an error. An entry must be needed: one that turns off nothing (a
 * misspelt rule, a warning the document no longer has, an error rule) is itself a warning, so `--strict` does
 * not let a stale entry stay.
 */
import { GenerateError, type Diagnostic } from '../errors.js';
import { locatePointer } from './locate.js';

export const RULES_OFF = 'x-gen-gateway-rules-off';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The warnings left once the document's own `x-gen-gateway-rules-off` entries are applied, plus one per unneeded entry. */
export async function applyRulesOff(json: Record<string, unknown>, warnings: Diagnostic[], file: string, display: (file: string) => string): Promise<Diagnostic[]> {
  const entries = json[RULES_OFF];
  if (entries === undefined) return warnings;
  const at = async (pointer: string) => ({ file: display(file), ...(await locatePointer(file, pointer)) });
  const pointerOf = (rule: string) => `/${RULES_OFF}/${rule.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  const invalid = async (pointer: string, message: string) =>
    new GenerateError('invalid-spec', `${display(file)}: ${message}`, { diagnostics: [{ severity: 'error', rule: 'rules-off', message, ...(await at(pointer)) }] });

  if (!isRecord(entries)) throw await invalid(`/${RULES_OFF}`, `${RULES_OFF} must map each rule it turns off to the reason`);
  for (const [rule, reason] of Object.entries(entries)) {
    if (typeof reason !== 'string' || reason.trim() === '') throw await invalid(pointerOf(rule), `${RULES_OFF}.${rule}: say why the rule is turned off (a non-empty string)`);
  }
  const off = new Set(Object.keys(entries));
  const kept = warnings.filter((w) => !off.has(w.rule));
  const reported = new Set(warnings.map((w) => w.rule));
  for (const rule of off) {
    if (reported.has(rule)) continue;
    kept.push({
      severity: 'warning',
      rule: 'rules-off-unneeded',
      message: `${RULES_OFF} turns off ${rule}, which reports no warning in this document`,
      hint: 'remove the entry, or check the rule\'s name (only warnings can be turned off)',
      ...(await at(pointerOf(rule))),
    });
  }
  return kept;
}
