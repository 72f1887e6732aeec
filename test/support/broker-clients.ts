/**
 * What every broker test (test/brokers/: MQTT, NATS, AMQP) does with the clients of its generated packages:
 * opens them with the file's protocol options and closes them after each test, collects what they receive,
 * and checks the promises every shipped transport makes alike: a bounded queue of sends while the connection
 * is down, refused credentials as a clear `unauthorized` error that never shows the password, and a missing
 * client library named with what to install.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect, promisify } from 'node:util';
import { afterEach, expect } from 'vitest';
import type { GeneratedPackage } from './broker-package.js';

export interface BrokerClients {
  /**
   * A `Client` of `pkg` on `url` (default: the file's broker), with the file's options for its protocol and
   * `options` over them; closed after the test.
   */
  client(pkg: GeneratedPackage, options?: Record<string, unknown>, url?: string): any;
  /** Something else the test opened (a bare connection, a relay), closed with the clients. */
  closeAfter(resource: { close(): Promise<void> }): void;
}

/**
 * Clients for one test file, under `protocol` in the client options (`{ url, mqtt: { ... } }`). Each test
 * closes what it opened: a controller left open would take its share of the next test's messages (NATS
 * queue groups, AMQP shared queues).
 */
export function useBrokerClients(protocol: 'mqtt' | 'nats' | 'amqp', url: () => string, defaults: Record<string, unknown> = {}): BrokerClients {
  const open: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((resource) => resource.close().catch(() => undefined)));
  }, 30_000);
  return {
    client(pkg, options = {}, at = url()) {
      const client = new pkg.pkg.Client({ url: at, [protocol]: { ...defaults, ...options } });
      open.push(client);
      return client;
    },
    closeAfter(resource) {
      open.push(resource);
    },
  };
}

/** Resolves with the first `count` items `subscribe` pushes, rejects after `ms` with those it got. */
export function collect<T>(subscribe: (push: (item: T) => void) => void, count: number, ms = 10_000): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const items: T[] = [];
    const timer = setTimeout(() => reject(new Error(`got ${items.length} of ${count} within ${ms} ms: ${JSON.stringify(items)}`)), ms);
    subscribe((item) => {
      items.push(item);
      if (items.length === count) {
        clearTimeout(timer);
        resolve(items);
      }
    });
  });
}

/**
 * The bound on sends while the connection is down: `client` (made with `maxQueuedSends: bound`) connects,
 * `cut()` takes its connection away for good, `bound` sends wait, and one more rejects at once
 * (`not-connected`, naming the bound) instead of queueing without end; closing the client then rejects the
 * waiting ones (`closed`): none is dropped without its promise saying so.
 */
export async function expectQueuedSendsBounded(client: any, { bound, cut, send }: { bound: number; cut: () => Promise<void>; send: (i: number) => Promise<unknown> }): Promise<void> {
  await client.connect();
  await cut();
  // The client has seen the connection go (the close reached it) before the sends.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const waiting = Array.from({ length: bound }, (_, i) => send(i + 1));
  for (const w of waiting) w.catch(() => undefined);
  const started = Date.now();
  await expect(send(bound + 1)).rejects.toMatchObject({
    name: 'ClientError', code: 'not-connected', message: expect.stringMatching(new RegExp(`is down and ${bound} sends already wait for it \\(maxQueuedSends ${bound}\\)`)),
  });
  expect(Date.now() - started).toBeLessThan(1000);
  await client.close();
  for (const w of waiting) await expect(w).rejects.toMatchObject({ code: 'closed' });
}

/**
 * A client made with a wrong password: `connect()` rejects within 5 s (not a hang, not endless retries) with
 * `unauthorized` and a message naming the broker (`<url> refused the credentials`). Returns the error, for
 * `expectSecretsHidden` and the protocol's own checks.
 */
export async function expectCredentialsRefused(client: any, url: string): Promise<unknown> {
  const started = Date.now();
  const error = await client.connect().then(() => undefined, (e: unknown) => e);
  expect(Date.now() - started).toBeLessThan(5000);
  expect(error).toMatchObject({ name: 'ClientError', code: 'unauthorized', message: expect.stringContaining(`${url} refused the credentials`) });
  return error;
}

/**
 * None of `secrets` in any way the error and the client can be printed: the error's text, stack, JSON and
 * `util.inspect` (its cause chain too), and `util.inspect` of the client and its transport.
 */
export function expectSecretsHidden(error: unknown, client: any, secrets: readonly string[]): void {
  const shown = [
    String(error), (error as Error).stack ?? '', JSON.stringify(error), inspect(error, { depth: 10 }),
    inspect(client, { depth: 10 }), inspect(client.transport, { depth: 10 }), String(client.transport),
  ];
  for (const text of shown) {
    for (const secret of secrets) expect(text).not.toContain(secret);
  }
}

/**
 * `bare`, generated without its client library beside it, imported in a plain node process (under vitest,
 * imports resolve from this repository, which has every library; a child process resolves from the package, as
 * a user's would): `connect()` to `url` rejects with `missing-dependency` and says `npm install <library>`.
 */
export async function expectMissingLibraryNamed(bare: GeneratedPackage, url: string, library: string): Promise<void> {
  const script = [
    `const { Client } = await import(${JSON.stringify(pathToFileURL(path.join(bare.dir, 'dist/index.js')).href)});`,
    `const client = new Client({ url: ${JSON.stringify(url)} });`,
    'const error = await client.connect().then(() => undefined, (e) => e);',
    'console.log(JSON.stringify({ name: error?.name, code: error?.code, message: error?.message }));',
  ].join('\n');
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: bare.dir, timeout: 30_000 });
  expect(JSON.parse(stdout)).toMatchObject({ name: 'ClientError', code: 'missing-dependency', message: expect.stringContaining(`npm install ${library}`) });
}
