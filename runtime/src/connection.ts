import WebSocket from 'ws';
import { ZlibStreamInflater, type InflateLimits } from './compression.js';
import { GatewayError } from './errors.js';
import { checkEnvelope, GatewayOpcode, type GatewayEnvelope } from './protocol.js';

/**
 * The part of a `ws` WebSocket the runtime uses. Spelled out structurally so that the published declarations
 * do not import `ws`'s (or Node's) types: a consumer compiling with `skipLibCheck: false` needs neither
 * `@types/ws` nor `@types/node`. `ws` hands over Buffers, which are Uint8Arrays.
 */
export interface GatewaySocket {
  binaryType: string;
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  terminate(): void;
  on(event: 'open', listener: () => void): unknown;
  on(event: 'message', listener: (data: Uint8Array) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'close', listener: (code: number, reason: Uint8Array) => void): unknown;
  once(event: 'close', listener: () => void): unknown;
}

/** The `ws` client options the runtime sets. */
export interface WebSocketOptions {
  perMessageDeflate?: boolean;
  /** Extra HTTP headers of the opening handshake (User-Agent, ...). */
  headers?: Record<string, string>;
  /** Largest WebSocket message accepted, in bytes (over it, `ws` closes the socket with 1009). */
  maxPayload?: number;
}

/** A `ws`-compatible constructor; injectable for tests or another transport. */
export type WebSocketConstructor = new (url: string, options?: WebSocketOptions) => GatewaySocket;

export interface ConnectionOptions {
  compress: boolean;
  WebSocket: WebSocketConstructor;
  headers: Record<string, string>;
  limits: InflateLimits;
}

const utf8 = new TextDecoder();

/** Text of a WebSocket message: `ws` gives a Buffer (fast `toString`), another implementation a Uint8Array. */
function textOf(data: Uint8Array): string {
  return Buffer.isBuffer(data) ? data.toString() : utf8.decode(data);
}

export interface ConnectionHooks {
  open(): void;
  /** One decoded, well-formed gateway frame. */
  frame(envelope: GatewayEnvelope): void;
  /** A frame that could not be used. `broken`: the connection cannot continue (corrupt zlib, bad Hello), reconnect. */
  malformed(error: GatewayError, broken: boolean): void;
  /** The socket closed (by the server or the network). Not called after `dispose`. */
  closed(code: number, reason: string): void;
  socketError(error: Error): void;
}

/**
 * One WebSocket: opening, decoding (zlib-stream, JSON, envelope check) and writing. It knows nothing of
 * the gateway lifecycle. Writes on a socket that is not open are dropped, never attempted.
 */
export class Connection {
  private readonly socket: GatewaySocket;
  private readonly inflater: ZlibStreamInflater | undefined;
  private hooks: ConnectionHooks | undefined;
  private readonly closedPromise: Promise<void>;

  constructor(url: string, options: ConnectionOptions, hooks: ConnectionHooks) {
    this.hooks = hooks;
    const { maxMessageBytes, maxPendingBytes } = options.limits;
    this.inflater = options.compress ? new ZlibStreamInflater(options.limits) : undefined;
    this.socket = new options.WebSocket(url, {
      perMessageDeflate: false,
      headers: options.headers,
      // One WebSocket message is at most a whole plain message, or a part of a compressed one still pending.
      maxPayload: options.compress ? maxPendingBytes : maxMessageBytes,
    });
    this.socket.binaryType = 'nodebuffer';
    this.closedPromise = new Promise((resolve) => this.socket.once('close', () => resolve()));
    this.socket.on('open', () => this.hooks?.open());
    this.socket.on('message', this.onMessage);
    this.socket.on('error', (error) => this.hooks?.socketError(error));
    this.socket.on('close', (code, reason) => {
      this.inflater?.close();
      const hooks = this.hooks;
      this.hooks = undefined;
      hooks?.closed(code, textOf(reason));
    });
  }

  get isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  /** Writes `data` if the socket is open; returns whether it did. */
  write(data: string): boolean {
    if (this.socket.readyState !== WebSocket.OPEN) return false;
    this.socket.send(data);
    return true;
  }

  /**
   * Stops reporting (no hook fires after this) and closes the socket with `code`. Resolves when the
   * socket has closed, or after `graceMs` at the latest (then the socket is terminated).
   */
  dispose(code: number, reason: string, graceMs = 5000): Promise<void> {
    this.hooks = undefined;
    const state = this.socket.readyState;
    if (state === WebSocket.CLOSED) return Promise.resolve();
    if (state === WebSocket.OPEN) this.socket.close(code, reason);
    else if (state === WebSocket.CONNECTING) this.socket.terminate();
    const grace = setTimeout(() => this.socket.terminate(), graceMs);
    grace.unref();
    return this.closedPromise.finally(() => clearTimeout(grace));
  }

  private readonly onMessage = (data: Uint8Array): void => {
    const hooks = this.hooks;
    if (hooks === undefined) return;
    let text: string | undefined;
    if (this.inflater !== undefined) {
      try {
        text = this.inflater.push(data);
      } catch (error) {
        hooks.malformed(error as GatewayError, true);
        return;
      }
      if (text === undefined) return;
    } else {
      text = textOf(data);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      hooks.malformed(new GatewayError('MALFORMED_FRAME', `frame is not valid JSON (${text.length} chars)`, { cause: error }), false);
      return;
    }
    const problem = checkEnvelope(parsed);
    if (problem !== undefined) {
      // Without a usable Hello the connection cannot go on (no heartbeat interval): that one breaks it.
      // `parsed` may be anything JSON can be: null, a number, a string, an array.
      const broken = typeof parsed === 'object' && parsed !== null && (parsed as { op?: unknown }).op === GatewayOpcode.Hello;
      hooks.malformed(new GatewayError('MALFORMED_FRAME', `malformed frame: ${problem}`), broken);
      return;
    }
    hooks.frame(parsed as GatewayEnvelope);
  };
}
