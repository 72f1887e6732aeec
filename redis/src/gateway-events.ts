import type { GatewayDispatchMap, GatewaySendMap } from 'discord-gateway-client';
import { RedisLink } from './connection.js';
import { TypedEmitter } from './emitter.js';
import { RedisGatewayError } from './errors.js';
import { AckBatcher } from './event-acks.js';
import { ShardLane, type EventContext, type EventHandler, type LaneEntry } from './event-lanes.js';
import { resolveEventsOptions, type EventsSettings, type GatewayEventsEvents, type GatewayEventsMetrics, type GatewayEventsOptions, type SendOptions } from './gateway-events-options.js';
import { createKeys, type RedisKeys } from './keys.js';
import { scripts } from './scripts.js';
import { DEFAULT_SEND_COMMANDS, encodeCommand, type SendCommandTable } from './send-commands.js';
import { fieldOf, streamsOf, type StreamEntry } from './stream-replies.js';
import type { GapReport } from './stream-publisher.js';

export type { DeadLetter, GatewayEventsEvents, GatewayEventsMetrics, GatewayEventsOptions, SendOptions } from './gateway-events-options.js';

type ClaimReply = [
  claimed: [string, number, string[]][],
  dead: [string, number, string[]][],
  missing: string[],
  gaps: string[][],
  pending: number,
  lag: number,
];

/**
 * The bot's side of the fan-out: a consumer of one consumer group over every shard's stream. Each event goes to one
 * consumer of the group and is acked when its handlers resolve; one that is not acked (its handler rejected, its
 * consumer died) is handed to a consumer again after `claimIdleMs`, and after `maxDeliveries` hand-overs it moves to
 * the group's dead letters. Every group reads every event. Per shard, one consumer handles its events in order.
 *
 * ```ts
 * const events = new GatewayEvents<GatewayDispatchMap>({ redis: process.env.REDIS_URL, group: 'my-bot' });
 * events.on('MESSAGE_CREATE', async (message, { shardId, sequence }) => { ... }); // acked when it resolves
 * await events.start();
 * await events.send(shardId, 'updatePresence', { since: null, activities: [], status: 'online', afk: false });
 * ```
 */
export class GatewayEvents<Dispatches extends object = GatewayDispatchMap, Sends extends object = GatewaySendMap> {
  readonly group: string;
  readonly consumer: string;
  readonly keys: RedisKeys;
  private readonly emitter = new EventsEmitter();
  private readonly handlers = new Map<string, EventHandler[]>();
  private readonly link: RedisLink;
  private readonly blocking: RedisLink;
  private readonly commands: SendCommandTable;
  private readonly settings: EventsSettings;
  private shardCount: number | undefined;
  /** Shards whose group exists (joined): the read loop reads these. */
  private readonly joined: number[] = [];
  private readonly keyToShard = new Map<string, number>();
  private readonly lanes = new Map<number, ShardLane>();
  private readonly acks: AckBatcher;
  private inFlight = 0;
  private roomWaiter: (() => void) | undefined;
  private state: 'idle' | 'running' | 'stopping' | 'stopped' = 'idle';
  private readLoop: Promise<void> | undefined;
  private maintenance: ReturnType<typeof setInterval> | undefined;
  private maintaining: Promise<void> | undefined;
  private blockingId: string | undefined;
  /** Set before the first read and after a failed one: this consumer's own pending entries are taken back first. */
  private recovering = true;
  /**
   * Entries whose handler rejected here, per shard, with when (performance.now()): left pending on purpose, to be
   * handed out again after `claimIdleMs`, so taking back this consumer's own entries must not take them at once.
   */
  private readonly rejected = new Map<number, Map<string, number>>();
  private readonly counts = { delivered: 0, acked: 0, failed: 0, redelivered: 0, deadLetters: 0, gaps: 0, pending: 0, lag: 0 };

  constructor(options: GatewayEventsOptions) {
    this.settings = resolveEventsOptions(options);
    this.group = this.settings.group;
    this.consumer = this.settings.consumer;
    this.shardCount = this.settings.shardCount;
    this.keys = createKeys(options.prefix);
    this.commands = options.commands ?? DEFAULT_SEND_COMMANDS;
    const commandTimeoutMs = this.settings.commandTimeoutMs;
    const onClientError = (error: unknown): void => this.emitter.report('debug', `redis client: ${String(error)}`);
    this.link = RedisLink.from(options.redis, commandTimeoutMs, onClientError);
    this.blocking = RedisLink.blocking(options.redis, commandTimeoutMs, onClientError);
    this.acks = new AckBatcher(this.link, this.keys, this.group, (count) => void (this.counts.acked += count), (error) => this.emitter.report('error', error));
  }

  /** A dispatch handler (acked once it resolves; a rejection means: deliver again), or a listener of the consumer's own events. */
  on<K extends keyof Dispatches & string>(event: K, handler: (data: Dispatches[K], context: EventContext<K>) => unknown): this;
  on<K extends keyof GatewayEventsEvents>(event: K, listener: (...args: GatewayEventsEvents[K]) => void): this;
  on(event: string, handler: (...args: never[]) => unknown): this {
    if (typeof handler !== 'function') throw new RedisGatewayError('INVALID_ARGUMENT', `the handler of ${event} must be a function`);
    if (LIFECYCLE.has(event)) this.emitter.on(event as keyof GatewayEventsEvents, handler as () => void);
    else this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler as unknown as EventHandler]);
    return this;
  }

  off(event: string, handler: (...args: never[]) => unknown): this {
    if (LIFECYCLE.has(event)) this.emitter.off(event as keyof GatewayEventsEvents, handler as () => void);
    else {
      const list = (this.handlers.get(event) ?? []).filter((h) => h !== (handler as unknown));
      if (list.length > 0) this.handlers.set(event, list);
      else this.handlers.delete(event);
    }
    return this;
  }

  /**
   * Joins the group on every shard (creating it where it does not exist: at the streams' end, or their start with
   * `startAt: 'oldest'`) and starts reading. Without `shardCount`, the fleet's (ShardHost writes it) is read; until
   * a host wrote it, the consumer keeps looking at every claim round.
   */
  async start(): Promise<void> {
    if (this.state !== 'idle') return;
    this.state = 'running';
    this.blockingId = String(await this.blocking.call(['CLIENT', 'ID']));
    await this.discover();
    this.readLoop = this.read();
    this.maintenance = setInterval(() => void this.maintain(), this.settings.claimIntervalMs);
  }

  /**
   * Stops reading, waits for the handlers of every event already read (at most `timeoutMs`, default `claimIdleMs`:
   * past that, other consumers take those entries over anyway), acks what they finished, and closes the connections.
   */
  async stop({ timeoutMs = this.settings.claimIdleMs }: { timeoutMs?: number } = {}): Promise<void> {
    if (this.state === 'stopped' || this.state === 'stopping') return;
    const wasRunning = this.state === 'running';
    this.state = 'stopping';
    clearInterval(this.maintenance);
    this.wake();
    if (wasRunning && this.blockingId !== undefined) {
      // Ends the blocking read at once instead of after `blockMs`.
      await this.link.call(['CLIENT', 'UNBLOCK', this.blockingId]).catch(() => undefined);
    }
    await this.readLoop;
    await this.maintaining;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const handled = await Promise.race([
      Promise.all([...this.lanes.values()].map((lane) => lane.idle())).then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (!handled) this.emitter.report('debug', `stop(): ${this.inFlight} events still in handlers after ${timeoutMs} ms; left pending for the group`);
    await this.acks.close();
    this.state = 'stopped';
    await Promise.allSettled([this.link.close(), this.blocking.close()]);
  }

  /**
   * Queues a command for the host that owns `shardId`, which sends it through its client (under the client's rate
   * limit). `d` is checked first exactly as the client's method checks it: a bad payload rejects with
   * INVALID_PAYLOAD naming the field, and nothing is queued. Resolves with the command's stream id once queued.
   * A host that takes it more than `ttlMs` (default `commandTtlMs`, 30 s) after it was queued does not send it.
   */
  async send<M extends keyof Sends & string>(shardId: number, method: M, d: Sends[M], options: SendOptions = {}): Promise<string> {
    if (!Number.isSafeInteger(shardId) || shardId < 0 || (this.shardCount !== undefined && shardId >= this.shardCount)) {
      throw new RedisGatewayError('INVALID_ARGUMENT', `shardId must be an integer from 0${this.shardCount !== undefined ? ` to ${this.shardCount - 1}` : ''}, got ${String(shardId)}`);
    }
    const ttlMs = options.ttlMs ?? this.settings.commandTtlMs;
    if (!Number.isSafeInteger(ttlMs) || ttlMs < 0) throw new RedisGatewayError('INVALID_ARGUMENT', `ttlMs must be a non-negative integer, got ${String(ttlMs)}`);
    const data = encodeCommand(this.commands, method, d);
    const maxLen = this.settings.commandMaxLen;
    // The id `*` is Redis TIME at the XADD: the host measures the command's age from it, by Redis' clock too.
    return String(await this.link.call(['XADD', this.keys.commands(shardId), ...(maxLen > 0 ? ['MAXLEN', '~', String(maxLen)] : []), '*', 'method', method, 'd', data, 'ttl', String(ttlMs)]));
  }

  metrics(): GatewayEventsMetrics {
    return { group: this.group, consumer: this.consumer, shards: this.joined.length, inFlight: this.inFlight, ...this.counts };
  }

  // ---- reading ------------------------------------------------------------------------------------

  private async read(): Promise<void> {
    const { batchSize, blockMs, maxInFlight } = this.settings;
    while (this.state === 'running') {
      if (this.inFlight >= maxInFlight) {
        await new Promise<void>((resolve) => (this.roomWaiter = resolve));
        continue;
      }
      if (this.joined.length === 0) {
        await sleep(Math.min(blockMs, this.settings.claimIntervalMs));
        continue;
      }
      if (this.recovering) {
        await this.recover();
        if (this.recovering) {
          await sleep(Math.min(blockMs, 500));
          continue;
        }
      }
      const keys = this.joined.map((shardId) => this.keys.events(shardId));
      const count = Math.max(1, Math.min(batchSize, maxInFlight - this.inFlight));
      let reply: unknown;
      try {
        reply = await this.blocking.call(['XREADGROUP', 'GROUP', this.group, this.consumer, 'COUNT', String(count), 'BLOCK', String(blockMs), 'STREAMS', ...keys, ...keys.map(() => '>')], blockMs);
      } catch (error) {
        if (this.state !== 'running') break;
        // at-least-once: Redis may have delivered entries to this consumer in the reply that was lost.
        this.recovering = true;
        this.emitter.report('error', error as RedisGatewayError);
        await sleep(Math.min(blockMs, 500));
        continue;
      }
      const now = performance.now();
      for (const [key, entries] of streamsOf(reply)) {
        const shardId = this.keyToShard.get(key);
        if (shardId === undefined) continue;
        for (const entry of entries) this.hand(shardId, entry, 1, now);
      }
    }
  }

  /** Hands an entry to its shard's lane. */
  private hand(shardId: number, [id, fields]: StreamEntry, deliveries: number, now: number): void {
    let lane = this.lanes.get(shardId);
    if (lane === undefined) {
      lane = new ShardLane(shardId, this.laneHooks);
      this.lanes.set(shardId, lane);
    }
    this.inFlight += 1;
    this.counts.delivered += 1;
    const entry: LaneEntry = { id, event: fieldOf(fields, 't') ?? '', data: fieldOf(fields, 'd') ?? 'null', deliveries, readAt: now };
    lane.push(entry);
  }

  private readonly laneHooks = {
    handlers: (event: string) => this.handlers.get(event),
    ack: (shardId: number, id: string) => {
      this.settle();
      this.acks.add(shardId, id);
    },
    fail: (shardId: number, entry: LaneEntry, error: RedisGatewayError) => {
      this.settle();
      const rejected = this.rejected.get(shardId) ?? new Map<string, number>();
      rejected.set(entry.id, performance.now());
      this.rejected.set(shardId, rejected);
      this.counts.failed += 1;
      this.emitter.report('error', error);
    },
  };

  private settle(): void {
    this.inFlight -= 1;
    if (this.inFlight < this.settings.maxInFlight) this.wake();
  }

  private wake(): void {
    const waiter = this.roomWaiter;
    this.roomWaiter = undefined;
    waiter?.();
  }

  // ---- joining and claiming -----------------------------------------------------------------------

  /** Finds the shard count (option, or the fleet's) and joins the group on the shards not joined yet. */
  private async discover(): Promise<void> {
    let shardCount = this.shardCount;
    if (shardCount === undefined) {
      try {
        const stored = Number(await this.link.call(['HGET', this.keys.fleet, 'shardCount']));
        if (Number.isSafeInteger(stored) && stored > 0) shardCount = stored;
      } catch (error) {
        this.emitter.report('error', error as RedisGatewayError);
        return;
      }
      if (shardCount === undefined) {
        this.emitter.report('debug', 'no shard count yet (no ShardHost has started on this prefix): looking again at the next claim round');
        return;
      }
    }
    const missing = [];
    for (let shardId = 0; shardId < shardCount; shardId++) if (!this.keyToShard.has(this.keys.events(shardId))) missing.push(shardId);
    await Promise.all(
      missing.map(async (shardId) => {
        try {
          await scripts.joinGroup.run(this.link, [this.keys.events(shardId), this.keys.gaps(shardId)], [this.group, this.settings.startAt]);
        } catch (error) {
          this.emitter.report('error', error as RedisGatewayError);
          return;
        }
        this.keyToShard.set(this.keys.events(shardId), shardId);
        this.joined.push(shardId);
      }),
    );
    this.joined.sort((a, b) => a - b);
  }

  private maintain(): Promise<void> {
    this.maintaining ??= this.claimRound('any').then(
      () => undefined,
      () => undefined,
    ).finally(() => {
      this.maintaining = undefined;
    });
    return this.maintaining;
  }

  /**
   * Takes back this consumer's own pending entries it does not hold: those of a read whose reply was lost (Redis
   * went away after delivering them: they count as delivered to this consumer, which never saw them) or of an
   * earlier run under the same name. Run before the first read and after a failed one, never beside a claim round
   * (both could take the same entry). Leaves `recovering` set until every shard answered.
   */
  private async recover(): Promise<void> {
    while (this.maintaining) await this.maintaining;
    let done = false;
    this.maintaining = this.claimRound('own').then(
      (ok) => void (done = ok),
      () => undefined,
    ).finally(() => {
      this.maintaining = undefined;
    });
    await this.maintaining;
    this.recovering = !done;
  }

  /**
   * Per shard: take idle pending entries (of `any` consumer, idle `claimIdleMs`; or this consumer's `own`, at once),
   * dead-letter the exhausted ones, read gap reports, refresh pending and lag. True when every shard answered.
   */
  private async claimRound(scope: 'any' | 'own'): Promise<boolean> {
    if (this.state !== 'running') return false;
    if (this.shardCount === undefined || this.joined.length < this.shardCount) await this.discover();
    const { claimIdleMs, maxDeliveries, deadLetterMaxLen, batchSize, maxInFlight } = this.settings;
    // Entries this consumer still handles (for `any`, only those held long enough to look idle) and those handled
    // whose XACK is still to go out (Redis was away): the script must not hand them out again.
    const busySince = scope === 'own' ? Infinity : performance.now() - claimIdleMs / 2;
    let pending = 0;
    let lag = 0;
    let answered = 0;
    await Promise.all(
      this.joined.map(async (shardId) => {
        const rejected = this.recentlyRejected(shardId); // (also forgets the old ones, at every round)
        const busy = [...(this.lanes.get(shardId)?.busyIds(busySince) ?? []), ...this.acks.waiting(shardId), ...(scope === 'own' ? rejected : [])];
        // `own` looks at every entry this consumer holds (up to maxInFlight, busy ones included) and the lost read's.
        const look = scope === 'own' ? busy.length + maxInFlight + batchSize : batchSize;
        let reply: ClaimReply;
        try {
          reply = (await scripts.claimEvents.run(
            this.link,
            [this.keys.events(shardId), this.keys.deadLetters(shardId, this.group), this.keys.gaps(shardId)],
            [this.group, this.consumer, scope === 'own' ? 0 : claimIdleMs, look, maxDeliveries, deadLetterMaxLen, scope, ...busy],
          )) as ClaimReply;
        } catch (error) {
          this.emitter.report('error', error as RedisGatewayError);
          return;
        }
        answered += 1;
        const [claimed, dead, missing, gaps] = reply;
        pending += Number(reply[4]);
        lag = lag < 0 || Number(reply[5]) < 0 ? -1 : lag + Number(reply[5]);
        if (this.state !== 'running') return; // stop() began: what was claimed is left for the next claim round
        const now = performance.now();
        for (const [id, deliveries, fields] of claimed) {
          this.counts.redelivered += 1;
          this.hand(shardId, [id, fields], Number(deliveries), now);
        }
        for (const [id, deliveries, fields] of dead) {
          this.counts.deadLetters += 1;
          this.emitter.report('deadLetter', { shardId, group: this.group, id, event: fieldOf(fields, 't') ?? '', deliveries: Number(deliveries), key: this.keys.deadLetters(shardId, this.group) });
        }
        if (missing.length > 0) this.gap({ shardId, group: this.group, kind: 'unacked', count: missing.length, from: missing[0] as string, to: missing[missing.length - 1] as string });
        for (const fields of gaps) {
          this.gap({
            shardId,
            group: this.group,
            kind: fieldOf(fields, 'kind') === 'undelivered' ? 'undelivered' : 'unacked',
            count: Number(fieldOf(fields, 'count')),
            from: fieldOf(fields, 'from') ?? '',
            to: fieldOf(fields, 'to') ?? '',
          });
        }
      }),
    );
    this.counts.pending = pending;
    this.counts.lag = lag;
    return answered === this.joined.length;
  }

  /** Ids of the shard whose handler rejected here less than `claimIdleMs` ago (older ones are forgotten). */
  private recentlyRejected(shardId: number): string[] {
    const rejected = this.rejected.get(shardId);
    if (rejected === undefined) return [];
    const since = performance.now() - this.settings.claimIdleMs;
    for (const [id, at] of rejected) if (at < since) rejected.delete(id);
    if (rejected.size === 0) this.rejected.delete(shardId);
    return [...rejected.keys()];
  }

  private gap(report: GapReport): void {
    if (report.count > 0) this.counts.gaps += report.count;
    this.emitter.report('gap', report);
  }
}

class EventsEmitter extends TypedEmitter<GatewayEventsEvents> {
  report<K extends keyof GatewayEventsEvents>(event: K, ...args: GatewayEventsEvents[K]): void {
    this.emit(event, ...args);
  }
}

const LIFECYCLE = new Set<string>(['gap', 'deadLetter', 'error', 'debug']);

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
