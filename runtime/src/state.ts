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
  readonly cause:
    | 'close' // the server closed (code says which)
    | 'reconnect-requested' // op 7
    | 'invalid-session' // op 9
    | 'zombie' // no ACK (or any frame) between two heartbeats
    | 'hello-timeout'
    | 'ready-timeout'
    | 'malformed-stream' // the zlib-stream broke, or a message went over its size limit
    | 'invalid-hello' // Hello without a usable heartbeat_interval
    | 'identify-queue-failed'; // the identify queue rejected: no Identify could be sent
  readonly code?: number;
  /** Whether the next connection will Resume (true) or Identify a new session (false). */
  readonly resume: boolean;
  /** Wait before the next connection, in ms. */
  readonly delayMs: number;
}

export type ConnectionState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'connecting'; readonly mode: SessionMode; readonly url: string; readonly viaResumeUrl: boolean }
  | { readonly kind: 'authenticating'; readonly mode: SessionMode; readonly viaResumeUrl: boolean }
  | { readonly kind: 'ready' }
  | { readonly kind: 'waiting'; readonly reason: ReconnectReason }
  /** Stopped for good: a fatal close `code`, or (no code) the client gave up connecting. */
  | { readonly kind: 'stopped'; readonly code: number | undefined; readonly meaning: string };

export type ConnectionEvent =
  | { readonly type: 'open'; readonly mode: SessionMode; readonly url: string; readonly viaResumeUrl: boolean }
  | { readonly type: 'hello' }
  | { readonly type: 'ready' }
  | { readonly type: 'lost'; readonly reason: ReconnectReason }
  | { readonly type: 'fatal'; readonly code: number | undefined; readonly meaning: string }
  | { readonly type: 'close' };

/** The next state, or the same object when `event` does not apply to `state` (the caller may log it). */
export function transition(state: ConnectionState, event: ConnectionEvent): ConnectionState {
  switch (event.type) {
    case 'open':
      return state.kind === 'idle' || state.kind === 'waiting' || state.kind === 'stopped'
        ? { kind: 'connecting', mode: event.mode, url: event.url, viaResumeUrl: event.viaResumeUrl }
        : state;
    case 'hello':
      return state.kind === 'connecting'
        ? { kind: 'authenticating', mode: state.mode, viaResumeUrl: state.viaResumeUrl }
        : state;
    case 'ready':
      return state.kind === 'authenticating' ? { kind: 'ready' } : state;
    case 'lost':
      return isLive(state) ? { kind: 'waiting', reason: event.reason } : state;
    case 'fatal':
      return { kind: 'stopped', code: event.code, meaning: event.meaning };
    case 'close':
      return state.kind === 'idle' ? state : { kind: 'idle' };
  }
}

/** A socket exists (or is being opened). */
export function isLive(state: ConnectionState): boolean {
  return state.kind === 'connecting' || state.kind === 'authenticating' || state.kind === 'ready';
}

/** The client has been started and not stopped: sends may wait for READY/RESUMED. */
export function isStarted(state: ConnectionState): boolean {
  return state.kind !== 'idle' && state.kind !== 'stopped';
}
