// What must and must not compile for a bot author using GatewayEvents with the generated package's types.
import { describe, expectTypeOf, it } from 'vitest';
import type { GatewayDispatchMap, MessageCreateEvent } from 'discord-gateway-client';
import { GatewayEvents, shardForGuild, type EventContext, type GapReport } from '@gen-gateway/redis';

const events = new GatewayEvents<GatewayDispatchMap>({ redis: 'redis://127.0.0.1:6379', group: 'my-bot' });

describe('GatewayEvents', () => {
  it('types each handler by its event, with the shard and the sequence', () => {
    events.on('MESSAGE_CREATE', async (message, { shardId, sequence }) => {
      expectTypeOf(message).toEqualTypeOf<MessageCreateEvent>();
      expectTypeOf(shardId).toBeNumber();
      expectTypeOf(sequence).toBeNumber();
    });
    events.on('GUILD_CREATE', (_guild, context) => expectTypeOf(context).toEqualTypeOf<EventContext<'GUILD_CREATE'>>());
    events.on('gap', (report) => expectTypeOf(report).toEqualTypeOf<GapReport>());
    // @ts-expect-error not a dispatch
    events.on('MESSAGE_CREATED', () => undefined);
  });

  it('types send by the generated client\'s methods', async () => {
    await events.send(shardForGuild('41771983423143937', 16), 'updatePresence', { since: null, activities: [], status: 'online', afk: false });
    expectTypeOf(events.send(0, 'requestGuildMembers', { guild_id: '1' })).toEqualTypeOf<Promise<string>>();
    // @ts-expect-error a status Discord does not know
    await events.send(0, 'updatePresence', { since: null, activities: [], status: 'asleep', afk: false });
    // @ts-expect-error Identify is the host's, never a command
    await events.send(0, 'identify', {});
  });
});
