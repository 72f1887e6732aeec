// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
import WebSocket from 'ws';
import { DEFAULT_INFLATE_LIMITS } from './compression.js';
import { GatewayError } from './errors.js';
import { SimpleIdentifyQueue } from './identify-queue.js';
import { gatewayUrlProblem } from './protocol.js';
import { Secret } from './secret.js';
import { MemorySessionStore } from './session.js';
import { systemTimers } from './timers.js';
import { RUNTIME_VERSION } from './version.js';
export const DEFAULT_USER_AGENT = `DiscordBot (https://www.npmjs.com/package/@gen-gateway/runtime, ${RUNTIME_VERSION})`;
function invalid(message) {
    return new GatewayError('INVALID_OPTION', `options.${message}`);
}
function integer(name, value, fallback, min, max = Number.MAX_SAFE_INTEGER) {
    if (value === undefined)
        return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        throw invalid(`${name} must be an integer from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}`);
    }
    return value;
}
/** A count where `Infinity` means "no limit". */
function countOrInfinity(name, value, fallback) {
    return value === Infinity ? Infinity : integer(name, value, fallback, 1);
}
function object(name, value, methods) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'object' || value === null)
        throw invalid(`${name} must be an object`);
    for (const method of methods) {
        if (typeof value[method] !== 'function')
            throw invalid(`${name}.${method} must be a function`);
    }
    return value;
}
function gatewayUrl(url) {
    const problem = gatewayUrlProblem(url);
    // The value itself is never quoted: it may carry credentials.
    if (problem !== undefined)
        throw invalid(`url ${problem}`);
    return url;
}
/*
 * The defaults of the option groups below are one frozen object each, shared by every client that takes them: a
 * process may run thousands of shards, and each would otherwise keep its own copies.
 */
const DEFAULT_HEADERS = Object.freeze({ 'User-Agent': DEFAULT_USER_AGENT });
const DEFAULT_PROPERTIES = Object.freeze({ os: process.platform, browser: 'gen-gateway', device: 'gen-gateway' });
const NO_LOGGER = Object.freeze({});
const DEFAULT_BACKOFF = Object.freeze({ baseMs: 1000, maxMs: 60_000 });
const DEFAULT_INVALID_SESSION_DELAY = Object.freeze({ minMs: 1000, maxMs: 5000 });
const DEFAULT_CONNECT_ATTEMPTS = Object.freeze({ reportAfter: 5, giveUpAfter: Infinity });
const DEFAULT_RATE_LIMIT = Object.freeze({ limit: 120, windowMs: 60_000 });
function headers(value) {
    if (value === undefined)
        return DEFAULT_HEADERS;
    const out = { ...DEFAULT_HEADERS };
    if (typeof value !== 'object' || value === null)
        throw invalid('headers must be an object of strings');
    for (const [name, header] of Object.entries(value)) {
        if (typeof header !== 'string')
            throw invalid(`headers["${name}"] must be a string`);
        // Header names are case-insensitive: a user's user-agent replaces the default one.
        for (const existing of Object.keys(out))
            if (existing.toLowerCase() === name.toLowerCase())
                delete out[existing];
        out[name] = header;
    }
    return out;
}
/**
 * Checks every option and fills in the defaults. Throws a GatewayError (`INVALID_OPTION`) naming the option,
 * synchronously, so a mistake shows at construction and never later as an unhandled rejection.
 */
export function resolveOptions(options, defaults) {
    if (typeof options !== 'object' || options === null)
        throw invalid('(the options object) is required');
    if (typeof options.token !== 'string' || options.token.trim().length === 0)
        throw invalid('token is required (a non-empty string)');
    const intents = options.intents;
    if (typeof intents !== 'number' || !Number.isSafeInteger(intents) || intents < 0)
        throw invalid('intents must be a non-negative integer');
    const shard = options.shard;
    if (shard !== undefined) {
        const valid = Array.isArray(shard) && shard.length === 2 && shard.every((n) => Number.isInteger(n)) && shard[0] >= 0 && shard[0] < shard[1];
        if (!valid)
            throw invalid('shard must be [shardId, shardCount] with 0 <= shardId < shardCount');
    }
    const timers = object('timers', options.timers, ['now', 'setTimeout', 'clearTimeout']) ?? systemTimers;
    const backoff = object('backoff', options.backoff, []) ?? {};
    const baseMs = integer('backoff.baseMs', backoff.baseMs, 1000, 1);
    const invalidSessionDelay = object('invalidSessionDelay', options.invalidSessionDelay, []) ?? { minMs: 1000, maxMs: 5000 };
    const minMs = integer('invalidSessionDelay.minMs', invalidSessionDelay.minMs, 1000, 0);
    const attempts = object('connectAttempts', options.connectAttempts, []) ?? {};
    const rateLimit = object('rateLimit', options.rateLimit, []) ?? {};
    const maxMessageBytes = integer('maxMessageBytes', options.maxMessageBytes, DEFAULT_INFLATE_LIMITS.maxMessageBytes, 1024);
    if (options.random !== undefined && typeof options.random !== 'function')
        throw invalid('random must be a function');
    if (options.WebSocket !== undefined && typeof options.WebSocket !== 'function')
        throw invalid('WebSocket must be a constructor');
    if (options.session !== undefined && typeof options.session?.id !== 'string')
        throw invalid('session must be a saved GatewaySession');
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
        invalidSessionDelay: options.invalidSessionDelay === undefined
            ? DEFAULT_INVALID_SESSION_DELAY
            : { minMs, maxMs: integer('invalidSessionDelay.maxMs', invalidSessionDelay.maxMs, Math.max(5000, minMs), minMs) },
        connectAttempts: options.connectAttempts === undefined
            ? DEFAULT_CONNECT_ATTEMPTS
            : {
                reportAfter: countOrInfinity('connectAttempts.reportAfter', attempts.reportAfter, 5),
                giveUpAfter: countOrInfinity('connectAttempts.giveUpAfter', attempts.giveUpAfter, Infinity),
            },
        maxQueuedSends: integer('maxQueuedSends', options.maxQueuedSends, 1000, 0),
        rateLimit: options.rateLimit === undefined
            ? DEFAULT_RATE_LIMIT
            : { limit: integer('rateLimit.limit', rateLimit.limit, 120, 2), windowMs: integer('rateLimit.windowMs', rateLimit.windowMs, 60_000, 1) },
        limits: options.maxMessageBytes === undefined && options.maxPendingBytes === undefined
            ? DEFAULT_INFLATE_LIMITS
            : { maxMessageBytes, maxPendingBytes: integer('maxPendingBytes', options.maxPendingBytes, maxMessageBytes, 1024) },
        identifyQueue: object('identifyQueue', options.identifyQueue, ['wait']) ?? new SimpleIdentifyQueue({ timers }),
        sessionStore: object('sessionStore', options.sessionStore, ['get', 'set', 'delete']) ?? new MemorySessionStore(),
        session: options.session,
        timers,
        random: options.random ?? Math.random,
        WebSocket: options.WebSocket ?? WebSocket,
    };
}
