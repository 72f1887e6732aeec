/**
 * Connection attempts in a row that ended before READY/RESUMED: a gateway that never lets the client in (a bad
 * token answered with 4000, a server that wants a User-Agent, a host that refuses connections) must not be
 * retried forever without a word. Pure bookkeeping; the client decides what to emit.
 */
export interface FailedAttemptsPolicy {
    /** Report after this many failures in a row, then at each doubling (5, 10, 20, ...). */
    readonly reportAfter: number;
    /** Stop after this many (Infinity: never). */
    readonly giveUpAfter: number;
}
export type AttemptVerdict = 'retry' | 'report' | 'give-up';
export declare class FailedAttempts {
    private readonly policy;
    private failures;
    /**
     * Outcome -> how often, since the last reset (a handful of distinct codes at most). Made on the first failure:
     * a healthy shard never needs it, and a process may hold thousands of shards.
     */
    private outcomes;
    private nextReport;
    constructor(policy: FailedAttemptsPolicy);
    get count(): number;
    /** One more attempt failed; `outcome` is its close code, or what ended it ("hello-timeout"). */
    fail(outcome: string): AttemptVerdict;
    /** READY or RESUMED: the gateway let the client in. */
    reset(): void;
    /** "4000 x4, 1006" for the attempts since the last reset, in order of first appearance. */
    summary(): string;
}
