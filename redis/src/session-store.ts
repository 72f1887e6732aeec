import { createSession, type GatewaySession, type SessionStore } from '@gen-gateway/runtime';
import { RedisLink, type RedisOption } from './connection.js';
import { TypedEmitter } from './emitter.js';
import { RedisGatewayError } from './errors.js';
import { nonNegativeInteger, positiveInteger } from './identify-queue.js';
import { createKeys, type RedisKeys } from './keys.js';
import { scripts } from './scripts.js';

export interface RedisSessionStoreOptions {
  /** A `redis://` URL (the store creates and closes its own client) or a connected node-redis client. Default `redis://127.0.0.1:6379`. */
  redis?: RedisOption | undefined;
  /** Key prefix shared by the fleet. Default `gen-gateway:`. */
  prefix?: string;
  /**
   * How long a saved session lives once nobody renews it. Discord keeps a session resumable for a few minutes
   * after its connection ended; past that, resuming only costs a failed attempt. Default 600000 (10 min).
   */
  ttlMs?: number;
  /**
   * Renew, every `ttlMs / 3`, the TTL of the sessions this store saved and has not deleted, until `close()`: a
   * session whose connection has been up for hours (the runtime saves it at READY/RESUMED and when a connection
   * ends) then outlives a crash of this process by `ttlMs`. Default true.
   */
  renew?: boolean;
  /** A Redis call not answered within this fails (the runtime then reports it and identifies). Default 2000. */
  commandTimeoutMs?: number;
}

export type RedisSessionStoreEvents = {
  /** MALFORMED_SESSION (a stored value that is not a session, ignored), REDIS_UNAVAILABLE (a renewal failed). */
  error: [error: RedisGatewayError];
  /** A fenced write (see `fencedBy`) was refused: `token` is no longer the shard's lease token. */
  fenced: [shardId: number, token: number, write: 'set' | 'delete'];
  debug: [message: string];
};

/**
 * Keeps each shard's gateway session in Redis (a hash per shard, under the shard's hash tag) so another process,
 * or this one after a restart, resumes it. A late save never moves a session's sequence back.
 */
export class RedisSessionStore extends TypedEmitter<RedisSessionStoreEvents> implements SessionStore {
  readonly ttlMs: number;
  readonly keys: RedisKeys;
  private readonly link: RedisLink;
  /** Shards whose session this store saved and keeps alive. */
  private readonly held = new Set<number>();
  private renewTimer: ReturnType<typeof setInterval> | undefined;
  private readonly renew: boolean;
  /** Writes started and not yet settled, per shard (see `settled`). */
  private readonly pending = new Map<number, Set<Promise<unknown>>>();

  constructor(options: RedisSessionStoreOptions) {
    super();
    this.ttlMs = positiveInteger('ttlMs', options.ttlMs ?? 600_000);
    this.renew = options.renew ?? true;
    this.keys = createKeys(options.prefix);
    const commandTimeoutMs = positiveInteger('commandTimeoutMs', options.commandTimeoutMs ?? 2000);
    this.link = RedisLink.from(options.redis, commandTimeoutMs, (error) => this.emit('debug', `redis client: ${String(error)}`));
  }

  async get(shardId: number): Promise<GatewaySession | undefined> {
    nonNegativeInteger('shardId', shardId);
    const reply = (await this.link.call(['HMGET', this.keys.session(shardId), 'id', 'sequence', 'resumeUrl', 'ready'])) as (string | null)[];
    const [id, sequence, resumeUrl, ready] = reply;
    if (id === null || id === undefined) return undefined;
    const seq = sequence === '' || sequence === null || sequence === undefined ? null : Number(sequence);
    let readyData: unknown;
    try {
      readyData = ready === null || ready === undefined ? undefined : JSON.parse(ready);
    } catch (error) {
      this.emit('error', new RedisGatewayError('MALFORMED_SESSION', `shard ${shardId}: the stored session's READY data is not JSON; ignored`, { cause: error }));
      return undefined;
    }
    if (seq !== null && !(Number.isSafeInteger(seq) && seq >= 0)) {
      this.emit('error', new RedisGatewayError('MALFORMED_SESSION', `shard ${shardId}: the stored session's sequence ${JSON.stringify(sequence)} is not an integer; ignored`));
      return undefined;
    }
    return createSession(id, resumeUrl ?? undefined, seq, readyData);
  }

  async set(shardId: number, session: GatewaySession): Promise<void> {
    await this.save(shardId, session, '');
  }

  async delete(shardId: number): Promise<void> {
    await this.remove(shardId, '');
  }

  /**
   * The same store with every save and delete fenced by a lease `token` (what ShardHost gives each client): the
   * script refuses the write unless `token` is the shard's current lease token, still held, and the call rejects
   * with LEASE_LOST. A host whose lease another host took over can then never write that shard's session again.
   */
  fencedBy(token: number): SessionStore {
    positiveInteger('token', token);
    return {
      get: (shardId) => this.get(shardId),
      set: (shardId, session) => this.save(shardId, session, token),
      delete: (shardId) => this.remove(shardId, token),
    };
  }

  /** Resolves once every write of `shardId` started so far has settled (ShardHost waits for it before releasing). */
  async settled(shardId: number): Promise<void> {
    await Promise.allSettled([...(this.pending.get(shardId) ?? [])]);
  }

  private async save(shardId: number, session: GatewaySession, token: number | ''): Promise<void> {
    nonNegativeInteger('shardId', shardId);
    const saved = await this.track(shardId, 'set', token, () =>
      scripts.saveSession.run(
        this.link,
        [this.keys.session(shardId), this.keys.lease(shardId)],
        [session.id, session.sequence ?? '', session.resumeUrl ?? '', JSON.stringify(session.ready ?? null), this.ttlMs, token],
      ),
    );
    if (saved === 0) this.emit('debug', `shard ${shardId}: kept the stored session, whose sequence is past ${session.sequence}`);
    this.held.add(shardId);
    this.startRenewing();
  }

  private async remove(shardId: number, token: number | ''): Promise<void> {
    nonNegativeInteger('shardId', shardId);
    this.held.delete(shardId);
    await this.track(shardId, 'delete', token, () => scripts.deleteSession.run(this.link, [this.keys.session(shardId), this.keys.lease(shardId)], [token]));
  }

  /** Runs one write, remembered until it settles; a fenced refusal (-1) rejects with LEASE_LOST. */
  private track(shardId: number, write: 'set' | 'delete', token: number | '', run: () => Promise<unknown>): Promise<unknown> {
    const promise = run().then((reply) => {
      if (reply !== -1 || token === '') return reply;
      this.emit('fenced', shardId, token, write);
      throw new RedisGatewayError('LEASE_LOST', `shard ${shardId}: session ${write} refused: lease token ${token} is no longer the shard's (another host owns it)`);
    });
    const pending = this.pending.get(shardId) ?? new Set();
    this.pending.set(shardId, pending);
    pending.add(promise);
    const forget = (): void => {
      pending.delete(promise);
      if (pending.size === 0 && this.pending.get(shardId) === pending) this.pending.delete(shardId);
    };
    promise.then(forget, forget);
    return promise;
  }

  /** Stops renewing (the saved sessions then expire after `ttlMs`) and closes the client the store created. */
  async close(): Promise<void> {
    clearInterval(this.renewTimer);
    this.renewTimer = undefined;
    this.held.clear();
    await this.link.close();
  }

  private startRenewing(): void {
    if (!this.renew || this.renewTimer) return;
    this.renewTimer = setInterval(() => void this.renewAll(), Math.max(1, Math.floor(this.ttlMs / 3)));
    // The store never keeps a process alive by itself.
    this.renewTimer.unref();
  }

  private async renewAll(): Promise<void> {
    const shards = [...this.held];
    const results = await Promise.allSettled(shards.map((shardId) => this.link.call(['PEXPIRE', this.keys.session(shardId), String(this.ttlMs)])));
    const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) this.emit('error', failed.reason as RedisGatewayError);
  }
}
