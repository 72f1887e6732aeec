// What must and must not compile for a bot author using the generated package.
import { describe, expectTypeOf, it } from 'vitest';
import {
  GatewayClient,
  GatewayIntents,
  Opcodes,
  ShardManager,
  encodeIdentify,
  encodeUpdatePresence,
  type DispatchFrame,
  type GatewayReceivePayload,
  type GuildCreateEvent,
  type MessageCreateEvent,
  type ReadyEvent,
  type UnavailableGuildCreateEvent,
  type UpdatePresenceData,
} from 'discord-gateway-client';

const client = new GatewayClient({ token: 't', intents: GatewayIntents.Guilds | GatewayIntents.GuildMessages });

describe('receiving', () => {
  it('types each handler by its event', () => {
    client.on('MESSAGE_CREATE', (message, frame) => {
      expectTypeOf(message).toEqualTypeOf<MessageCreateEvent>();
      expectTypeOf(message.author.username).toBeString();
      expectTypeOf(frame).toEqualTypeOf<DispatchFrame<'MESSAGE_CREATE', MessageCreateEvent>>();
      expectTypeOf(frame.t).toEqualTypeOf<'MESSAGE_CREATE'>();
    });
    client.on('READY', (ready) => expectTypeOf(ready.session_id).toBeString());
    client.on('RESUMED', (_, frame) => expectTypeOf(frame.t).toEqualTypeOf<'RESUMED'>());
    // @ts-expect-error not an event of this gateway
    client.on('MESSAGE_CREATED', () => undefined);
    // @ts-expect-error the MESSAGE_CREATE data has no `guild` field
    client.on('MESSAGE_CREATE', (message) => message.guild);
  });

  it('tells an unavailable GUILD_CREATE apart by its unavailable field', () => {
    client.on('GUILD_CREATE', (guild) => {
      if (guild.unavailable) return;
      guild.channels.length;
    });
    client.on('GUILD_CREATE', (guild) => {
      if (guild.unavailable) {
        expectTypeOf(guild).toEqualTypeOf<UnavailableGuildCreateEvent>();
        return;
      }
      expectTypeOf(guild).toEqualTypeOf<GuildCreateEvent>();
      expectTypeOf(guild.unavailable).toEqualTypeOf<false | undefined>();
    });
    // @ts-expect-error an unavailable guild has no channels: check `unavailable` first
    client.on('GUILD_CREATE', (guild) => guild.channels.length);
  });

  it('resolves connect() with the READY data', () => {
    expectTypeOf(client.connect()).resolves.toEqualTypeOf<ReadyEvent>();
  });

  it('has the lifecycle events', () => {
    client.on('close', (code, reason) => {
      expectTypeOf(code).toBeNumber();
      expectTypeOf(reason).toBeString();
    });
    client.on('debug', (line) => expectTypeOf(line).toBeString());
  });

  it('discriminates received payloads on op and t', () => {
    const narrow = (payload: GatewayReceivePayload) => {
      if (payload.op === Opcodes.Hello) expectTypeOf(payload.d.heartbeat_interval).toEqualTypeOf<number>();
      if (payload.op === 0 && payload.t === 'MESSAGE_CREATE') expectTypeOf(payload.d).toEqualTypeOf<MessageCreateEvent>();
    };
    expectTypeOf(narrow).toBeFunction();
  });
});

describe('sending', () => {
  it('takes the schema\'s data types', () => {
    expectTypeOf(client.updatePresence).parameter(0).toEqualTypeOf<UpdatePresenceData>();
    expectTypeOf(client.updatePresence({ since: null, activities: [], status: 'online', afk: false })).toEqualTypeOf<Promise<void>>();
    client.requestGuildMembers({ guild_id: '1', query: '', limit: 0 });
    client.updateVoiceState({ guild_id: '1', channel_id: null, self_mute: false, self_deaf: false });
  });

  it('rejects what the schema does not allow, at compile time', () => {
    // @ts-expect-error 'busy' is not a status
    client.updatePresence({ since: null, activities: [], status: 'busy', afk: false });
    // @ts-expect-error status is required, and 'busy' is not one
    client.updatePresence({ status: 'busy' });
    // @ts-expect-error Identify needs intents
    encodeIdentify({ token: 't', properties: { os: 'linux', browser: 'b', device: 'd' } });
    // @ts-expect-error the client needs intents
    new GatewayClient({ token: 't' });
    // @ts-expect-error shard is [id, count]
    new GatewayClient({ token: 't', intents: 0, shard: [0] });
  });

  it('has no public method for what the runtime sends itself', () => {
    // @ts-expect-error Identify is sent by the runtime
    client.identify;
    // @ts-expect-error Heartbeat is sent by the runtime
    client.heartbeat;
  });

  it('builds envelopes with a literal opcode', () => {
    expectTypeOf(encodeUpdatePresence({ since: null, activities: [], status: 'idle', afk: true }).op).toEqualTypeOf<3>();
  });
});

describe('sharding', () => {
  it('ShardManager takes the generated client and types its events with the shard id appended', () => {
    const manager = new ShardManager({
      shardCount: 2,
      createClient: (shard, identifyQueue) => new GatewayClient({ token: 't', intents: 0, shard, identifyQueue }),
    });
    manager.on('MESSAGE_CREATE', (message, frame, shardId) => {
      expectTypeOf(message).toEqualTypeOf<MessageCreateEvent>();
      expectTypeOf(frame.t).toEqualTypeOf<'MESSAGE_CREATE'>();
      expectTypeOf(shardId).toBeNumber();
    });
    manager.on('ready', (ready, shardId) => {
      expectTypeOf(ready).toEqualTypeOf<ReadyEvent>();
      expectTypeOf(shardId).toBeNumber();
    });
    manager.on('frame', (frame) => expectTypeOf(frame).toEqualTypeOf<GatewayReceivePayload>());
  });
});
