import WebSocket from 'ws';
import { ZlibStreamInflater } from './compression.js';
import { GatewayError } from './errors.js';
import { checkEnvelope, type GatewayEnvelope } from './protocol.js';

/**
 * The part of a `ws` WebSocket the runtime uses. Spelled out structurally so that the published declarations
 * do not import `ws`'s types: a consumer compiling with `skipLibCheck: false` needs no `@types/ws`.
 */
export interface GatewaySocket {
  binaryType: string;
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  terminate(): void;
  on(event: 'open', listener: () => void): unknown;
  on(event: 'message', listener: (data: Buffer) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'close', listener: (code: number, reason: Buffer) => void): unknown;
  once(event: 'close', listener: () => void): unknown;
}

/** A `ws`-compatible constructor; injectable for tests or another transport. */
export type WebSocketConstructor = new (url: string, options?: { perMessageDeflate?: boolean }) => GatewaySocket;

export interface ConnectionHooks {
  open(): void;
  /** One decoded, well-formed gateway frame. */
  frame(envelope: GatewayEnvelope): void;
  /** A frame that could not be used. `broken`: the stream cannot continue (corrupt zlib), reconnect. */
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

  constructor(url: string, options: { compress: boolean; WebSocket: WebSocketConstructor }, hooks: ConnectionHooks) {
    this.hooks = hooks;
    this.inflater = options.compress ? new ZlibStreamInflater() : undefined;
    this.socket = new options.WebSocket(url, { perMessageDeflate: false });
    this.socket.binaryType = 'nodebuffer';
    this.closedPromise = new Promise((resolve) => this.socket.once('close', () => resolve()));
    this.socket.on('open', () => this.hooks?.open());
    this.socket.on('message', this.onMessage);
    this.socket.on('error', (error) => this.hooks?.socketError(error));
    this.socket.on('close', (code, reason) => {
      this.inflater?.close();
      const hooks = this.hooks;
      this.hooks = undefined;
      hooks?.closed(code, reason.toString());
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

  private readonly onMessage = (data: Buffer): void => {
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
      text = data.toString();
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
      hooks.malformed(new GatewayError('MALFORMED_FRAME', `malformed frame: ${problem}`), false);
      return;
    }
    hooks.frame(parsed as GatewayEnvelope);
  };
}
