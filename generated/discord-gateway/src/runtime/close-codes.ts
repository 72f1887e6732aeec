// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
/**
 * Gateway close codes as data (reference: "Close codes from the server").
 * `resume`: reconnect and Resume; `new-session`: drop the session and Identify; `fatal`: stop.
 */
export type CloseAction = 'resume' | 'reconnect' | 'new-session' | 'fatal';

export interface CloseCodeInfo {
  readonly meaning: string;
  readonly action: CloseAction;
}

export const CLOSE_CODES: Readonly<Record<number, CloseCodeInfo>> = Object.freeze({
  4000: { meaning: 'unknown error', action: 'resume' },
  4001: { meaning: 'unknown opcode sent', action: 'resume' },
  4002: { meaning: 'decode error (bad payload, or payload over 4096 bytes)', action: 'resume' },
  4003: { meaning: 'not authenticated (sent before Identify)', action: 'reconnect' },
  4004: { meaning: 'authentication failed (bad token)', action: 'fatal' },
  4005: { meaning: 'already authenticated', action: 'reconnect' },
  4007: { meaning: 'invalid seq on resume', action: 'new-session' },
  4008: { meaning: 'rate limited', action: 'reconnect' },
  4009: { meaning: 'session timed out', action: 'new-session' },
  4010: { meaning: 'invalid shard', action: 'fatal' },
  4011: { meaning: 'sharding required', action: 'fatal' },
  4012: { meaning: 'invalid API version', action: 'fatal' },
  4013: { meaning: 'invalid intents', action: 'fatal' },
  4014: { meaning: 'disallowed (privileged) intents', action: 'fatal' },
});

const UNKNOWN: CloseCodeInfo = { meaning: 'connection closed', action: 'resume' };

/**
 * What to do after the server closed with `code`. Codes outside the table (1000, 1006 for a dropped TCP
 * connection, ...) leave the session resumable, so they resume. `reconnect` resumes when a session
 * exists and identifies otherwise, like `resume`; the distinction is kept for the reader.
 */
export function describeCloseCode(code: number): CloseCodeInfo {
  return CLOSE_CODES[code] ?? UNKNOWN;
}
