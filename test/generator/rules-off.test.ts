/**
 * `--strict` and the parser rules a document turns off for itself (`x-gen-gateway-rules-off`): the flagship spec
 * passes `--strict`; a turned-off rule drops only its own warnings; an entry that turns off nothing, or gives no
 * reason, is reported where it is written.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCORD_SPEC, runCli, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir()));
afterAll(async () => cleanup());

it('passes --strict on spec/discord-gateway.yaml (no parser warning left)', async () => {
  const result = await runCli([DISCORD_SPEC, '--strict', '--out', path.join(dir, 'discord')]);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
}, 60_000);

/**
 * A document the parser has nothing to say about, except that its contact has no email; `rulesOff` is appended
 * at its root verbatim (YAML), `extra` anywhere else at the root.
 */
function document(rulesOff = '', extra = ''): string {
  return `asyncapi: 2.6.0
id: urn:example:rules-off
info:
  title: Rules off
  version: 1.0.0
  description: A document for the rules-off tests.
  contact:
    name: Nobody
    url: https://example.com
  license:
    name: MIT
defaultContentType: application/json
tags:
  - name: t
servers:
  main:
    url: ws://localhost:1
    protocol: ws
channels:
  /:
    subscribe:
      operationId: receive
      message:
        messageId: ping
        name: ping
        payload:
          type: object
          properties:
            type:
              type: string
              const: ping
${extra}${rulesOff}`;
}

async function strict(name: string, text: string) {
  const spec = path.join(dir, `${name}.yaml`);
  await writeFile(spec, text);
  return runCli([spec, '--strict', '--out', path.join(dir, `${name}-out`)]);
}

describe('x-gen-gateway-rules-off', () => {
  it.each<[string, { rulesOff: string; extra?: string; code: number; err: RegExp | '' }]>([
    ['without it, the missing email is a warning', {
      rulesOff: '', code: 1, err: /rules-off\.yaml:7:11 warning asyncapi-info-contact-properties info\.contact: Contact object should have "name", "url" and "email"/,
    }],
    ['turning that rule off, with a reason, leaves nothing to warn about', {
      rulesOff: 'x-gen-gateway-rules-off:\n  asyncapi-info-contact-properties: the API publishes no email\n', code: 0, err: '',
    }],
    ['an entry that turns off nothing is a warning at the entry', {
      rulesOff: 'x-gen-gateway-rules-off:\n  asyncapi-info-contact-properties: no email\n  asyncapi-info-contact-propertys: misspelt\n',
      code: 1, err: /rules-off\.yaml:34:3 warning rules-off-unneeded x-gen-gateway-rules-off turns off asyncapi-info-contact-propertys, which reports no warning in this document\n  hint: remove the entry/,
    }],
    ['an error cannot be turned off', {
      rulesOff: 'x-gen-gateway-rules-off:\n  asyncapi-info-contact-properties: no email\n  asyncapi-document-resolved: trying to silence an error\n',
      extra: 'bogus: true\n', code: 1, err: /error asyncapi-document-resolved bogus: Property "bogus" is not expected to be here/,
    }],
    ['an entry without a reason is an error at the entry', {
      rulesOff: 'x-gen-gateway-rules-off:\n  asyncapi-info-contact-properties: ""\n',
      code: 1, err: /rules-off\.yaml:33:3 error rules-off x-gen-gateway-rules-off\.asyncapi-info-contact-properties: say why the rule is turned off/,
    }],
    ['a list instead of a map is an error', {
      rulesOff: 'x-gen-gateway-rules-off: [asyncapi-info-contact-properties]\n',
      code: 1, err: /rules-off\.yaml:32:1 error rules-off x-gen-gateway-rules-off must map each rule it turns off to the reason/,
    }],
  ])('%s', async (_, { rulesOff, extra, code, err }) => {
    const result = await strict('rules-off', document(rulesOff, extra));
    if (err === '') expect(result.err).toBe('');
    else expect(result.err).toMatch(err);
    expect(result.code).toBe(code);
  }, 30_000);
});
