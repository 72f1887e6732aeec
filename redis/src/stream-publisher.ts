import type { GatewaySession, SessionStore } from '@gen-gateway/runtime';
import type { RedisLink } from './connection.js';
import { RedisGatewayError } from './errors.js';
import type { RedisKeys } from './keys.js';
import { scripts } from './scripts.js';

/** A trim that removed entries a consumer group had not acked (see publishEvents-4.lua). */
export interface GapReport {
  shardId: number;
  group: string;
  /** `undelivered`: never handed to the group; `unacked`: handed to a consumer, not acked yet. */
  kind: 'undelivered' | 'unacked';
  /** Entries lost to the group; -1 when Redis could not count them (the group's read counter was unknown). */
  count: number;
  /** Stream ids bounding the loss: for `undelivered` both exclusive (the group's last delivered id, the new first entry). */
  from: string;
  to: string;
}

/** Counters every publisher of a host adds to (the host's `metrics()`). */
export interface PublishCounts {
  /** Dispatches appended to a stream. */
  published: number;
  /** Dispatches the script found in the stream already (a replay after Resume, a retried batch): not appended again. */
  duplicates: number;
  /** Script calls that published or checkpointed. */
  batches: number;
  /** Script calls that failed (Redis unavailable); retried. */
  failures: number;
  /** Fenced writes (publishes, session saves and deletes) refused because the lease was no longer this host's. */
  refusedWrites: number;
  /**
   * Dispatches this host did not publish: refused (fenced), given up after the lease was lost, or without a session.
   * The checkpoint did not move past them, so the shard's next Resume has Discord replay them.
   */
  dropped: number;
  /** Entries removed from the head of streams by `MAXLEN ~`. */
  trimmed: number;
}

export interface ShardPublisherOptions {
  link: RedisLink;
  keys: RedisKeys;
  shardId: number;
  /** The lease's fencing token: every write carries it. */
  token: number;
  /** Reads the stored session (what the hosted client resumes). */
  readSession: (shardId: number) => Promise<GatewaySession | undefined>;
  /** `MAXLEN ~` of the shard's stream; 0: no trimming. */
  maxLen: number;
  gapMaxLen: number;
  sessionTtlMs: number;
  /** Most dispatches in one script call. */
  maxBatch: number;
  counts: PublishCounts;
  onGap: (report: GapReport) => void;
  onError: (error: RedisGatewayError) => void;
}

interface Settle {
  resolve: () => void;
  reject: (error: unknown) => void;
}
type Queued =
  | { kind: 'dispatch'; session: GatewaySession; sequence: number; event: string; data: string }
  | { kind: 'save'; session: GatewaySession; settle: Settle }
  | { kind: 'delete'; settle: Settle };

const RETRY_MIN_MS = 50;
const RETRY_MAX_MS = 1000;

/**
 * Publishes one leased shard's dispatches to its stream, and is the hosted client's session store: its saves and
 * deletes go through the same queue as the dispatches, so Redis sees them in the order the client made them (a new
 * session's save before its first dispatch, a replayed dispatch after the session it belongs to). Each script call
 * takes a run of one session's items and writes the stream and the session's checkpoint together, fenced by the
 * lease's token (publishEvents-4.lua). One call at a time per shard: the stream's order is the client's.
 *
 * The checkpoint's sequence is the last one published, never the client's own: a session saved at a close or a
 * reconnect keeps the published sequence, so whoever resumes it next gets the unpublished rest replayed by Discord.
 */
export class ShardPublisher {
  readonly store: SessionStore;
  private readonly queue: Queued[] = [];
  private draining: Promise<void> | undefined;
  /** The READY data last written for `readyOf` (saves of the same session send it once). */
  private sentReady: unknown;
  private readyOf: string | undefined;
  /** Set by `abandon()`: Redis failures are no longer retried (the lease is gone). */
  private abandoned = false;
  /** An outage is reported once, not at every retry. */
  private failing = false;

  constructor(private readonly options: ShardPublisherOptions) {
    this.store = {
      get: (shardId) => this.readSession(shardId),
      set: (_shardId, session) => this.enqueueSettled((settle) => ({ kind: 'save', session, settle })),
      delete: () => this.enqueueSettled((settle) => ({ kind: 'delete', settle })),
    };
  }

  /** Dispatches and session writes not yet in Redis. */
  get queued(): number {
    return this.queue.length;
  }

  /**
   * Queues a dispatch the client received; `session` is the client's session at that moment (the one the dispatch
   * belongs to). Without one there is nothing to checkpoint it with: reported, not published.
   */
  dispatch(event: string, sequence: number, d: unknown, session: GatewaySession | undefined): void {
    if (session === undefined) {
      this.options.counts.dropped += 1;
      this.options.onError(new RedisGatewayError('PUBLISH_FAILED', `shard ${this.options.shardId}: ${event} ${sequence} arrived without a session; not published`));
      return;
    }
    this.queue.push({ kind: 'dispatch', session, sequence, event, data: JSON.stringify(d) ?? 'null' });
    this.schedule();
  }

  /** Resolves once everything queued so far is in Redis (or was given up). */
  async settled(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /**
   * Stops retrying failed calls: what is queued gets one more try, then dispatches are dropped (counted; the next
   * owner's Resume replays them) and session writes reject. For a lost lease, and after `stop()`'s drain.
   */
  abandon(): void {
    this.abandoned = true;
  }

  /**
   * The stored session, read again (backing off) while Redis is unavailable and the lease is still held. Rejecting
   * would make the hosted client identify (the runtime treats a failed read as no session): Redis being away (the
   * identify queue fails closed meanwhile) or just restarted would then end the session whose unpublished
   * dispatches only a Resume replays. Rejects once the lease is given up (`abandon()`).
   */
  private async readSession(shardId: number): Promise<GatewaySession | undefined> {
    let delayMs = RETRY_MIN_MS;
    let reported = false;
    for (;;) {
      try {
        return await this.options.readSession(shardId);
      } catch (error) {
        if (this.abandoned || !(error instanceof RedisGatewayError && error.code === 'REDIS_UNAVAILABLE')) throw error;
        if (!reported) this.options.onError(new RedisGatewayError('REDIS_UNAVAILABLE', `shard ${shardId}: the session cannot be read (${error.message}); trying again before connecting`, { cause: error }));
        reported = true;
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        delayMs = Math.min(delayMs * 2, RETRY_MAX_MS);
      }
    }
  }

  private enqueueSettled(make: (settle: Settle) => Queued): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push(make({ resolve, reject }));
      this.schedule();
    });
  }

  private schedule(): void {
    // setImmediate, not a microtask: every frame of the socket read that is being handled joins the batch, and the
    // runtime's session save for READY (made in a microtask after READY is emitted) travels with READY.
    if (!this.draining) this.draining = new Promise<void>((resolve) => setImmediate(() => void this.drain().finally(resolve)));
  }

  private async drain(): Promise<void> {
    let delayMs = RETRY_MIN_MS;
    while (this.queue.length > 0) {
      const batch = this.take();
      try {
        await this.run(batch);
        delayMs = RETRY_MIN_MS;
        this.failing = false;
      } catch (error) {
        this.options.counts.failures += 1;
        const failure = error instanceof RedisGatewayError ? error : new RedisGatewayError('REDIS_UNAVAILABLE', String(error), { cause: error });
        if (!this.failing) this.options.onError(failure);
        this.failing = true;
        if (this.abandoned) {
          this.giveUp(batch, failure);
          continue;
        }
        // at-least-once into Redis: the batch goes back to the head and is sent again; a retry of a call that did
        // run is harmless (the script skips sequences at or below the checkpoint).
        this.queue.unshift(...batch);
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        delayMs = Math.min(delayMs * 2, RETRY_MAX_MS);
      }
    }
    this.draining = undefined;
  }

  /** The next call's items: a delete alone, or a run of one session's saves and dispatches. */
  private take(): Queued[] {
    const head = this.queue[0] as Queued;
    if (head.kind === 'delete') return this.queue.splice(0, 1);
    const id = head.session.id;
    let end = 0;
    let dispatches = 0;
    for (; end < this.queue.length; end++) {
      const item = this.queue[end] as Queued;
      if (item.kind === 'delete' || item.session.id !== id) break;
      if (item.kind === 'dispatch' && ++dispatches > this.options.maxBatch) break;
    }
    return this.queue.splice(0, end);
  }

  private async run(batch: Queued[]): Promise<void> {
    const { link, keys, shardId, token } = this.options;
    const head = batch[0] as Queued;
    if (head.kind === 'delete') {
      const reply = await scripts.deleteSession.run(link, [keys.session(shardId), keys.lease(shardId)], [token]);
      if (reply === -1) this.refuse(batch);
      else head.settle.resolve();
      return;
    }
    const args: string[] = [];
    let session = head.session;
    let ready: unknown;
    let saved = false;
    for (const item of batch) {
      if (item.kind === 'delete') continue; // never in a run (see take)
      // The latest state of the session wins (a save after a failed resume URL drops it).
      session = item.session;
      if (item.kind === 'dispatch') args.push(String(item.sequence), item.event, item.data);
      else {
        ready = item.session.ready;
        saved = true;
      }
    }
    // READY's data can be large (every guild): written when it changes, not at every save of the session.
    const sendReady = saved && (this.readyOf !== session.id || this.sentReady !== ready);
    const reply = (await scripts.publishEvents.run(
      link,
      [keys.events(shardId), keys.session(shardId), keys.lease(shardId), keys.gaps(shardId)],
      [token, session.id, session.resumeUrl ?? '', sendReady ? (JSON.stringify(ready ?? null) ?? 'null') : '', this.options.sessionTtlMs, this.options.maxLen, this.options.gapMaxLen, ...args],
    )) as [number, number, number, number, number, number, string];
    if (reply[0] === -1) {
      this.refuse(batch);
      return;
    }
    if (sendReady) {
      this.readyOf = session.id;
      this.sentReady = ready;
    }
    const counts = this.options.counts;
    counts.batches += 1;
    counts.published += reply[3];
    counts.duplicates += reply[4];
    counts.trimmed += reply[5];
    if (reply[6] !== '[]') {
      for (const report of JSON.parse(reply[6]) as Omit<GapReport, 'shardId'>[]) this.options.onGap({ shardId, ...report });
    }
    for (const item of batch) if (item.kind === 'save') item.settle.resolve();
  }

  /** A fenced refusal: nothing of the batch was written, and nothing ever will be with this token. */
  private refuse(batch: Queued[]): void {
    const { shardId, token } = this.options;
    const dispatches = batch.filter((item) => item.kind === 'dispatch').length;
    this.options.counts.refusedWrites += 1;
    this.options.counts.dropped += dispatches;
    const error = new RedisGatewayError('LEASE_LOST', `shard ${shardId}: a fenced write (token ${token}) was refused: another host owns the shard${dispatches ? `; ${dispatches} dispatches not published` : ''}`);
    this.options.onError(error);
    for (const item of batch) if (item.kind !== 'dispatch') item.settle.reject(error);
  }

  private giveUp(batch: Queued[], error: RedisGatewayError): void {
    for (const item of batch) {
      if (item.kind === 'dispatch') this.options.counts.dropped += 1;
      else item.settle.reject(error);
    }
  }
}
