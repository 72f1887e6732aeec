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
export declare function createSession(id: string, resumeUrl: string | undefined, sequence: number | null, ready: unknown): GatewaySession;
export declare function withSequence(session: GatewaySession, sequence: number | null): GatewaySession;
export declare function withoutResumeUrl(session: GatewaySession): GatewaySession;
/** Where sessions live between connections and processes. Methods may be async. */
export interface SessionStore {
    get(shardId: number): GatewaySession | undefined | Promise<GatewaySession | undefined>;
    set(shardId: number, session: GatewaySession): void | Promise<void>;
    delete(shardId: number): void | Promise<void>;
}
/** The default store: a map in memory. */
export declare class MemorySessionStore implements SessionStore {
    /** Made on the first save: every client has a store of its own by default, and most are never asked to keep one. */
    private sessions;
    get(shardId: number): GatewaySession | undefined;
    set(shardId: number, session: GatewaySession): void;
    delete(shardId: number): void;
}
/**
 * Dispatch sequences further than this past the last one (or past 0 for a new session) are not believed: Discord's
 * go up by one. Adopting `2^53 - 1` would make every later dispatch look already handled.
 */
export declare const MAX_SEQUENCE_JUMP = 1000000;
/** What `SessionTracker.accept` decided for a dispatch sequence. */
export type SequenceVerdict = 'next' | 'replayed' | 'implausible';
/**
 * The live session of one client: the session value, the last sequence (kept as a plain number so the
 * dispatch hot path allocates nothing), and the calls to the store (never awaited, failures reported
 * through `onStoreError`).
 */
export declare class SessionTracker {
    private readonly store;
    private readonly shardId;
    private readonly onStoreError;
    private current;
    private seq;
    constructor(store: SessionStore, shardId: number, onStoreError: (message: string) => void, initial?: GatewaySession);
    get value(): GatewaySession | undefined;
    get sequence(): number | null;
    /** Loads the saved session, unless one is already held. */
    load(): Promise<void>;
    /**
     * Records dispatch sequence `s` (a non-negative safe integer). `replayed`: already handled (a replay overlap),
     * the caller drops it. `implausible`: more than MAX_SEQUENCE_JUMP past the last one, not recorded (the caller
     * reports it and delivers the dispatch). A smaller gap is recorded and reported through `onGap`.
     */
    accept(s: number, onGap: (from: number, to: number) => void): SequenceVerdict;
    /** READY: a new session. */
    start(id: string, resumeUrl: string | undefined, ready: unknown): void;
    /** The resume URL failed: the next Resume goes to the base URL. */
    dropResumeUrl(): void;
    save(): void;
    clear(): void;
    /** A session from the store or the `session` option; one that is not a session is ignored (and reported). */
    private restore;
    private call;
}
