import type { ChannelEvent, ChannelPinsUpdateEvent, Guild, GuildBanAddEvent, GuildBanRemoveEvent, GuildCreateData, GuildDeleteEvent, GuildEmojisUpdateEvent, GuildMemberAddEvent, GuildMemberRemoveEvent, GuildMemberUpdateEvent, GuildMembersChunkEvent, GuildRoleCreateEvent, GuildRoleDeleteEvent, GuildRoleUpdateEvent, GuildScheduledEvent, GuildStickersUpdateEvent, HeartbeatData, HelloData, IdentifyData, Interaction, InvalidSessionData, InviteCreateEvent, InviteDeleteEvent, MessageCreateEvent, MessageDeleteBulkEvent, MessageDeleteEvent, MessageReactionAddEvent, MessageReactionRemoveAllEvent, MessageReactionRemoveEvent, MessageUpdateEvent, PresenceUpdateEvent, ReadyEvent, RequestGuildMembersData, ResumeData, ResumedEvent, ThreadChannel, ThreadCreateEvent, ThreadDeleteEvent, ThreadListSyncEvent, TypingStartEvent, UpdatePresenceData, UpdateVoiceStateData, User, VoiceServerUpdateEvent, VoiceState, WebhooksUpdateEvent } from './models.js';
/** Gateway opcodes, named after the messages that use them. */
export declare const Opcodes: {
    readonly Dispatch: 0;
    readonly Heartbeat: 1;
    readonly Identify: 2;
    readonly UpdatePresence: 3;
    readonly UpdateVoiceState: 4;
    readonly Resume: 6;
    readonly Reconnect: 7;
    readonly RequestGuildMembers: 8;
    readonly InvalidSession: 9;
    readonly Hello: 10;
    readonly HeartbeatAck: 11;
};
export type Opcode = (typeof Opcodes)[keyof typeof Opcodes];
/**
 * Sent to trigger the initial handshake with the gateway
 *
 * Identify (Opcode 2)
 */
export interface IdentifyPayload {
    op: 2;
    d: IdentifyData;
}
/**
 * Sent to resume a disconnected session
 *
 * Resume (Opcode 6)
 */
export interface ResumePayload {
    op: 6;
    d: ResumeData;
}
/**
 * Sent periodically to maintain the connection
 *
 * Heartbeat (Opcode 1)
 */
export interface HeartbeatPayload {
    op: 1;
    d: HeartbeatData;
}
/**
 * Request guild members for a guild
 *
 * Request Guild Members (Opcode 8)
 */
export interface RequestGuildMembersPayload {
    op: 8;
    d: RequestGuildMembersData;
}
/**
 * Sent to join, move, or disconnect from a voice channel
 *
 * Update Voice State (Opcode 4)
 */
export interface UpdateVoiceStatePayload {
    op: 4;
    d: UpdateVoiceStateData;
}
/**
 * Sent to update the client's presence
 *
 * Update Presence (Opcode 3)
 */
export interface UpdatePresencePayload {
    op: 3;
    d: UpdatePresenceData;
}
/**
 * Received after connecting, contains heartbeat interval
 *
 * Hello (Opcode 10)
 */
export interface HelloPayload {
    op: 10;
    d: HelloData;
}
/**
 * Acknowledgment of a heartbeat
 *
 * Heartbeat ACK (Opcode 11)
 */
export interface HeartbeatAckPayload {
    op: 11;
}
/**
 * Dispatched after a successful Identify
 *
 * Ready
 */
export interface ReadyPayload {
    op: 0;
    s: number;
    t: 'READY';
    d: ReadyEvent;
}
/**
 * Dispatched after a successful Resume
 *
 * Resumed
 */
export interface ResumedPayload {
    op: 0;
    s: number;
    t: 'RESUMED';
    d: ResumedEvent;
}
/**
 * Server requests the client to reconnect
 *
 * Reconnect (Opcode 7)
 */
export interface ReconnectPayload {
    op: 7;
}
/**
 * Session is invalid, d indicates if resumable
 *
 * Invalid Session (Opcode 9)
 */
export interface InvalidSessionPayload {
    op: 9;
    d: InvalidSessionData;
}
/**
 * New channel created
 *
 * CHANNEL_CREATE
 *
 * Requires GUILDS intent
 *
 * Intents: GUILDS
 */
export interface ChannelCreatePayload {
    op: 0;
    s: number;
    t: 'CHANNEL_CREATE';
    d: ChannelEvent;
}
/**
 * Channel was updated
 *
 * CHANNEL_UPDATE
 *
 * Requires GUILDS intent
 *
 * Intents: GUILDS
 */
export interface ChannelUpdatePayload {
    op: 0;
    s: number;
    t: 'CHANNEL_UPDATE';
    d: ChannelEvent;
}
/**
 * Channel was deleted
 *
 * CHANNEL_DELETE
 *
 * Requires GUILDS intent
 *
 * Intents: GUILDS
 */
export interface ChannelDeletePayload {
    op: 0;
    s: number;
    t: 'CHANNEL_DELETE';
    d: ChannelEvent;
}
/**
 * Message was pinned or unpinned
 *
 * CHANNEL_PINS_UPDATE
 *
 * Requires GUILDS or DIRECT_MESSAGES intent
 *
 * Intents: GUILDS or DIRECT_MESSAGES
 */
export interface ChannelPinsUpdatePayload {
    op: 0;
    s: number;
    t: 'CHANNEL_PINS_UPDATE';
    d: ChannelPinsUpdateEvent;
}
/**
 * Thread created or current user added to thread
 *
 * THREAD_CREATE
 *
 * Requires GUILDS intent
 *
 * Intents: GUILDS
 */
export interface ThreadCreatePayload {
    op: 0;
    s: number;
    t: 'THREAD_CREATE';
    d: ThreadCreateEvent;
}
/**
 * Thread was updated
 *
 * THREAD_UPDATE
 *
 * Requires GUILDS intent
 *
 * Intents: GUILDS
 */
export interface ThreadUpdatePayload {
    op: 0;
    s: number;
    t: 'THREAD_UPDATE';
    d: ThreadChannel;
}
/**
 * Thread was deleted
 *
 * THREAD_DELETE
 *
 * Requires GUILDS intent
 *
 * Intents: GUILDS
 */
export interface ThreadDeletePayload {
    op: 0;
    s: number;
    t: 'THREAD_DELETE';
    d: ThreadDeleteEvent;
}
/**
 * Sent when gaining access to a channel with active threads
 *
 * THREAD_LIST_SYNC
 *
 * Requires GUILDS intent
 *
 * Intents: GUILDS
 */
export interface ThreadListSyncPayload {
    op: 0;
    s: number;
    t: 'THREAD_LIST_SYNC';
    d: ThreadListSyncEvent;
}
/**
 * Lazy-loaded guild available or user joined a new guild
 *
 * GUILD_CREATE
 *
 * Requires GUILDS intent
 *
 * Intents: GUILDS
 */
export interface GuildCreatePayload {
    op: 0;
    s: number;
    t: 'GUILD_CREATE';
    d: GuildCreateData;
}
/**
 * Guild was updated
 *
 * GUILD_UPDATE
 *
 * Requires GUILDS intent
 *
 * Intents: GUILDS
 */
export interface GuildUpdatePayload {
    op: 0;
    s: number;
    t: 'GUILD_UPDATE';
    d: Guild;
}
/**
 * Guild became unavailable or user left/was removed from guild
 *
 * GUILD_DELETE
 *
 * Requires GUILDS intent
 *
 * Intents: GUILDS
 */
export interface GuildDeletePayload {
    op: 0;
    s: number;
    t: 'GUILD_DELETE';
    d: GuildDeleteEvent;
}
/**
 * User was banned from a guild
 *
 * GUILD_BAN_ADD
 *
 * Requires GUILD_MODERATION intent
 *
 * Intents: GUILD_MODERATION
 */
export interface GuildBanAddPayload {
    op: 0;
    s: number;
    t: 'GUILD_BAN_ADD';
    d: GuildBanAddEvent;
}
/**
 * User was unbanned from a guild
 *
 * GUILD_BAN_REMOVE
 *
 * Requires GUILD_MODERATION intent
 *
 * Intents: GUILD_MODERATION
 */
export interface GuildBanRemovePayload {
    op: 0;
    s: number;
    t: 'GUILD_BAN_REMOVE';
    d: GuildBanRemoveEvent;
}
/**
 * Guild emojis were updated
 *
 * GUILD_EMOJIS_UPDATE
 *
 * Requires GUILD_EMOJIS_AND_STICKERS intent
 *
 * Intents: GUILD_EXPRESSIONS
 */
export interface GuildEmojisUpdatePayload {
    op: 0;
    s: number;
    t: 'GUILD_EMOJIS_UPDATE';
    d: GuildEmojisUpdateEvent;
}
/**
 * Guild stickers were updated
 *
 * GUILD_STICKERS_UPDATE
 *
 * Requires GUILD_EMOJIS_AND_STICKERS intent
 *
 * Intents: GUILD_EXPRESSIONS
 */
export interface GuildStickersUpdatePayload {
    op: 0;
    s: number;
    t: 'GUILD_STICKERS_UPDATE';
    d: GuildStickersUpdateEvent;
}
/**
 * New user joined a guild
 *
 * GUILD_MEMBER_ADD
 *
 * Requires GUILD_MEMBERS privileged intent
 *
 * Intents: GUILD_MEMBERS
 */
export interface GuildMemberAddPayload {
    op: 0;
    s: number;
    t: 'GUILD_MEMBER_ADD';
    d: GuildMemberAddEvent;
}
/**
 * User was removed from a guild
 *
 * GUILD_MEMBER_REMOVE
 *
 * Requires GUILD_MEMBERS privileged intent
 *
 * Intents: GUILD_MEMBERS
 */
export interface GuildMemberRemovePayload {
    op: 0;
    s: number;
    t: 'GUILD_MEMBER_REMOVE';
    d: GuildMemberRemoveEvent;
}
/**
 * Guild member was updated
 *
 * GUILD_MEMBER_UPDATE
 *
 * Requires GUILD_MEMBERS privileged intent
 *
 * Intents: GUILD_MEMBERS
 */
export interface GuildMemberUpdatePayload {
    op: 0;
    s: number;
    t: 'GUILD_MEMBER_UPDATE';
    d: GuildMemberUpdateEvent;
}
/**
 * Response to Request Guild Members
 *
 * GUILD_MEMBERS_CHUNK
 */
export interface GuildMembersChunkPayload {
    op: 0;
    s: number;
    t: 'GUILD_MEMBERS_CHUNK';
    d: GuildMembersChunkEvent;
}
/**
 * Guild role was created
 *
 * GUILD_ROLE_CREATE
 *
 * Requires GUILDS intent
 *
 * Intents: GUILDS
 */
export interface GuildRoleCreatePayload {
    op: 0;
    s: number;
    t: 'GUILD_ROLE_CREATE';
    d: GuildRoleCreateEvent;
}
/**
 * Guild role was updated
 *
 * GUILD_ROLE_UPDATE
 *
 * Requires GUILDS intent
 *
 * Intents: GUILDS
 */
export interface GuildRoleUpdatePayload {
    op: 0;
    s: number;
    t: 'GUILD_ROLE_UPDATE';
    d: GuildRoleUpdateEvent;
}
/**
 * Guild role was deleted
 *
 * GUILD_ROLE_DELETE
 *
 * Requires GUILDS intent
 *
 * Intents: GUILDS
 */
export interface GuildRoleDeletePayload {
    op: 0;
    s: number;
    t: 'GUILD_ROLE_DELETE';
    d: GuildRoleDeleteEvent;
}
/**
 * Guild scheduled event was created
 *
 * GUILD_SCHEDULED_EVENT_CREATE
 *
 * Requires GUILD_SCHEDULED_EVENTS intent
 *
 * Intents: GUILD_SCHEDULED_EVENTS
 */
export interface GuildScheduledEventCreatePayload {
    op: 0;
    s: number;
    t: 'GUILD_SCHEDULED_EVENT_CREATE';
    d: GuildScheduledEvent;
}
/**
 * Guild scheduled event was updated
 *
 * GUILD_SCHEDULED_EVENT_UPDATE
 *
 * Requires GUILD_SCHEDULED_EVENTS intent
 *
 * Intents: GUILD_SCHEDULED_EVENTS
 */
export interface GuildScheduledEventUpdatePayload {
    op: 0;
    s: number;
    t: 'GUILD_SCHEDULED_EVENT_UPDATE';
    d: GuildScheduledEvent;
}
/**
 * Guild scheduled event was deleted
 *
 * GUILD_SCHEDULED_EVENT_DELETE
 *
 * Requires GUILD_SCHEDULED_EVENTS intent
 *
 * Intents: GUILD_SCHEDULED_EVENTS
 */
export interface GuildScheduledEventDeletePayload {
    op: 0;
    s: number;
    t: 'GUILD_SCHEDULED_EVENT_DELETE';
    d: GuildScheduledEvent;
}
/**
 * User used an interaction
 *
 * INTERACTION_CREATE
 */
export interface InteractionCreatePayload {
    op: 0;
    s: number;
    t: 'INTERACTION_CREATE';
    d: Interaction;
}
/**
 * Invite to a channel was created
 *
 * INVITE_CREATE
 *
 * Requires GUILD_INVITES intent
 *
 * Intents: GUILD_INVITES
 */
export interface InviteCreatePayload {
    op: 0;
    s: number;
    t: 'INVITE_CREATE';
    d: InviteCreateEvent;
}
/**
 * Invite to a channel was deleted
 *
 * INVITE_DELETE
 *
 * Requires GUILD_INVITES intent
 *
 * Intents: GUILD_INVITES
 */
export interface InviteDeletePayload {
    op: 0;
    s: number;
    t: 'INVITE_DELETE';
    d: InviteDeleteEvent;
}
/**
 * Message was created
 *
 * MESSAGE_CREATE
 *
 * Requires GUILD_MESSAGES or DIRECT_MESSAGES intent. MESSAGE_CONTENT privileged intent required for content in guilds.
 *
 * Intents: GUILD_MESSAGES or DIRECT_MESSAGES
 */
export interface MessageCreatePayload {
    op: 0;
    s: number;
    t: 'MESSAGE_CREATE';
    d: MessageCreateEvent;
}
/**
 * Message was edited
 *
 * MESSAGE_UPDATE
 *
 * Requires GUILD_MESSAGES or DIRECT_MESSAGES intent
 *
 * Intents: GUILD_MESSAGES or DIRECT_MESSAGES
 */
export interface MessageUpdatePayload {
    op: 0;
    s: number;
    t: 'MESSAGE_UPDATE';
    d: MessageUpdateEvent;
}
/**
 * Message was deleted
 *
 * MESSAGE_DELETE
 *
 * Requires GUILD_MESSAGES or DIRECT_MESSAGES intent
 *
 * Intents: GUILD_MESSAGES or DIRECT_MESSAGES
 */
export interface MessageDeletePayload {
    op: 0;
    s: number;
    t: 'MESSAGE_DELETE';
    d: MessageDeleteEvent;
}
/**
 * Multiple messages were deleted at once
 *
 * MESSAGE_DELETE_BULK
 *
 * Requires GUILD_MESSAGES intent
 *
 * Intents: GUILD_MESSAGES
 */
export interface MessageDeleteBulkPayload {
    op: 0;
    s: number;
    t: 'MESSAGE_DELETE_BULK';
    d: MessageDeleteBulkEvent;
}
/**
 * User reacted to a message
 *
 * MESSAGE_REACTION_ADD
 *
 * Requires GUILD_MESSAGE_REACTIONS or DIRECT_MESSAGE_REACTIONS intent
 *
 * Intents: GUILD_MESSAGE_REACTIONS or DIRECT_MESSAGE_REACTIONS
 */
export interface MessageReactionAddPayload {
    op: 0;
    s: number;
    t: 'MESSAGE_REACTION_ADD';
    d: MessageReactionAddEvent;
}
/**
 * User removed a reaction from a message
 *
 * MESSAGE_REACTION_REMOVE
 *
 * Requires GUILD_MESSAGE_REACTIONS or DIRECT_MESSAGE_REACTIONS intent
 *
 * Intents: GUILD_MESSAGE_REACTIONS or DIRECT_MESSAGE_REACTIONS
 */
export interface MessageReactionRemovePayload {
    op: 0;
    s: number;
    t: 'MESSAGE_REACTION_REMOVE';
    d: MessageReactionRemoveEvent;
}
/**
 * All reactions were explicitly removed from a message
 *
 * MESSAGE_REACTION_REMOVE_ALL
 *
 * Requires GUILD_MESSAGE_REACTIONS or DIRECT_MESSAGE_REACTIONS intent
 *
 * Intents: GUILD_MESSAGE_REACTIONS or DIRECT_MESSAGE_REACTIONS
 */
export interface MessageReactionRemoveAllPayload {
    op: 0;
    s: number;
    t: 'MESSAGE_REACTION_REMOVE_ALL';
    d: MessageReactionRemoveAllEvent;
}
/**
 * User's presence or info was updated
 *
 * PRESENCE_UPDATE
 *
 * Requires GUILD_PRESENCES privileged intent
 *
 * Intents: GUILD_PRESENCES
 */
export interface PresenceUpdatePayload {
    op: 0;
    s: number;
    t: 'PRESENCE_UPDATE';
    d: PresenceUpdateEvent;
}
/**
 * User started typing in a channel
 *
 * TYPING_START
 *
 * Requires GUILD_MESSAGE_TYPING or DIRECT_MESSAGE_TYPING intent
 *
 * Intents: GUILD_MESSAGE_TYPING or DIRECT_MESSAGE_TYPING
 */
export interface TypingStartPayload {
    op: 0;
    s: number;
    t: 'TYPING_START';
    d: TypingStartEvent;
}
/**
 * Properties about the current user changed
 *
 * USER_UPDATE
 */
export interface UserUpdatePayload {
    op: 0;
    s: number;
    t: 'USER_UPDATE';
    d: User;
}
/**
 * Someone joined, left, or moved a voice channel
 *
 * VOICE_STATE_UPDATE
 *
 * Requires GUILD_VOICE_STATES intent
 *
 * Intents: GUILD_VOICE_STATES
 */
export interface VoiceStateUpdatePayload {
    op: 0;
    s: number;
    t: 'VOICE_STATE_UPDATE';
    d: VoiceState;
}
/**
 * Guild's voice server was updated
 *
 * VOICE_SERVER_UPDATE
 */
export interface VoiceServerUpdatePayload {
    op: 0;
    s: number;
    t: 'VOICE_SERVER_UPDATE';
    d: VoiceServerUpdateEvent;
}
/**
 * Guild channel webhook was created, updated, or deleted
 *
 * WEBHOOKS_UPDATE
 *
 * Intents: GUILD_WEBHOOKS
 */
export interface WebhooksUpdatePayload {
    op: 0;
    s: number;
    t: 'WEBHOOKS_UPDATE';
    d: WebhooksUpdateEvent;
}
/** Every payload the client sends. */
export type GatewaySendPayload = IdentifyPayload | ResumePayload | HeartbeatPayload | RequestGuildMembersPayload | UpdateVoiceStatePayload | UpdatePresencePayload;
/** Every payload the client receives, discriminated on `op` (and `t` for dispatches). */
export type GatewayReceivePayload = HelloPayload | HeartbeatAckPayload | ReadyPayload | ResumedPayload | ReconnectPayload | InvalidSessionPayload | ChannelCreatePayload | ChannelUpdatePayload | ChannelDeletePayload | ChannelPinsUpdatePayload | ThreadCreatePayload | ThreadUpdatePayload | ThreadDeletePayload | ThreadListSyncPayload | GuildCreatePayload | GuildUpdatePayload | GuildDeletePayload | GuildBanAddPayload | GuildBanRemovePayload | GuildEmojisUpdatePayload | GuildStickersUpdatePayload | GuildMemberAddPayload | GuildMemberRemovePayload | GuildMemberUpdatePayload | GuildMembersChunkPayload | GuildRoleCreatePayload | GuildRoleUpdatePayload | GuildRoleDeletePayload | GuildScheduledEventCreatePayload | GuildScheduledEventUpdatePayload | GuildScheduledEventDeletePayload | InteractionCreatePayload | InviteCreatePayload | InviteDeletePayload | MessageCreatePayload | MessageUpdatePayload | MessageDeletePayload | MessageDeleteBulkPayload | MessageReactionAddPayload | MessageReactionRemovePayload | MessageReactionRemoveAllPayload | PresenceUpdatePayload | TypingStartPayload | UserUpdatePayload | VoiceStateUpdatePayload | VoiceServerUpdatePayload | WebhooksUpdatePayload;
/** The received dispatches. */
export type GatewayDispatchPayload = ReadyPayload | ResumedPayload | ChannelCreatePayload | ChannelUpdatePayload | ChannelDeletePayload | ChannelPinsUpdatePayload | ThreadCreatePayload | ThreadUpdatePayload | ThreadDeletePayload | ThreadListSyncPayload | GuildCreatePayload | GuildUpdatePayload | GuildDeletePayload | GuildBanAddPayload | GuildBanRemovePayload | GuildEmojisUpdatePayload | GuildStickersUpdatePayload | GuildMemberAddPayload | GuildMemberRemovePayload | GuildMemberUpdatePayload | GuildMembersChunkPayload | GuildRoleCreatePayload | GuildRoleUpdatePayload | GuildRoleDeletePayload | GuildScheduledEventCreatePayload | GuildScheduledEventUpdatePayload | GuildScheduledEventDeletePayload | InteractionCreatePayload | InviteCreatePayload | InviteDeletePayload | MessageCreatePayload | MessageUpdatePayload | MessageDeletePayload | MessageDeleteBulkPayload | MessageReactionAddPayload | MessageReactionRemovePayload | MessageReactionRemoveAllPayload | PresenceUpdatePayload | TypingStartPayload | UserUpdatePayload | VoiceStateUpdatePayload | VoiceServerUpdatePayload | WebhooksUpdatePayload;
/** Dispatch event name -> the type of its data; what `client.on(event, handler)` is checked against. */
export type GatewayDispatchMap = {
    /**
     * Dispatched after a successful Identify
     *
     * Ready
     */
    READY: ReadyEvent;
    /**
     * Dispatched after a successful Resume
     *
     * Resumed
     */
    RESUMED: ResumedEvent;
    /**
     * New channel created
     *
     * CHANNEL_CREATE
     *
     * Requires GUILDS intent
     *
     * Intents: GUILDS
     */
    CHANNEL_CREATE: ChannelEvent;
    /**
     * Channel was updated
     *
     * CHANNEL_UPDATE
     *
     * Requires GUILDS intent
     *
     * Intents: GUILDS
     */
    CHANNEL_UPDATE: ChannelEvent;
    /**
     * Channel was deleted
     *
     * CHANNEL_DELETE
     *
     * Requires GUILDS intent
     *
     * Intents: GUILDS
     */
    CHANNEL_DELETE: ChannelEvent;
    /**
     * Message was pinned or unpinned
     *
     * CHANNEL_PINS_UPDATE
     *
     * Requires GUILDS or DIRECT_MESSAGES intent
     *
     * Intents: GUILDS or DIRECT_MESSAGES
     */
    CHANNEL_PINS_UPDATE: ChannelPinsUpdateEvent;
    /**
     * Thread created or current user added to thread
     *
     * THREAD_CREATE
     *
     * Requires GUILDS intent
     *
     * Intents: GUILDS
     */
    THREAD_CREATE: ThreadCreateEvent;
    /**
     * Thread was updated
     *
     * THREAD_UPDATE
     *
     * Requires GUILDS intent
     *
     * Intents: GUILDS
     */
    THREAD_UPDATE: ThreadChannel;
    /**
     * Thread was deleted
     *
     * THREAD_DELETE
     *
     * Requires GUILDS intent
     *
     * Intents: GUILDS
     */
    THREAD_DELETE: ThreadDeleteEvent;
    /**
     * Sent when gaining access to a channel with active threads
     *
     * THREAD_LIST_SYNC
     *
     * Requires GUILDS intent
     *
     * Intents: GUILDS
     */
    THREAD_LIST_SYNC: ThreadListSyncEvent;
    /**
     * Lazy-loaded guild available or user joined a new guild
     *
     * GUILD_CREATE
     *
     * Requires GUILDS intent
     *
     * Intents: GUILDS
     */
    GUILD_CREATE: GuildCreateData;
    /**
     * Guild was updated
     *
     * GUILD_UPDATE
     *
     * Requires GUILDS intent
     *
     * Intents: GUILDS
     */
    GUILD_UPDATE: Guild;
    /**
     * Guild became unavailable or user left/was removed from guild
     *
     * GUILD_DELETE
     *
     * Requires GUILDS intent
     *
     * Intents: GUILDS
     */
    GUILD_DELETE: GuildDeleteEvent;
    /**
     * User was banned from a guild
     *
     * GUILD_BAN_ADD
     *
     * Requires GUILD_MODERATION intent
     *
     * Intents: GUILD_MODERATION
     */
    GUILD_BAN_ADD: GuildBanAddEvent;
    /**
     * User was unbanned from a guild
     *
     * GUILD_BAN_REMOVE
     *
     * Requires GUILD_MODERATION intent
     *
     * Intents: GUILD_MODERATION
     */
    GUILD_BAN_REMOVE: GuildBanRemoveEvent;
    /**
     * Guild emojis were updated
     *
     * GUILD_EMOJIS_UPDATE
     *
     * Requires GUILD_EMOJIS_AND_STICKERS intent
     *
     * Intents: GUILD_EXPRESSIONS
     */
    GUILD_EMOJIS_UPDATE: GuildEmojisUpdateEvent;
    /**
     * Guild stickers were updated
     *
     * GUILD_STICKERS_UPDATE
     *
     * Requires GUILD_EMOJIS_AND_STICKERS intent
     *
     * Intents: GUILD_EXPRESSIONS
     */
    GUILD_STICKERS_UPDATE: GuildStickersUpdateEvent;
    /**
     * New user joined a guild
     *
     * GUILD_MEMBER_ADD
     *
     * Requires GUILD_MEMBERS privileged intent
     *
     * Intents: GUILD_MEMBERS
     */
    GUILD_MEMBER_ADD: GuildMemberAddEvent;
    /**
     * User was removed from a guild
     *
     * GUILD_MEMBER_REMOVE
     *
     * Requires GUILD_MEMBERS privileged intent
     *
     * Intents: GUILD_MEMBERS
     */
    GUILD_MEMBER_REMOVE: GuildMemberRemoveEvent;
    /**
     * Guild member was updated
     *
     * GUILD_MEMBER_UPDATE
     *
     * Requires GUILD_MEMBERS privileged intent
     *
     * Intents: GUILD_MEMBERS
     */
    GUILD_MEMBER_UPDATE: GuildMemberUpdateEvent;
    /**
     * Response to Request Guild Members
     *
     * GUILD_MEMBERS_CHUNK
     */
    GUILD_MEMBERS_CHUNK: GuildMembersChunkEvent;
    /**
     * Guild role was created
     *
     * GUILD_ROLE_CREATE
     *
     * Requires GUILDS intent
     *
     * Intents: GUILDS
     */
    GUILD_ROLE_CREATE: GuildRoleCreateEvent;
    /**
     * Guild role was updated
     *
     * GUILD_ROLE_UPDATE
     *
     * Requires GUILDS intent
     *
     * Intents: GUILDS
     */
    GUILD_ROLE_UPDATE: GuildRoleUpdateEvent;
    /**
     * Guild role was deleted
     *
     * GUILD_ROLE_DELETE
     *
     * Requires GUILDS intent
     *
     * Intents: GUILDS
     */
    GUILD_ROLE_DELETE: GuildRoleDeleteEvent;
    /**
     * Guild scheduled event was created
     *
     * GUILD_SCHEDULED_EVENT_CREATE
     *
     * Requires GUILD_SCHEDULED_EVENTS intent
     *
     * Intents: GUILD_SCHEDULED_EVENTS
     */
    GUILD_SCHEDULED_EVENT_CREATE: GuildScheduledEvent;
    /**
     * Guild scheduled event was updated
     *
     * GUILD_SCHEDULED_EVENT_UPDATE
     *
     * Requires GUILD_SCHEDULED_EVENTS intent
     *
     * Intents: GUILD_SCHEDULED_EVENTS
     */
    GUILD_SCHEDULED_EVENT_UPDATE: GuildScheduledEvent;
    /**
     * Guild scheduled event was deleted
     *
     * GUILD_SCHEDULED_EVENT_DELETE
     *
     * Requires GUILD_SCHEDULED_EVENTS intent
     *
     * Intents: GUILD_SCHEDULED_EVENTS
     */
    GUILD_SCHEDULED_EVENT_DELETE: GuildScheduledEvent;
    /**
     * User used an interaction
     *
     * INTERACTION_CREATE
     */
    INTERACTION_CREATE: Interaction;
    /**
     * Invite to a channel was created
     *
     * INVITE_CREATE
     *
     * Requires GUILD_INVITES intent
     *
     * Intents: GUILD_INVITES
     */
    INVITE_CREATE: InviteCreateEvent;
    /**
     * Invite to a channel was deleted
     *
     * INVITE_DELETE
     *
     * Requires GUILD_INVITES intent
     *
     * Intents: GUILD_INVITES
     */
    INVITE_DELETE: InviteDeleteEvent;
    /**
     * Message was created
     *
     * MESSAGE_CREATE
     *
     * Requires GUILD_MESSAGES or DIRECT_MESSAGES intent. MESSAGE_CONTENT privileged intent required for content in guilds.
     *
     * Intents: GUILD_MESSAGES or DIRECT_MESSAGES
     */
    MESSAGE_CREATE: MessageCreateEvent;
    /**
     * Message was edited
     *
     * MESSAGE_UPDATE
     *
     * Requires GUILD_MESSAGES or DIRECT_MESSAGES intent
     *
     * Intents: GUILD_MESSAGES or DIRECT_MESSAGES
     */
    MESSAGE_UPDATE: MessageUpdateEvent;
    /**
     * Message was deleted
     *
     * MESSAGE_DELETE
     *
     * Requires GUILD_MESSAGES or DIRECT_MESSAGES intent
     *
     * Intents: GUILD_MESSAGES or DIRECT_MESSAGES
     */
    MESSAGE_DELETE: MessageDeleteEvent;
    /**
     * Multiple messages were deleted at once
     *
     * MESSAGE_DELETE_BULK
     *
     * Requires GUILD_MESSAGES intent
     *
     * Intents: GUILD_MESSAGES
     */
    MESSAGE_DELETE_BULK: MessageDeleteBulkEvent;
    /**
     * User reacted to a message
     *
     * MESSAGE_REACTION_ADD
     *
     * Requires GUILD_MESSAGE_REACTIONS or DIRECT_MESSAGE_REACTIONS intent
     *
     * Intents: GUILD_MESSAGE_REACTIONS or DIRECT_MESSAGE_REACTIONS
     */
    MESSAGE_REACTION_ADD: MessageReactionAddEvent;
    /**
     * User removed a reaction from a message
     *
     * MESSAGE_REACTION_REMOVE
     *
     * Requires GUILD_MESSAGE_REACTIONS or DIRECT_MESSAGE_REACTIONS intent
     *
     * Intents: GUILD_MESSAGE_REACTIONS or DIRECT_MESSAGE_REACTIONS
     */
    MESSAGE_REACTION_REMOVE: MessageReactionRemoveEvent;
    /**
     * All reactions were explicitly removed from a message
     *
     * MESSAGE_REACTION_REMOVE_ALL
     *
     * Requires GUILD_MESSAGE_REACTIONS or DIRECT_MESSAGE_REACTIONS intent
     *
     * Intents: GUILD_MESSAGE_REACTIONS or DIRECT_MESSAGE_REACTIONS
     */
    MESSAGE_REACTION_REMOVE_ALL: MessageReactionRemoveAllEvent;
    /**
     * User's presence or info was updated
     *
     * PRESENCE_UPDATE
     *
     * Requires GUILD_PRESENCES privileged intent
     *
     * Intents: GUILD_PRESENCES
     */
    PRESENCE_UPDATE: PresenceUpdateEvent;
    /**
     * User started typing in a channel
     *
     * TYPING_START
     *
     * Requires GUILD_MESSAGE_TYPING or DIRECT_MESSAGE_TYPING intent
     *
     * Intents: GUILD_MESSAGE_TYPING or DIRECT_MESSAGE_TYPING
     */
    TYPING_START: TypingStartEvent;
    /**
     * Properties about the current user changed
     *
     * USER_UPDATE
     */
    USER_UPDATE: User;
    /**
     * Someone joined, left, or moved a voice channel
     *
     * VOICE_STATE_UPDATE
     *
     * Requires GUILD_VOICE_STATES intent
     *
     * Intents: GUILD_VOICE_STATES
     */
    VOICE_STATE_UPDATE: VoiceState;
    /**
     * Guild's voice server was updated
     *
     * VOICE_SERVER_UPDATE
     */
    VOICE_SERVER_UPDATE: VoiceServerUpdateEvent;
    /**
     * Guild channel webhook was created, updated, or deleted
     *
     * WEBHOOKS_UPDATE
     *
     * Intents: GUILD_WEBHOOKS
     */
    WEBHOOKS_UPDATE: WebhooksUpdateEvent;
};
export type GatewayDispatchEvent = keyof GatewayDispatchMap;
/** The intents each dispatch needs (any one of them), from the `x-intents` extension; absent when none is documented. */
export declare const DispatchIntents: Readonly<Partial<Record<GatewayDispatchEvent, readonly string[]>>>;
