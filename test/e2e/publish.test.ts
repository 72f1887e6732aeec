/**
 * The generated package and the runtime as npm would publish them: publint (package.json, exports, files) and
 * arethetypeswrong (types resolve under every module resolution). Both are ESM-only packages, which attw's
 * `esm-only` profile accepts (a CommonJS caller must use `import()`).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../generator/helpers.js';

const run = promisify(execFile);
const bin = (name: string) => path.join(ROOT, 'node_modules/.bin', name);

describe.each([
  ['the generated package', path.join(ROOT, 'generated/discord-gateway')],
  ['the runtime', path.join(ROOT, 'runtime')],
])('%s', (_, dir) => {
  it('passes publint', async () => {
    const { stdout } = await run(bin('publint'), ['--strict'], { cwd: dir });
    expect(stdout).toMatch(/All good!/);
  }, 60_000);

  it('passes arethetypeswrong', async () => {
    // Exits non-zero on any problem the profile counts; the JSON lists them all, the ignored kind included.
    const result = await run(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'json'], { cwd: dir })
      .then((ok) => ({ ...ok, code: 0 }), (error: { stdout: string; code: number }) => error);
    const report = JSON.parse(result.stdout) as { analysis: { problems: Array<{ kind: string }> } };
    expect(report.analysis.problems.filter((p) => p.kind !== 'CJSResolvesToESM')).toEqual([]);
    expect(result.code).toBe(0);
  }, 60_000);
});
