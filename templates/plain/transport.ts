/**
 * The wire under the generated client: a small `Transport` interface with a WebSocket default, a JSON codec,
 * and request/reply matching by correlation id with a timeout. Copied as is into every package generated for
 * a plain-payload document, so the package needs no runtime beyond `ws`.
 */
import type { Subscription } from './address.js';
import type { ValidationIssue } from './validate.js';

/** What a transport knows of a message besides its bytes. */
export interface MessageContext {
  /**
   * The address (topic, queue, path) the message goes to or came from, its `{parameters}` filled in. A
   * transport that listens on several channels sets it on what it receives, so the client can tell them apart.
   */
  channel?: string;
  /** The message's name in the document: set by the client on a send, and on receipt once it knows which message it is. */
  message?: string;
  /** The operation that sends it (sends only). */
  operation?: string;
  /** Protocol headers (Kafka, AMQP, MQTT 5...), for transports that carry them. */
  headers?: Record<string, unknown>;
  /** On receive: the channel parameters read from `channel` (set by the client). */
  parameters?: Record<string, string>;
  /** Request/reply: where the answer goes (MQTT 5 `responseTopic`, AMQP `replyTo`, a NATS reply subject). */
  replyTo?: string;
  /** Request/reply: what pairs an answer with its request (MQTT 5 `correlationData`, AMQP `correlationId`). */
  correlationId?: string;
}

export type MessageHandler = (data: string | Uint8Array, context: MessageContext) => void;

/**
 * The one thing the client needs from the network. `WebSocketTransport` is the default; for Kafka, MQTT,
 * AMQP and the like, wrap your client library in these three methods (four with `connect`).
 */
export interface Transport {
  /** Opens the connection; optional, `send` may connect on first use. */
  connect?(): Promise<void>;
  send(data: string | Uint8Array, context: MessageContext): Promise<void>;
  /** Registers a handler for every incoming message; returns a function that removes it. */
  onMessage(handler: MessageHandler): () => void;
  /**
   * Asks the broker for a channel's messages (MQTT/NATS/AMQP subscribe to `subscription.pattern`, the
   * protocol's wildcard form). Called once per received channel when the client is created; a WebSocket,
   * which receives everything on its one connection, needs none.
   */
  subscribe?(subscription: Subscription): void | Promise<void>;
  /**
   * Registers a handler for what goes wrong outside any call (a subscription the broker refused, credentials
   * refused on a reconnect); the client hands them to its `onError` listeners. Returns a function that removes it.
   */
  onError?(handler: (error: Error) => void): () => void;
  close(): Promise<void>;
}

/** Turns messages into bytes and back. The default is JSON; other content types need their own codec. */
export interface Codec {
  encode(message: unknown): string | Uint8Array;
  decode(data: string | Uint8Array): unknown;
}

/** One decoder for every message (`decode` without `stream` keeps no state between calls); making one per message cost more than the parse. */
const UTF8 = new TextDecoder();

export const jsonCodec: Codec = {
  encode: (message: unknown): string => JSON.stringify(message),
  decode: (data: string | Uint8Array): unknown => JSON.parse(typeof data === 'string' ? data : UTF8.decode(data)),
};

/**
 * The one error class of the generated client: a stable `code` and a human message. `invalid-payload`: a
 * payload its schema rejects (a send, which is then not sent, or a received message, which is not delivered);
 * `unknown-message`: a received payload that is no message of its channel, or arrived on an address that is no
 * channel the client receives on. `missing-dependency`, `unauthorized`, `rejected`, `unsupported`: the broker
 * transports' - their client library is not installed, the broker refused the credentials, or refused a publish
 * or subscription, or the protocol version in use cannot carry what the send asks for.
 */
export type ClientErrorCode =
  | 'timeout'
  | 'aborted'
  | 'closed'
  | 'not-connected'
  | 'invalid-parameters'
  | 'no-transport'
  | 'invalid-payload'
  | 'unknown-message'
  | 'missing-dependency'
  | 'unauthorized'
  | 'rejected'
  | 'unsupported';

export interface ClientErrorDetails {
  cause?: unknown;
  /** The address a received message came on, as the transport reported it. */
  channel?: string;
  /** What the schema check found, each naming the field (`payload.percentage must be at most 100 (got 500)`). */
  issues?: readonly ValidationIssue[];
  /** The received bytes or text, as the transport delivered them. */
  data?: string | Uint8Array;
}

export class ClientError extends Error {
  override readonly name: string = 'ClientError';
  readonly code: ClientErrorCode;
  // Declared, not initialised: each is a property only when the error has it.
  declare readonly channel?: string;
  declare readonly issues?: readonly ValidationIssue[];
  /**
   * The raw received message. Not enumerable: a message may carry anything (a token in a field the schema does not
   * know), so it stays out of `util.inspect`, JSON and loggers that walk an error's properties.
   */
  declare readonly data?: string | Uint8Array;

  constructor(code: ClientErrorCode, message: string, details: ClientErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    if (details.channel !== undefined) this.channel = details.channel;
    if (details.issues !== undefined) this.issues = details.issues;
    if (details.data !== undefined) Object.defineProperty(this, 'data', { value: details.data, enumerable: false });
  }
}

interface SocketEvent {
  data?: unknown;
  code?: number;
  reason?: string;
  message?: string;
}

/** The part of a WebSocket (the `ws` package's, or the platform's) the transport uses. */
export interface WebSocketLike {
  readonly readyState: number;
  binaryType: string;
  send(data: string | Uint8Array): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'message' | 'close' | 'error', listener: (event: SocketEvent) => void): void;
}

export type WebSocketConstructor = new (url: string, protocols?: string | string[]) => WebSocketLike;

export interface WebSocketTransportOptions {
  url: string;
  protocols?: string | string[];
  /** The WebSocket class (default: the platform's `WebSocket`, else the `ws` package's). */
  WebSocket?: WebSocketConstructor;
}

const OPEN = 1;

async function defaultWebSocket(): Promise<WebSocketConstructor> {
  const platform = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (platform !== undefined) return platform;
  // A variable specifier keeps `ws` (and its types) out of the type check: the package works without them.
  const specifier = 'ws';
  const module = (await import(specifier)) as { default: WebSocketConstructor };
  return module.default;
}

/** A `Transport` over one WebSocket, opened on `connect()` or the first `send`. */
export class WebSocketTransport implements Transport {
  private socket: Promise<WebSocketLike> | undefined;
  private readonly handlers = new Set<MessageHandler>();

  constructor(private readonly options: WebSocketTransportOptions) {}

  async connect(): Promise<void> {
    await this.open();
  }

  async send(data: string | Uint8Array, _context: MessageContext): Promise<void> {
    const socket = await this.open();
    socket.send(data);
  }

  onMessage(handler: MessageHandler): () => void {
    this.handlers.add(handler);
    return () => {
      this.handlers.delete(handler);
    };
  }

  async close(): Promise<void> {
    const socket = this.socket;
    this.socket = undefined;
    if (socket !== undefined) (await socket.catch(() => undefined))?.close(1000);
  }

  private open(): Promise<WebSocketLike> {
    this.socket ??= this.dial().catch((error: unknown) => {
      this.socket = undefined;
      throw error;
    });
    return this.socket;
  }

  private async dial(): Promise<WebSocketLike> {
    const WebSocket = this.options.WebSocket ?? (await defaultWebSocket());
    const socket = new WebSocket(this.options.url, this.options.protocols);
    socket.binaryType = 'arraybuffer';
    socket.addEventListener('message', (event) => {
      const data = event.data instanceof ArrayBuffer ? new Uint8Array(event.data) : (event.data as string | Uint8Array);
      for (const handler of this.handlers) handler(data, {});
    });
    socket.addEventListener('close', () => {
      this.socket = undefined;
    });
    if (socket.readyState === OPEN) return socket;
    return new Promise<WebSocketLike>((resolve, reject) => {
      socket.addEventListener('open', () => resolve(socket));
      socket.addEventListener('error', (event) => reject(new ClientError('not-connected', `cannot connect to ${this.options.url}: ${event.message ?? 'connection failed'}`)));
    });
  }
}

export interface RequestOptions {
  /** How long to wait for the reply, in ms (default: the client's `requestTimeoutMs`). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

interface Waiter {
  accepts: (message: unknown, context: MessageContext) => boolean;
  resolve: (message: unknown) => void;
  reject: (error: Error) => void;
}

/** Requests waiting for their reply: each received message goes to the oldest waiter that accepts it. */
export class PendingReplies {
  private readonly waiters = new Set<Waiter>();

  wait(accepts: Waiter['accepts'], timeoutMs: number, signal?: AbortSignal): Promise<unknown> {
    if (signal?.aborted === true) return Promise.reject(new ClientError('aborted', 'the request was aborted'));
    return new Promise<unknown>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.waiters.delete(waiter);
      };
      const onAbort = (): void => {
        done();
        reject(new ClientError('aborted', 'the request was aborted'));
      };
      const waiter: Waiter = {
        accepts,
        resolve: (message) => {
          done();
          resolve(message);
        },
        reject: (error) => {
          done();
          reject(error);
        },
      };
      const timer = setTimeout(() => waiter.reject(new ClientError('timeout', `no reply within ${timeoutMs} ms`)), timeoutMs);
      signal?.addEventListener('abort', onAbort);
      this.waiters.add(waiter);
    });
  }

  /** Hands a received message to the first waiter that accepts it; true when one did. */
  offer(message: unknown, context: MessageContext): boolean {
    if (this.waiters.size === 0) return false; // the usual case: every received message asks
    for (const waiter of this.waiters) {
      if (waiter.accepts(message, context)) {
        waiter.resolve(message);
        return true;
      }
    }
    return false;
  }

  rejectAll(error: Error): void {
    for (const waiter of [...this.waiters]) waiter.reject(error);
  }
}

let counter = 0;

/** A fresh correlation id: a counter for integer ids, else a random string. */
export function newCorrelationId(type?: string): string | number {
  counter += 1;
  if (type === 'integer' || type === 'number') return counter;
  return `${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The value at `path` below `value`, or undefined. */
export function readPath(value: unknown, path: readonly string[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A copy of `value` with `id` set at `path` (objects along the way are copied, never changed). */
export function withPath<T>(value: T, path: readonly string[], id: unknown): T {
  if (path.length === 0) return id as T;
  const base = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const [head, ...rest] = path as [string, ...string[]];
  return { ...base, [head]: withPath(base[head], rest, id) } as T;
}
