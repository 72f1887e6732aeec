import WebSocket from 'ws';
import type { BackoffOptions } from './backoff.js';
import { DEFAULT_INFLATE_LIMITS, type InflateLimits } from './compression.js';
import type { WebSocketConstructor } from './connection.js';
import { GatewayError } from './errors.js';
import { SimpleIdentifyQueue, type IdentifyQueue } from './identify-queue.js';
import { gatewayUrlProblem } from './protocol.js';
import { Secret } from './secret.js';
import type { GatewaySession, SessionStore } from './session.js';
import { MemorySessionStore } from './session.js';
import { systemTimers, type Timers } from './timers.js';
import { RUNTIME_VERSION } from './version.js';

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
export interface GatewayClientOptions<Presence = unknown, Properties = { os?: string; browser?: string; device?: string }> {
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
  invalidSessionDelay?: { minMs: number; maxMs: number } | undefined;
  /**
   * Connection attempts in a row that end before READY/RESUMED (closed, refused, timed out): after `reportAfter`
   * (default 5) an `error` with code `CONNECT_FAILING` names the close codes seen, again at each doubling; after
   * `giveUpAfter` (default: never) the client stops and `connect()` rejects with `CONNECT_FAILED`.
   */
  connectAttempts?: { reportAfter?: number | undefined; giveUpAfter?: number | undefined } | undefined;
  /** User sends that may wait for READY/RESUMED or the rate limit. Default 1000. */
  maxQueuedSends?: number | undefined;
  /** Send rate limit per connection. Default { limit: 120, windowMs: 60000 }. */
  rateLimit?: { limit?: number | undefined; windowMs?: number | undefined } | undefined;
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
  readonly invalidSessionDelay: { minMs: number; maxMs: number };
  readonly connectAttempts: { reportAfter: number; giveUpAfter: number };
  readonly maxQueuedSends: number;
  readonly rateLimit: { limit: number; windowMs: number };
  readonly limits: InflateLimits;
  readonly identifyQueue: IdentifyQueue;
  readonly sessionStore: SessionStore;
  readonly session: GatewaySession | undefined;
  readonly timers: Timers;
  readonly random: () => number;
  readonly WebSocket: WebSocketConstructor;
}

export const DEFAULT_USER_AGENT: string = `DiscordBot (https://www.npmjs.com/package/@gen-gateway/runtime, ${RUNTIME_VERSION})`;

function invalid(message: string): GatewayError {
  return new GatewayError('INVALID_OPTION', `options.${message}`);
}

function integer(name: string, value: number | undefined, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(`${name} must be an integer from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}`);
  }
  return value;
}

/** A count where `Infinity` means "no limit". */
function countOrInfinity(name: string, value: number | undefined, fallback: number): number {
  return value === Infinity ? Infinity : integer(name, value, fallback, 1);
}

function object<T>(name: string, value: T | undefined, methods: readonly string[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null) throw invalid(`${name} must be an object`);
  for (const method of methods) {
    if (typeof (value as Record<string, unknown>)[method] !== 'function') throw invalid(`${name}.${method} must be a function`);
  }
  return value;
}

function gatewayUrl(url: string): string {
  const problem = gatewayUrlProblem(url);
  // The value itself is never quoted: it may carry credentials.
  if (problem !== undefined) throw invalid(`url ${problem}`);
  return url;
}

/*
 * The defaults of the option groups below are one frozen object each, shared by every client that takes them: a
 * process may run thousands of shards, and each would otherwise keep its own copies.
 */
const DEFAULT_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'User-Agent': DEFAULT_USER_AGENT });
const DEFAULT_PROPERTIES = Object.freeze({ os: process.platform, browser: 'gen-gateway', device: 'gen-gateway' });
const NO_LOGGER: GatewayLogger = Object.freeze({});
const DEFAULT_BACKOFF: BackoffOptions = Object.freeze({ baseMs: 1000, maxMs: 60_000 });
const DEFAULT_INVALID_SESSION_DELAY = Object.freeze({ minMs: 1000, maxMs: 5000 });
const DEFAULT_CONNECT_ATTEMPTS = Object.freeze({ reportAfter: 5, giveUpAfter: Infinity });
const DEFAULT_RATE_LIMIT = Object.freeze({ limit: 120, windowMs: 60_000 });

function headers(value: Record<string, string> | undefined): Readonly<Record<string, string>> {
  if (value === undefined) return DEFAULT_HEADERS;
  const out: Record<string, string> = { ...DEFAULT_HEADERS };
  if (typeof value !== 'object' || value === null) throw invalid('headers must be an object of strings');
  for (const [name, header] of Object.entries(value)) {
    if (typeof header !== 'string') throw invalid(`headers["${name}"] must be a string`);
    // Header names are case-insensitive: a user's user-agent replaces the default one.
    for (const existing of Object.keys(out)) if (existing.toLowerCase() === name.toLowerCase()) delete out[existing];
    out[name] = header;
  }
  return out;
}

/**
 * Checks every option and fills in the defaults. Throws a GatewayError (`INVALID_OPTION`) naming the option,
 * synchronously, so a mistake shows at construction and never later as an unhandled rejection.
 */
export function resolveOptions<P, Q>(options: GatewayClientOptions<P, Q>, defaults: { url: string }): ResolvedOptions {
  if (typeof options !== 'object' || options === null) throw invalid('(the options object) is required');
  if (typeof options.token !== 'string' || options.token.trim().length === 0) throw invalid('token is required (a non-empty string)');
  const intents = options.intents;
  if (typeof intents !== 'number' || !Number.isSafeInteger(intents) || intents < 0) throw invalid('intents must be a non-negative integer');
  const shard = options.shard;
  if (shard !== undefined) {
    const valid = Array.isArray(shard) && shard.length === 2 && shard.every((n) => Number.isInteger(n)) && shard[0] >= 0 && shard[0] < shard[1];
    if (!valid) throw invalid('shard must be [shardId, shardCount] with 0 <= shardId < shardCount');
  }
  const timers = object('timers', options.timers, ['now', 'setTimeout', 'clearTimeout']) ?? systemTimers;
  const backoff = object('backoff', options.backoff, []) ?? {};
  const baseMs = integer('backoff.baseMs', backoff.baseMs, 1000, 1);
  const invalidSessionDelay = object('invalidSessionDelay', options.invalidSessionDelay, []) ?? { minMs: 1000, maxMs: 5000 };
  const minMs = integer('invalidSessionDelay.minMs', invalidSessionDelay.minMs, 1000, 0);
  const attempts = object('connectAttempts', options.connectAttempts, []) ?? {};
  const rateLimit = object('rateLimit', options.rateLimit, []) ?? {};
  const maxMessageBytes = integer('maxMessageBytes', options.maxMessageBytes, DEFAULT_INFLATE_LIMITS.maxMessageBytes, 1024);
  if (options.random !== undefined && typeof options.random !== 'function') throw invalid('random must be a function');
  if (options.WebSocket !== undefined && typeof options.WebSocket !== 'function') throw invalid('WebSocket must be a constructor');
  if (options.session !== undefined && typeof options.session?.id !== 'string') throw invalid('session must be a saved GatewaySession');
  return {
    token: new Secret(options.token.trim().replace(/^Bot\s+/i, '')),
    intents,
    url: gatewayUrl(options.url ?? defaults.url),
    compress: options.compress === true || options.compress === 'zlib-stream',
    shard: shard === undefined ? undefined : [shard[0], shard[1]],
    properties: options.properties ?? DEFAULT_PROPERTIES,
    presence: options.presence,
    largeThreshold: options.largeThreshold === undefined ? undefined : integer('largeThreshold', options.largeThreshold, 50, 50, 250),
    logger: object('logger', options.logger, []) ?? NO_LOGGER,
    headers: headers(options.headers),
    helloTimeout: integer('helloTimeout', options.helloTimeout, 30_000, 1),
    readyTimeout: integer('readyTimeout', options.readyTimeout, 15_000, 1),
    backoff: options.backoff === undefined ? DEFAULT_BACKOFF : { baseMs, maxMs: integer('backoff.maxMs', backoff.maxMs, Math.max(60_000, baseMs), baseMs) },
    invalidSessionDelay:
      options.invalidSessionDelay === undefined
        ? DEFAULT_INVALID_SESSION_DELAY
        : { minMs, maxMs: integer('invalidSessionDelay.maxMs', invalidSessionDelay.maxMs, Math.max(5000, minMs), minMs) },
    connectAttempts:
      options.connectAttempts === undefined
        ? DEFAULT_CONNECT_ATTEMPTS
        : {
            reportAfter: countOrInfinity('connectAttempts.reportAfter', attempts.reportAfter, 5),
            giveUpAfter: countOrInfinity('connectAttempts.giveUpAfter', attempts.giveUpAfter, Infinity),
          },
    maxQueuedSends: integer('maxQueuedSends', options.maxQueuedSends, 1000, 0),
    rateLimit:
      options.rateLimit === undefined
        ? DEFAULT_RATE_LIMIT
        : { limit: integer('rateLimit.limit', rateLimit.limit, 120, 2), windowMs: integer('rateLimit.windowMs', rateLimit.windowMs, 60_000, 1) },
    limits:
      options.maxMessageBytes === undefined && options.maxPendingBytes === undefined
        ? DEFAULT_INFLATE_LIMITS
        : { maxMessageBytes, maxPendingBytes: integer('maxPendingBytes', options.maxPendingBytes, maxMessageBytes, 1024) },
    identifyQueue: object('identifyQueue', options.identifyQueue, ['wait']) ?? new SimpleIdentifyQueue({ timers }),
    sessionStore: object('sessionStore', options.sessionStore, ['get', 'set', 'delete']) ?? new MemorySessionStore(),
    session: options.session,
    timers,
    random: options.random ?? Math.random,
    WebSocket: options.WebSocket ?? (WebSocket as unknown as WebSocketConstructor),
  };
}
