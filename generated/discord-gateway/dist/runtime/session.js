// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
import { gatewayUrlProblem } from './protocol.js';
export function createSession(id, resumeUrl, sequence, ready) {
    return Object.freeze({ id, sequence, resumeUrl, ready });
}
export function withSequence(session, sequence) {
    return session.sequence === sequence ? session : createSession(session.id, session.resumeUrl, sequence, session.ready);
}
export function withoutResumeUrl(session) {
    return createSession(session.id, undefined, session.sequence, session.ready);
}
/** The default store: a map in memory. */
export class MemorySessionStore {
    /** Made on the first save: every client has a store of its own by default, and most are never asked to keep one. */
    sessions;
    get(shardId) {
        return this.sessions?.get(shardId);
    }
    set(shardId, session) {
        (this.sessions ??= new Map()).set(shardId, session);
    }
    delete(shardId) {
        this.sessions?.delete(shardId);
    }
}
/**
 * Dispatch sequences further than this past the last one (or past 0 for a new session) are not believed: Discord's
 * go up by one. Adopting `2^53 - 1` would make every later dispatch look already handled.
 */
export const MAX_SEQUENCE_JUMP = 1_000_000;
/**
 * The live session of one client: the session value, the last sequence (kept as a plain number so the
 * dispatch hot path allocates nothing), and the calls to the store (never awaited, failures reported
 * through `onStoreError`).
 */
export class SessionTracker {
    store;
    shardId;
    onStoreError;
    current;
    seq = null;
    constructor(store, shardId, onStoreError, initial) {
        this.store = store;
        this.shardId = shardId;
        this.onStoreError = onStoreError;
        this.restore(initial);
    }
    get value() {
        return this.current && withSequence(this.current, this.seq);
    }
    get sequence() {
        return this.seq;
    }
    /** Loads the saved session, unless one is already held. */
    async load() {
        if (this.current)
            return;
        try {
            this.restore(await this.store.get(this.shardId));
        }
        catch (error) {
            this.onStoreError(`session store get failed: ${String(error)}`);
        }
    }
    /**
     * Records dispatch sequence `s` (a non-negative safe integer). `replayed`: already handled (a replay overlap),
     * the caller drops it. `implausible`: more than MAX_SEQUENCE_JUMP past the last one, not recorded (the caller
     * reports it and delivers the dispatch). A smaller gap is recorded and reported through `onGap`.
     */
    accept(s, onGap) {
        const last = this.seq;
        if (last !== null && s <= last)
            return 'replayed';
        if (s - (last ?? 0) > MAX_SEQUENCE_JUMP)
            return 'implausible';
        if (last !== null && s !== last + 1)
            onGap(last, s);
        this.seq = s;
        return 'next';
    }
    /** READY: a new session. */
    start(id, resumeUrl, ready) {
        this.current = createSession(id, resumeUrl, this.seq, ready);
        this.save();
    }
    /** The resume URL failed: the next Resume goes to the base URL. */
    dropResumeUrl() {
        if (this.current)
            this.current = withoutResumeUrl(this.current);
    }
    save() {
        const session = this.value;
        if (session)
            this.call(() => this.store.set(this.shardId, session), 'set');
    }
    clear() {
        this.current = undefined;
        this.seq = null;
        this.call(() => this.store.delete(this.shardId), 'delete');
    }
    /** A session from the store or the `session` option; one that is not a session is ignored (and reported). */
    restore(session) {
        if (session === undefined || session === null)
            return;
        const { id, sequence, resumeUrl } = session;
        if (typeof id !== 'string' || !(sequence === null || (Number.isSafeInteger(sequence) && sequence >= 0))) {
            this.onStoreError('ignored a saved session without a string id and an integer (or null) sequence');
            return;
        }
        this.current = resumeUrl === undefined || gatewayUrlProblem(resumeUrl) === undefined ? session : withoutResumeUrl(session);
        if (this.current !== session)
            this.onStoreError('the saved session\'s resume URL is not a ws/wss URL; Resume goes to the base URL');
        this.seq = sequence;
    }
    call(run, what) {
        Promise.resolve()
            .then(run)
            .catch((error) => this.onStoreError(`session store ${what} failed: ${String(error)}`));
    }
}
