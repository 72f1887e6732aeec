import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED, runCli, tempDir } from './helpers.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

describe('an invalid spec', () => {
  it('reports exactly the seed document\'s two defects, located, and writes nothing', async () => {
    const tmp = await tempDir();
    cleanup = tmp.cleanup;
    const out = path.join(tmp.dir, 'out');
    const result = await runCli([SEED, '--out', out]);
    expect(result.code).toBe(1);
    const errors = result.err.split('\n').filter((l) => / error /.test(l));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/discord-gateway\.seed\.yaml:14:11 error asyncapi-document-resolved info\.contact\.email: "email" property type must be string/);
    expect(errors[1]).toMatch(/discord-gateway\.seed\.yaml:17:16 error asyncapi-document-resolved info\.externalDocs: Property "externalDocs" is not expected to be here/);
    expect(result.err).toMatch(/hint: YAML read this value as a list/);
    expect(result.err).toMatch(/hint: in AsyncAPI 2\.x, externalDocs belongs at the document root/);
    expect(result.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out)).toBe(false);
  }, 30_000);

  it('names a missing file plainly, as a usage error', async () => {
    const result = await runCli(['does/not/exist.yaml']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/does\/not\/exist\.yaml: no such file; nothing was written/);
  });

  it('prints GitHub annotations and JSON on request', async () => {
    const github = await runCli([SEED, '--format', 'github', '--out', '/nonexistent/never']);
    expect(github.err).toMatch(/^::error file=.*discord-gateway\.seed\.yaml,line=14,col=11,title=asyncapi-document-resolved::/m);
    const json = await runCli([SEED, '--format', 'json', '--out', '/nonexistent/never']);
    const report = JSON.parse(json.out) as { ok: boolean; diagnostics: Array<{ line: number; column: number }> };
    expect(report.ok).toBe(false);
    expect(report.diagnostics.map((d) => [d.line, d.column])).toEqual([[14, 11], [17, 16]]);
  }, 30_000);

  it('rejects a bad argument with a usage error', async () => {
    const result = await runCli([SEED, '--perspective', 'sideways']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--perspective <side>' argument 'sideways' is invalid\. Allowed choices are client, server/);
  });
});

describe('hints', () => {
  it.each<[string, 'channel' | 'publish', string, RegExp]>([
    ['a misspelled field gets "did you mean"', 'publish', 'paylaod', /hint: did you mean 'payload'\?/],
    ['two swapped letters are one slip: "did you mean"', 'channel', 'nmae', /hint: did you mean 'name'\?/],
    ...(['name', 'title', 'summary', 'payload'] as const).map((field) => [
      `a correctly spelled '${field}' in the wrong place says so, never "did you mean"`, 'channel', field,
      new RegExp(`hint: '${field}' is spelled right but does not belong here`),
    ] as [string, 'channel', string, RegExp]),
    ['an unknown name far from any field gets no hint', 'publish', 'zqxwv', /^(?![\s\S]*hint)/],
  ])('%s', async (_, where, field, want) => {
    const tmp = await tempDir();
    cleanup = tmp.cleanup;
    const file = path.join(tmp.dir, 'doc.yaml');
    const misplaced = where === 'channel' ? `    ${field}: x\n    publish:\n` : `    publish:\n      ${field}: x\n`;
    await writeFile(file, `asyncapi: 2.6.0\ninfo: { title: T, version: '1' }\nchannels:\n  /:\n${misplaced}      message: { name: M, payload: { type: string } }\n`);
    const result = await runCli([file, '--out', path.join(tmp.dir, 'out')]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`Property "${field}" is not expected to be here`));
    expect(result.err).toMatch(want);
    if (!/did you mean/.test(String(want))) expect(result.err).not.toMatch(/did you mean/);
    expect(result.err).not.toMatch(/check the spelling/);
  }, 30_000);
});

describe('--check --format github', () => {
  it('annotates the spec file that changed, not only the generated files', async () => {
    const tmp = await tempDir();
    cleanup = tmp.cleanup;
    const spec = path.join(tmp.dir, 'doc.yaml');
    const text = "asyncapi: 2.6.0\ninfo: { title: T, version: '1' }\nchannels:\n  /:\n    publish:\n      message: { name: M, summary: before, payload: { type: object, properties: { a: { type: string } } } }\n";
    await writeFile(spec, text);
    const out = path.join(tmp.dir, 'out');
    expect((await runCli([spec, '--out', out])).code).toBe(0);
    await writeFile(spec, text.replace('before', 'after'));
    const result = await runCli([spec, '--out', out, '--check', '--format', 'github']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`^::error file=${spec.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},line=1,title=spec changed::doc\\.yaml changed since`, 'm'));
    expect(result.err).toMatch(/^::error file=.*out\/README\.md::generated file changed; run npx gen-gateway .*doc\.yaml --out .*out$/m);
  }, 60_000);
});
