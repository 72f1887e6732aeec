/**
 * The committed generated client (`discord-gateway-client`, its compiled dist) against the scripted loopback
 * gateway: what the public API promises, end to end through the real subclass and its schemas.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { GatewayClient, GatewayError, GatewayIntents, Opcodes } from 'discord-gateway-client';
import { GatewayServer } from '../support/gateway-server.js';

const TOKEN = 'generated-client-secret';
let server: GatewayServer;
let client: GatewayClient;

beforeEach(async () => {
  server = await GatewayServer.start({ heartbeatInterval: 45_000 });
  client = new GatewayClient({ token: TOKEN, intents: GatewayIntents.Guilds | GatewayIntents.GuildMessages, url: `${server.url}/?v=10&encoding=json` });
});
afterEach(async () => {
  await client.close().catch(() => undefined);
  await server.close();
});

it('identifies with the intents and resolves connect() with READY', async () => {
  const ready = await client.connect();
  expect(ready.session_id).toMatch(/\w/);
  const connection = await server.nextConnection();
  const identify = await connection.expect(Opcodes.Identify);
  expect(identify.d).toMatchObject({ token: TOKEN, intents: GatewayIntents.Guilds | GatewayIntents.GuildMessages });
});

it('delivers each dispatch to its own typed handler, in order', async () => {
  await client.connect();
  const connection = await server.nextConnection();
  const seen: string[] = [];
  client.on('MESSAGE_CREATE', (message, frame) => seen.push(`${frame.s}:${message.content}`));
  client.on('TYPING_START', (typing) => seen.push(`typing:${typing.user_id}`));
  connection.dispatch('MESSAGE_CREATE', { id: '1', channel_id: '2', content: 'first', author: { id: '3', username: 'a' } });
  connection.dispatch('TYPING_START', { channel_id: '2', user_id: '3', timestamp: 1 });
  connection.dispatch('MESSAGE_CREATE', { id: '4', channel_id: '2', content: 'second', author: { id: '3', username: 'a' } });
  await expect.poll(() => seen).toEqual(['2:first', 'typing:3', '4:second']);
});

it('sends a valid presence update as op 3', async () => {
  await client.connect();
  const connection = await server.nextConnection();
  await client.updatePresence({ since: null, activities: [], status: 'online', afk: false });
  expect((await connection.expect(Opcodes.UpdatePresence)).d).toEqual({ since: null, activities: [], status: 'online', afk: false });
});

it('rejects a bad argument from plain JavaScript before it reaches the socket', async () => {
  await client.connect();
  const connection = await server.nextConnection();
  const untyped = client as unknown as { updatePresence(d: unknown): Promise<void>; requestGuildMembers(d: unknown): Promise<void> };
  const error = await untyped.updatePresence({ since: null, activities: [], status: 'busy', afk: false }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GatewayError);
  expect(error).toMatchObject({ code: 'INVALID_PAYLOAD' });
  expect((error as Error).message).toMatch(/UpdatePresence.*d\.status must be one of 'online', 'dnd', 'idle', 'invisible', 'offline' \(got 'busy'\)/);
  const missing = await untyped.requestGuildMembers({ query: '' }).catch((e: unknown) => e);
  expect((missing as Error).message).toMatch(/d\.guild_id is required/);
  const huge = await client.requestGuildMembers({ guild_id: '1', query: 'x'.repeat(5000), limit: 0 }).catch((e: unknown) => e);
  expect(huge).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  // A valid send after the rejected ones shows the connection is fine and nothing else was written.
  await client.updateVoiceState({ guild_id: '1', channel_id: null, self_mute: false, self_deaf: false });
  await connection.expect(Opcodes.UpdateVoiceState);
  expect(connection.framesWith(Opcodes.UpdatePresence)).toEqual([]);
  expect(connection.framesWith(Opcodes.RequestGuildMembers)).toEqual([]);
  expect(JSON.stringify([error, missing, huge].map((e) => [(e as Error).message, (e as GatewayError).cause]))).not.toContain(TOKEN);
});
