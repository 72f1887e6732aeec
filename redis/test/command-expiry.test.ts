/**
 * Command expiry: a command (`events.send`) queued while no host runs its shard is sent only if a host takes it
 * within its lifetime (`commandTtlMs`, or `send`'s `ttlMs`), by Redis' clock. Past it, the host does not send it,
 * acks it and reports it (`commandExpired`, `commandsExpired`). A ShardHost in the test process with a stand-in
 * client that records the commands it is asked to send, on a private redis-server.
 */
import { describe, expect, it } from 'vitest';
import type { UpdatePresenceData } from 'discord-gateway-client';
import { GatewayEvents, ShardHost, createKeys, type ExpiredCommand, type HostedClient, type HostedClientOptions } from '../src/index.js';
import { useRedisClient, useRedisServer } from './support/redis-server.js';
import { afterTest } from './support/after-test.js';
import { sleep, until } from './support/wait.js';

const server = useRedisServer();
const redis = useRedisClient(() => server().url);

/** A hosted client that records the presence updates it is asked to send. */
class Recorder implements HostedClient {
  readonly session = undefined;
  readonly sent: UpdatePresenceData[] = [];
  constructor(readonly options: HostedClientOptions) {}
  onAny(): () => void {
    return () => undefined;
  }
  connect(): Promise<unknown> {
    return Promise.resolve();
  }
  async close(): Promise<void> {}
  async updatePresence(d: UpdatePresenceData): Promise<void> {
    this.sent.push(d);
  }
}

let prefixes = 0;
const presence = (status: UpdatePresenceData['status']): UpdatePresenceData => ({ since: null, activities: [], status, afk: false });

function bot(prefix: string, commandTtlMs?: number): GatewayEvents {
  const events = new GatewayEvents({ redis: server().url, prefix, group: 'bot', shardCount: 1, ...(commandTtlMs === undefined ? {} : { commandTtlMs }) });
  afterTest(() => events.stop({ timeoutMs: 100 }));
  return events;
}

function host(prefix: string): { host: ShardHost<Recorder>; clients: Recorder[]; expired: ExpiredCommand[] } {
  const clients: Recorder[] = [];
  const expired: ExpiredCommand[] = [];
  const made = new ShardHost<Recorder>({
    redis: server().url, prefix, shardCount: 1, leaseTtlMs: 3000, pollMs: 200,
    createClient: (options) => {
      const client = new Recorder(options);
      clients.push(client);
      return client;
    },
  });
  made.on('commandExpired', (command) => void expired.push(command));
  afterTest(() => made.stop());
  return { host: made, clients, expired };
}

describe('command expiry', () => {
  it('queued while no host runs, a host started later: past the expiry not sent (acked, reported with its age by Redis time); within it, or without one, sent in order', async () => {
    const prefix = `expiry-${++prefixes}:`;
    const events = bot(prefix, 400);
    const stale = await events.send(0, 'updatePresence', presence('idle')); // the default, 400 ms
    const kept = await events.send(0, 'updatePresence', presence('online'), { ttlMs: 60_000 });
    await events.send(0, 'updatePresence', presence('dnd'), { ttlMs: 0 }); // never expires
    await sleep(700);

    const { host: h, clients, expired } = host(prefix);
    await h.start();
    await until(() => (clients[0]?.sent.length ?? 0) === 2 && expired.length === 1, 10_000, 'the commands taken');
    expect(clients[0]?.sent.map((d) => d.status)).toEqual(['online', 'dnd']);
    const queuedAt = Number(stale.split('-')[0]);
    expect(expired).toEqual([{ shardId: 0, id: stale, method: 'updatePresence', queuedAt, ttlMs: 400, expiredAt: expect.any(Number) }]);
    // Its age by Redis' clock: queued (the id's time) to taken (TIME), past the 400 ms it was given.
    expect(expired[0]!.expiredAt - queuedAt).toBeGreaterThan(400);
    expect(Number(kept.split('-')[0])).toBeGreaterThanOrEqual(queuedAt);
    // Acked like the sent ones: nothing waits for another host.
    const keys = createKeys(prefix);
    await until(async () => (await redis().xPending(keys.commands(0), 'hosts')).pending === 0, 5000, 'every command acked');
    expect(h.metrics()).toMatchObject({ commandsSent: 2, commandsExpired: 1, commandsFailed: 0 });

    // A command queued while the host runs is taken at once: well within a short expiry.
    await events.send(0, 'updatePresence', presence('invisible'), { ttlMs: 1000 });
    await until(() => clients[0]?.sent.length === 3, 5000, 'the new command sent');
    expect(expired).toHaveLength(1);
  }, 30_000);

  it('a bad expiry is refused: the option at construction (INVALID_OPTION), the per-call one at send (INVALID_ARGUMENT, nothing queued)', async () => {
    const prefix = `expiry-${++prefixes}:`;
    expect(() => new GatewayEvents({ redis: server().url, group: 'bot', commandTtlMs: -1 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', message: expect.stringContaining('commandTtlMs') }));
    const events = bot(prefix);
    await expect(events.send(0, 'updatePresence', presence('idle'), { ttlMs: 1.5 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('ttlMs') });
    expect(await redis().exists(createKeys(prefix).commands(0))).toBe(0);
  });
});
