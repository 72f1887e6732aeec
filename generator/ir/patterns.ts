/**
 * Whether a schema's `pattern` can be checked at run time: it must compile as the validator compiles it
 * (`new RegExp(pattern, 'u')`, as in `runtime/src/validate.ts` and `templates/plain/address.ts`), and must not
 * take exponential time on a string a peer chooses (a received payload is untrusted input: `^(a+)+$` against
 * 30 `a`s and a `!` is seconds of CPU). The load stage warns about a pattern that fails either test, where it is
 * written; the plain emitters leave it out of what the client checks, so the client never throws on it.
 *
 * Exponential time is found by safe-regex2 (fastify's, a star-height check: a quantifier inside a quantified
 * group, or more than 25 quantifiers). It does not find polynomial backtracking (`\d+\.\d+` on long digit
 * runs), which costs time in proportion to a power of the string's length rather than doubling per character.
 */
import safeRegex from 'safe-regex2';

/** Why `pattern` is left unchecked, or undefined when the client can check it. */
export function patternProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return `is not a valid regular expression (${(error as Error).message.replace(/^Invalid regular expression: /, '')})`;
  }
  if (!safeRegex(pattern)) return 'may take exponential time to match (a quantifier inside a quantified group, or over 25 quantifiers): a hostile string could stall the client';
  return undefined;
}
