/**
 * Secrets stay secret everywhere: the token and URL credentials are in no enumerable field of a client (so
 * printing one shows nothing), and are redacted, with the fragments of them that error texts quote, from every
 * message, cause chain and validation issue; redaction never eats letters of unrelated text.
 */
import util from 'node:util';
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../runtime/src/index.js';
import { Redactor, Secret, displayUrl } from '../../runtime/src/secret.js';
import { GatewayServer } from '../support/gateway-server.js';
import { TOKEN, TestClient, next, record, setupPerTest } from './helpers.js';

const { defer, start } = setupPerTest();

/** Everything a test can see of `value`, printed every way a user might print it. */
function printed(value: unknown): string {
  return [util.inspect(value, { depth: Infinity, showHidden: true, getters: true }), JSON.stringify(value) ?? '', String(value)].join('\n');
}

describe('Redactor', () => {
  const redactor = new Redactor([TOKEN]);

  it.each([
    ['the whole token', `token ${TOKEN} here`, 'token [redacted] here'],
    ['a quoted prefix (JSON.parse quotes 10 characters)', `Unexpected token 'x', "x${TOKEN.slice(0, 9)}"... is not valid JSON`, `Unexpected token 'x', "x[redacted]"... is not valid JSON`],
    ['a piece from the middle', `...${TOKEN.slice(5, 20)}...`, '...[redacted]...'],
    ['two occurrences', `${TOKEN}/${TOKEN}`, '[redacted]/[redacted]'],
    ['text that shares only a few letters', 'test-to is short (7 letters); SECRET alone too', 'test-to is short (7 letters); SECRET alone too'],
  ])('%s', (_name, text, want) => {
    expect(redactor.redact(text)).toBe(want);
  });

  it('a one-character secret is redacted where it stands alone, never as letters of other words', () => {
    const short = new Redactor(['x']);
    expect(short.redact('extra x box')).toBe('extra [redacted] box');
    expect(short.redact('xylophone')).toBe('xylophone');
  });

  it('redacts a whole cause chain, arrays and plain objects, keeping error classes and codes', () => {
    const inner = new Error(`inner ${TOKEN}`);
    const middle = new TypeError('middle', { cause: { issues: [{ path: 'd.x', message: `got "${TOKEN}"` }] } });
    (middle as { cause: unknown }).cause = [inner, { text: TOKEN }];
    const outer = new GatewayError('LISTENER_ERROR', 'outer', { cause: middle });
    const safe = redactor.redactDeep(outer);
    expect(printed(safe)).not.toContain(TOKEN.slice(0, 8));
    expect(safe).toBeInstanceOf(GatewayError);
    expect(safe.code).toBe('LISTENER_ERROR');
    expect((safe.cause as Error)).toBeInstanceOf(TypeError);
    expect(printed(outer)).toContain(TOKEN);
  });

  it('returns the same error when there is nothing to redact', () => {
    const error = new GatewayError('SOCKET_ERROR', 'plain', { cause: new Error('also plain') });
    expect(redactor.redactDeep(error)).toBe(error);
  });
});

describe('Secret and URLs', () => {
  it('a Secret prints as [redacted] every way', () => {
    const secret = new Secret(TOKEN);
    expect(printed({ secret })).not.toContain(TOKEN);
    expect(`${secret}`).toBe('[redacted]');
    expect(secret.reveal()).toBe(TOKEN);
  });

  it('displayUrl hides user name and password', () => {
    expect(displayUrl('wss://bot:pw@gateway.example/?v=10')).toBe('wss://[redacted]@gateway.example/?v=10');
    expect(displayUrl('wss://gateway.example/')).toBe('wss://gateway.example/');
  });
});

describe('a client', () => {
  it('shows no token when printed, before and after connecting', async () => {
    const { client, server } = await start();
    const before = printed(client);
    await client.connect();
    for (const text of [before, printed(client), printed(client.session)]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(TOKEN.slice(0, 8));
    }
    expect(server.connections).toHaveLength(1);
  });

  it('URL credentials appear in no debug line, log line or error', async () => {
    const server = await GatewayServer.start();
    defer(() => server.close());
    const lines: string[] = [];
    const log = (line: string) => void lines.push(line);
    const url = server.url.replace('ws://', 'ws://operator:pa55word-xyz@');
    const client = new TestClient({ token: TOKEN, intents: 1, logger: { debug: log, info: log, warn: log, error: log } }, url);
    defer(() => client.close());
    const events = record(client);
    client.on('error', () => undefined);
    await client.connect();
    const conn = server.connections[0]!;
    await conn.close(4000, 'server says pa55word-xyz and operator');
    await next(client, 'resumed');
    const everything = [...lines, printed(events), printed(client)].join('\n');
    expect(lines.some((line) => line.startsWith('connecting to ws://[redacted]@127.0.0.1'))).toBe(true);
    expect(everything).not.toContain('pa55word');
  });

  it('a MALFORMED_FRAME cause quoting the start of the token is redacted', async () => {
    const { client, server } = await start();
    const errors: GatewayError[] = [];
    client.on('error', (error) => errors.push(error));
    await client.connect();
    server.connections[0]!.sendRaw(`x${TOKEN}`);
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]?.code).toBe('MALFORMED_FRAME');
    expect(printed(errors[0])).not.toContain(TOKEN.slice(0, 8));
    expect(String((errors[0]?.cause as Error).message)).toMatch(/Unexpected token 'x', "x\[redacted\]"\.\.\. is not valid JSON/);
  });

  it('INVALID_PAYLOAD issues quoting a value do not quote the token', async () => {
    const { client } = await start();
    await client.connect();
    // An enum mismatch quotes the value it got (its first 40 characters).
    const schema = { message: 'UpdatePresence', root: { type: 'object' as const, properties: { status: { enum: ['online', 'idle'] } } }, defs: {} };
    const error = await client.updatePresence({ status: TOKEN }, schema).catch((e: unknown) => e as GatewayError);
    expect(error).toMatchObject({ code: 'INVALID_PAYLOAD' });
    expect((error as GatewayError).message).toMatch(/d\.status must be one of 'online', 'idle' \(got '\[redacted\]'\)/);
    expect(printed(error)).not.toContain(TOKEN.slice(0, 8));
  });

  it('LISTENER_ERROR redacts the whole cause chain of what the listener threw', async () => {
    const { client } = await start();
    const errors: GatewayError[] = [];
    client.on('error', (error) => errors.push(error));
    client.on('ready', () => {
      throw new Error('outer', { cause: new Error('middle', { cause: new Error(`deep ${TOKEN}`) }) });
    });
    await client.connect();
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]?.code).toBe('LISTENER_ERROR');
    expect(printed(errors[0])).not.toContain(TOKEN.slice(0, 8));
    expect(printed(errors[0])).toContain('deep [redacted]');
  });
});
