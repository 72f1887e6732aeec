/**
 * What the broker transports (MQTT...) share: the document's protocol bindings as data, the options every
 * broker takes (credentials, TLS), loading the client library (an optional peer dependency of this package,
 * imported only when its protocol is used), and headers as text. Copied into a generated package when one of
 * its servers speaks a protocol it ships a transport for.
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

/** The message of an error from a client library, without a stack. */
export function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
