import type { BackoffOptions } from './backoff.js';
import { type InflateLimits } from './compression.js';
import type { WebSocketConstructor } from './connection.js';
import { type IdentifyQueue } from './identify-queue.js';
import { Secret } from './secret.js';
import type { GatewaySession, SessionStore } from './session.js';
import { type Timers } from './timers.js';
export interface GatewayLogger {
    debug?(message: string): void;
    info?(message: string): void;
    warn?(message: string): void;
    error?(message: string): void;
}
/**
 * Every optional field also takes `undefined` (meaning: the default), so `url: process.env.GATEWAY_URL` compiles
 * under `exactOptionalPropertyTypes`.
 */
export interface GatewayClientOptions<Presence = unknown, Properties = {
    os?: string;
    browser?: string;
    device?: string;
}> {
    /** The bot token (a leading `Bot ` is removed). Never printed: see the README's "Secrets". */
    token: string;
    intents: number;
    /** Gateway URL, from GET /gateway/bot (ws: or wss:); the default comes from the generated code (the spec's server). */
    url?: string | undefined;
    /** Transport compression; `true` means 'zlib-stream'. Default false. */
    compress?: boolean | 'zlib-stream' | undefined;
    shard?: [shardId: number, shardCount: number] | undefined;
    /** Default { os: process.platform, browser: 'gen-gateway', device: 'gen-gateway' }. */
    properties?: Properties | undefined;
    presence?: Presence | undefined;
    /** 50 to 250: members above which a guild's GUILD_CREATE lists only the online ones. */
    largeThreshold?: number | undefined;
    /** Receives the same (redacted) text as the 'debug'/'reconnecting'/'error' events. */
    logger?: GatewayLogger | undefined;
    /** HTTP headers of the WebSocket handshake, over the default `User-Agent: DiscordBot (gen-gateway, <version>)`. */
    headers?: Record<string, string> | undefined;
    /** ms to wait for Hello after opening the socket. Default 30000. */
    helloTimeout?: number | undefined;
    /** ms to wait for READY/RESUMED after sending Identify/Resume. Default 15000. */
    readyTimeout?: number | undefined;
    /** Reconnect backoff. Default { baseMs: 1000, maxMs: 60000 }. */
    backoff?: BackoffOptions | undefined;
    /** Random wait before re-identifying after op 9 d:false. Default { minMs: 1000, maxMs: 5000 }. */
    invalidSessionDelay?: {
        minMs: number;
        maxMs: number;
    } | undefined;
    /**
     * Connection attempts in a row that end before READY/RESUMED (closed, refused, timed out): after `reportAfter`
     * (default 5) an `error` with code `CONNECT_FAILING` names the close codes seen, again at each doubling; after
     * `giveUpAfter` (default: never) the client stops and `connect()` rejects with `CONNECT_FAILED`.
     */
    connectAttempts?: {
        reportAfter?: number | undefined;
        giveUpAfter?: number | undefined;
    } | undefined;
    /** User sends that may wait for READY/RESUMED or the rate limit. Default 1000. */
    maxQueuedSends?: number | undefined;
    /** Send rate limit per connection. Default { limit: 120, windowMs: 60000 }. */
    rateLimit?: {
        limit?: number | undefined;
        windowMs?: number | undefined;
    } | undefined;
    /** Largest received message (inflated, for zlib-stream), in bytes; over it the client reconnects. Default 16 MiB. */
    maxMessageBytes?: number | undefined;
    /** Largest compressed input buffered before a zlib flush marker, in bytes. Default: `maxMessageBytes`. */
    maxPendingBytes?: number | undefined;
    /** Paces Identify. Default: a SimpleIdentifyQueue of max_concurrency 1 for this client alone. */
    identifyQueue?: IdentifyQueue | undefined;
    /** Where the session is kept (and loaded from on connect). Default: in memory. */
    sessionStore?: SessionStore | undefined;
    /** A saved session to Resume on the first connect (takes precedence over the store). */
    session?: GatewaySession | undefined;
    /** Clock and timers for every timed behaviour. Default: the globals. */
    timers?: Timers | undefined;
    /** Random source in [0, 1) for jitter. Default Math.random. */
    random?: (() => number) | undefined;
    /** WebSocket implementation. Default `ws`. */
    WebSocket?: WebSocketConstructor | undefined;
}
export interface ResolvedOptions {
    readonly token: Secret;
    readonly intents: number;
    readonly url: string;
    readonly compress: boolean;
    readonly shard: [number, number] | undefined;
    readonly properties: unknown;
    readonly presence: unknown;
    readonly largeThreshold: number | undefined;
    readonly logger: GatewayLogger;
    readonly headers: Readonly<Record<string, string>>;
    readonly helloTimeout: number;
    readonly readyTimeout: number;
    readonly backoff: BackoffOptions;
    readonly invalidSessionDelay: {
        minMs: number;
        maxMs: number;
    };
    readonly connectAttempts: {
        reportAfter: number;
        giveUpAfter: number;
    };
    readonly maxQueuedSends: number;
    readonly rateLimit: {
        limit: number;
        windowMs: number;
    };
    readonly limits: InflateLimits;
    readonly identifyQueue: IdentifyQueue;
    readonly sessionStore: SessionStore;
    readonly session: GatewaySession | undefined;
    readonly timers: Timers;
    readonly random: () => number;
    readonly WebSocket: WebSocketConstructor;
}
export declare const DEFAULT_USER_AGENT: string;
/**
 * Checks every option and fills in the defaults. Throws a GatewayError (`INVALID_OPTION`) naming the option,
 * synchronously, so a mistake shows at construction and never later as an unhandled rejection.
 */
export declare function resolveOptions<P, Q>(options: GatewayClientOptions<P, Q>, defaults: {
    url: string;
}): ResolvedOptions;
