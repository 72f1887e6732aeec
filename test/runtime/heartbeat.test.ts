import { describe, expect, it } from 'vitest';
import { Heartbeat } from '../../runtime/src/heartbeat.js';
import { ManualClock, next, nextReconnect, setup, setupPerTest } from './helpers.js';

const { defer } = setupPerTest();

describe('rule 2: heartbeat (unit, manual clock)', () => {
  function beater(random: number) {
    const clock = new ManualClock();
    const beats: number[] = [];
    let zombies = 0;
    const heartbeat = new Heartbeat(clock, { beat: () => beats.push(clock.now()), zombie: () => zombies++ }, () => random);
    return { clock, beats, heartbeat, zombies: () => zombies };
  }

  it.each([
    ['random 0', 0, 0],
    ['random 0.5', 0.5, 500],
    ['random 0.999', 0.999, 999],
  ])('first beat after interval * random() (%s), then every interval', (_name, random, first) => {
    const { clock, beats, heartbeat } = beater(random);
    heartbeat.start(1000);
    clock.advance(first === 0 ? 0 : first - 1);
    expect(beats).toHaveLength(first === 0 ? 1 : 0);
    clock.advance(first === 0 ? 0 : 1);
    expect(beats).toEqual([first]);
    heartbeat.ack();
    clock.advance(1000);
    heartbeat.ack();
    clock.advance(1000);
    expect(beats).toEqual([first, first + 1000, first + 2000]);
  });

  it('declares a zombie when nothing arrived between two beats, and stops', () => {
    const { clock, beats, heartbeat, zombies } = beater(0.5);
    heartbeat.start(1000);
    clock.advance(500);
    clock.advance(1000);
    expect(beats).toEqual([500]);
    expect(zombies()).toBe(1);
    expect(heartbeat.running).toBe(false);
    clock.advance(5000);
    expect(beats).toHaveLength(1);
  });

  it('counts any frame as proof of life', () => {
    const { clock, beats, heartbeat, zombies } = beater(0);
    heartbeat.start(1000);
    clock.advance(0);
    heartbeat.touch();
    clock.advance(1000);
    heartbeat.touch();
    clock.advance(1000);
    expect(beats).toEqual([0, 1000, 2000]);
    expect(zombies()).toBe(0);
  });

  it('op 1 beats at once without moving the schedule or the ACK check', () => {
    const { clock, beats, heartbeat, zombies } = beater(0);
    heartbeat.start(1000);
    clock.advance(0);
    heartbeat.ack();
    clock.advance(900);
    heartbeat.beatNow();
    clock.advance(100);
    expect(beats).toEqual([0, 900, 1000]);
    expect(zombies()).toBe(0);
  });

  it('measures latency from the last beat to its ACK', () => {
    const { clock, heartbeat } = beater(0);
    heartbeat.start(1000);
    clock.advance(0);
    expect(heartbeat.latency).toBeUndefined();
    clock.advance(42);
    heartbeat.ack();
    expect(heartbeat.latency).toBe(42);
  });
});

describe('rule 2: heartbeat on a live connection', () => {
  it('sends d = last sequence on schedule, answers op 1 at once, exposes latency', async () => {
    const ctx = await setup({ heartbeatInterval: 1000 }, { random: () => 0.25 });
    defer(ctx.cleanup);
    const { server, client, clock } = ctx;
    client.connect().catch(() => undefined);
    const conn = await server.nextConnection();
    await next(client, 'ready');
    conn.dispatch('MESSAGE_CREATE', { id: '1', content: '' });
    await new Promise<void>((resolve) => client.once('MESSAGE_CREATE', () => resolve()));
    clock.advance(249);
    expect(conn.framesWith(1)).toHaveLength(0);
    clock.advance(1);
    expect((await conn.expect(1)).d).toBe(2);
    await new Promise<void>((resolve) => client.once('frame', (f) => f.op === 11 && resolve()));
    expect(client.latency).toBe(0);
    conn.send({ op: 1, d: null });
    await conn.expect(1);
    expect(conn.framesWith(1)).toHaveLength(2);
    clock.advance(1000);
    await conn.expect(1);
    expect(conn.framesWith(1)).toHaveLength(3);
  });

  it('zombie: no ACK -> closes with a non-1000 code and resumes; nothing is sent on the closed socket', async () => {
    const ctx = await setup({ heartbeatInterval: 1000, autoAck: false }, { random: () => 0 });
    defer(ctx.cleanup);
    const { server, client, clock } = ctx;
    client.connect().catch(() => undefined);
    const conn = await server.nextConnection();
    await next(client, 'ready');
    clock.advance(0);
    await conn.expect(1);
    const reconnecting = nextReconnect(client);
    clock.advance(1000);
    expect(await reconnecting).toMatchObject({ cause: 'zombie', resume: true });
    const { code } = await conn.closed;
    expect(code).not.toBe(1000);
    expect(code).not.toBe(1001);
    const before = conn.received.length;
    clock.advance(500);
    const second = await server.nextConnection();
    second.autoAck = true;
    await second.expect(6);
    await next(client, 'resumed');
    clock.advance(60_000);
    expect(conn.received.length).toBe(before);
  });
});
