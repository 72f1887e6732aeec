import WebSocket from 'ws';
import type { BackoffOptions } from './backoff.js';
import type { WebSocketConstructor } from './connection.js';
import { SimpleIdentifyQueue, type IdentifyQueue } from './identify-queue.js';
import type { GatewaySession, SessionStore } from './session.js';
import { MemorySessionStore } from './session.js';
import { systemTimers, type Timers } from './timers.js';

export interface GatewayLogger {
  debug?(message: string): void;
  info?(message: string): void;
  warn?(message: string): void;
  error?(message: string): void;
}

export interface GatewayClientOptions<Presence = unknown, Properties = { os?: string; browser?: string; device?: string }> {
  token: string;
  intents: number;
  /** Gateway URL; the default comes from the generated code (the spec's server). */
  url?: string;
  /** Transport compression; `true` means 'zlib-stream'. Default false. */
  compress?: boolean | 'zlib-stream';
  shard?: [shardId: number, shardCount: number];
  /** Default { os: process.platform, browser: 'gen-gateway', device: 'gen-gateway' }. */
  properties?: Properties;
  presence?: Presence;
  largeThreshold?: number;
  /** Receives the same (redacted) text as the 'debug'/'reconnecting'/'error' events. */
  logger?: GatewayLogger;
  /** ms to wait for Hello after opening the socket. Default 30000. */
  helloTimeout?: number;
  /** ms to wait for READY/RESUMED after sending Identify/Resume. Default 15000. */
  readyTimeout?: number;
  /** Reconnect backoff. Default { baseMs: 1000, maxMs: 60000 }. */
  backoff?: BackoffOptions;
  /** Random wait before re-identifying after op 9 d:false. Default { minMs: 1000, maxMs: 5000 }. */
  invalidSessionDelay?: { minMs: number; maxMs: number };
  /** User sends that may wait for READY/RESUMED or the rate limit. Default 1000. */
  maxQueuedSends?: number;
  /** Send rate limit per connection. Default { limit: 120, windowMs: 60000 }. */
  rateLimit?: { limit?: number; windowMs?: number };
  /** Paces Identify. Default: a SimpleIdentifyQueue of max_concurrency 1 for this client alone. */
  identifyQueue?: IdentifyQueue;
  /** Where the session is kept (and loaded from on connect). Default: in memory. */
  sessionStore?: SessionStore;
  /** A saved session to Resume on the first connect (takes precedence over the store). */
  session?: GatewaySession;
  /** Clock and timers for every timed behaviour. Default: the globals. */
  timers?: Timers;
  /** Random source in [0, 1) for jitter. Default Math.random. */
  random?: () => number;
  /** WebSocket implementation. Default `ws`. */
  WebSocket?: WebSocketConstructor;
}

export interface ResolvedOptions {
  readonly token: string;
  readonly intents: number;
  readonly url: string;
  readonly compress: boolean;
  readonly shard: [number, number] | undefined;
  readonly properties: unknown;
  readonly presence: unknown;
  readonly largeThreshold: number | undefined;
  readonly logger: GatewayLogger;
  readonly helloTimeout: number;
  readonly readyTimeout: number;
  readonly backoff: BackoffOptions;
  readonly invalidSessionDelay: { minMs: number; maxMs: number };
  readonly maxQueuedSends: number;
  readonly rateLimit: { limit: number; windowMs: number };
  readonly identifyQueue: IdentifyQueue;
  readonly sessionStore: SessionStore;
  readonly session: GatewaySession | undefined;
  readonly timers: Timers;
  readonly random: () => number;
  readonly WebSocket: WebSocketConstructor;
}

export function resolveOptions<P, Q>(options: GatewayClientOptions<P, Q>, defaults: { url: string }): ResolvedOptions {
  if (typeof options.token !== 'string' || options.token.length === 0) throw new TypeError('options.token is required');
  if (!Number.isInteger(options.intents) || options.intents < 0) {
    throw new TypeError('options.intents must be a non-negative integer');
  }
  const timers = options.timers ?? systemTimers;
  return {
    token: options.token.replace(/^Bot\s+/i, ''),
    intents: options.intents,
    url: options.url ?? defaults.url,
    compress: options.compress === true || options.compress === 'zlib-stream',
    shard: options.shard,
    properties: options.properties ?? { os: process.platform, browser: 'gen-gateway', device: 'gen-gateway' },
    presence: options.presence,
    largeThreshold: options.largeThreshold,
    logger: options.logger ?? {},
    helloTimeout: options.helloTimeout ?? 30_000,
    readyTimeout: options.readyTimeout ?? 15_000,
    backoff: options.backoff ?? {},
    invalidSessionDelay: options.invalidSessionDelay ?? { minMs: 1000, maxMs: 5000 },
    maxQueuedSends: options.maxQueuedSends ?? 1000,
    rateLimit: { limit: options.rateLimit?.limit ?? 120, windowMs: options.rateLimit?.windowMs ?? 60_000 },
    identifyQueue: options.identifyQueue ?? new SimpleIdentifyQueue({ timers }),
    sessionStore: options.sessionStore ?? new MemorySessionStore(),
    session: options.session,
    timers,
    random: options.random ?? Math.random,
    WebSocket: options.WebSocket ?? (WebSocket as unknown as WebSocketConstructor),
  };
}
