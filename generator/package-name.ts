/** `--name`: the generated package's name must be one npm accepts for a new package. */
import validate from 'validate-npm-package-name';
import { GenerateError } from './errors.js';

export function assertPackageName(name: string): void {
  const result = validate(name);
  if (result.validForNewPackages) return;
  const problems = [...(result.errors ?? []), ...(result.warnings ?? [])];
  throw new GenerateError('bad-argument', `--name ${JSON.stringify(name)} is not a valid npm package name: ${problems.join('; ')}`);
}
