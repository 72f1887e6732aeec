import { type InflateLimits } from './compression.js';
import { GatewayError } from './errors.js';
import { type GatewayEnvelope } from './protocol.js';
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
export declare class Connection {
    private readonly socket;
    private readonly inflater;
    private hooks;
    private readonly closedPromise;
    constructor(url: string, options: ConnectionOptions, hooks: ConnectionHooks);
    get isOpen(): boolean;
    /** Writes `data` if the socket is open; returns whether it did. */
    write(data: string): boolean;
    /**
     * Stops reporting (no hook fires after this) and closes the socket with `code`. Resolves when the
     * socket has closed, or after `graceMs` at the latest (then the socket is terminated).
     */
    dispose(code: number, reason: string, graceMs?: number): Promise<void>;
    private readonly onMessage;
}
