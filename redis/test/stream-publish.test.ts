/**
 * Publishing a shard's dispatches (ShardPublisher and publishEvents-4.lua) on a private redis-server: stream ids
 * derived from the session and the sequence, the checkpoint written with the entries, a replay refused, fencing,
 * MAXLEN, and trims past unacked entries reported as gaps.
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '@gen-gateway/runtime';
import { useRedisClient, useRedisServer } from './support/redis-server.js';
import { session, useStreamFixtures } from './support/streams.js';

const server = useRedisServer();
const redis = useRedisClient(() => server().url);
const fixture = useStreamFixtures(() => server().url, redis, 'pub');

const idsOf = async (key: string) => (await redis().xRange(key, '-', '+')).map((e) => e.id);

describe('publishing a shard', () => {
  it('appends each dispatch with id `<session epoch>-<sequence>`, in order, and checkpoints the session in the same step', async () => {
    const f = fixture();
    const token = await f.claim(0);
    const p = f.publisher(0, token);
    const a = session('A');
    await p.publisher.store.set(0, a);
    await p.publish(a, 1, 4);
    const entries = await redis().xRange(f.keys.events(0), '-', '+');
    expect(entries.map((e) => e.id)).toEqual(['1-1', '1-2', '1-3', '1-4']);
    expect(entries[1]?.message).toEqual({ t: 'MESSAGE_CREATE', d: JSON.stringify({ id: '2', content: '0:2' }) });
    expect(await redis().hGetAll(f.keys.session(0))).toEqual({ id: 'A', epoch: '1', sequence: '4', resumeUrl: 'ws://resume.invalid/A', ready: '{"session_id":"A"}' });
    expect(p.counts).toMatchObject({ published: 4, duplicates: 0, dropped: 0 });
    // The stored session is what the next owner resumes: the published sequence.
    expect(await p.publisher.store.get(0)).toMatchObject({ id: 'A', sequence: 4 });
  });

  it('a save of the session never moves the checkpoint past what is published (the client is ahead of the stream)', async () => {
    const f = fixture();
    const p = f.publisher(0, await f.claim(0));
    await p.publish(session('A'), 1, 3);
    // The runtime saves its own sequence (9) when it closes; 4-9 were never published.
    await p.publisher.store.set(0, createSession('A', 'ws://resume.invalid/A', 9, { session_id: 'A' }));
    expect(await redis().hGet(f.keys.session(0), 'sequence')).toBe('3');
  });

  it('a replayed dispatch is not published twice: a replay after a resume on another host (a new lease) lands once', async () => {
    const f = fixture();
    const a = session('A');
    const first = f.publisher(0, await f.claim(0, 'host-1', 1));
    await first.publish(a, 1, 5);
    await new Promise((resolve) => setTimeout(resolve, 5));
    // host-2 takes the expired lease and resumes; Discord replays from before the checkpoint (an overlap).
    const second = f.publisher(0, await f.claim(0, 'host-2'));
    await second.publish(a, 3, 8);
    await second.publish(a, 8, 8); // a retried call whose reply was lost
    expect(await idsOf(f.keys.events(0))).toEqual(['1-1', '1-2', '1-3', '1-4', '1-5', '1-6', '1-7', '1-8']);
    expect(second.counts).toMatchObject({ published: 3, duplicates: 4 });
    expect(await redis().hGet(f.keys.session(0), 'sequence')).toBe('8');
  });

  it('a new session takes an epoch past every id the stream held: its ids still grow from sequence 1', async () => {
    const f = fixture();
    const p = f.publisher(0, await f.claim(0));
    await p.publish(session('A'), 1, 3);
    const b = session('B');
    await p.publisher.store.set(0, b);
    await p.publish(b, 1, 2, 'READY');
    await p.publish(session('C'), 1, 1);
    expect(await idsOf(f.keys.events(0))).toEqual(['1-1', '1-2', '1-3', '2-1', '2-2', '3-1']);
    expect(await redis().hmGet(f.keys.session(0), ['id', 'epoch', 'sequence'])).toEqual(['C', '3', '1']);
    // A deleted session (the runtime's close 1000): the next session's epoch still comes from the stream.
    await p.publisher.store.delete(0);
    expect(await redis().exists(f.keys.session(0))).toBe(0);
    await p.publish(session('D'), 1, 1);
    expect((await idsOf(f.keys.events(0))).at(-1)).toBe('4-1');
  });

  it('fenced: once another host holds the lease, nothing is appended or checkpointed with the old token (LEASE_LOST)', async () => {
    const f = fixture();
    const a = session('A');
    const old = f.publisher(0, await f.claim(0, 'host-1', 1));
    await old.publish(a, 1, 2);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await f.claim(0, 'host-2');
    await old.publish(a, 3, 6);
    await expect(old.publisher.store.set(0, createSession('stale', undefined, 7, null))).rejects.toMatchObject({ code: 'LEASE_LOST' });
    await expect(old.publisher.store.delete(0)).rejects.toMatchObject({ code: 'LEASE_LOST' });
    expect(await idsOf(f.keys.events(0))).toEqual(['1-1', '1-2']);
    expect(await redis().hmGet(f.keys.session(0), ['id', 'sequence'])).toEqual(['A', '2']);
    expect(old.counts).toMatchObject({ published: 2, refusedWrites: 3, dropped: 4 });
    expect(old.errors.map((e) => e.code)).toEqual(['LEASE_LOST', 'LEASE_LOST', 'LEASE_LOST']);
  });

  it('retention: MAXLEN ~ bounds the stream (whole nodes are trimmed), and the trimmed count is reported', async () => {
    const f = fixture();
    const p = f.publisher(0, await f.claim(0), { maxLen: 20, maxBatch: 7 });
    await p.publish(session('A'), 1, 200);
    const length = await redis().xLen(f.keys.events(0));
    expect(length).toBeGreaterThanOrEqual(20);
    expect(length).toBeLessThanOrEqual(20 + 4);
    expect(p.counts.trimmed).toBe(200 - length);
    expect((await idsOf(f.keys.events(0))).at(-1)).toBe('1-200');
    expect(p.gaps).toEqual([]); // no consumer group: nothing unacked was lost
  });

  it('a trim past entries a group had not acked is reported: undelivered and unacked entries, per group, in the gap ledger', async () => {
    const f = fixture();
    const key = f.keys.events(0);
    const p = f.publisher(0, await f.claim(0), { maxLen: 8 });
    const a = session('A');
    await redis().xGroupCreate(key, 'slow', '$', { MKSTREAM: true });
    await redis().xGroupCreate(key, 'fast', '$');
    await p.publish(a, 1, 8);
    // `slow` took 3 entries and acked one; `fast` took and acked all 8.
    await redis().xReadGroup('slow', 'c', { key, id: '>' }, { COUNT: 3 });
    await redis().xAck(key, 'slow', '1-1');
    await redis().xReadGroup('fast', 'c', { key, id: '>' }, { COUNT: 8 });
    await redis().xAck(key, 'fast', ['1-1', '1-2', '1-3', '1-4', '1-5', '1-6', '1-7', '1-8']);
    await p.publish(a, 9, 16);
    const first = (await idsOf(key))[0] as string;
    const trimmedUpTo = Number(first.split('-')[1]) - 1;
    expect(trimmedUpTo).toBeGreaterThanOrEqual(4);
    // slow: 1-2 and 1-3 were pending and are gone (acked by the script), 1-4.. were never delivered.
    expect(p.gaps).toEqual([
      { shardId: 0, group: 'slow', kind: 'undelivered', count: trimmedUpTo - 3, from: '1-3', to: first },
      { shardId: 0, group: 'slow', kind: 'unacked', count: 2, from: '1-2', to: '1-3' },
    ]);
    expect((await redis().xPending(key, 'slow')).pending).toBe(0);
    const ledger = await redis().xRange(f.keys.gaps(0), '-', '+');
    expect(ledger.map((e) => e.message)).toEqual([
      { group: 'slow', kind: 'undelivered', count: String(trimmedUpTo - 3), from: '1-3', to: first },
      { group: 'slow', kind: 'unacked', count: '2', from: '1-2', to: '1-3' },
    ]);
  });
});
