/**
 * Options are checked in the constructor: a mistake throws a GatewayError (`INVALID_OPTION`) naming the option,
 * synchronously, and never later as an unhandled rejection from inside `connect()`. Nothing it prints quotes a
 * credential. Optional options take `undefined` (type-checked in client.test-d.ts).
 */
import { describe, expect, it } from 'vitest';
import { GatewayError, type GatewayClientOptions } from '../../runtime/src/index.js';
import { TOKEN, TestClient } from './helpers.js';

const URL_OK = 'wss://gateway.example/';

function make(options: Partial<Record<keyof GatewayClientOptions, unknown>>, url = URL_OK): TestClient {
  return new TestClient({ token: TOKEN, intents: 1, ...options } as GatewayClientOptions, url);
}

function thrown(run: () => unknown): GatewayError {
  try {
    run();
  } catch (error) {
    if (error instanceof GatewayError) return error;
    throw new Error(`threw something other than a GatewayError: ${String(error)}`);
  }
  throw new Error('did not throw');
}

describe('invalid options throw INVALID_OPTION from the constructor, naming the option', () => {
  it.each<[string, Partial<Record<keyof GatewayClientOptions, unknown>>, RegExp]>([
    ['no token', { token: undefined }, /options\.token is required/],
    ['an empty token', { token: '  ' }, /options\.token is required/],
    ['a fractional intents', { intents: 1.5 }, /options\.intents must be a non-negative integer/],
    ['negative intents', { intents: -1 }, /options\.intents/],
    ['a url that is not a URL', { url: 'not a url' }, /options\.url is not a URL/],
    ['an http url', { url: 'https://discord.com/api' }, /options\.url has protocol "https:", not ws: or wss:/],
    ['a url that is not a string', { url: 42 }, /options\.url is not a string/],
    ['a shard outside its count', { shard: [2, 2] }, /options\.shard must be \[shardId, shardCount\]/],
    ['a one-element shard', { shard: [0] }, /options\.shard/],
    ['largeThreshold over 250', { largeThreshold: 251 }, /options\.largeThreshold must be an integer from 50 to 250/],
    ['a zero helloTimeout', { helloTimeout: 0 }, /options\.helloTimeout must be an integer from 1/],
    ['a NaN readyTimeout', { readyTimeout: Number.NaN }, /options\.readyTimeout/],
    ['backoff.maxMs below baseMs', { backoff: { baseMs: 2000, maxMs: 1000 } }, /options\.backoff\.maxMs must be an integer from 2000/],
    ['invalidSessionDelay.maxMs below minMs', { invalidSessionDelay: { minMs: 3000, maxMs: 1000 } }, /options\.invalidSessionDelay\.maxMs/],
    ['connectAttempts.giveUpAfter 0', { connectAttempts: { giveUpAfter: 0 } }, /options\.connectAttempts\.giveUpAfter must be an integer from 1/],
    ['a negative maxQueuedSends', { maxQueuedSends: -1 }, /options\.maxQueuedSends/],
    ['a rateLimit of one', { rateLimit: { limit: 1 } }, /options\.rateLimit\.limit must be an integer from 2/],
    ['a tiny maxMessageBytes', { maxMessageBytes: 10 }, /options\.maxMessageBytes must be an integer from 1024/],
    ['a header that is not a string', { headers: { 'User-Agent': 1 } }, /options\.headers\["User-Agent"\] must be a string/],
    ['timers without setTimeout', { timers: { now: () => 0 } }, /options\.timers\.setTimeout must be a function/],
    ['a sessionStore without delete', { sessionStore: { get() {}, set() {} } }, /options\.sessionStore\.delete must be a function/],
    ['an identifyQueue without wait', { identifyQueue: {} }, /options\.identifyQueue\.wait must be a function/],
    ['a session without an id', { session: { sequence: 1 } }, /options\.session must be a saved GatewaySession/],
  ])('%s', (_name, options, message) => {
    const error = thrown(() => make(options));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.message).toMatch(message);
  });

  it('the default URL from the generated code is checked the same way', () => {
    expect(thrown(() => make({}, 'ftp://example/')).message).toMatch(/options\.url has protocol "ftp:"/);
  });

  it('never quotes the URL: its credentials stay out of the message', () => {
    const error = thrown(() => make({ url: 'https://bot:hunter2-password@gateway.example/' }));
    expect(error.message).not.toContain('hunter2');
    expect(error.message).not.toContain('bot:');
    expect(error.stack).not.toContain('hunter2');
  });

  it('accepts undefined for every optional option (the defaults)', () => {
    const client = make({
      url: undefined, compress: undefined, shard: undefined, properties: undefined, presence: undefined,
      largeThreshold: undefined, logger: undefined, headers: undefined, helloTimeout: undefined,
      readyTimeout: undefined, backoff: undefined, invalidSessionDelay: undefined, connectAttempts: undefined,
      maxQueuedSends: undefined, rateLimit: undefined, maxMessageBytes: undefined, maxPendingBytes: undefined,
      identifyQueue: undefined, sessionStore: undefined, session: undefined, timers: undefined, random: undefined,
      WebSocket: undefined,
    });
    expect(client.status).toBe('idle');
  });
});

describe('connect() never leaves an unhandled rejection', () => {
  it('a WebSocket implementation that throws makes connect() reject with INVALID_OPTION', async () => {
    const Throwing = class {
      constructor() {
        throw new Error('invalid header value');
      }
    };
    const client = make({ WebSocket: Throwing });
    const errors: string[] = [];
    client.on('error', (error) => errors.push(error.code));
    await expect(client.connect()).rejects.toMatchObject({ code: 'INVALID_OPTION', message: expect.stringMatching(/could not open the WebSocket: invalid header value/) });
    expect(client.status).toBe('stopped');
    expect(errors).toEqual(['INVALID_OPTION']);
  });

  it('a session store whose get() rejects: connect() goes on and identifies', async () => {
    const { GatewayServer } = await import('../support/gateway-server.js');
    const server = await GatewayServer.start();
    const debug: string[] = [];
    const client = make({ sessionStore: { get: () => Promise.reject(new Error('store down')), set() {}, delete() {} } }, server.url);
    client.on('debug', (line) => debug.push(line));
    try {
      await client.connect();
      expect(debug.some((line) => line.includes('session store get failed: Error: store down'))).toBe(true);
    } finally {
      await client.close();
      await server.close();
    }
  });
});
