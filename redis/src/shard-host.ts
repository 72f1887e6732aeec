import { randomUUID } from 'node:crypto';
import { CommandRelay, type CommandCounts } from './command-relay.js';
import { RedisLink } from './connection.js';
import { TypedEmitter } from './emitter.js';
import { RedisGatewayError } from './errors.js';
import { RedisIdentifyQueue, nonNegativeInteger, positiveInteger } from './identify-queue.js';
import { createKeys, type RedisKeys } from './keys.js';
import { scripts } from './scripts.js';
import { DEFAULT_SEND_COMMANDS } from './send-commands.js';
import { RedisSessionStore } from './session-store.js';
import { ShardPublisher, type PublishCounts } from './stream-publisher.js';
import type { HostedClient, ShardHostEvents, ShardHostMetrics, ShardHostOptions } from './shard-host-options.js';

export type { HostedClient, HostedClientOptions, ShardHostEvents, ShardHostMetrics, ShardHostOptions } from './shard-host-options.js';

interface Lease<C> {
  readonly token: number;
  readonly client: C;
  readonly publisher: ShardPublisher;
  readonly unsubscribe: () => void;
  /**
   * Monotonic local time (`performance.now()`: a wall-clock jump cannot stretch it) past which the lease may have
   * expired in Redis, measured from before the call that set it. Only a duration: expiry itself is Redis TIME.
   */
  deadline: number;
  /** Fires at `deadline`: the client is stopped then, without waiting for the next round. */
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * Runs a share of the bot's shards on this process: leases shards in Redis (free or expired ones, up to
 * `capacity`), connects a client per leased shard, renews the leases while it runs, and hands them over on
 * `stop()`. Every write for a shard carries the lease's fencing token, so a host that lost a lease (paused past
 * its TTL, cut off from Redis) cannot write for that shard again once another host took it.
 */
export class ShardHost<C extends HostedClient = HostedClient> extends TypedEmitter<ShardHostEvents> {
  readonly hostId: string;
  readonly keys: RedisKeys;
  readonly identifyQueue: RedisIdentifyQueue;
  readonly sessionStore: RedisSessionStore;
  private readonly shardCount: number;
  private readonly capacity: number;
  private readonly leaseTtlMs: number;
  private readonly pollMs: number;
  private readonly link: RedisLink;
  private readonly leases = new Map<number, Lease<C>>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private ticking: Promise<void> | undefined;
  private stopped = false;
  private configured = false;
  private readonly counts = { claims: 0, renewals: 0, lost: 0, failures: 0, gaps: 0 };
  private readonly publishCounts: PublishCounts = { published: 0, duplicates: 0, batches: 0, failures: 0, refusedWrites: 0, dropped: 0, trimmed: 0 };
  private readonly commandCounts: CommandCounts = { commandsSent: 0, commandsFailed: 0, commandsExpired: 0 };
  private readonly relay: CommandRelay;
  private readonly stream: { maxLen: number; maxBatch: number; gapMaxLen: number };

  constructor(private readonly options: ShardHostOptions<C>) {
    super();
    this.shardCount = positiveInteger('shardCount', options.shardCount);
    this.capacity = positiveInteger('capacity', options.capacity ?? options.shardCount);
    this.leaseTtlMs = positiveInteger('leaseTtlMs', options.leaseTtlMs ?? 30_000);
    this.pollMs = positiveInteger('pollMs', options.pollMs ?? Math.max(1, Math.floor(this.leaseTtlMs / 3)));
    if (this.pollMs >= this.leaseTtlMs) throw new RedisGatewayError('INVALID_OPTION', `pollMs (${this.pollMs}) must be less than leaseTtlMs (${this.leaseTtlMs})`);
    if (typeof options.createClient !== 'function') throw new RedisGatewayError('INVALID_OPTION', 'createClient must be a function');
    this.hostId = options.hostId ?? randomUUID();
    this.keys = createKeys(options.prefix);
    const commandTimeoutMs = positiveInteger('commandTimeoutMs', options.commandTimeoutMs ?? Math.min(2000, Math.floor(this.leaseTtlMs / 3)));
    this.link = RedisLink.from(options.redis, commandTimeoutMs, (error) => this.emit('debug', `redis client: ${String(error)}`));
    this.identifyQueue = new RedisIdentifyQueue({
      commandTimeoutMs,
      ...(options.sessionStartLimit ? { sessionStartLimit: options.sessionStartLimit } : {}),
      ...options.identify,
      redis: options.redis,
      prefix: this.keys.prefix,
      maxConcurrency: options.maxConcurrency ?? 1,
    });
    this.identifyQueue.on('error', (error) => this.emit('error', error));
    this.sessionStore = new RedisSessionStore({
      redis: options.redis,
      prefix: this.keys.prefix,
      ttlMs: options.sessionTtlMs,
      commandTimeoutMs,
      // The host renews the session's TTL with the lease (renewLease-2.lua), fenced like every other write.
      renew: false,
    });
    this.sessionStore.on('error', (error) => this.emit('error', error));
    this.sessionStore.on('fenced', (shardId, token, write) => {
      this.publishCounts.refusedWrites += 1;
      this.emit('error', new RedisGatewayError('LEASE_LOST', `shard ${shardId}: a fenced session ${write} (token ${token}) was refused: another host owns the shard`));
    });
    this.stream = {
      maxLen: nonNegativeInteger('stream.maxLen', options.stream?.maxLen ?? 10_000),
      maxBatch: positiveInteger('stream.maxBatch', options.stream?.maxBatch ?? 512),
      gapMaxLen: positiveInteger('stream.gapMaxLen', options.stream?.gapMaxLen ?? 1000),
    };
    const blockMs = Math.max(1, Math.min(1000, this.pollMs));
    this.relay = new CommandRelay({
      link: this.link,
      blocking: RedisLink.blocking(options.redis, commandTimeoutMs, (error) => this.emit('debug', `redis client (commands): ${String(error)}`)),
      keys: this.keys,
      hostId: this.hostId,
      commands: options.commands ?? DEFAULT_SEND_COMMANDS,
      lease: (shardId) => this.leases.get(shardId),
      blockMs,
      retryMs: positiveInteger('commandRetryMs', options.commandRetryMs ?? this.leaseTtlMs),
      counts: this.commandCounts,
      onExpired: (command) => this.emit('commandExpired', command),
      onError: (error) => this.emit('error', error),
      onDebug: (message) => this.emit('debug', message),
    });
  }

  /** Claims free or expired shards (up to `capacity`) and connects them, then keeps renewing and claiming. */
  async start(): Promise<void> {
    if (this.timer || this.stopped) return;
    this.timer = setInterval(() => void this.tick(), this.pollMs);
    this.relay.start();
    await this.tick();
  }

  /**
   * Hands every shard over: closes its client resumably (code 4900, the session stays), waits for the session
   * save, releases the lease (another host claims it at its next poll and resumes). Then closes the host's clients.
   */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.ticking;
    // Commands being sent finish first (the clients are still open); the rest wait in Redis for the next owner.
    await this.relay.stop();
    await Promise.all(
      [...this.leases].map(async ([shardId, lease]) => {
        clearTimeout(lease.timer);
        await lease.client.close({ resumable: true }).catch((error: unknown) => this.emit('error', asError(error)));
        lease.unsubscribe();
        // hand-over: every dispatch received and the session are in Redis before the lease is free, so the next
        // owner resumes from exactly what consumers see. Bounded: with Redis gone, the lease expires anyway.
        const drained = await Promise.race([lease.publisher.settled().then(() => true), sleep(this.leaseTtlMs).then(() => false)]);
        lease.publisher.abandon();
        if (!drained) this.emit('debug', `shard ${shardId}: ${lease.publisher.queued} writes not published before the lease TTL; releasing anyway`);
        this.leases.delete(shardId);
        try {
          const released = await scripts.releaseLease.run(this.link, [this.keys.lease(shardId)], [lease.token]);
          if (released === 1) this.emit('released', shardId, lease.token);
          else this.emit('debug', `shard ${shardId}: lease ${lease.token} was no longer held at release`);
        } catch (error) {
          this.counts.failures += 1;
          this.emit('error', asError(error));
        }
      }),
    );
    await Promise.allSettled([this.identifyQueue.close(), this.sessionStore.close(), this.link.close()]);
  }

  metrics(): ShardHostMetrics {
    const { published, duplicates, batches, failures, refusedWrites, dropped, trimmed } = this.publishCounts;
    let queued = 0;
    for (const lease of this.leases.values()) queued += lease.publisher.queued;
    return {
      hostId: this.hostId,
      shards: [...this.leases.keys()].sort((a, b) => a - b),
      ...this.counts,
      refusedWrites,
      published,
      duplicates,
      publishBatches: batches,
      publishFailures: failures,
      dropped,
      queued,
      trimmed,
      ...this.commandCounts,
      identify: this.identifyQueue.metrics(),
    };
  }

  /** One round, never two at once: drop leases past their deadline, renew the others, claim what is free. */
  private tick(): Promise<void> {
    if (this.ticking) return this.ticking;
    this.ticking = this.round().finally(() => {
      this.ticking = undefined;
    });
    return this.ticking;
  }

  private async round(): Promise<void> {
    if (this.stopped) return;
    if (!this.configured) {
      // The fleet's shard count, for GatewayEvents to find every shard stream.
      this.configured = await this.link.call(['HSET', this.keys.fleet, 'shardCount', String(this.shardCount)]).then(() => true, () => false);
    }
    // A lease past its local deadline may be someone else's already (this process was paused, or Redis slow):
    // stop its client before anything else.
    for (const [shardId, lease] of this.leases) if (performance.now() >= lease.deadline) this.lose(shardId, lease, 'not renewed before its TTL');
    await Promise.all([...this.leases].map(([shardId, lease]) => this.renew(shardId, lease)));
    // Claims in shard order, as many at once as there is room left (one pipelined round trip per batch).
    for (let next = 0; next < this.shardCount && this.leases.size < this.capacity && !this.stopped; ) {
      const batch: number[] = [];
      for (; next < this.shardCount && batch.length < this.capacity - this.leases.size; next++) if (!this.leases.has(next)) batch.push(next);
      await Promise.all(batch.map((shardId) => this.claim(shardId)));
    }
  }

  private async renew(shardId: number, lease: Lease<C>): Promise<void> {
    const sentAt = performance.now();
    try {
      const [renewed] = (await scripts.renewLease.run(this.link, [this.keys.lease(shardId), this.keys.session(shardId)], [lease.token, this.leaseTtlMs, this.sessionStore.ttlMs])) as [number, number];
      if (this.leases.get(shardId) !== lease) return;
      if (renewed === 1) {
        this.counts.renewals += 1;
        // Counted from before the call: never later than the expiry Redis set (at its TIME, after the send).
        lease.deadline = sentAt + this.leaseTtlMs;
        this.arm(shardId, lease);
      } else {
        this.lose(shardId, lease, 'another host holds it, or it expired');
      }
    } catch (error) {
      // Not renewed: the lease still runs until its deadline, and is dropped then if Redis does not come back.
      this.counts.failures += 1;
      this.emit('error', asError(error));
    }
  }

  private async claim(shardId: number): Promise<void> {
    const sentAt = performance.now();
    let reply: [number, number | string, number];
    try {
      reply = (await scripts.claimLease.run(this.link, [this.keys.lease(shardId)], [this.hostId, this.leaseTtlMs])) as [number, number | string, number];
    } catch (error) {
      this.counts.failures += 1;
      this.emit('error', asError(error));
      return;
    }
    if (reply[0] !== 1) return;
    // at-most-one live lease per shard, by Redis' clock; this token is greater than every earlier owner's.
    const token = Number(reply[1]);
    if (this.stopped) {
      await scripts.releaseLease.run(this.link, [this.keys.lease(shardId)], [token]).catch(() => undefined);
      return;
    }
    this.counts.claims += 1;
    // fencing: each client writes with its own lease's token, also after the lease was lost (the script refuses it
    // then), so a write of an old client never passes on a token this host took later.
    const publisher = new ShardPublisher({
      link: this.link,
      keys: this.keys,
      shardId,
      token,
      readSession: (id) => this.sessionStore.get(id),
      ...this.stream,
      sessionTtlMs: this.sessionStore.ttlMs,
      counts: this.publishCounts,
      onGap: (report) => {
        if (report.count > 0) this.counts.gaps += report.count;
        this.emit('gap', report);
      },
      onError: (error) => this.emit('error', error),
    });
    let client: C;
    let unsubscribe: () => void;
    try {
      client = this.options.createClient({ shard: [shardId, this.shardCount], identifyQueue: this.identifyQueue, sessionStore: publisher.store });
      // Every dispatch, with the session it belongs to (the client's, read as it is emitted: READY's already new).
      unsubscribe = client.onAny((event, args) => {
        const frame = args[1] as { op?: unknown; s?: unknown } | undefined;
        if (frame !== undefined && frame.op === 0) publisher.dispatch(event, frame.s as number, args[0], client.session);
      });
    } catch (error) {
      this.emit('error', asError(error));
      await scripts.releaseLease.run(this.link, [this.keys.lease(shardId)], [token]).catch(() => undefined);
      return;
    }
    const lease: Lease<C> = { token, client, publisher, unsubscribe, deadline: sentAt + this.leaseTtlMs };
    this.leases.set(shardId, lease);
    this.arm(shardId, lease);
    this.emit('claimed', shardId, token);
    void this.relay.adopt(shardId);
    client.connect().catch((error: unknown) => {
      // A client closed by lose() or stop() rejects its pending connect(): not news.
      if (this.leases.get(shardId) === lease && !this.stopped) this.emit('error', asError(error));
    });
  }

  private arm(shardId: number, lease: Lease<C>): void {
    clearTimeout(lease.timer);
    lease.timer = setTimeout(() => this.lose(shardId, lease, 'not renewed before its TTL'), Math.max(0, lease.deadline - performance.now()));
    lease.timer.unref();
  }

  /** Stops the shard's client (resumably: the new owner resumes) and reports the loss. */
  private lose(shardId: number, lease: Lease<C>, why: string): void {
    if (this.leases.get(shardId) !== lease) return;
    clearTimeout(lease.timer);
    this.leases.delete(shardId);
    this.relay.drop(shardId);
    // What is not published yet stays unpublished (the new owner resumes from the checkpoint and gets it replayed).
    lease.unsubscribe();
    lease.publisher.abandon();
    this.counts.lost += 1;
    this.emit('error', new RedisGatewayError('LEASE_LOST', `shard ${shardId}: lost lease ${lease.token} (${why}); its client is closed`));
    this.emit('lost', shardId, lease.token);
    lease.client.close({ resumable: true }).catch((error: unknown) => this.emit('error', asError(error)));
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
