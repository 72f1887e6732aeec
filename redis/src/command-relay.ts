import type { RedisLink } from './connection.js';
import { RedisGatewayError } from './errors.js';
import type { RedisKeys } from './keys.js';
import type { SendCommandTable } from './send-commands.js';
import { streamsOf, fieldsOf, type StreamEntry } from './stream-replies.js';

/** The consumer group of every command stream: the hosts, each reading as its host id. */
export const HOST_GROUP = 'hosts';

/** Send errors of the runtime after which a command can never be sent: acked (dropped) and reported. */
const PERMANENT = new Set(['INVALID_PAYLOAD', 'PAYLOAD_TOO_LARGE', 'MANAGED_OPCODE']);

/** What the relay needs of a lease: the client, and the local time past which the lease may be someone else's. */
export interface RelayLease {
  readonly client: object;
  readonly deadline: number;
}

export interface CommandCounts {
  /** Commands sent through a client (written to its socket). */
  commandsSent: number;
  /** Commands that could not be sent: dropped when they never can be, else left queued and tried again. */
  commandsFailed: number;
  /** Commands found past their expiry when the host took them to send: not sent, acked, reported. */
  commandsExpired: number;
}

/** A command (`events.send`) its host found past its expiry: not sent (see `ShardHost`'s `commandExpired`). */
export interface ExpiredCommand {
  shardId: number;
  /** Its id in the shard's command stream. */
  id: string;
  method: string;
  /** Redis time (ms) it was queued at: its stream id's first part. */
  queuedAt: number;
  /** The lifetime it was given (`commandTtlMs`, or `send`'s `ttlMs`). */
  ttlMs: number;
  /** Redis time (ms) the host found it expired. */
  expiredAt: number;
}

export interface CommandRelayOptions {
  link: RedisLink;
  /** A connection of its own for the blocking XREADGROUP. */
  blocking: RedisLink;
  keys: RedisKeys;
  hostId: string;
  commands: SendCommandTable;
  /** The lease of a shard this host holds, if any. */
  lease: (shardId: number) => RelayLease | undefined;
  /** Longest wait of one blocking read; a newly claimed shard's commands are read from the next one. */
  blockMs: number;
  /** A command left pending this long (its send failed, or its host died) is taken and tried again. */
  retryMs: number;
  counts: CommandCounts;
  onExpired: (command: ExpiredCommand) => void;
  onError: (error: RedisGatewayError) => void;
  onDebug: (message: string) => void;
}

/**
 * Sends the commands GatewayEvents queued (`events.send`) for the shards this host holds, through their clients: a
 * blocking read of the shards' command streams as one consumer (the host's id) of the `hosts` group, then, per shard
 * in stream order, the generated client's method by name (its own validation and rate limit apply), and an ack once
 * the frame is written. at-least-once: a command whose host died or whose send failed stays pending and is taken by
 * the shard's next owner (or this host) after `retryMs`; a host whose lease may have run out sends nothing.
 */
export class CommandRelay {
  private readonly adopted = new Set<number>();
  /** Command ids being sent now (a retry round must not take them again). */
  private readonly inFlight = new Set<string>();
  private readonly lanes = new Map<number, Promise<void>>();
  private running = false;
  private loop: Promise<void> | undefined;
  private lastRetry = 0;
  /** The blocking connection's id, for CLIENT UNBLOCK at stop(). */
  private blockingId: string | undefined;

  constructor(private readonly options: CommandRelayOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops reading (after the current blocking read returns) and waits for the sends under way. */
  async stop(): Promise<void> {
    this.running = false;
    // Ends the blocking read at once instead of after `blockMs`.
    if (this.blockingId !== undefined) await this.options.link.call(['CLIENT', 'UNBLOCK', this.blockingId]).catch(() => undefined);
    await this.loop;
    await Promise.allSettled([...this.lanes.values()]);
    await this.options.blocking.close();
  }

  /** Starts reading a shard's commands (the host just claimed it), first those a previous owner left pending. */
  async adopt(shardId: number): Promise<void> {
    const key = this.options.keys.commands(shardId);
    try {
      // From the stream's start: commands queued before any host ever read this shard's stream are sent too.
      await this.options.link.call(['XGROUP', 'CREATE', key, HOST_GROUP, '0', 'MKSTREAM']);
    } catch (error) {
      if (!String((error as { cause?: unknown }).cause).includes('BUSYGROUP')) {
        this.options.onError(error as RedisGatewayError);
        return;
      }
    }
    this.adopted.add(shardId);
    await this.retry(shardId, 0);
  }

  /** Stops reading a shard's commands (lost or released): what is pending stays for the next owner. */
  drop(shardId: number): void {
    this.adopted.delete(shardId);
  }

  private async run(): Promise<void> {
    const { blocking, keys, hostId, blockMs, retryMs } = this.options;
    while (this.running) {
      const shards = [...this.adopted];
      if (shards.length === 0) {
        await sleep(Math.min(blockMs, 100));
        continue;
      }
      if (performance.now() - this.lastRetry >= retryMs) {
        this.lastRetry = performance.now();
        await Promise.all(shards.map((shardId) => this.retry(shardId, retryMs)));
      }
      let reply: unknown;
      try {
        this.blockingId ??= String(await blocking.call(['CLIENT', 'ID']));
        if (!this.running) break;
        reply = await blocking.call(['XREADGROUP', 'GROUP', HOST_GROUP, hostId, 'COUNT', '100', 'BLOCK', String(blockMs), 'STREAMS', ...shards.map((s) => keys.commands(s)), ...shards.map(() => '>')], blockMs);
      } catch (error) {
        this.options.onError(error as RedisGatewayError);
        await sleep(Math.min(blockMs, 500));
        continue;
      }
      for (const [key, entries] of streamsOf(reply)) {
        const shardId = shards.find((s) => keys.commands(s) === key);
        if (shardId !== undefined) this.enqueue(shardId, entries);
      }
    }
  }

  /** Takes the shard's commands pending for longer than `minIdleMs` (of any host: this one holds the lease now). */
  private async retry(shardId: number, minIdleMs: number): Promise<void> {
    try {
      const reply = (await this.options.link.call(['XAUTOCLAIM', this.options.keys.commands(shardId), HOST_GROUP, this.options.hostId, String(minIdleMs), '0-0', 'COUNT', '100'])) as [string, StreamEntry[]];
      this.enqueue(shardId, (reply[1] ?? []).filter((entry) => entry !== null && !this.inFlight.has(entry[0])));
    } catch (error) {
      this.options.onError(error as RedisGatewayError);
    }
  }

  /** Commands of one shard are sent one after the other, in stream order. */
  private enqueue(shardId: number, entries: StreamEntry[]): void {
    if (entries.length === 0) return;
    for (const [id] of entries) this.inFlight.add(id);
    const lane = (this.lanes.get(shardId) ?? Promise.resolve()).then(async () => {
      for (const entry of entries) await this.send(shardId, entry);
    });
    this.lanes.set(shardId, lane);
    void lane.finally(() => {
      if (this.lanes.get(shardId) === lane) this.lanes.delete(shardId);
    });
  }

  private async send(shardId: number, [id, rawFields]: StreamEntry): Promise<void> {
    try {
      const lease = this.options.lease(shardId);
      // fencing: a lease past its local deadline may be another host's already; its next owner sends the command.
      if (lease === undefined || performance.now() >= lease.deadline) {
        this.options.onDebug(`shard ${shardId}: command ${id} left for the shard's owner`);
        return;
      }
      const fields = fieldsOf(rawFields);
      const method = fields.get('method') ?? '';
      if (await this.expired(shardId, id, method, Number(fields.get('ttl') ?? 0))) return;
      const send = Object.hasOwn(this.options.commands, method) ? (lease.client as Record<string, unknown>)[method] : undefined;
      if (typeof send !== 'function') {
        await this.fail(shardId, id, `the hosted client has no command ${JSON.stringify(method)}`, true);
        return;
      }
      let d: unknown;
      try {
        d = JSON.parse(fields.get('d') ?? '');
      } catch {
        await this.fail(shardId, id, `${method}: its data is not JSON`, true);
        return;
      }
      try {
        await (send as (d: unknown) => Promise<void>).call(lease.client, d);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        await this.fail(shardId, id, `${method}: ${String((error as Error).message ?? error)}`, typeof code === 'string' && PERMANENT.has(code), error);
        return;
      }
      this.options.counts.commandsSent += 1;
      await this.ack(shardId, id);
    } finally {
      this.inFlight.delete(id);
    }
  }

  /**
   * A command past its expiry is not sent (a presence or voice state queued while no host ran the shard would be
   * stale by now): acked and reported instead, never dropped silently. Expiry is by Redis' clock: the id's first
   * part is Redis TIME at the XADD, compared with Redis TIME now. Without an answer from Redis the command is
   * not sent either: it stays pending and is tried again after `retryMs`.
   */
  private async expired(shardId: number, id: string, method: string, ttlMs: number): Promise<boolean> {
    if (!(ttlMs > 0)) return false;
    let now: number;
    try {
      const [seconds, micros] = (await this.options.link.call(['TIME'])) as [string, string];
      now = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
    } catch (error) {
      this.options.onError(error as RedisGatewayError);
      return true;
    }
    const queuedAt = Number(id.split('-')[0]);
    if (now <= queuedAt + ttlMs) return false;
    this.options.counts.commandsExpired += 1;
    this.options.onExpired({ shardId, id, method, queuedAt, ttlMs, expiredAt: now });
    await this.ack(shardId, id);
    return true;
  }

  private async fail(shardId: number, id: string, why: string, permanent: boolean, cause?: unknown): Promise<void> {
    this.options.counts.commandsFailed += 1;
    this.options.onError(new RedisGatewayError('COMMAND_FAILED', `shard ${shardId}: command ${id} ${permanent ? 'dropped' : 'not sent, tried again later'}: ${why}`, { cause }));
    if (permanent) await this.ack(shardId, id);
  }

  private async ack(shardId: number, id: string): Promise<void> {
    try {
      await this.options.link.call(['XACK', this.options.keys.commands(shardId), HOST_GROUP, id]);
    } catch (error) {
      // Not acked: sent again after `retryMs` (at-least-once).
      this.options.onError(error as RedisGatewayError);
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
