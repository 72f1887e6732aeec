import { gatewayUrlProblem } from './protocol.js';

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
  /** Made on the first save: every client has a store of its own by default, and most are never asked to keep one. */
  private sessions: Map<number, GatewaySession> | undefined;

  get(shardId: number): GatewaySession | undefined {
    return this.sessions?.get(shardId);
  }

  set(shardId: number, session: GatewaySession): void {
    (this.sessions ??= new Map()).set(shardId, session);
  }

  delete(shardId: number): void {
    this.sessions?.delete(shardId);
  }
}

/**
 * Dispatch sequences further than this past the last one (or past 0 for a new session) are not believed: Discord's
 * go up by one. Adopting `2^53 - 1` would make every later dispatch look already handled.
 */
export const MAX_SEQUENCE_JUMP = 1_000_000;

/** What `SessionTracker.accept` decided for a dispatch sequence. */
export type SequenceVerdict = 'next' | 'replayed' | 'implausible';

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
   * Records dispatch sequence `s` (a non-negative safe integer). `replayed`: already handled (a replay overlap),
   * the caller drops it. `implausible`: more than MAX_SEQUENCE_JUMP past the last one, not recorded (the caller
   * reports it and delivers the dispatch). A smaller gap is recorded and reported through `onGap`.
   */
  accept(s: number, onGap: (from: number, to: number) => void): SequenceVerdict {
    const last = this.seq;
    if (last !== null && s <= last) return 'replayed';
    if (s - (last ?? 0) > MAX_SEQUENCE_JUMP) return 'implausible';
    if (last !== null && s !== last + 1) onGap(last, s);
    this.seq = s;
    return 'next';
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

  /** A session from the store or the `session` option; one that is not a session is ignored (and reported). */
  private restore(session: GatewaySession | undefined): void {
    if (session === undefined || session === null) return;
    const { id, sequence, resumeUrl } = session as Partial<GatewaySession>;
    if (typeof id !== 'string' || !(sequence === null || (Number.isSafeInteger(sequence) && (sequence as number) >= 0))) {
      this.onStoreError('ignored a saved session without a string id and an integer (or null) sequence');
      return;
    }
    this.current = resumeUrl === undefined || gatewayUrlProblem(resumeUrl) === undefined ? session : withoutResumeUrl(session);
    if (this.current !== session) this.onStoreError('the saved session\'s resume URL is not a ws/wss URL; Resume goes to the base URL');
    this.seq = sequence as number | null;
  }

  private call(run: () => void | Promise<void>, what: string): void {
    Promise.resolve()
      .then(run)
      .catch((error: unknown) => this.onStoreError(`session store ${what} failed: ${String(error)}`));
  }
}
