import { randomUUID } from 'node:crypto';
import type { SessionStore } from '@gen-gateway/runtime';
import { RedisLink, type RedisOption } from './connection.js';
import { TypedEmitter } from './emitter.js';
import { RedisGatewayError } from './errors.js';
import { RedisIdentifyQueue, positiveInteger, type RedisIdentifyQueueOptions, type SessionStartLimit } from './identify-queue.js';
import { createKeys, type RedisKeys } from './keys.js';
import { scripts } from './scripts.js';
import { RedisSessionStore } from './session-store.js';

/** What the host needs of a client: the generated `GatewayClient` (any `GatewayClientBase`) is one. */
export interface HostedClient {
  connect(): Promise<unknown>;
  close(options?: { resumable?: boolean | undefined }): Promise<void>;
}

/** The options the host controls, given to `createClient`: spread them into the client's options. */
export interface HostedClientOptions {
  shard: [shardId: number, shardCount: number];
  /** A RedisIdentifyQueue on the host's Redis and prefix: identify pacing and budget shared by the fleet. */
  identifyQueue: RedisIdentifyQueue;
  /** The host's RedisSessionStore fenced by this lease's token (`fencedBy`): its writes need the lease. */
  sessionStore: SessionStore;
}

export interface ShardHostOptions<C extends HostedClient> {
  /** A `redis://` URL (the host creates and closes its clients) or a connected node-redis client. */
  redis: RedisOption;
  /** Total shards of the bot (from GET /gateway/bot); the same in every host. */
  shardCount: number;
  /** `session_start_limit.max_concurrency`; the same in every host. Default 1. */
  maxConcurrency?: number;
  /** Most shards this host runs at once. Default `shardCount`. */
  capacity?: number;
  /** A lease not renewed for this long is lost (and claimable by any host). Default 30000. */
  leaseTtlMs?: number;
  /** How often the host renews its leases and looks for free or expired shards. Default `leaseTtlMs / 3`. */
  pollMs?: number;
  /** Key prefix shared by the fleet. Default `gen-gateway:`. */
  prefix?: string;
  /** The host's id in the leases. Default a random UUID. */
  hostId?: string;
  /** A Redis call not answered within this fails. Default 2000; less than `leaseTtlMs / 3`. */
  commandTimeoutMs?: number;
  /** `session_start_limit` from GET /gateway/bot: the fleet's daily identify budget (see RedisIdentifyQueue). */
  sessionStartLimit?: SessionStartLimit;
  /** More options of the host's RedisIdentifyQueue (`reserve`, `windowMs`...). */
  identify?: Omit<RedisIdentifyQueueOptions, 'redis' | 'prefix' | 'maxConcurrency'>;
  /** Session TTL in Redis (see RedisSessionStore); renewed with the lease while the host holds it. Default 600000. */
  sessionTtlMs?: number;
  createClient: (options: HostedClientOptions) => C;
}

export type ShardHostEvents = {
  /** The host took the shard's lease (a new fencing `token`) and is connecting its client. */
  claimed: [shardId: number, token: number];
  /** The host lost the lease (not renewed in time, or another host holds it): the client was closed resumably. */
  lost: [shardId: number, token: number];
  /** `stop()` handed the shard over: client closed resumably, session saved, lease released. */
  released: [shardId: number, token: number];
  /** LEASE_LOST (with `lost`, and for each refused fenced write), REDIS_UNAVAILABLE, a client's failed connect. */
  error: [error: RedisGatewayError | Error];
  debug: [message: string];
};

export interface ShardHostMetrics {
  hostId: string;
  /** Shards whose lease the host holds now. */
  shards: number[];
  claims: number;
  renewals: number;
  /** Leases lost (expired before renewal, or taken over). */
  lost: number;
  /** Lease or claim calls that failed (Redis unavailable). */
  failures: number;
  /** Fenced writes refused because the host no longer held the lease. */
  refusedWrites: number;
}

interface Lease<C> {
  readonly token: number;
  readonly client: C;
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
  private readonly counts = { claims: 0, renewals: 0, lost: 0, failures: 0, refusedWrites: 0 };

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
      this.counts.refusedWrites += 1;
      this.emit('error', new RedisGatewayError('LEASE_LOST', `shard ${shardId}: a fenced session ${write} (token ${token}) was refused: another host owns the shard`));
    });
  }

  /** Claims free or expired shards (up to `capacity`) and connects them, then keeps renewing and claiming. */
  async start(): Promise<void> {
    if (this.timer || this.stopped) return;
    this.timer = setInterval(() => void this.tick(), this.pollMs);
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
    await Promise.all(
      [...this.leases].map(async ([shardId, lease]) => {
        clearTimeout(lease.timer);
        await lease.client.close({ resumable: true }).catch((error: unknown) => this.emit('error', asError(error)));
        // hand-over: the session is in Redis before the lease is free, so the next owner resumes from it.
        await this.sessionStore.settled(shardId);
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
    return { hostId: this.hostId, shards: [...this.leases.keys()].sort((a, b) => a - b), ...this.counts };
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
    let client: C;
    try {
      client = this.options.createClient({
        shard: [shardId, this.shardCount],
        identifyQueue: this.identifyQueue,
        // fencing: each client writes with its own lease's token, also after the lease was lost (the script
        // refuses it then), so a write of an old client never passes on a token this host took later.
        sessionStore: this.sessionStore.fencedBy(token),
      });
    } catch (error) {
      this.emit('error', asError(error));
      await scripts.releaseLease.run(this.link, [this.keys.lease(shardId)], [token]).catch(() => undefined);
      return;
    }
    const lease: Lease<C> = { token, client, deadline: sentAt + this.leaseTtlMs };
    this.leases.set(shardId, lease);
    this.arm(shardId, lease);
    this.emit('claimed', shardId, token);
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
    this.counts.lost += 1;
    this.emit('error', new RedisGatewayError('LEASE_LOST', `shard ${shardId}: lost lease ${lease.token} (${why}); its client is closed`));
    this.emit('lost', shardId, lease.token);
    lease.client.close({ resumable: true }).catch((error: unknown) => this.emit('error', asError(error)));
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
