/**
 * The connection state: one tagged union, changed only by `transition(state, event)`.
 *
 *   idle --open--> connecting --hello--> authenticating --ready--> ready
 *     ^              |  |                   |                        |
 *     |              '--+---- lost ---------+------------------------'--> waiting --open--> connecting
 *     |                                                                    (stopped --open--> connecting too)
 *     '---- close (from any state)            fatal / give up (from any state) --> stopped
 */
export type SessionMode = 'identify' | 'resume';
/** Why the client is reconnecting (the payload of the 'reconnecting' event). */
export interface ReconnectReason {
    readonly cause: 'close' | 'reconnect-requested' | 'invalid-session' | 'zombie' | 'hello-timeout' | 'ready-timeout' | 'malformed-stream' | 'invalid-hello' | 'identify-queue-failed';
    readonly code?: number;
    /** Whether the next connection will Resume (true) or Identify a new session (false). */
    readonly resume: boolean;
    /** Wait before the next connection, in ms. */
    readonly delayMs: number;
}
export type ConnectionState = {
    readonly kind: 'idle';
} | {
    readonly kind: 'connecting';
    readonly mode: SessionMode;
    readonly url: string;
    readonly viaResumeUrl: boolean;
} | {
    readonly kind: 'authenticating';
    readonly mode: SessionMode;
    readonly viaResumeUrl: boolean;
} | {
    readonly kind: 'ready';
} | {
    readonly kind: 'waiting';
    readonly reason: ReconnectReason;
}
/** Stopped for good: a fatal close `code`, or (no code) the client gave up connecting. */
 | {
    readonly kind: 'stopped';
    readonly code: number | undefined;
    readonly meaning: string;
};
export type ConnectionEvent = {
    readonly type: 'open';
    readonly mode: SessionMode;
    readonly url: string;
    readonly viaResumeUrl: boolean;
} | {
    readonly type: 'hello';
} | {
    readonly type: 'ready';
} | {
    readonly type: 'lost';
    readonly reason: ReconnectReason;
} | {
    readonly type: 'fatal';
    readonly code: number | undefined;
    readonly meaning: string;
} | {
    readonly type: 'close';
};
/** The next state, or the same object when `event` does not apply to `state` (the caller may log it). */
export declare function transition(state: ConnectionState, event: ConnectionEvent): ConnectionState;
/** A socket exists (or is being opened). */
export declare function isLive(state: ConnectionState): boolean;
/** The client has been started and not stopped: sends may wait for READY/RESUMED. */
export declare function isStarted(state: ConnectionState): boolean;
