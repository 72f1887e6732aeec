import { describe, expect, it } from 'vitest';
import { ShardManager, SimpleIdentifyQueue } from '../../runtime/src/index.js';
import { GatewayServer } from '../support/gateway-server.js';
import { ManualClock, TOKEN, TestClient, setupPerTest } from './helpers.js';

const { defer } = setupPerTest();

describe('rule 9: identify queue', () => {
  it('hands out max_concurrency slots per 5 s, bucketed by shard_id % max_concurrency', async () => {
    const clock = new ManualClock();
    const queue = new SimpleIdentifyQueue({ maxConcurrency: 2, timers: clock });
    const granted: [number, number][] = [];
    const waits = [0, 1, 2, 3, 4, 5].map((id) => queue.wait(id).then(() => granted.push([id, clock.now()])));
    await Promise.resolve();
    clock.advance(0);
    await new Promise((resolve) => setImmediate(resolve));
    clock.advance(5000);
    await new Promise((resolve) => setImmediate(resolve));
    clock.advance(5000);
    await Promise.all(waits);
    expect(granted.sort((a, b) => a[1] - b[1] || a[0] - b[0])).toEqual([
      [0, 0],
      [1, 0],
      [2, 5000],
      [3, 5000],
      [4, 10_000],
      [5, 10_000],
    ]);
  });

  it('a wait rejects when its signal aborts', async () => {
    const clock = new ManualClock();
    const queue = new SimpleIdentifyQueue({ timers: clock });
    await queue.wait(0);
    const controller = new AbortController();
    const waiting = queue.wait(0, controller.signal);
    controller.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
  });
});

describe('rule 9: ShardManager', () => {
  it('starts N shards with paced identifies and tags every event with the shard id', async () => {
    const clock = new ManualClock();
    const server = await GatewayServer.start({ rateLimit: false });
    const manager = new ShardManager({
      shardCount: 4,
      maxConcurrency: 2,
      timers: clock,
      createClient: (shard, identifyQueue) =>
        new TestClient({ token: TOKEN, intents: 1, shard, identifyQueue, timers: clock }, server.url),
    });
    defer(async () => {
      await manager.close();
      await server.close();
    });
    const readies: number[] = [];
    manager.on('ready', (_d, shardId) => readies.push(shardId));
    // Listened to after the clients were made: the manager's interest is read at each event, not fixed.
    const debugShards = new Set<number>();
    manager.on('debug', (_text, shardId) => debugShards.add(shardId));
    const messages: [string, number, number][] = [];
    manager.on('MESSAGE_CREATE', (d, frame, shardId) => messages.push([d.id, frame.shardId, shardId]));
    const connected = manager.connect();
    const conns = await Promise.all([0, 1, 2, 3].map(() => server.nextConnection()));
    // Two identifies (buckets 0 and 1) go out at once; the other two wait for the next 5 s slot.
    const shardOf = (c: (typeof conns)[number]): number => (c.framesWith(2)[0]?.d as { shard: [number, number] }).shard[0];
    const byShard = new Map<number, (typeof conns)[number]>();
    const hellos = await Promise.all(
      conns.map(async (c) => {
        const identify = c.expect(2);
        return { c, identify, first: await Promise.race([identify.then(() => true), sleep(100).then(() => false)]) };
      }),
    );
    for (const { c, first } of hellos) if (first) byShard.set(shardOf(c), c);
    expect([...byShard.keys()].sort()).toEqual([0, 1]);
    clock.advance(4999);
    await sleep(20);
    expect(conns.filter((c) => c.framesWith(2).length > 0)).toHaveLength(2);
    clock.advance(1);
    for (const { identify } of hellos) await identify;
    expect(conns.map(shardOf).sort()).toEqual([0, 1, 2, 3]);
    const ready = await connected;
    expect(ready).toHaveLength(4);
    expect(readies.sort()).toEqual([0, 1, 2, 3]);
    expect([...debugShards].sort()).toEqual([0, 1, 2, 3]);
    for (const conn of conns) {
      const shard = (conn.framesWith(2)[0]!.d as { shard: [number, number] }).shard;
      expect(shard[1]).toBe(4);
      conn.dispatch('MESSAGE_CREATE', { id: `m${shard[0]}`, content: '' });
    }
    await new Promise<void>((resolve) => {
      const check = (): void => void (messages.length === 4 ? resolve() : setTimeout(check, 2));
      check();
    });
    expect(messages.sort()).toEqual([
      ['m0', 0, 0],
      ['m1', 1, 1],
      ['m2', 2, 2],
      ['m3', 3, 3],
    ]);
  });

  it('rejects shard ids outside the count', () => {
    expect(
      () => new ShardManager({ shardCount: 2, shardIds: [2], createClient: () => undefined as never }),
    ).toThrow(RangeError);
  });
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
