export class FailedAttempts {
    policy;
    failures = 0;
    /**
     * Outcome -> how often, since the last reset (a handful of distinct codes at most). Made on the first failure:
     * a healthy shard never needs it, and a process may hold thousands of shards.
     */
    outcomes;
    nextReport;
    constructor(policy) {
        this.policy = policy;
        this.nextReport = policy.reportAfter;
    }
    get count() {
        return this.failures;
    }
    /** One more attempt failed; `outcome` is its close code, or what ended it ("hello-timeout"). */
    fail(outcome) {
        this.failures += 1;
        this.outcomes ??= new Map();
        this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1);
        const count = this.failures;
        if (count >= this.policy.giveUpAfter)
            return 'give-up';
        if (count >= this.nextReport) {
            this.nextReport *= 2;
            return 'report';
        }
        return 'retry';
    }
    /** READY or RESUMED: the gateway let the client in. */
    reset() {
        this.failures = 0;
        this.outcomes = undefined;
        this.nextReport = this.policy.reportAfter;
    }
    /** "4000 x4, 1006" for the attempts since the last reset, in order of first appearance. */
    summary() {
        return [...(this.outcomes ?? [])].map(([outcome, n]) => (n === 1 ? outcome : `${outcome} x${n}`)).join(', ');
    }
}
