/**
 * What the broker transports (MQTT, NATS, AMQP) share: the document's protocol bindings as data, the options
 * every broker takes (credentials, TLS), loading the client library (an optional peer dependency of this
 * package, imported only when its protocol is used), headers as text, the handlers a transport calls, the
 * bounded set of sends not settled yet, and hiding the options from `util.inspect`. Copied into a generated
 * package when one of its servers speaks a protocol it ships a transport for.
 */
import { ClientError } from './transport.js';

/** A JSON value inside a binding. */
export type BindingValue = string | number | boolean | null | readonly BindingValue[] | { readonly [key: string]: BindingValue };

/** `bindings` of a server, channel, operation or message: protocol (`mqtt`...) -> its binding object. */
export type ProtocolBindings = Readonly<Record<string, Readonly<Record<string, BindingValue>>>>;

/** What the document says of a channel the client uses, beyond its address. */
export interface ChannelWire {
  readonly bindings?: ProtocolBindings;
  /** The bindings of the operations that receive on it, merged (MQTT: the QoS to subscribe with). */
  readonly receive?: ProtocolBindings;
  /** Headers whose schema is not a string: they travel as JSON text (`42`, `true`) and are parsed back. */
  readonly jsonHeaders?: readonly string[];
}

/** The document's bindings by key: what a transport reads to send and subscribe the way the document says. */
export interface WireSpec {
  readonly servers: Readonly<Record<string, ProtocolBindings>>;
  readonly channels: Readonly<Record<string, ChannelWire>>;
  readonly operations: Readonly<Record<string, ProtocolBindings>>;
  readonly messages: Readonly<Record<string, ProtocolBindings>>;
  /** The channel each operation sends on, where that channel has bindings (AMQP: the exchange or queue it publishes to). */
  readonly operationChannels?: Readonly<Record<string, string>>;
}

export const EMPTY_WIRE: WireSpec = { servers: {}, channels: {}, operations: {}, messages: {} };

/** TLS settings, handed to the client library as they are (Node's `tls.connect` options). */
export interface TlsOptions {
  ca?: string | Uint8Array | ReadonlyArray<string | Uint8Array>;
  cert?: string | Uint8Array | ReadonlyArray<string | Uint8Array>;
  key?: string | Uint8Array | ReadonlyArray<string | Uint8Array>;
  passphrase?: string;
  rejectUnauthorized?: boolean;
  servername?: string;
  [option: string]: unknown;
}

/** The binding of `protocol` on one server, channel, operation or message, or an empty one. */
export function bindingOf(bindings: ProtocolBindings | undefined, protocol: string): Readonly<Record<string, BindingValue>> {
  return bindings?.[protocol] ?? {};
}

/**
 * The client library of a protocol: `given` when the caller passed the module (bundlers that cannot follow a
 * dynamic import), else `import(name)` from this package, else from the application (the working directory).
 * Missing, it rejects with a `ClientError` (`missing-dependency`) that says what to install.
 */
export async function loadLibrary<T>(name: string, given: unknown, pick: (module: Record<string, unknown>) => T | undefined): Promise<T> {
  let module: unknown = given;
  if (module === undefined) {
    try {
      // A variable specifier keeps the library (and its types) out of the type check: the package compiles without it.
      const specifier = name;
      module = await import(specifier);
    } catch (error) {
      // A package installed from a folder (`npm install ./client`) is a link: imports resolve from its real
      // place, where the application's `node_modules` is not. Ask the application's instead.
      module = await importFromApplication(name).catch(() => {
        throw new ClientError('missing-dependency', `this server needs the '${name}' package, which is not installed: npm install ${name}`, { cause: error });
      });
    }
  }
  const record = typeof module === 'object' && module !== null ? (module as Record<string, unknown>) : {};
  const found = pick(record) ?? (typeof record.default === 'object' && record.default !== null ? pick(record.default as Record<string, unknown>) : undefined);
  if (found === undefined) throw new ClientError('missing-dependency', `the '${name}' module given does not look like '${name}' (npm install ${name})`);
  return found;
}

/** `name` resolved from the working directory's `node_modules` (Node only). */
async function importFromApplication(name: string): Promise<unknown> {
  const [moduleApi, urlApi] = ['node:module', 'node:url'];
  const { createRequire } = (await import(moduleApi)) as { createRequire(from: string): { resolve(id: string): string } };
  const { pathToFileURL } = (await import(urlApi)) as { pathToFileURL(path: string): { href: string } };
  const cwd = (globalThis as { process?: { cwd(): string } }).process?.cwd();
  if (cwd === undefined) throw new Error('no working directory');
  const resolved = createRequire(`${cwd}/package.json`).resolve(name);
  return import(pathToFileURL(resolved).href);
}

/** The URL without its user and password, for messages and `util.inspect`. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/?#]*@/i, '$1');
}

/** A header value as text: strings as they are, anything else as JSON. */
export function headerText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A received header value: JSON-parsed back when the document types it other than string, else the text. */
export function headerValue(name: string, text: string, channel: ChannelWire | undefined): unknown {
  if (channel?.jsonHeaders?.includes(name) !== true) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Sets a received header on the object the handler gets. Header names come from the wire: `__proto__` is
 * defined as an ordinary property, never assigned (which would replace the object's prototype).
 */
export function putHeader(headers: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__') Object.defineProperty(headers, name, { value, enumerable: true, writable: true, configurable: true });
  else headers[name] = value;
}

/** The message of an error from a client library, without a stack. */
export function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Bytes the way Node client libraries want them: a Buffer where there is one (no copy), else a Uint8Array. */
export function toBytes(data: string | Uint8Array): Uint8Array {
  const NodeBuffer = (globalThis as { Buffer?: { from(data: string | ArrayBufferLike, offset?: number, length?: number): Uint8Array } }).Buffer;
  if (NodeBuffer === undefined) return typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return typeof data === 'string' ? NodeBuffer.from(data) : NodeBuffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * The handlers registered with `onMessage` (a message and its context) or `onError` (an error alone): `add`
 * returns the function that removes one. Two fixed arguments, not a rest parameter, so calling them for every
 * message allocates nothing.
 */
export class Handlers<A, B = void> {
  readonly #handlers = new Set<(a: A, b: B) => void>();

  add(handler: (a: A, b: B) => void): () => void {
    this.#handlers.add(handler);
    return () => {
      this.#handlers.delete(handler);
    };
  }

  call(a: A, b: B): void {
    for (const handler of this.#handlers) handler(a, b);
  }
}

/** How a pending send ends: without an error once the broker has it, else with the reason it failed. */
export type Settle = (error?: Error) => void;

/**
 * The sends not settled yet, each by its `Settle`: what `close()` rejects, what a graceful close waits for,
 * and, while the connection is down, what the `maxQueuedSends` bound counts, so the queue of sends waiting
 * for the broker cannot grow without bound and no send is dropped without its promise rejecting.
 */
export class PendingSends {
  readonly #settles = new Set<Settle>();
  #drained: Array<() => void> = [];

  constructor(readonly limit: number) {}

  get size(): number {
    return this.#settles.size;
  }

  /**
   * The error for one more send while the connection to `where` (its redacted URL) is down and `limit` already
   * wait; none when there is room. Asked only while disconnected: a connected send builds nothing here.
   */
  refusal(where: string): ClientError | undefined {
    if (this.#settles.size < this.limit) return undefined;
    return new ClientError('not-connected', `the connection to ${where} is down and ${this.#settles.size} sends already wait for it (maxQueuedSends ${this.limit})`);
  }

  add(settle: Settle): void {
    this.#settles.add(settle);
  }

  /** Called by a send as it settles; the last one out wakes `drained()`. */
  delete(settle: Settle): void {
    this.#settles.delete(settle);
    if (this.#settles.size === 0 && this.#drained.length > 0) for (const done of this.#drained.splice(0)) done();
  }

  /**
   * `work`, counted as a pending send until it settles; `rejectAll` rejects it at once (what it waits for may
   * never come). One promise per send, no `Promise.race`: every message of a busy client passes here.
   */
  hold<T>(work: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const settle: Settle = (error) => {
        this.delete(settle);
        reject(error);
      };
      this.add(settle);
      work.then(
        (value) => {
          this.delete(settle);
          resolve(value);
        },
        (error: unknown) => {
          this.delete(settle);
          reject(error);
        },
      );
    });
  }

  /** Resolves once no send is pending (at once when none is). */
  drained(): Promise<void> {
    return this.#settles.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => this.#drained.push(resolve));
  }

  rejectAll(error: Error): void {
    for (const settle of [...this.#settles]) settle(error);
    this.#settles.clear();
    for (const done of this.#drained.splice(0)) done();
  }
}

/** `util.inspect` (console.log) of a transport shows its `toString()`: the options, and so the password, never appear. */
export function inspectAsString(transport: { prototype: { toString(): string } }): void {
  Object.defineProperty(transport.prototype, Symbol.for('nodejs.util.inspect.custom'), {
    value(this: { toString(): string }): string {
      return this.toString();
    },
  });
}

type DialState<C> =
  | { kind: 'idle' }
  | { kind: 'connecting'; connection: Promise<C> }
  | { kind: 'open'; connection: C }
  | { kind: 'failed'; error: ClientError }
  | { kind: 'closed' };

/**
 * A transport's one connection to its broker, made on first use: idle, connecting (every caller waits for the
 * same dial), open; back to idle when the dial fails (the next call dials again); failed when the broker refused
 * for good (every call rejects with that); closed for ever.
 */
export class Dialer<C> {
  #state: DialState<C> = { kind: 'idle' };
  readonly #dial: () => Promise<C>;

  constructor(dial: () => Promise<C>) {
    this.#dial = dial;
  }

  get kind(): DialState<C>['kind'] {
    return this.#state.kind;
  }

  /** The open connection, if there is one: what a hot path reads before it awaits anything. */
  get open(): C | undefined {
    return this.#state.kind === 'open' ? this.#state.connection : undefined;
  }

  /** The dial in progress, if there is one. */
  get connecting(): Promise<C> | undefined {
    return this.#state.kind === 'connecting' ? this.#state.connection : undefined;
  }

  connect(): Promise<C> {
    const state = this.#state;
    switch (state.kind) {
      case 'open':
        return Promise.resolve(state.connection);
      case 'connecting':
        return state.connection;
      case 'failed':
        return Promise.reject(state.error);
      case 'closed':
        return Promise.reject(new ClientError('closed', 'the transport is closed'));
      case 'idle': {
        const connection = this.#dial();
        this.#state = { kind: 'connecting', connection };
        connection.then((c) => {
          if (this.#state.kind === 'connecting') this.#state = { kind: 'open', connection: c };
        }, () => {
          if (this.#state.kind === 'connecting') this.#state = { kind: 'idle' };
        });
        return connection;
      }
    }
  }

  /** The broker refused `connection` for good (credentials): every later call rejects with `error`. */
  fail(connection: C, error: ClientError): void {
    if (this.#state.kind === 'open' && this.#state.connection === connection) this.#state = { kind: 'failed', error };
  }

  /** Closed for ever; resolves with the connection that was open or being made (none when the dial failed). */
  async close(): Promise<C | undefined> {
    const state = this.#state;
    this.#state = { kind: 'closed' };
    if (state.kind === 'open') return state.connection;
    return state.kind === 'connecting' ? state.connection.catch(() => undefined) : undefined;
  }
}
