/**
 * Compatibility of the generated Discord client with discord-api-types v10 (a devDependency only).
 *
 * For every dispatch in `GatewayDispatchMap` (READY, RESUMED and the 41 others), the generated `d`
 * type and discord-api-types' `GatewayXxxDispatchData` must be assignable in both directions, as
 * decided by `tsc`. The only tolerated differences are the entries of `Exceptions` below, which
 * `spec/README.md` ("Compatibility with discord-api-types") lists with the same reasons.
 *
 * Comparison "by value": our enums are literal unions (`'online' | 'idle' | ...`, `0 | 1 | ...`),
 * discord-api-types uses TypeScript enums. A string literal is not assignable to a string enum, so
 * their side goes through `ByValue`, which turns every string enum into the union of its values
 * (`${E}`) and leaves everything else as is. Numeric enums need no transform: a numeric enum and
 * the literal union of its values are mutually assignable (checked below).
 *
 * To see why an event fails, assign one side to the other, e.g.
 *   declare const ours: Ours<'MESSAGE_CREATE'>; const theirs: Theirs<'MESSAGE_CREATE'> = ours;
 */
import { describe, expectTypeOf, test } from 'vitest';
import type { GatewayClient, GatewayDispatchMap } from 'discord-gateway-client';
import type {
  ChannelType,
  GatewayChannelCreateDispatchData,
  GatewayChannelDeleteDispatchData,
  GatewayChannelPinsUpdateDispatchData,
  GatewayChannelUpdateDispatchData,
  GatewayGuildBanAddDispatchData,
  GatewayGuildBanRemoveDispatchData,
  GatewayGuildCreateDispatchData,
  GatewayGuildDeleteDispatchData,
  GatewayGuildEmojisUpdateDispatchData,
  GatewayGuildMemberAddDispatchData,
  GatewayGuildMemberRemoveDispatchData,
  GatewayGuildMembersChunkDispatchData,
  GatewayGuildMemberUpdateDispatchData,
  GatewayGuildRoleCreateDispatchData,
  GatewayGuildRoleDeleteDispatchData,
  GatewayGuildRoleUpdateDispatchData,
  GatewayGuildScheduledEventCreateDispatchData,
  GatewayGuildScheduledEventDeleteDispatchData,
  GatewayGuildScheduledEventUpdateDispatchData,
  GatewayGuildStickersUpdateDispatchData,
  GatewayGuildUpdateDispatchData,
  GatewayInteractionCreateDispatchData,
  GatewayInviteCreateDispatchData,
  GatewayInviteDeleteDispatchData,
  GatewayMessageCreateDispatchData,
  GatewayMessageDeleteBulkDispatchData,
  GatewayMessageDeleteDispatchData,
  GatewayMessageReactionAddDispatchData,
  GatewayMessageReactionRemoveAllDispatchData,
  GatewayMessageReactionRemoveDispatchData,
  GatewayMessageUpdateDispatchData,
  GatewayPresenceUpdateDispatchData,
  GatewayReadyDispatchData,
  GatewayResumedDispatch,
  GatewayThreadCreateDispatchData,
  GatewayThreadDeleteDispatchData,
  GatewayThreadListSyncDispatchData,
  GatewayThreadUpdateDispatchData,
  GatewayTypingStartDispatchData,
  GatewayUserUpdateDispatchData,
  GatewayVoiceServerUpdateDispatchData,
  GatewayVoiceStateUpdateDispatchData,
  GatewayWebhooksUpdateDispatchData,
  GuildFeature,
  Locale,
} from 'discord-api-types/v10';

// ---------------------------------------------------------------------------------------------
// The two sides

/** Event name -> discord-api-types' type of `d`. Must cover exactly the events of GatewayDispatchMap. */
interface TheirDispatchMap {
  READY: GatewayReadyDispatchData;
  RESUMED: GatewayResumedDispatch['d'];
  CHANNEL_CREATE: GatewayChannelCreateDispatchData;
  CHANNEL_UPDATE: GatewayChannelUpdateDispatchData;
  CHANNEL_DELETE: GatewayChannelDeleteDispatchData;
  CHANNEL_PINS_UPDATE: GatewayChannelPinsUpdateDispatchData;
  THREAD_CREATE: GatewayThreadCreateDispatchData;
  THREAD_UPDATE: GatewayThreadUpdateDispatchData;
  THREAD_DELETE: GatewayThreadDeleteDispatchData;
  THREAD_LIST_SYNC: GatewayThreadListSyncDispatchData;
  GUILD_CREATE: GatewayGuildCreateDispatchData;
  GUILD_UPDATE: GatewayGuildUpdateDispatchData;
  GUILD_DELETE: GatewayGuildDeleteDispatchData;
  GUILD_BAN_ADD: GatewayGuildBanAddDispatchData;
  GUILD_BAN_REMOVE: GatewayGuildBanRemoveDispatchData;
  GUILD_EMOJIS_UPDATE: GatewayGuildEmojisUpdateDispatchData;
  GUILD_STICKERS_UPDATE: GatewayGuildStickersUpdateDispatchData;
  GUILD_MEMBER_ADD: GatewayGuildMemberAddDispatchData;
  GUILD_MEMBER_REMOVE: GatewayGuildMemberRemoveDispatchData;
  GUILD_MEMBER_UPDATE: GatewayGuildMemberUpdateDispatchData;
  GUILD_MEMBERS_CHUNK: GatewayGuildMembersChunkDispatchData;
  GUILD_ROLE_CREATE: GatewayGuildRoleCreateDispatchData;
  GUILD_ROLE_UPDATE: GatewayGuildRoleUpdateDispatchData;
  GUILD_ROLE_DELETE: GatewayGuildRoleDeleteDispatchData;
  GUILD_SCHEDULED_EVENT_CREATE: GatewayGuildScheduledEventCreateDispatchData;
  GUILD_SCHEDULED_EVENT_UPDATE: GatewayGuildScheduledEventUpdateDispatchData;
  GUILD_SCHEDULED_EVENT_DELETE: GatewayGuildScheduledEventDeleteDispatchData;
  INTERACTION_CREATE: GatewayInteractionCreateDispatchData;
  INVITE_CREATE: GatewayInviteCreateDispatchData;
  INVITE_DELETE: GatewayInviteDeleteDispatchData;
  MESSAGE_CREATE: GatewayMessageCreateDispatchData;
  MESSAGE_UPDATE: GatewayMessageUpdateDispatchData;
  MESSAGE_DELETE: GatewayMessageDeleteDispatchData;
  MESSAGE_DELETE_BULK: GatewayMessageDeleteBulkDispatchData;
  MESSAGE_REACTION_ADD: GatewayMessageReactionAddDispatchData;
  MESSAGE_REACTION_REMOVE: GatewayMessageReactionRemoveDispatchData;
  MESSAGE_REACTION_REMOVE_ALL: GatewayMessageReactionRemoveAllDispatchData;
  PRESENCE_UPDATE: GatewayPresenceUpdateDispatchData;
  TYPING_START: GatewayTypingStartDispatchData;
  USER_UPDATE: GatewayUserUpdateDispatchData;
  VOICE_STATE_UPDATE: GatewayVoiceStateUpdateDispatchData;
  VOICE_SERVER_UPDATE: GatewayVoiceServerUpdateDispatchData;
  WEBHOOKS_UPDATE: GatewayWebhooksUpdateDispatchData;
}

type Event = keyof GatewayDispatchMap;
type Ours<K extends Event> = GatewayDispatchMap[K];
type Theirs<K extends Event> = ByValue<TheirDispatchMap[K & keyof TheirDispatchMap]>;

type Primitive = string | number | bigint | boolean | symbol | null | undefined;
type IsAny<T> = 0 extends 1 & T ? true : false;

/**
 * Their side, compared by value: every string enum becomes the union of its values; arrays and
 * tuples are mapped element-wise, objects property-wise (optional and readonly modifiers kept).
 */
type ByValue<T> = IsAny<T> extends true
  ? T
  : T extends string
    ? `${T}`
    : T extends Primitive | ((...args: never[]) => unknown)
      ? T
      : T extends object
        ? { [K in keyof T]: ByValue<T[K]> }
        : T;

// ---------------------------------------------------------------------------------------------
// Exceptions: the deliberate differences, each with its reason. Keep in sync with spec/README.md,
// "Compatibility with discord-api-types". A skipped direction must fail, so an exception that is no
// longer needed fails its event's test.

/** The direction `Skip` is not checked, and must fail. */
interface OneWay<Skip extends 'ours -> theirs' | 'both', Reason extends string> {
  skip: Skip;
  reason: Reason;
}

interface Exceptions {
  RESUMED: OneWay<'both',
    'Discord sends an object (empty or debug data): ours is an object with no documented fields; discord-api-types types d as undefined'>;
  GUILD_CREATE: OneWay<'ours -> theirs',
    'ours is GuildCreateEvent | UnavailableGuildCreateEvent (Discord sends { id, unavailable: true } during outages); discord-api-types has only the full guild'>;
}

type Skipped<K extends Event> = K extends keyof Exceptions
  ? Exceptions[K] extends OneWay<infer S, string> ? (S extends 'both' ? 'ours -> theirs' | 'theirs -> ours' : S) : never
  : never;

// ---------------------------------------------------------------------------------------------
// The comparison

interface Outcome<OursToTheirs extends boolean, TheirsToOurs extends boolean> {
  'ours -> theirs': OursToTheirs;
  'theirs -> ours': TheirsToOurs;
}

type Compare<A, B> = Outcome<[A] extends [B] ? true : false, [B] extends [A] ? true : false>;

/** What the test of event K computes: what tsc decides, in each direction, */
interface Result<K extends Event> {
  outcome: Compare<Ours<K>, Theirs<K>>;
}
/** and what it must be: both directions hold, except the skipped ones, which must fail. */
interface Pass<K extends Event> {
  outcome: Outcome<'ours -> theirs' extends Skipped<K> ? false : true, 'theirs -> ours' extends Skipped<K> ? false : true>;
}

describe('discord-api-types v10 compatibility (both directions, by value)', () => {
  test('the table covers exactly the events of GatewayDispatchMap (43)', () => {
    expectTypeOf<keyof TheirDispatchMap>().toEqualTypeOf<Event>();
    expectTypeOf<Exclude<keyof Exceptions, Event>>().toEqualTypeOf<never>();
  });

  test('ByValue turns string enums into their values and keeps the rest', () => {
    expectTypeOf<ByValue<Locale.French>>().toEqualTypeOf<'fr'>();
    expectTypeOf<ByValue<{ readonly a?: GuildFeature.Banner; b: [Locale.German, number] }[]>>().toEqualTypeOf<
      { readonly a?: 'BANNER'; b: ['de', number] }[]
    >();
    // Numeric enums need no transform: an enum and the union of its values are mutually assignable.
    type ChannelTypeValues = 0 | 1 | 2 | 3 | 4 | 5 | 10 | 11 | 12 | 13 | 14 | 15 | 16;
    expectTypeOf<ChannelType>().toExtend<ChannelTypeValues>();
    expectTypeOf<ChannelTypeValues>().toExtend<ChannelType>();
  });

  test('READY', () => expectTypeOf<Result<'READY'>>().toEqualTypeOf<Pass<'READY'>>());
  test('RESUMED', () => expectTypeOf<Result<'RESUMED'>>().toEqualTypeOf<Pass<'RESUMED'>>());
  test('CHANNEL_CREATE', () => expectTypeOf<Result<'CHANNEL_CREATE'>>().toEqualTypeOf<Pass<'CHANNEL_CREATE'>>());
  test('CHANNEL_UPDATE', () => expectTypeOf<Result<'CHANNEL_UPDATE'>>().toEqualTypeOf<Pass<'CHANNEL_UPDATE'>>());
  test('CHANNEL_DELETE', () => expectTypeOf<Result<'CHANNEL_DELETE'>>().toEqualTypeOf<Pass<'CHANNEL_DELETE'>>());
  test('CHANNEL_PINS_UPDATE', () => expectTypeOf<Result<'CHANNEL_PINS_UPDATE'>>().toEqualTypeOf<Pass<'CHANNEL_PINS_UPDATE'>>());
  test('THREAD_CREATE', () => expectTypeOf<Result<'THREAD_CREATE'>>().toEqualTypeOf<Pass<'THREAD_CREATE'>>());
  test('THREAD_UPDATE', () => expectTypeOf<Result<'THREAD_UPDATE'>>().toEqualTypeOf<Pass<'THREAD_UPDATE'>>());
  test('THREAD_DELETE', () => expectTypeOf<Result<'THREAD_DELETE'>>().toEqualTypeOf<Pass<'THREAD_DELETE'>>());
  test('THREAD_LIST_SYNC', () => expectTypeOf<Result<'THREAD_LIST_SYNC'>>().toEqualTypeOf<Pass<'THREAD_LIST_SYNC'>>());
  test('GUILD_CREATE', () => expectTypeOf<Result<'GUILD_CREATE'>>().toEqualTypeOf<Pass<'GUILD_CREATE'>>());
  test('GUILD_UPDATE', () => expectTypeOf<Result<'GUILD_UPDATE'>>().toEqualTypeOf<Pass<'GUILD_UPDATE'>>());
  test('GUILD_DELETE', () => expectTypeOf<Result<'GUILD_DELETE'>>().toEqualTypeOf<Pass<'GUILD_DELETE'>>());
  test('GUILD_BAN_ADD', () => expectTypeOf<Result<'GUILD_BAN_ADD'>>().toEqualTypeOf<Pass<'GUILD_BAN_ADD'>>());
  test('GUILD_BAN_REMOVE', () => expectTypeOf<Result<'GUILD_BAN_REMOVE'>>().toEqualTypeOf<Pass<'GUILD_BAN_REMOVE'>>());
  test('GUILD_EMOJIS_UPDATE', () => expectTypeOf<Result<'GUILD_EMOJIS_UPDATE'>>().toEqualTypeOf<Pass<'GUILD_EMOJIS_UPDATE'>>());
  test('GUILD_STICKERS_UPDATE', () => expectTypeOf<Result<'GUILD_STICKERS_UPDATE'>>().toEqualTypeOf<Pass<'GUILD_STICKERS_UPDATE'>>());
  test('GUILD_MEMBER_ADD', () => expectTypeOf<Result<'GUILD_MEMBER_ADD'>>().toEqualTypeOf<Pass<'GUILD_MEMBER_ADD'>>());
  test('GUILD_MEMBER_REMOVE', () => expectTypeOf<Result<'GUILD_MEMBER_REMOVE'>>().toEqualTypeOf<Pass<'GUILD_MEMBER_REMOVE'>>());
  test('GUILD_MEMBER_UPDATE', () => expectTypeOf<Result<'GUILD_MEMBER_UPDATE'>>().toEqualTypeOf<Pass<'GUILD_MEMBER_UPDATE'>>());
  test('GUILD_MEMBERS_CHUNK', () => expectTypeOf<Result<'GUILD_MEMBERS_CHUNK'>>().toEqualTypeOf<Pass<'GUILD_MEMBERS_CHUNK'>>());
  test('GUILD_ROLE_CREATE', () => expectTypeOf<Result<'GUILD_ROLE_CREATE'>>().toEqualTypeOf<Pass<'GUILD_ROLE_CREATE'>>());
  test('GUILD_ROLE_UPDATE', () => expectTypeOf<Result<'GUILD_ROLE_UPDATE'>>().toEqualTypeOf<Pass<'GUILD_ROLE_UPDATE'>>());
  test('GUILD_ROLE_DELETE', () => expectTypeOf<Result<'GUILD_ROLE_DELETE'>>().toEqualTypeOf<Pass<'GUILD_ROLE_DELETE'>>());
  test('GUILD_SCHEDULED_EVENT_CREATE', () => expectTypeOf<Result<'GUILD_SCHEDULED_EVENT_CREATE'>>().toEqualTypeOf<Pass<'GUILD_SCHEDULED_EVENT_CREATE'>>());
  test('GUILD_SCHEDULED_EVENT_UPDATE', () => expectTypeOf<Result<'GUILD_SCHEDULED_EVENT_UPDATE'>>().toEqualTypeOf<Pass<'GUILD_SCHEDULED_EVENT_UPDATE'>>());
  test('GUILD_SCHEDULED_EVENT_DELETE', () => expectTypeOf<Result<'GUILD_SCHEDULED_EVENT_DELETE'>>().toEqualTypeOf<Pass<'GUILD_SCHEDULED_EVENT_DELETE'>>());
  test('INTERACTION_CREATE', () => expectTypeOf<Result<'INTERACTION_CREATE'>>().toEqualTypeOf<Pass<'INTERACTION_CREATE'>>());
  test('INVITE_CREATE', () => expectTypeOf<Result<'INVITE_CREATE'>>().toEqualTypeOf<Pass<'INVITE_CREATE'>>());
  test('INVITE_DELETE', () => expectTypeOf<Result<'INVITE_DELETE'>>().toEqualTypeOf<Pass<'INVITE_DELETE'>>());
  test('MESSAGE_CREATE', () => expectTypeOf<Result<'MESSAGE_CREATE'>>().toEqualTypeOf<Pass<'MESSAGE_CREATE'>>());
  test('MESSAGE_UPDATE', () => expectTypeOf<Result<'MESSAGE_UPDATE'>>().toEqualTypeOf<Pass<'MESSAGE_UPDATE'>>());
  test('MESSAGE_DELETE', () => expectTypeOf<Result<'MESSAGE_DELETE'>>().toEqualTypeOf<Pass<'MESSAGE_DELETE'>>());
  test('MESSAGE_DELETE_BULK', () => expectTypeOf<Result<'MESSAGE_DELETE_BULK'>>().toEqualTypeOf<Pass<'MESSAGE_DELETE_BULK'>>());
  test('MESSAGE_REACTION_ADD', () => expectTypeOf<Result<'MESSAGE_REACTION_ADD'>>().toEqualTypeOf<Pass<'MESSAGE_REACTION_ADD'>>());
  test('MESSAGE_REACTION_REMOVE', () => expectTypeOf<Result<'MESSAGE_REACTION_REMOVE'>>().toEqualTypeOf<Pass<'MESSAGE_REACTION_REMOVE'>>());
  test('MESSAGE_REACTION_REMOVE_ALL', () => expectTypeOf<Result<'MESSAGE_REACTION_REMOVE_ALL'>>().toEqualTypeOf<Pass<'MESSAGE_REACTION_REMOVE_ALL'>>());
  test('PRESENCE_UPDATE', () => expectTypeOf<Result<'PRESENCE_UPDATE'>>().toEqualTypeOf<Pass<'PRESENCE_UPDATE'>>());
  test('TYPING_START', () => expectTypeOf<Result<'TYPING_START'>>().toEqualTypeOf<Pass<'TYPING_START'>>());
  test('USER_UPDATE', () => expectTypeOf<Result<'USER_UPDATE'>>().toEqualTypeOf<Pass<'USER_UPDATE'>>());
  test('VOICE_STATE_UPDATE', () => expectTypeOf<Result<'VOICE_STATE_UPDATE'>>().toEqualTypeOf<Pass<'VOICE_STATE_UPDATE'>>());
  test('VOICE_SERVER_UPDATE', () => expectTypeOf<Result<'VOICE_SERVER_UPDATE'>>().toEqualTypeOf<Pass<'VOICE_SERVER_UPDATE'>>());
  test('WEBHOOKS_UPDATE', () => expectTypeOf<Result<'WEBHOOKS_UPDATE'>>().toEqualTypeOf<Pass<'WEBHOOKS_UPDATE'>>());
});

// ---------------------------------------------------------------------------------------------
// The headline: typed handlers, and no untyped dispatch

/** True when T accepts any object: `any`, `unknown`, `object`, `{}`, `Record<string, unknown>`, or a union containing one. */
type IsUntyped<T> = IsAny<T> extends true ? true : Record<string, unknown> extends T ? true : false;

/** Dispatches whose data is untyped, besides RESUMED (no documented fields, see Exceptions). */
type UntypedDispatches = { [K in Event]: IsUntyped<Ours<K>> extends true ? K : never }[Exclude<Event, 'RESUMED'>];

describe('typed dispatches', () => {
  test("client.on('MESSAGE_CREATE', ...) compiles under strict with typed data", () => {
    const onMessage = (client: GatewayClient): void => {
      client.on('MESSAGE_CREATE', (m) => m.author.username.length + m.content.length);
      client.on('MESSAGE_CREATE', (m) => {
        expectTypeOf(m.author.username).toEqualTypeOf<string>();
        expectTypeOf(m.content).toEqualTypeOf<string>();
        expectTypeOf(m).toEqualTypeOf<GatewayDispatchMap['MESSAGE_CREATE']>();
      });
      // @ts-expect-error `author` is a User, not a string
      client.on('MESSAGE_CREATE', (m) => m.author.length);
    };
    expectTypeOf(onMessage).toBeFunction();
  });

  test('no dispatch data type is unknown, any, object or Record<string, unknown>', () => {
    expectTypeOf<[UntypedDispatches] extends [never] ? 'none' : UntypedDispatches>().toEqualTypeOf<'none'>();
    // The check itself catches each of those.
    expectTypeOf<IsUntyped<unknown>>().toEqualTypeOf<true>();
    expectTypeOf<IsUntyped<any>>().toEqualTypeOf<true>();
    expectTypeOf<IsUntyped<object>>().toEqualTypeOf<true>();
    expectTypeOf<IsUntyped<Record<string, unknown>>>().toEqualTypeOf<true>();
    expectTypeOf<IsUntyped<GatewayDispatchMap['GUILD_CREATE'] | Record<string, unknown>>>().toEqualTypeOf<true>();
    expectTypeOf<IsUntyped<GatewayDispatchMap['MESSAGE_CREATE']>>().toEqualTypeOf<false>();
    // RESUMED is the one object without documented fields.
    expectTypeOf<GatewayDispatchMap['RESUMED']>().toEqualTypeOf<Record<string, unknown>>();
  });
});
