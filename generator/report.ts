/** How results and diagnostics are printed: for people (colour on a TTY only), as JSON, or as GitHub annotations. */
import picocolors from 'picocolors';
import { formatDiagnostic, type Diagnostic } from './errors.js';

/**
 * Colour only where a person reads it: the stream is a terminal, `NO_COLOR` is unset (https://no-color.org)
 * and `TERM` is not `dumb`; `FORCE_COLOR` forces it. (picocolors alone also colours on any CI.)
 */
export function colorEnabled(stream: { isTTY?: boolean } | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return stream?.isTTY === true && env.TERM !== 'dumb';
}

/** Colours for what goes to stdout and to stderr, each decided by its own stream. */
export const colors = {
  out: picocolors.createColors(colorEnabled(process.stdout)),
  err: picocolors.createColors(colorEnabled(process.stderr)),
};
const pc = colors.err;

export type OutputFormat = 'text' | 'json' | 'github';

function escapeGithub(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function formatDiagnostics(diagnostics: Diagnostic[], format: OutputFormat): string[] {
  if (format === 'json') return [];
  if (format === 'github') {
    return diagnostics.map((d) => `::${d.severity} file=${d.file},line=${d.line},col=${d.column},title=${d.rule}::${escapeGithub(d.message + (d.hint ? ` (hint: ${d.hint})` : ''))}`);
  }
  return diagnostics.map((d) => {
    const text = formatDiagnostic(d);
    return d.severity === 'error' ? text.replace(' error ', ` ${pc.red('error')} `) : text.replace(' warning ', ` ${pc.yellow('warning')} `);
  });
}

/** The parser warns about style (missing ids, tags...). One line unless asked for all of them. */
export function warningSummary(warnings: Diagnostic[]): string | undefined {
  if (warnings.length === 0) return undefined;
  const byRule = new Map<string, number>();
  for (const w of warnings) byRule.set(w.rule, (byRule.get(w.rule) ?? 0) + 1);
  const top = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3).map(([rule, n]) => `${rule} x${n}`).join(', ');
  return pc.yellow(`${warnings.length} warning${warnings.length === 1 ? '' : 's'} from the AsyncAPI parser (${top}${byRule.size > 3 ? ', ...' : ''}); --strict shows them and fails on them.`);
}
