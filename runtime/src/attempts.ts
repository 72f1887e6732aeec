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

export class FailedAttempts {
  private failures = 0;
  /**
   * Outcome -> how often, since the last reset (a handful of distinct codes at most). Made on the first failure:
   * a healthy shard never needs it, and a process may hold thousands of shards.
   */
  private outcomes: Map<string, number> | undefined;
  private nextReport: number;

  constructor(private readonly policy: FailedAttemptsPolicy) {
    this.nextReport = policy.reportAfter;
  }

  get count(): number {
    return this.failures;
  }

  /** One more attempt failed; `outcome` is its close code, or what ended it ("hello-timeout"). */
  fail(outcome: string): AttemptVerdict {
    this.failures += 1;
    this.outcomes ??= new Map();
    this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1);
    const count = this.failures;
    if (count >= this.policy.giveUpAfter) return 'give-up';
    if (count >= this.nextReport) {
      this.nextReport *= 2;
      return 'report';
    }
    return 'retry';
  }

  /** READY or RESUMED: the gateway let the client in. */
  reset(): void {
    this.failures = 0;
    this.outcomes = undefined;
    this.nextReport = this.policy.reportAfter;
  }

  /** "4000 x4, 1006" for the attempts since the last reset, in order of first appearance. */
  summary(): string {
    return [...(this.outcomes ?? [])].map(([outcome, n]) => (n === 1 ? outcome : `${outcome} x${n}`)).join(', ');
  }
}
