/**
 * Issue: "a bot that stays up". The README's example bot, in a process of its own, against the scripted gateway:
 * it must survive every way a connection ends (and keep receiving events after it), retry a gateway that refuses
 * it, and exit by itself, promptly, once it is closed (SIGTERM -> close()) or the gateway closes it for good.
 * Each case runs its own gateway and bot, all at once.
 */
import net from 'node:net';
import { describe, expect, it, type TestContext } from 'vitest';
import { GatewayServer, type ServerConnection } from '../support/gateway-server.js';
import { BOT_TOKEN, BotProcess, exampleBotSource, startBot } from './bot-process.js';

/** Gateways and bots of one test, stopped when it ends (the tests run concurrently: each cleans up its own). */
function scope(context: TestContext) {
  const gateway = async (options: Parameters<typeof GatewayServer.start>[0] = {}): Promise<GatewayServer> => {
    const server = await GatewayServer.start(options);
    context.onTestFinished(() => server.close());
    return server;
  };
  const bot = (url: string): BotProcess => {
    const process = startBot(url);
    context.onTestFinished(() => process.kill());
    return process;
  };
  return { gateway, spawnBot: bot };
}

function message(id: string, content: string): Record<string, unknown> {
  return { id, channel_id: '10', content, author: { id: '20', username: 'someone' } };
}

/** A port nothing listens on (yet). */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Bot connected and READY on the server's first connection, a first message received. */
async function connected(spawnBot: (url: string) => BotProcess, server: GatewayServer): Promise<{ bot: BotProcess; first: ServerConnection }> {
  const process = spawnBot(server.url);
  const first = await server.nextConnection(15_000);
  await process.waitFor(/ready as bot in 0 guilds/);
  first.dispatch('MESSAGE_CREATE', message('1', 'before'));
  await process.waitFor(/message 1 from someone: before/);
  return { bot: process, first };
}

/** After the disruption: the bot is alive, back on a new connection, and handles a new message there. */
async function survives(server: GatewayServer, process: BotProcess, { resume }: { resume: boolean }): Promise<void> {
  const next = await process.alive(server.nextConnection(20_000));
  const auth = await process.alive(next.expect(resume ? 6 : 2, 20_000));
  expect(auth.d).toMatchObject({ token: BOT_TOKEN });
  if (!resume) await process.waitFor(/ready as bot in 0 guilds[\s\S]*ready as bot in 0 guilds/);
  next.dispatch('MESSAGE_CREATE', message('2', 'after'));
  await process.waitFor(/message 2 from someone: after/);
  const exit = await process.stop('SIGTERM');
  expect(exit.code).toBe(0);
  expect(process.log).toMatch(/closed/);
}

describe.concurrent('the example bot in a process of its own', { timeout: 60_000 }, () => {
  it('survives op 7 (Reconnect): resumes and keeps receiving', async (context) => {
    const { gateway, spawnBot } = scope(context);
    const server = await gateway();
    const { bot, first } = await connected(spawnBot, server);
    first.send({ op: 7, d: null });
    await survives(server, bot, { resume: true });
  });

  it('survives a TCP reset', async (context) => {
    const { gateway, spawnBot } = scope(context);
    const server = await gateway();
    const { bot, first } = await connected(spawnBot, server);
    await first.terminate();
    await survives(server, bot, { resume: true });
  });

  it('survives a zombie connection (heartbeats no longer acknowledged)', async (context) => {
    const { gateway, spawnBot } = scope(context);
    const server = await gateway({ heartbeatInterval: 1000 });
    const { bot, first } = await connected(spawnBot, server);
    first.autoAck = false;
    await bot.waitFor(/reconnecting in \d+ ms \(zombie, resume\)/);
    await survives(server, bot, { resume: true });
  });

  it('survives a gateway that refuses connections for a few seconds', async (context) => {
    const { gateway, spawnBot } = scope(context);
    const server = await gateway();
    const { bot } = await connected(spawnBot, server);
    const port = Number(new URL(server.url).port);
    await server.close();
    await bot.waitFor(/reconnecting in \d+ ms[\s\S]*reconnecting in \d+ ms/);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    // The same gateway back on the same port, still knowing the session.
    const restarted = await gateway({ port, sessions: server.sessions });
    await survives(restarted, bot, { resume: true });
  });

  it('survives op 9 (Invalid Session, not resumable): identifies a new session', async (context) => {
    const { gateway, spawnBot } = scope(context);
    const server = await gateway();
    const { bot, first } = await connected(spawnBot, server);
    first.send({ op: 9, d: false });
    await survives(server, bot, { resume: false });
  });

  it('survives close 4000: resumes', async (context) => {
    const { gateway, spawnBot } = scope(context);
    const server = await gateway();
    const { bot, first } = await connected(spawnBot, server);
    await first.close(4000, 'unknown error');
    await survives(server, bot, { resume: true });
  });

  it('retries when its very first connection is refused, and gets READY once the gateway is up', async (context) => {
    const { gateway, spawnBot } = scope(context);
    const port = await freePort();
    const process = spawnBot(`ws://127.0.0.1:${port}`);
    await process.waitFor(/reconnecting in \d+ ms[\s\S]*reconnecting in \d+ ms/, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const server = await gateway({ port });
    await process.waitFor(/ready as bot in 0 guilds/, 20_000);
    const connection = server.connections.at(-1)!;
    connection.dispatch('MESSAGE_CREATE', message('1', 'hello'));
    await process.waitFor(/message 1 from someone: hello/);
  });

  it('exits by itself within about a second after close() (SIGTERM)', async (context) => {
    const { gateway, spawnBot } = scope(context);
    const server = await gateway();
    const { bot } = await connected(spawnBot, server);
    const exit = await bot.stop('SIGTERM');
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.afterMs).toBeLessThan(1500);
  });

  it('exits by itself within about a second after a fatal close (4004 while connecting), with exit code 1', async (context) => {
    const { gateway, spawnBot } = scope(context);
    const server = await gateway({ autoReady: false });
    const process = spawnBot(server.url);
    const connection = await server.nextConnection(15_000);
    await connection.expect(2, 15_000);
    const closedAt = Date.now();
    await connection.close(4004, 'Authentication failed.');
    const exit = await process.exitWithin(5000);
    expect(process.log).toMatch(/gateway error FATAL_CLOSE: gateway closed with 4004/);
    expect(process.log).toMatch(/not connected/);
    expect(exit.code).toBe(1);
    expect(exit.at - closedAt).toBeLessThan(1500);
  });

  it('exits by itself after a fatal close once connected (4014), no more reconnects', async (context) => {
    const { gateway, spawnBot } = scope(context);
    const server = await gateway();
    const { bot, first } = await connected(spawnBot, server);
    const closedAt = Date.now();
    await first.close(4014, 'Disallowed intent(s).');
    const exit = await bot.exitWithin(5000);
    expect(bot.log).toMatch(/gateway error FATAL_CLOSE/);
    expect(exit.code).toBe(0);
    expect(exit.at - closedAt).toBeLessThan(1500);
    expect(server.connections).toHaveLength(1);
  });
});

describe('an invalid option in a process of its own', () => {
  it('throws at construction (exit 1 from the uncaught error), quoting no credential', async () => {
    const source = exampleBotSource();
    const bot = new BotProcess(source, { DISCORD_TOKEN: BOT_TOKEN, DISCORD_GATEWAY_URL: 'https://bot:hunter2-password@gateway.example/' });
    const exit = await bot.exitWithin(10_000);
    expect(exit.code).toBe(1);
    expect(bot.log).toMatch(/GatewayError: options\.url has protocol "https:", not ws: or wss:/);
    expect(bot.log).not.toContain('hunter2');
    expect(bot.log).not.toContain(BOT_TOKEN);
  });
});

/**
 * Every started client of a process shares one hold on the event loop: the process must stay up while any of
 * them is started, however many others have been closed, and exit once the last one is.
 */
const SHARD_BOT = `
import { GatewayClient, ShardManager } from 'discord-gateway-client';
const url = process.env.DISCORD_GATEWAY_URL;
const manager = new ShardManager({
  shardCount: 3,
  maxConcurrency: 3,
  createClient: (shard, identifyQueue) => new GatewayClient({ token: process.env.DISCORD_TOKEN, intents: 0, url, shard, identifyQueue }),
});
manager.on('ready', (_d, shardId) => console.log('ready', shardId));
manager.on('error', (error, shardId) => console.log('error', shardId, error.code));
process.on('SIGUSR2', async () => {
  await Promise.all([manager.shards.get(0).close(), manager.shards.get(1).close()]);
  console.log('closed 0 and 1');
});
process.on('SIGTERM', () => void manager.close());
await manager.connect();
console.log('all ready');
`;

describe('a ShardManager in a process of its own', () => {
  it('stays up while one shard reconnects after the others were closed, and exits once all are closed', { timeout: 60_000 }, async (context) => {
    const server = await GatewayServer.start();
    context.onTestFinished(() => server.close());
    const bot = new BotProcess(SHARD_BOT, { DISCORD_TOKEN: BOT_TOKEN, DISCORD_GATEWAY_URL: server.url });
    context.onTestFinished(() => bot.kill());
    await bot.waitFor(/all ready/, 20_000);
    const firsts = [await server.nextConnection(), await server.nextConnection(), await server.nextConnection()];
    const shardOf = (connection: ServerConnection): number => (connection.framesWith(2)[0]?.d as { shard: [number, number] }).shard[0];
    bot.child.kill('SIGUSR2');
    await bot.waitFor(/closed 0 and 1/);
    await Promise.all(firsts.filter((connection) => shardOf(connection) !== 2).map((connection) => connection.closed));
    // The last started shard loses its connection: while it waits to reconnect, no socket holds the loop.
    const last = firsts.find((connection) => shardOf(connection) === 2);
    expect(last?.isOpen).toBe(true);
    await last!.terminate();
    const next = await bot.alive(server.nextConnection(20_000));
    await bot.alive(next.expect(6, 20_000));
    const exit = await bot.stop('SIGTERM');
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.afterMs).toBeLessThan(1500);
  });
});
