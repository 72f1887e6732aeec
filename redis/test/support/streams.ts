/**
 * Shared by the fan-out tests: a shard's lease taken the way a ShardHost takes it, and a ShardPublisher for it on
 * the file's server, so a test publishes dispatches exactly as a host does (script, fencing, checkpoint).
 */
import { createSession, type GatewaySession } from '@gen-gateway/runtime';
import { beforeAll } from 'vitest';
import { RedisLink } from '../../src/connection.js';
import { createKeys, type GapReport, type RedisGatewayError, type RedisKeys } from '../../src/index.js';
import { scripts } from '../../src/scripts.js';
import { RedisSessionStore } from '../../src/session-store.js';
import { ShardPublisher, type PublishCounts } from '../../src/stream-publisher.js';
import { afterTest } from './after-test.js';

export interface TestPublisher {
  publisher: ShardPublisher;
  counts: PublishCounts;
  gaps: GapReport[];
  errors: RedisGatewayError[];
  /** Queues dispatches `from..to` of `session` (MESSAGE_CREATE with `content` `<shard>:<sequence>`), waits until published. */
  publish(session: GatewaySession, from: number, to: number, event?: string): Promise<void>;
}

export class StreamFixture {
  private readonly links: RedisLink[] = [];
  private readonly stores: RedisSessionStore[] = [];

  constructor(
    private readonly url: string,
    readonly keys: RedisKeys,
  ) {}

  static create(url: string, prefix: string): StreamFixture {
    return new StreamFixture(url, createKeys(prefix));
  }

  link(): RedisLink {
    const link = RedisLink.from(this.url, 2000, () => undefined);
    this.links.push(link);
    return link;
  }

  /** Takes the shard's lease for `owner` (a new fencing token, as claimLease-1.lua gives a host). */
  async claim(shardId: number, owner = 'test-host', ttlMs = 60_000): Promise<number> {
    const reply = (await scripts.claimLease.run(this.link(), [this.keys.lease(shardId)], [owner, ttlMs])) as [number, number];
    if (reply[0] !== 1) throw new Error(`shard ${shardId}: lease held by ${String(reply[1])}`);
    return Number(reply[1]);
  }

  publisher(shardId: number, token: number, options: { maxLen?: number; maxBatch?: number } = {}): TestPublisher {
    const store = new RedisSessionStore({ redis: this.url, prefix: this.keys.prefix });
    this.stores.push(store);
    const counts: PublishCounts = { published: 0, duplicates: 0, batches: 0, failures: 0, refusedWrites: 0, dropped: 0, trimmed: 0 };
    const gaps: GapReport[] = [];
    const errors: RedisGatewayError[] = [];
    const publisher = new ShardPublisher({
      link: this.link(),
      keys: this.keys,
      shardId,
      token,
      readSession: (id) => store.get(id),
      maxLen: options.maxLen ?? 0,
      gapMaxLen: 1000,
      sessionTtlMs: 60_000,
      maxBatch: options.maxBatch ?? 512,
      counts,
      onGap: (report) => gaps.push(report),
      onError: (error) => errors.push(error),
    });
    return {
      publisher,
      counts,
      gaps,
      errors,
      publish: async (session, from, to, event = 'MESSAGE_CREATE') => {
        for (let s = from; s <= to; s++) publisher.dispatch(event, s, { id: String(s), content: `${shardId}:${s}` }, session);
        await publisher.settled();
      },
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.links.splice(0).map((l) => l.close()), ...this.stores.splice(0).map((s) => s.close())]);
  }
}

export const session = (id: string, ready: unknown = { session_id: id }): GatewaySession => createSession(id, `ws://resume.invalid/${id}`, null, ready);

/**
 * For a file whose tests publish through fixtures: small stream nodes on its server (so `MAXLEN ~` trims after a
 * few entries rather than after a hundred), and `fixture()`, a StreamFixture under a prefix of its own
 * (`<name>-<n>:`), closed when the test ends.
 */
export function useStreamFixtures(url: () => string, redis: () => { configSet(parameter: string, value: string): Promise<unknown> }, name: string): () => StreamFixture {
  let made = 0;
  beforeAll(async () => {
    await redis().configSet('stream-node-max-entries', '4');
  });
  return () => {
    const fixture = StreamFixture.create(url(), `${name}-${++made}:`);
    afterTest(() => fixture.close());
    return fixture;
  };
}
