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
  /**
   * READY's `d`, kept with the session: no READY comes on a resume, so a client that resumes a saved session
   * (after a restart) resolves `connect()` with this.
   */
  readonly ready: unknown;
}

export function createSession(id: string, resumeUrl: string | undefined, sequence: number | null, ready: unknown): GatewaySession {
  return Object.freeze({ id, sequence, resumeUrl, ready });
}

export function withSequence(session: GatewaySession, sequence: number | null): GatewaySession {
  return session.sequence === sequence ? session : createSession(session.id, session.resumeUrl, sequence, session.ready);
}

export function withoutResumeUrl(session: GatewaySession): GatewaySession {
  return createSession(session.id, undefined, session.sequence, session.ready);
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

/**
 * The live session of one client: the session value, the last sequence (kept as a plain number so the
 * dispatch hot path allocates nothing), and the calls to the store (never awaited, failures reported
 * through `onStoreError`).
 */
export class SessionTracker {
  private current: GatewaySession | undefined;
  private seq: number | null = null;

  constructor(
    private readonly store: SessionStore,
    private readonly shardId: number,
    private readonly onStoreError: (message: string) => void,
    initial?: GatewaySession,
  ) {
    this.restore(initial);
  }

  get value(): GatewaySession | undefined {
    return this.current && withSequence(this.current, this.seq);
  }

  get sequence(): number | null {
    return this.seq;
  }

  /** Loads the saved session, unless one is already held. */
  async load(): Promise<void> {
    if (this.current) return;
    try {
      this.restore(await this.store.get(this.shardId));
    } catch (error) {
      this.onStoreError(`session store get failed: ${String(error)}`);
    }
  }

  /**
   * Records dispatch sequence `s`. Returns false for a sequence already handled (a replay overlap),
   * which the caller drops; a gap is reported through `onGap`.
   */
  accept(s: number, onGap: (from: number, to: number) => void): boolean {
    const last = this.seq;
    if (last !== null && s <= last) return false;
    if (last !== null && s !== last + 1) onGap(last, s);
    this.seq = s;
    return true;
  }

  /** READY: a new session. */
  start(id: string, resumeUrl: string | undefined, ready: unknown): void {
    this.current = createSession(id, resumeUrl, this.seq, ready);
    this.save();
  }

  /** The resume URL failed: the next Resume goes to the base URL. */
  dropResumeUrl(): void {
    if (this.current) this.current = withoutResumeUrl(this.current);
  }

  save(): void {
    const session = this.value;
    if (session) this.call(() => this.store.set(this.shardId, session), 'set');
  }

  clear(): void {
    this.current = undefined;
    this.seq = null;
    this.call(() => this.store.delete(this.shardId), 'delete');
  }

  private restore(session: GatewaySession | undefined): void {
    if (!session) return;
    this.current = session;
    this.seq = session.sequence;
  }

  private call(run: () => void | Promise<void>, what: string): void {
    Promise.resolve()
      .then(run)
      .catch((error: unknown) => this.onStoreError(`session store ${what} failed: ${String(error)}`));
  }
}
