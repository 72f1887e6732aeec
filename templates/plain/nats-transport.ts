/**
 * A `Transport` over NATS, on nats.js 3 (`@nats-io/transport-node`: an optional peer dependency of this
 * package, imported on the first connect). Copied into a generated package when one of its servers speaks NATS.
 *
 * What it takes from the document: the subscription's subject (`*` for each `{parameter}`) and the queue
 * group of the receiving operation's `bindings.nats.queue`. Headers travel as NATS headers (text; those the
 * document types other than string as JSON). Requests use NATS's own request/reply: the message carries a
 * reply subject under this connection's inbox, `<inbox>.<correlation id>`, and the answer sent there comes
 * back with that id as its `correlationId`.
 *
 * Delivery: core NATS is at most once and keeps nothing for absent subscribers; a send resolves once the
 * server has read it (a flush: PING answered by PONG after the message), and rejects (`not-connected`) when
 * the connection drops before that answer, since the message may be lost. After a connection loss nats.js
 * reconnects for ever every `reconnectDelayMs` and subscribes again; sends made while disconnected wait here
 * for the connection (nats.js empties its own buffer at each attempt), at most `maxQueuedSends` of them: one
 * more rejects at once (`not-connected`).
 * `close()` drains (delivers what is in flight) and rejects what is left (`closed`).
 */
import { ClientError } from './transport.js';
import type { MessageContext, MessageHandler, Transport } from './transport.js';
import type { Subscription } from './address.js';
import { Dialer, EMPTY_WIRE, Handlers, PendingSends, bindingOf, headerText, headerValue, inspectAsString, loadLibrary, putHeader, reason, redactUrl, toBytes } from './broker.js';
import type { ChannelWire, TlsOptions, WireSpec } from './broker.js';

/** What the user may set; the generated client passes it on as `nats` in its options. */
export interface NatsOptions {
  username?: string;
  password?: string;
  /** A token, for servers configured with `authorization { token }`. */
  token?: string;
  /** TLS (`tls://` servers): `ca`, `cert`, `key` as PEM text, or `caFile`, `certFile`, `keyFile`; passed as they are. */
  tls?: TlsOptions;
  /** The connection's name, shown by the server's monitoring. */
  name?: string;
  /** Sends that may wait while the connection is down (default 1000); one more rejects with `not-connected`. */
  maxQueuedSends?: number;
  /** How long the first connection may take (default 20000 ms). */
  connectTimeoutMs?: number;
  /** Delay between reconnection attempts (default 1000 ms). */
  reconnectDelayMs?: number;
  /** How long `close()` waits for what is in flight (default 5000 ms). */
  closeTimeoutMs?: number;
  /** The `@nats-io/transport-node` module itself, for bundlers (default: `import('@nats-io/transport-node')`). */
  library?: unknown;
}

export interface NatsTransportOptions extends NatsOptions {
  /** `nats://host:4222` (or `tls://`), the server's URL. */
  url: string;
  /** The document's bindings (the generated client passes `WIRE`). */
  wire?: WireSpec;
  server?: string;
}

/** The parts of nats.js this transport uses, typed here so the package compiles without it. */
interface NatsHeaders extends Iterable<[string, string[]]> {
  append(name: string, value: string): void;
}

interface NatsMsg {
  subject: string;
  reply?: string;
  data: Uint8Array;
  headers?: NatsHeaders;
}

interface NatsConnection {
  publish(subject: string, data: Uint8Array, options: { reply?: string; headers?: NatsHeaders }): void;
  subscribe(subject: string, options: { queue?: string; callback: (error: Error | null, msg: NatsMsg) => void }): { unsubscribe(): void };
  flush(): Promise<void>;
  drain(): Promise<void>;
  close(): Promise<void>;
  status(): AsyncIterable<{ type: string }>;
  isClosed(): boolean;
}

interface NatsLibrary {
  connect(options: Record<string, unknown>): Promise<NatsConnection>;
  headers(): NatsHeaders;
  createInbox(): string;
}

export class NatsTransport implements Transport {
  readonly #options: NatsTransportOptions;
  readonly #wire: WireSpec;
  readonly #connection = new Dialer<NatsConnection>(() => this.#dial());
  #library: NatsLibrary | undefined;
  /** Replies to this connection's requests arrive under it: `<inbox>.<correlation id>`. */
  #inbox = '';
  #connected = false;
  readonly #handlers = new Handlers<string | Uint8Array, MessageContext>();
  readonly #errorHandlers = new Handlers<Error>();
  readonly #subscriptions: Subscription[] = [];
  readonly #subscribed = new Set<Subscription>();
  readonly #pending: PendingSends;
  /** One flush for the sends of the same turn of the event loop. */
  #flush: Promise<void> | undefined;
  /** Sends waiting for the connection to come back (nats.js drops what is written while it reconnects). */
  #reconnected: Array<() => void> = [];

  constructor(options: NatsTransportOptions) {
    this.#options = options;
    this.#wire = options.wire ?? EMPTY_WIRE;
    this.#pending = new PendingSends(options.maxQueuedSends ?? 1000);
  }

  async connect(): Promise<void> {
    await this.#connection.connect();
  }

  send(data: string | Uint8Array, context: MessageContext): Promise<void> {
    const subject = context.channel;
    if (subject === undefined || subject === '') return Promise.reject(new ClientError('invalid-parameters', 'a NATS send needs a subject: the operation has no channel address'));
    const open = this.#connection.open;
    const connected = open !== undefined && this.#connected;
    const refusal = connected ? undefined : this.#pending.refusal(this.#where());
    if (refusal !== undefined) return Promise.reject(refusal);
    // The usual case, connected: written now, settled with the other sends of this turn by their one flush.
    if (connected) {
      try {
        this.#publish(open, subject, data, context);
      } catch (error) {
        return Promise.reject(error);
      }
      return this.#flushed(open);
    }
    // Pending from here until the server has it: counted toward the bound, and rejected by `close()`.
    return this.#pending.hold(this.#deliver(subject, data, context));
  }

  /** A send made while the connection is not (yet) up: waits for it, then goes out like any other. */
  async #deliver(subject: string, data: string | Uint8Array, context: MessageContext): Promise<void> {
    const connection = this.#connection.open ?? (await this.#connection.connect());
    // Each reconnection attempt of nats.js empties its write buffer: hold the send until the connection is back.
    if (!this.#connected) await new Promise<void>((resolve) => this.#reconnected.push(resolve));
    this.#publish(connection, subject, data, context);
    await this.#flushed(connection);
  }

  #publish(connection: NatsConnection, subject: string, data: string | Uint8Array, context: MessageContext): void {
    const options: { reply?: string; headers?: NatsHeaders } = {};
    const given = context.headers;
    for (const name in given) {
      const value = given[name];
      if (value === undefined || !Object.hasOwn(given, name)) continue;
      // `append`, not `set`: the object is new and the names are an object's (distinct), and `set` searches the
      // names twice (to delete, then to append) for every header of every send.
      (options.headers ??= this.#library!.headers()).append(name, headerText(value));
    }
    // A request: the answer comes to this connection's inbox, its id as the last token.
    const reply = context.correlationId !== undefined ? `${this.#inbox}.${subjectToken(context.correlationId)}` : context.replyTo;
    if (reply !== undefined) options.reply = reply;
    try {
      connection.publish(subject, toBytes(data), options);
    } catch (error) {
      throw new ClientError('rejected', `cannot send to '${subject}': ${reason(error)}`, { cause: error });
    }
  }

  onMessage(handler: MessageHandler): () => void {
    return this.#handlers.add(handler);
  }

  onError(handler: (error: Error) => void): () => void {
    return this.#errorHandlers.add(handler);
  }

  subscribe(subscription: Subscription): void {
    this.#subscriptions.push(subscription);
    const open = this.#connection.open;
    if (open !== undefined) this.#subscribeAll(open);
  }

  async close(): Promise<void> {
    const connection = await this.#connection.close();
    if (connection !== undefined) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(resolve, this.#options.closeTimeoutMs ?? 5000, 'late')));
      const drained = this.#connected ? connection.drain().then(() => 'drained' as const, () => 'failed' as const) : Promise.resolve('failed' as const);
      if ((await Promise.race([drained, late])) !== 'drained') await connection.close().catch(() => undefined);
      clearTimeout(timer);
    }
    this.#pending.rejectAll(new ClientError('closed', 'the transport was closed before the server had the send'));
    // Sends still waiting for a reconnection go on, find the connection closed, and end (their promises are already rejected).
    for (const resume of this.#reconnected.splice(0)) resume();
  }

  /** The URL (never its credentials) and state: also what `util.inspect` shows. */
  toString(): string {
    return `NatsTransport { url: '${this.#where()}', state: '${this.#connection.kind}' }`;
  }

  #where(): string {
    return redactUrl(this.#options.url);
  }

  async #dial(): Promise<NatsConnection> {
    const library = await loadLibrary<NatsLibrary>('@nats-io/transport-node', this.#options.library, (m) =>
      typeof m.connect === 'function' && typeof m.headers === 'function' && typeof m.createInbox === 'function' ? (m as unknown as NatsLibrary) : undefined);
    this.#library = library;
    const o = this.#options;
    let connection: NatsConnection;
    try {
      connection = await library.connect({
        servers: this.#options.url,
        ...(o.username !== undefined && { user: o.username }),
        ...(o.password !== undefined && { pass: o.password }),
        ...(o.token !== undefined && { token: o.token }),
        ...(o.tls !== undefined && { tls: o.tls }),
        ...(o.name !== undefined && { name: o.name }),
        timeout: o.connectTimeoutMs ?? 20_000,
        reconnect: true,
        maxReconnectAttempts: -1,
        reconnectTimeWait: o.reconnectDelayMs ?? 1000,
        waitOnFirstConnect: false,
      });
    } catch (error) {
      throw this.#connectError(error);
    }
    this.#connected = true;
    void this.#watch(connection);
    if (this.#connection.kind === 'closed') {
      await connection.close().catch(() => undefined);
      throw new ClientError('closed', 'the transport was closed while it connected');
    }
    this.#inbox = library.createInbox();
    connection.subscribe(`${this.#inbox}.*`, { callback: (error, msg) => (error === null ? this.#receive(msg, undefined) : this.#report(error)) });
    this.#subscribeAll(connection);
    // The subscriptions are registered with the server before connect() resolves.
    await connection.flush();
    return connection;
  }

  /** Follows the connection's status: disconnected (sends count toward the bound), reconnected, closed. */
  async #watch(connection: NatsConnection): Promise<void> {
    try {
      for await (const status of connection.status()) {
        if (status.type === 'disconnect') this.#connected = false;
        else if (status.type === 'reconnect') {
          this.#connected = true;
          for (const resume of this.#reconnected.splice(0)) resume();
        }
        else if (status.type === 'error' && /authorization|authentication/i.test(JSON.stringify(status))) {
          this.#report(new ClientError('unauthorized', `${this.#where()} refused the credentials on a reconnect`));
        }
      }
    } catch {
      /* the connection closed */
    }
    this.#connected = false;
  }

  #subscribeAll(connection: NatsConnection): void {
    for (const s of this.#subscriptions.filter((x) => !this.#subscribed.has(x))) {
      this.#subscribed.add(s);
      const wire = this.#wire.channels[s.channel];
      const queue = bindingOf(wire?.receive, 'nats').queue;
      try {
        connection.subscribe(s.pattern, {
          ...(typeof queue === 'string' && { queue }),
          callback: (error, msg) => (error === null ? this.#receive(msg, s, wire) : this.#report(new ClientError('rejected', `${this.#where()} refused the subscription to ${s.pattern}: ${reason(error)}`, { cause: error }))),
        });
      } catch (error) {
        this.#report(new ClientError('rejected', `cannot subscribe to ${s.pattern}: ${reason(error)}`, { cause: error }));
      }
    }
  }

  /**
   * A message of subscription `from` (its channel's wire settings `wire`), or, without one, a reply to this
   * connection's inbox.
   */
  #receive(msg: NatsMsg, from: Subscription | undefined, wire?: ChannelWire): void {
    const subject = msg.subject;
    const context: MessageContext = from === undefined ? { correlationId: fromSubjectToken(subject.slice(this.#inbox.length + 1)) } : { channel: subject };
    const headers = msg.headers;
    if (headers !== undefined) {
      // Iterated, not read by name: nats.js's `get` searches every key for each one.
      let values: Record<string, unknown> | undefined;
      // Entries read by index: destructuring each one cost an iterator a header.
      for (const entry of headers) {
        // A name sent twice: the first value, as nats.js's `get` reads it.
        putHeader((values ??= {}), entry[0], headerValue(entry[0], entry[1][0] ?? '', wire));
      }
      if (values !== undefined) context.headers = values;
    }
    if (msg.reply !== undefined && msg.reply !== '') context.replyTo = msg.reply;
    this.#handlers.call(msg.data, context);
  }

  /**
   * Resolves once the server has read everything written before it. The sends of one turn of the event loop
   * share one flush and one promise, pending (so `close()` rejects it) until the server answers.
   */
  #flushed(connection: NatsConnection): Promise<void> {
    this.#flush ??= this.#pending.hold(
      Promise.resolve()
        .then(() => {
          this.#flush = undefined;
          return connection.flush();
        })
        .catch((error: unknown) => {
          // Written, but the connection dropped before the server answered: core NATS cannot say whether it
          // arrived, and sending it again could deliver it twice. The caller decides.
          throw new ClientError('not-connected', `the connection to ${this.#where()} dropped before the server confirmed the send (it may not have arrived): ${reason(error)}`, { cause: error });
        }),
    );
    return this.#flush;
  }

  #connectError(error: unknown): ClientError {
    const text = reason(error);
    if (/authorization|authentication/i.test(text) || (error instanceof Error && /Authorization|Authentication/.test(error.name))) {
      return new ClientError('unauthorized', `${this.#where()} refused the credentials (${text}): check the username and password, or the token`, { cause: error });
    }
    return new ClientError('not-connected', `cannot connect to ${this.#where()}: ${text}`, { cause: error });
  }

  #report(error: Error): void {
    this.#errorHandlers.call(error);
  }
}

/** A correlation id as one subject token: percent-encoded, `.` and `*` too (a subject's separator and wildcard). */
function subjectToken(id: string): string {
  return encodeURIComponent(id).replace(/\./g, '%2E').replace(/\*/g, '%2A');
}

function fromSubjectToken(token: string): string {
  try {
    return decodeURIComponent(token);
  } catch {
    return token;
  }
}

inspectAsString(NatsTransport);
