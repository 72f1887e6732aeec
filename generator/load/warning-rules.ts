/** The rules of the generator's own warnings (see `warn-ir.ts`), apart so the CLI can name them without loading the checks. */
export const INDISTINGUISHABLE = 'indistinguishable-messages';
export const UNCHECKED_PATTERN = 'unchecked-pattern';
export const RENAMED_SCHEMA = 'renamed-schema';

/** The CLI prints these in full; the parser's style warnings get a one-line summary. */
export const GENERATOR_WARNING_RULES: ReadonlySet<string> = new Set([INDISTINGUISHABLE, UNCHECKED_PATTERN, RENAMED_SCHEMA]);
