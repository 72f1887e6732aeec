/**
 * The generated client resumes, in this process, the session another process saved in Redis: process A (the
 * generated `discord-gateway-client` with a RedisSessionStore) identifies against the scripted loopback gateway,
 * receives dispatches and is SIGKILLed; a client here with a store on the same Redis sends Resume (no Identify),
 * gets the missed dispatches replayed, and `connect()` resolves with A's READY.
 */
import { GatewayClient, GatewayIntents } from 'discord-gateway-client';
import { describe, expect, it } from 'vitest';
import { GatewayServer } from '../../test/support/gateway-server.js';
import { RedisSessionStore, createKeys } from '../src/index.js';
import { Child } from './support/child.js';
import { useRedisClient, useRedisServer } from './support/redis-server.js';
import { afterTest } from './support/after-test.js';
import { until } from './support/wait.js';

const server = useRedisServer();
const redis = useRedisClient(() => server().url);
const TOKEN = 'resume-test-token.SECRET.xyz';

describe('sessions across processes', () => {
  it('a GatewayClient resumes the session a killed process saved in Redis: Resume with its id and sequence, replay, no Identify', async () => {
    const gateway = await GatewayServer.start();
    afterTest(() => gateway.close());
    const prefix = `resume-${Date.now()}:`;
    const key = createKeys(prefix).session(0);

    const a = new Child('session-bot.mjs', { redis: server().url, prefix, url: gateway.url, token: TOKEN });
    afterTest(() => a.kill());
    const first = await gateway.nextConnection();
    const { sessionId } = (await a.waitFor((m) => m.event === 'ready')) as unknown as { sessionId: string };
    expect((await first.expect(2)).d).toMatchObject({ token: TOKEN });
    // The session reached Redis (the runtime saves it at READY without waiting).
    await until(async () => (await redis().hGet(key, 'id')) === sessionId, 5000);
    first.dispatch('MESSAGE_CREATE', { id: 'm2', content: '' });
    first.dispatch('MESSAGE_CREATE', { id: 'm3', content: '' });
    await a.waitFor((m) => m.event === 'dispatch' && m.s === 3);
    await a.kill('SIGKILL');

    const store = new RedisSessionStore({ redis: server().url, prefix });
    afterTest(() => store.close());
    const b = new GatewayClient({ token: TOKEN, intents: GatewayIntents.Guilds, url: gateway.url, sessionStore: store });
    const seen: number[] = [];
    b.on('MESSAGE_CREATE', (_message, frame) => void seen.push(frame.s));
    const resumed = new Promise<void>((resolve) => b.on('resumed', () => resolve()));
    const connected = b.connect();
    afterTest(() => b.close().catch(() => undefined));
    const second = await gateway.nextConnection();
    const resume = await second.expect(6);
    expect(resume.d).toEqual({ token: TOKEN, session_id: sessionId, seq: 1 });
    expect(await connected).toMatchObject({ session_id: sessionId });
    await resumed;
    expect(second.framesWith(2)).toEqual([]);
    expect(seen).toEqual([2, 3]);
    expect(b.session?.id).toBe(sessionId);
    // RESUMED saved the session again, with the replayed sequence.
    await until(async () => Number(await redis().hGet(key, 'sequence')) >= 3, 5000);

    await b.close(); // 1000: the session ends, and leaves Redis
    await until(async () => (await redis().exists(key)) === 0, 5000);
  }, 30_000);
});
