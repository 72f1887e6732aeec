/**
 * The session as an immutable value (reference: "Identify, Ready, Resume"): what Resume needs. Save it
 * through a `SessionStore` to resume after a restart; pass it back with the `session` or
 * `sessionStore` option.
 */
export interface GatewaySession {
  readonly id: string;
  /** Last sequence received (null before the first dispatch). */
  readonly sequence: number | null;
  /** `resume_gateway_url` from READY, undefined once it failed (then Resume goes to the base URL). */
  readonly resumeUrl: string | undefined;
}

export function createSession(id: string, resumeUrl: string | undefined, sequence: number | null = null): GatewaySession {
  return Object.freeze({ id, sequence, resumeUrl });
}

export function withSequence(session: GatewaySession, sequence: number | null): GatewaySession {
  return session.sequence === sequence ? session : createSession(session.id, session.resumeUrl, sequence);
}

export function withoutResumeUrl(session: GatewaySession): GatewaySession {
  return createSession(session.id, undefined, session.sequence);
}

/** Where sessions live between connections and processes. Methods may be async. */
export interface SessionStore {
  get(shardId: number): GatewaySession | undefined | Promise<GatewaySession | undefined>;
  set(shardId: number, session: GatewaySession): void | Promise<void>;
  delete(shardId: number): void | Promise<void>;
}

/** The default store: a map in memory. */
export class MemorySessionStore implements SessionStore {
  private readonly sessions = new Map<number, GatewaySession>();

  get(shardId: number): GatewaySession | undefined {
    return this.sessions.get(shardId);
  }

  set(shardId: number, session: GatewaySession): void {
    this.sessions.set(shardId, session);
  }

  delete(shardId: number): void {
    this.sessions.delete(shardId);
  }
}
