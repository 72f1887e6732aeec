/** Discord unique id (a 64-bit integer serialized as a decimal string). The top 42 bits are a millisecond timestamp since 2015-01-01. */
export type Snowflake = string;
/** Permission bit set serialized as a decimal string (it does not fit in 53 bits). */
export type Permissions = string;
/** Gateway intents bit field sent in Identify: the bitwise OR of (1 << bit) for every intent in x-bitflags. GUILD_MEMBERS, GUILD_PRESENCES and MESSAGE_CONTENT are privileged and must be enabled for the application (otherwise the gateway closes with 4014); unknown bits close with 4013. */
export type GatewayIntents = number;
/** A Discord user (people and bots). Fields other than the required ones are present only in some contexts (e.g. email needs the email OAuth2 scope). */
export interface User {
    id: Snowflake;
    /** Username, not unique across the platform before the username migration */
    username: string;
    /** Legacy 4-digit tag; '0' for migrated users */
    discriminator: string;
    /** Display name, if set */
    global_name: string | null;
    /** Avatar hash */
    avatar: string | null;
    /** Whether the user belongs to an OAuth2 application */
    bot?: boolean;
    /** Whether the user is an official Discord system user */
    system?: boolean;
    /** Whether two-factor authentication is enabled */
    mfa_enabled?: boolean;
    /** Banner hash */
    banner?: string | null;
    /** Banner colour as an RGB integer */
    accent_color?: number | null;
    /** Chosen language */
    locale?: string;
    /** Whether the email is verified */
    verified?: boolean;
    /** Email address */
    email?: string | null;
    /** Flags on the account. Bit set of UserFlags: Staff = 1 << 0, Partner = 1 << 1, Hypesquad = 1 << 2, BugHunterLevel1 = 1 << 3, MFASMS = 1 << 4, PremiumPromoDismissed = 1 << 5, HypeSquadOnlineHouse1 = 1 << 6, HypeSquadOnlineHouse2 = 1 << 7, HypeSquadOnlineHouse3 = 1 << 8, PremiumEarlySupporter = 1 << 9, TeamPseudoUser = 1 << 10, HasUnreadUrgentMessages = 1 << 13, BugHunterLevel2 = 1 << 14, VerifiedBot = 1 << 16, VerifiedDeveloper = 1 << 17, CertifiedModerator = 1 << 18, BotHTTPInteractions = 1 << 19, Spammer = 1 << 20, DisablePremium = 1 << 21, ActiveDeveloper = 1 << 22, Quarantined = 1 << 44, Collaborator = 1 << 50, RestrictedCollaborator = 1 << 51. */
    flags?: number;
    premium_type?: UserPremiumType;
    /** Public flags on the account. Bit set of UserFlags: Staff = 1 << 0, Partner = 1 << 1, Hypesquad = 1 << 2, BugHunterLevel1 = 1 << 3, MFASMS = 1 << 4, PremiumPromoDismissed = 1 << 5, HypeSquadOnlineHouse1 = 1 << 6, HypeSquadOnlineHouse2 = 1 << 7, HypeSquadOnlineHouse3 = 1 << 8, PremiumEarlySupporter = 1 << 9, TeamPseudoUser = 1 << 10, HasUnreadUrgentMessages = 1 << 13, BugHunterLevel2 = 1 << 14, VerifiedBot = 1 << 16, VerifiedDeveloper = 1 << 17, CertifiedModerator = 1 << 18, BotHTTPInteractions = 1 << 19, Spammer = 1 << 20, DisablePremium = 1 << 21, ActiveDeveloper = 1 << 22, Quarantined = 1 << 44, Collaborator = 1 << 50, RestrictedCollaborator = 1 << 51. */
    public_flags?: number;
    /** Legacy avatar decoration hash */
    avatar_decoration?: string | null;
    avatar_decoration_data?: AvatarDecorationData | null;
    collectibles?: Collectibles | null;
    primary_guild?: UserPrimaryGuild | null;
}
/** Avatar decoration shown around a user or member avatar. */
export interface AvatarDecorationData {
    /** Decoration asset hash */
    asset: string;
    sku_id: Snowflake;
}
/** Collectibles a user owns. */
export interface Collectibles {
    nameplate?: Nameplate;
}
/** Nameplate collectible shown behind a user in the member list. */
export interface Nameplate {
    sku_id: Snowflake;
    /** Asset path */
    asset: string;
    /** Accessibility label */
    label: string;
    palette: NameplatePalette;
}
/** The guild whose tag a user shows next to their name. */
export interface UserPrimaryGuild {
    /** Guild id of the tag */
    identity_guild_id: Snowflake | null;
    /** Whether the user displays the tag */
    identity_enabled: boolean | null;
    /** Tag text (up to 4 characters) */
    tag: string | null;
    /** Badge hash */
    badge: string | null;
}
/** A user object in which only id is guaranteed (presence updates). */
export interface PartialUser {
    id: Snowflake;
    /** Username, not unique across the platform before the username migration */
    username?: string;
    /** Legacy 4-digit tag; '0' for migrated users */
    discriminator?: string;
    /** Display name, if set */
    global_name?: string | null;
    /** Avatar hash */
    avatar?: string | null;
    /** Whether the user belongs to an OAuth2 application */
    bot?: boolean;
    /** Whether the user is an official Discord system user */
    system?: boolean;
    /** Whether two-factor authentication is enabled */
    mfa_enabled?: boolean;
    /** Banner hash */
    banner?: string | null;
    /** Banner colour as an RGB integer */
    accent_color?: number | null;
    /** Chosen language */
    locale?: string;
    /** Whether the email is verified */
    verified?: boolean;
    /** Email address */
    email?: string | null;
    /** Flags on the account. Bit set of UserFlags: Staff = 1 << 0, Partner = 1 << 1, Hypesquad = 1 << 2, BugHunterLevel1 = 1 << 3, MFASMS = 1 << 4, PremiumPromoDismissed = 1 << 5, HypeSquadOnlineHouse1 = 1 << 6, HypeSquadOnlineHouse2 = 1 << 7, HypeSquadOnlineHouse3 = 1 << 8, PremiumEarlySupporter = 1 << 9, TeamPseudoUser = 1 << 10, HasUnreadUrgentMessages = 1 << 13, BugHunterLevel2 = 1 << 14, VerifiedBot = 1 << 16, VerifiedDeveloper = 1 << 17, CertifiedModerator = 1 << 18, BotHTTPInteractions = 1 << 19, Spammer = 1 << 20, DisablePremium = 1 << 21, ActiveDeveloper = 1 << 22, Quarantined = 1 << 44, Collaborator = 1 << 50, RestrictedCollaborator = 1 << 51. */
    flags?: number;
    premium_type?: UserPremiumType;
    /** Public flags on the account. Bit set of UserFlags: Staff = 1 << 0, Partner = 1 << 1, Hypesquad = 1 << 2, BugHunterLevel1 = 1 << 3, MFASMS = 1 << 4, PremiumPromoDismissed = 1 << 5, HypeSquadOnlineHouse1 = 1 << 6, HypeSquadOnlineHouse2 = 1 << 7, HypeSquadOnlineHouse3 = 1 << 8, PremiumEarlySupporter = 1 << 9, TeamPseudoUser = 1 << 10, HasUnreadUrgentMessages = 1 << 13, BugHunterLevel2 = 1 << 14, VerifiedBot = 1 << 16, VerifiedDeveloper = 1 << 17, CertifiedModerator = 1 << 18, BotHTTPInteractions = 1 << 19, Spammer = 1 << 20, DisablePremium = 1 << 21, ActiveDeveloper = 1 << 22, Quarantined = 1 << 44, Collaborator = 1 << 50, RestrictedCollaborator = 1 << 51. */
    public_flags?: number;
    /** Legacy avatar decoration hash */
    avatar_decoration?: string | null;
    avatar_decoration_data?: AvatarDecorationData | null;
    collectibles?: Collectibles | null;
    primary_guild?: UserPrimaryGuild | null;
}
/** A user's membership in a guild. */
export interface GuildMember {
    /** Guild nickname */
    nick?: string | null;
    /** Role ids */
    roles: Snowflake[];
    /**
     * When the member started boosting
     * @format date-time
     */
    premium_since?: string | null;
    /** Whether the member has not yet passed membership screening */
    pending?: boolean;
    /**
     * Timeout end, if timed out
     * @format date-time
     */
    communication_disabled_until?: string | null;
    avatar_decoration_data?: AvatarDecorationData | null;
    collectibles?: Collectibles | null;
    /** Server-deafened in voice */
    deaf: boolean;
    /** Server-muted in voice */
    mute: boolean;
    /** Member flags. Bit set of GuildMemberFlags: DidRejoin = 1 << 0, CompletedOnboarding = 1 << 1, BypassesVerification = 1 << 2, StartedOnboarding = 1 << 3, IsGuest = 1 << 4, StartedHomeActions = 1 << 5, CompletedHomeActions = 1 << 6, AutomodQuarantinedUsernameOrGuildNickname = 1 << 7, AutomodQuarantinedBio = 1 << 8, DmSettingsUpsellAcknowledged = 1 << 9, AutoModQuarantinedGuildTag = 1 << 10. */
    flags: number;
    /** Guild-specific avatar hash */
    avatar?: string | null;
    /** Guild-specific banner hash */
    banner?: string | null;
    /**
     * When the user joined (null for guests)
     * @format date-time
     */
    joined_at: string | null;
    user: User;
}
/** Guild member attached to a message author or mention; the user is the surrounding object. */
export interface GuildMemberWithoutUser {
    /** Guild nickname */
    nick?: string | null;
    /** Role ids */
    roles: Snowflake[];
    /**
     * When the member started boosting
     * @format date-time
     */
    premium_since?: string | null;
    /** Whether the member has not yet passed membership screening */
    pending?: boolean;
    /**
     * Timeout end, if timed out
     * @format date-time
     */
    communication_disabled_until?: string | null;
    avatar_decoration_data?: AvatarDecorationData | null;
    collectibles?: Collectibles | null;
    /** Server-deafened in voice */
    deaf: boolean;
    /** Server-muted in voice */
    mute: boolean;
    /** Member flags. Bit set of GuildMemberFlags: DidRejoin = 1 << 0, CompletedOnboarding = 1 << 1, BypassesVerification = 1 << 2, StartedOnboarding = 1 << 3, IsGuest = 1 << 4, StartedHomeActions = 1 << 5, CompletedHomeActions = 1 << 6, AutomodQuarantinedUsernameOrGuildNickname = 1 << 7, AutomodQuarantinedBio = 1 << 8, DmSettingsUpsellAcknowledged = 1 << 9, AutoModQuarantinedGuildTag = 1 << 10. */
    flags: number;
    /** Guild-specific avatar hash */
    avatar?: string | null;
    /** Guild-specific banner hash */
    banner?: string | null;
    /**
     * When the user joined (null for guests)
     * @format date-time
     */
    joined_at: string | null;
}
/** Guild member who triggered an interaction, with their channel permissions. */
export interface InteractionGuildMember {
    /** Guild nickname */
    nick?: string | null;
    /** Role ids */
    roles: Snowflake[];
    /**
     * When the member started boosting
     * @format date-time
     */
    premium_since?: string | null;
    /** Whether the member has not yet passed membership screening */
    pending?: boolean;
    /**
     * Timeout end, if timed out
     * @format date-time
     */
    communication_disabled_until?: string | null;
    avatar_decoration_data?: AvatarDecorationData | null;
    collectibles?: Collectibles | null;
    /** Server-deafened in voice */
    deaf: boolean;
    /** Server-muted in voice */
    mute: boolean;
    /** Member flags. Bit set of GuildMemberFlags: DidRejoin = 1 << 0, CompletedOnboarding = 1 << 1, BypassesVerification = 1 << 2, StartedOnboarding = 1 << 3, IsGuest = 1 << 4, StartedHomeActions = 1 << 5, CompletedHomeActions = 1 << 6, AutomodQuarantinedUsernameOrGuildNickname = 1 << 7, AutomodQuarantinedBio = 1 << 8, DmSettingsUpsellAcknowledged = 1 << 9, AutoModQuarantinedGuildTag = 1 << 10. */
    flags: number;
    /** Guild-specific avatar hash */
    avatar?: string | null;
    /** Guild-specific banner hash */
    banner?: string | null;
    /**
     * When the user joined (null for guests)
     * @format date-time
     */
    joined_at: string | null;
    user: User;
    permissions: Permissions;
}
/** Subset of a guild member attached to a legacy message interaction. */
export interface MessageInteractionMember {
    avatar?: string | null;
    /** @format date-time */
    communication_disabled_until?: string | null;
    deaf: boolean;
    /** @format date-time */
    joined_at: string | null;
    mute: boolean;
    nick?: string | null;
    pending?: boolean;
    /** @format date-time */
    premium_since?: string | null;
    roles: Snowflake[];
}
/** A guild role: a set of permissions and a display style. */
export interface Role {
    id: Snowflake;
    name: string;
    /** Deprecated in favour of colors: primary colour as RGB integer (0 = none) */
    color: number;
    colors: RoleColors;
    /** Shown separately in the member list */
    hoist: boolean;
    /** Role icon hash */
    icon?: string | null;
    /** Unicode emoji used as role icon */
    unicode_emoji?: string | null;
    /** Sort position */
    position: number;
    permissions: Permissions;
    /** Managed by an integration */
    managed: boolean;
    mentionable: boolean;
    tags?: RoleTags;
    /** Role flags. Bit set of RoleFlags: InPrompt = 1 << 0. */
    flags: number;
}
/** Colours of a role (gradient roles use secondary/tertiary). */
export interface RoleColors {
    primary_color: number;
    secondary_color: number | null;
    tertiary_color: number | null;
}
/** Markers on a role. The boolean-like markers are present with value null when true and absent when false. */
export interface RoleTags {
    bot_id?: Snowflake;
    /** Present if this is the Booster role */
    premium_subscriber?: null;
    integration_id?: Snowflake;
    subscription_listing_id?: Snowflake;
    /** Present if the role can be purchased */
    available_for_purchase?: null;
    /** Present if the role is a linked role */
    guild_connections?: null;
}
/** Minimal emoji: a custom emoji (id set) or a unicode emoji (id null, name is the character). */
export interface PartialEmoji {
    id: Snowflake | null;
    name: string | null;
    animated?: boolean;
}
/** A custom guild emoji, or a unicode emoji (id null). */
export interface Emoji {
    /** Emoji id, null for unicode emoji */
    id: Snowflake | null;
    /** Name (null only in reaction emoji objects of deleted emoji) */
    name: string | null;
    animated?: boolean;
    /** Roles allowed to use this emoji */
    roles?: Snowflake[];
    user?: User;
    require_colons?: boolean;
    /** Managed by an integration */
    managed?: boolean;
    /** False when lost due to losing boosts */
    available?: boolean;
}
/** A sticker that can be sent in messages. */
export interface Sticker {
    id: Snowflake;
    pack_id?: Snowflake;
    name: string;
    description: string | null;
    /** Autocomplete/suggestion tags (comma separated) */
    tags: string;
    /** Deprecated, always empty */
    asset?: '';
    type: StickerType;
    format_type: StickerFormatType;
    available?: boolean;
    guild_id?: Snowflake;
    user?: User;
    /** Sort order within its pack */
    sort_value?: number;
}
/** The smallest amount of data needed to render a sticker. */
export interface StickerItem {
    id: Snowflake;
    name: string;
    format_type: StickerFormatType;
}
/** A guild that is not (yet) available: the guilds of READY, and GUILD_CREATE during an outage. */
export interface UnavailableGuild {
    id: Snowflake;
    /** True while the guild is unavailable */
    unavailable: boolean;
}
/** Welcome screen shown to new members of a community guild. */
export interface WelcomeScreen {
    description: string | null;
    /** Up to 5 channels */
    welcome_channels: WelcomeScreenChannel[];
}
/** A channel suggested on the welcome screen. */
export interface WelcomeScreenChannel {
    channel_id: Snowflake;
    description: string;
    emoji_id: Snowflake | null;
    emoji_name: string | null;
}
/** Active anti-raid/anti-spam measures of a guild. */
export interface IncidentsData {
    /** @format date-time */
    invites_disabled_until: string | null;
    /** @format date-time */
    dms_disabled_until: string | null;
    /** @format date-time */
    dm_spam_detected_at?: string | null;
    /** @format date-time */
    raid_detected_at?: string | null;
}
/** Partial guild (e.g. the guild of an application). */
export interface PartialGuild {
    id: Snowflake;
    name: string;
    icon: string | null;
    splash: string | null;
    banner?: string | null;
    description?: string | null;
    features?: GuildFeature[];
    verification_level?: GuildVerificationLevel;
    vanity_url_code?: string | null;
    welcome_screen?: WelcomeScreen;
}
/** A guild (server). Sent in full by GUILD_UPDATE; GUILD_CREATE adds the fields of GuildCreateEvent. */
export interface Guild {
    id: Snowflake;
    /** 2-100 characters */
    name: string;
    /** Icon hash */
    icon: string | null;
    /** Invite splash hash */
    splash: string | null;
    /** Banner hash */
    banner: string | null;
    /** Description of a community guild */
    description: string | null;
    /** Enabled guild features */
    features: GuildFeature[];
    verification_level: GuildVerificationLevel;
    vanity_url_code: string | null;
    welcome_screen?: WelcomeScreen;
    /** Icon hash, only in guild templates */
    icon_hash?: string | null;
    /** Discovery splash hash */
    discovery_splash: string | null;
    /** Whether the current user owns the guild (REST only) */
    owner?: boolean;
    owner_id: Snowflake;
    permissions?: Permissions;
    /** Deprecated voice region id */
    region?: string | null;
    afk_channel_id: Snowflake | null;
    afk_timeout: GuildAfkTimeout;
    widget_enabled?: boolean;
    widget_channel_id?: Snowflake | null;
    default_message_notifications: GuildDefaultMessageNotifications;
    explicit_content_filter: GuildExplicitContentFilter;
    roles: Role[];
    emojis: Emoji[];
    mfa_level: GuildMfaLevel;
    /** Application that created the guild */
    application_id: Snowflake | null;
    /** Channel for system messages (joins, boosts) */
    system_channel_id: Snowflake | null;
    /** Suppression flags for system messages. Bit set of GuildSystemChannelFlags: SuppressJoinNotifications = 1 << 0, SuppressPremiumSubscriptions = 1 << 1, SuppressGuildReminderNotifications = 1 << 2, SuppressJoinNotificationReplies = 1 << 3, SuppressRoleSubscriptionPurchaseNotifications = 1 << 4, SuppressRoleSubscriptionPurchaseNotificationReplies = 1 << 5. */
    system_channel_flags: number;
    rules_channel_id: Snowflake | null;
    max_presences?: number | null;
    max_members?: number;
    premium_tier: GuildPremiumTier;
    /** Number of boosts */
    premium_subscription_count?: number;
    preferred_locale: Locale;
    public_updates_channel_id: Snowflake | null;
    max_video_channel_users?: number;
    max_stage_video_channel_users?: number;
    approximate_member_count?: number;
    approximate_presence_count?: number;
    nsfw_level: GuildNsfwLevel;
    stickers?: Sticker[];
    premium_progress_bar_enabled: boolean;
    hub_type: GuildHubType | null;
    safety_alerts_channel_id: Snowflake | null;
    incidents_data: IncidentsData | null;
}
/** Permission overwrite for a role or a member in a channel. */
export interface Overwrite {
    id: Snowflake;
    type: OverwriteType;
    allow: Permissions;
    deny: Permissions;
}
/** A tag that can be applied to threads of a forum or media channel. */
export interface ForumTag {
    id: Snowflake;
    name: string;
    /** Only members with MANAGE_THREADS can apply it */
    moderated: boolean;
    emoji_id: Snowflake | null;
    emoji_name: string | null;
}
/** Emoji shown on the add-reaction button of forum posts. */
export interface DefaultReactionEmoji {
    emoji_id: Snowflake | null;
    emoji_name: string | null;
}
/** Thread-specific fields. */
export interface ThreadMetadata {
    archived: boolean;
    auto_archive_duration: ThreadAutoArchiveDuration;
    /**
     * Last change of the archived state
     * @format date-time
     */
    archive_timestamp: string;
    locked: boolean;
    /** Private threads: whether non-moderators can add members */
    invitable?: boolean;
    /**
     * Creation time (threads created after 2022-01-09)
     * @format date-time
     */
    create_timestamp?: string;
}
/** A user who joined a thread. */
export interface ThreadMember {
    id?: Snowflake;
    user_id?: Snowflake;
    /** @format date-time */
    join_timestamp: string;
    /** Notification settings. Bit set of ThreadMemberFlags: HasInteracted = 1 << 0, AllMessages = 1 << 1, OnlyMentions = 1 << 2, NoMessages = 1 << 3. */
    flags: number;
    member?: GuildMember;
}
/** A text channel in a guild (type 0). */
export interface GuildTextChannel {
    id: Snowflake;
    type: 0;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** Slowmode in seconds (0-21600) */
    rate_limit_per_user?: number;
    /** Id of the last message (may not exist) */
    last_message_id?: Snowflake | null;
    /** 1-100 characters */
    name: string;
    guild_id?: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Parent category */
    parent_id?: Snowflake | null;
    nsfw?: boolean;
    /** Sort position */
    position: number;
    /** @format date-time */
    last_pin_timestamp?: string | null;
    default_auto_archive_duration?: ThreadAutoArchiveDuration;
    /** Initial slowmode of new threads */
    default_thread_rate_limit_per_user?: number;
    /** Channel topic */
    topic?: string | null;
}
/** An announcement channel that other guilds can follow (type 5). */
export interface GuildAnnouncementChannel {
    id: Snowflake;
    type: 5;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** Slowmode in seconds (0-21600) */
    rate_limit_per_user?: number;
    /** Id of the last message (may not exist) */
    last_message_id?: Snowflake | null;
    /** 1-100 characters */
    name: string;
    guild_id?: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Parent category */
    parent_id?: Snowflake | null;
    nsfw?: boolean;
    /** Sort position */
    position: number;
    /** @format date-time */
    last_pin_timestamp?: string | null;
    default_auto_archive_duration?: ThreadAutoArchiveDuration;
    /** Initial slowmode of new threads */
    default_thread_rate_limit_per_user?: number;
    /** Channel topic */
    topic?: string | null;
}
/** A category that groups up to 50 channels (type 4). */
export interface GuildCategoryChannel {
    id: Snowflake;
    type: 4;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** 1-100 characters */
    name: string;
    guild_id?: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Categories cannot be nested */
    parent_id?: null;
    nsfw?: boolean;
    /** Sort position */
    position: number;
}
/** A voice channel (type 2), which also has a text chat. */
export interface GuildVoiceChannel {
    id: Snowflake;
    type: 2;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** 1-100 characters */
    name: string;
    guild_id?: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Parent category */
    parent_id?: Snowflake | null;
    nsfw?: boolean;
    /** Sort position */
    position: number;
    /** Slowmode in seconds (0-21600) */
    rate_limit_per_user?: number;
    /** Id of the last message (may not exist) */
    last_message_id?: Snowflake | null;
    /** Bitrate in bits per second */
    bitrate?: number;
    /** Maximum users (0 = unlimited) */
    user_limit?: number;
    /** Voice region id, null = automatic */
    rtc_region?: string | null;
    video_quality_mode?: VideoQualityMode;
}
/** A stage channel for hosting events with an audience (type 13). */
export interface GuildStageVoiceChannel {
    id: Snowflake;
    type: 13;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** 1-100 characters */
    name: string;
    guild_id?: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Parent category */
    parent_id?: Snowflake | null;
    nsfw?: boolean;
    /** Sort position */
    position: number;
    /** Slowmode in seconds (0-21600) */
    rate_limit_per_user?: number;
    /** Id of the last message (may not exist) */
    last_message_id?: Snowflake | null;
    /** Bitrate in bits per second */
    bitrate?: number;
    /** Maximum users (0 = unlimited) */
    user_limit?: number;
    /** Voice region id, null = automatic */
    rtc_region?: string | null;
    video_quality_mode?: VideoQualityMode;
}
/** A forum channel that only contains threads (posts) (type 15). */
export interface GuildForumChannel {
    id: Snowflake;
    type: 15;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** 1-100 characters */
    name: string;
    guild_id?: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Parent category */
    parent_id?: Snowflake | null;
    nsfw?: boolean;
    /** Sort position */
    position: number;
    /** Guidelines shown when creating a post */
    topic?: string | null;
    /** Id of the last created thread */
    last_message_id?: Snowflake | null;
    /** Slowmode for creating posts */
    rate_limit_per_user?: number;
    /** @format date-time */
    last_pin_timestamp?: string | null;
    default_auto_archive_duration?: ThreadAutoArchiveDuration;
    available_tags: ForumTag[];
    default_thread_rate_limit_per_user?: number;
    default_reaction_emoji: DefaultReactionEmoji | null;
    default_sort_order: SortOrderType | null;
    default_forum_layout: ForumLayoutType;
}
/** A media channel that only contains threads, like a forum (type 16). */
export interface GuildMediaChannel {
    id: Snowflake;
    type: 16;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** 1-100 characters */
    name: string;
    guild_id?: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Parent category */
    parent_id?: Snowflake | null;
    nsfw?: boolean;
    /** Sort position */
    position: number;
    /** Guidelines shown when creating a post */
    topic?: string | null;
    /** Id of the last created thread */
    last_message_id?: Snowflake | null;
    /** Slowmode for creating posts */
    rate_limit_per_user?: number;
    /** @format date-time */
    last_pin_timestamp?: string | null;
    default_auto_archive_duration?: ThreadAutoArchiveDuration;
    available_tags: ForumTag[];
    default_thread_rate_limit_per_user?: number;
    default_reaction_emoji: DefaultReactionEmoji | null;
    default_sort_order: SortOrderType | null;
}
/** A thread: announcement (10), public (11) or private (12). */
export interface ThreadChannel {
    id: Snowflake;
    type: ThreadChannelType;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** Slowmode in seconds (0-21600) */
    rate_limit_per_user?: number;
    /** Id of the last message (may not exist) */
    last_message_id?: Snowflake | null;
    /** 1-100 characters */
    name: string;
    guild_id?: Snowflake;
    permission_overwrites?: Overwrite[];
    parent_id?: Snowflake;
    nsfw?: boolean;
    /** @format date-time */
    last_pin_timestamp?: string | null;
    member?: ThreadMember;
    thread_metadata?: ThreadMetadata;
    /** Approximate message count (excluding the starter message) */
    message_count?: number;
    /** Approximate member count, stops at 50 */
    member_count?: number;
    owner_id?: Snowflake;
    /** Messages ever sent, not decremented on delete */
    total_message_sent?: number;
    /** Forum tag ids */
    applied_tags?: Snowflake[];
}
/** A direct message channel between the current user and one other user (type 1). */
export interface DmChannel {
    id: Snowflake;
    type: 1;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** Slowmode in seconds (0-21600) */
    rate_limit_per_user?: number;
    /** Id of the last message (may not exist) */
    last_message_id?: Snowflake | null;
    /** @format date-time */
    last_pin_timestamp?: string | null;
    recipients?: User[];
    /** DMs have no name */
    name: null;
}
/** A group direct message channel (type 3). */
export interface GroupDmChannel {
    id: Snowflake;
    type: 3;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** Slowmode in seconds (0-21600) */
    rate_limit_per_user?: number;
    /** Id of the last message (may not exist) */
    last_message_id?: Snowflake | null;
    /** @format date-time */
    last_pin_timestamp?: string | null;
    recipients?: User[];
    name: string | null;
    /** Application that created it, if any */
    application_id?: Snowflake | null;
    /** Icon hash */
    icon?: string | null;
    owner_id?: Snowflake;
    /** Managed by an application */
    managed?: boolean;
}
/** Any non-thread guild channel. */
export type GuildChannel = GuildTextChannel | GuildAnnouncementChannel | GuildVoiceChannel | GuildStageVoiceChannel | GuildCategoryChannel | GuildForumChannel | GuildMediaChannel;
/** Any channel. */
export type Channel = DmChannel | GroupDmChannel | GuildTextChannel | GuildAnnouncementChannel | GuildVoiceChannel | GuildStageVoiceChannel | GuildCategoryChannel | GuildForumChannel | GuildMediaChannel | ThreadChannel;
/** A channel mentioned in a crossposted message. */
export interface ChannelMention {
    id: Snowflake;
    guild_id: Snowflake;
    type: ChannelType;
    name: string;
}
/** A file attached to a message. */
export interface Attachment {
    id: Snowflake;
    filename: string;
    title?: string;
    /** Alt text */
    description?: string;
    /** MIME type */
    content_type?: string;
    /** Size in bytes */
    size: number;
    /** Source URL */
    url: string;
    /** Proxied URL */
    proxy_url: string;
    /** Image height */
    height?: number | null;
    /** Image width */
    width?: number | null;
    /** Thumbhash placeholder */
    placeholder?: string;
    placeholder_version?: number;
    /** Removed after a set period */
    ephemeral?: boolean;
    /** Voice message length */
    duration_secs?: number;
    /** Base64 voice message waveform */
    waveform?: string;
    /** Attachment flags. Bit set of AttachmentFlags: IsClip = 1 << 0, IsThumbnail = 1 << 1, IsRemix = 1 << 2, IsSpoiler = 1 << 3, IsAnimated = 1 << 5. */
    flags?: number;
    /** Users in a clip */
    clip_participants?: User[];
    /** @format date-time */
    clip_created_at?: string;
    /** Application a clip was recorded in */
    application?: Application | null;
}
/** Footer of an embed. */
export interface EmbedFooter {
    text: string;
    icon_url?: string;
    proxy_icon_url?: string;
}
/** Image or thumbnail of an embed. */
export interface EmbedImage {
    url: string;
    proxy_url?: string;
    height?: number;
    width?: number;
    content_type?: string;
    placeholder?: string;
    placeholder_version?: number;
    description?: string;
    /** Media flags. Bit set of EmbedMediaFlags: IsAnimated = 1 << 5. */
    flags?: number;
}
/** Video of an embed. */
export interface EmbedVideo {
    url?: string;
    proxy_url?: string;
    height?: number;
    width?: number;
    content_type?: string;
    placeholder?: string;
    placeholder_version?: number;
    description?: string;
    /** Media flags. Bit set of EmbedMediaFlags: IsAnimated = 1 << 5. */
    flags?: number;
}
/** Provider of an embed (e.g. YouTube). */
export interface EmbedProvider {
    name?: string;
    url?: string;
}
/** Author of an embed. */
export interface EmbedAuthor {
    name: string;
    url?: string;
    icon_url?: string;
    proxy_icon_url?: string;
}
/** A name/value field of an embed. */
export interface EmbedField {
    name: string;
    value: string;
    inline?: boolean;
}
/** Rich content attached to a message. */
export interface Embed {
    title?: string;
    type?: EmbedType;
    description?: string;
    url?: string;
    /** @format date-time */
    timestamp?: string;
    /** RGB colour */
    color?: number;
    footer?: EmbedFooter;
    image?: EmbedImage;
    thumbnail?: EmbedImage;
    video?: EmbedVideo;
    provider?: EmbedProvider;
    author?: EmbedAuthor;
    /** Up to 25 fields */
    fields?: EmbedField[];
    /** Embed flags. Bit set of EmbedFlags: IsContentInventoryEntry = 1 << 5. */
    flags?: number;
}
/** Reaction counts split by kind. */
export interface ReactionCountDetails {
    /** Super reactions */
    burst: number;
    normal: number;
}
/** Aggregated reactions of one emoji on a message. */
export interface Reaction {
    /** Total count, all kinds */
    count: number;
    count_details: ReactionCountDetails;
    /** The current user reacted */
    me: boolean;
    /** The current user super-reacted */
    me_burst: boolean;
    emoji: PartialEmoji;
    /** HEX colours of super reactions */
    burst_colors: string[];
}
/** Rich Presence activity attached to a message (invites to join, spectate...). */
export interface MessageActivity {
    type: MessageActivityType;
    party_id?: string;
}
/** Reference to another message: a reply, a forward, a crosspost source or a pin. */
export interface MessageReference {
    type?: MessageReferenceType;
    message_id?: Snowflake;
    channel_id: Snowflake;
    guild_id?: Snowflake;
}
/** Call information of a call message in DMs. */
export interface MessageCall {
    participants: Snowflake[];
    /** @format date-time */
    ended_timestamp?: string | null;
}
/** A client theme shared in a message. */
export interface SharedClientTheme {
    /** HEX colours */
    colors: string[];
    gradient_angle: number;
    base_mix: number;
    base_theme?: BaseThemeType | null;
}
/** Data of a role subscription purchase message. */
export interface RoleSubscriptionData {
    role_subscription_listing_id: Snowflake;
    tier_name: string;
    total_months_subscribed: number;
    is_renewal: boolean;
}
/** Text and/or emoji of a poll question or answer. */
export interface PollMedia {
    text?: string;
    emoji?: PartialEmoji;
}
/** An answer of a poll. */
export interface PollAnswer {
    /** Sequential, starting at 1 */
    answer_id: number;
    poll_media: PollMedia;
}
/** Vote count of an answer. */
export interface PollAnswerCount {
    /** answer_id */
    id: number;
    count: number;
    me_voted: boolean;
}
/** Poll results (possibly not final). */
export interface PollResults {
    is_finalized: boolean;
    answer_counts: PollAnswerCount[];
}
/** A poll attached to a message. */
export interface Poll {
    question: PollMedia;
    allow_multiselect: boolean;
    layout_type: PollLayoutType;
    answers: PollAnswer[];
    /**
     * End time, null for non-expiring polls
     * @format date-time
     */
    expiry: string | null;
    results?: PollResults;
}
/** Installation contexts that authorized an interaction, keyed by ApplicationIntegrationType: "0" = guild install (guild id, "0" in DMs with the bot), "1" = user install (user id). */
export interface AuthorizingIntegrationOwners {
    "0"?: Snowflake;
    "1"?: Snowflake;
}
/** Metadata of the application command interaction a message responds to. */
export interface ApplicationCommandInteractionMetadata {
    id: Snowflake;
    type: 2;
    user: User;
    authorizing_integration_owners: AuthorizingIntegrationOwners;
    original_response_message_id?: Snowflake;
    target_user?: User;
    target_message_id?: Snowflake;
}
/** Metadata of the component interaction a message responds to. */
export interface MessageComponentInteractionMetadata {
    id: Snowflake;
    type: 3;
    user: User;
    authorizing_integration_owners: AuthorizingIntegrationOwners;
    original_response_message_id?: Snowflake;
    interacted_message_id: Snowflake;
}
/** Metadata of the modal submit interaction a message responds to. */
export interface ModalSubmitInteractionMetadata {
    id: Snowflake;
    type: 5;
    user: User;
    authorizing_integration_owners: AuthorizingIntegrationOwners;
    original_response_message_id?: Snowflake;
    /** Interaction that opened the modal */
    triggering_interaction_metadata: ApplicationCommandInteractionMetadata | MessageComponentInteractionMetadata;
}
/** Metadata of the interaction a message was sent in response to. */
export type MessageInteractionMetadata = ApplicationCommandInteractionMetadata | MessageComponentInteractionMetadata | ModalSubmitInteractionMetadata;
/** Deprecated summary of the interaction a message responds to (use interaction_metadata). */
export interface MessageInteraction {
    id: Snowflake;
    type: InteractionType;
    /** Command name */
    name: string;
    user: User;
    member?: MessageInteractionMember;
}
/** A guild member in resolved interaction data (no user: see users). */
export interface ResolvedMember {
    /** Guild nickname */
    nick?: string | null;
    /** Role ids */
    roles: Snowflake[];
    /**
     * When the member started boosting
     * @format date-time
     */
    premium_since?: string | null;
    /** Whether the member has not yet passed membership screening */
    pending?: boolean;
    /**
     * Timeout end, if timed out
     * @format date-time
     */
    communication_disabled_until?: string | null;
    avatar_decoration_data?: AvatarDecorationData | null;
    collectibles?: Collectibles | null;
    /** Member flags. Bit set of GuildMemberFlags: DidRejoin = 1 << 0, CompletedOnboarding = 1 << 1, BypassesVerification = 1 << 2, StartedOnboarding = 1 << 3, IsGuest = 1 << 4, StartedHomeActions = 1 << 5, CompletedHomeActions = 1 << 6, AutomodQuarantinedUsernameOrGuildNickname = 1 << 7, AutomodQuarantinedBio = 1 << 8, DmSettingsUpsellAcknowledged = 1 << 9, AutoModQuarantinedGuildTag = 1 << 10. */
    flags: number;
    avatar?: string | null;
    banner?: string | null;
    /** @format date-time */
    joined_at: string | null;
    permissions: Permissions;
}
/** A non-thread channel in resolved interaction data. */
export interface ResolvedChannel {
    id: Snowflake;
    type: ResolvedChannelType;
    name: string | null;
    permissions: Permissions;
    app_permissions?: Permissions;
}
/** A thread in resolved interaction data. */
export interface ResolvedThreadChannel {
    id: Snowflake;
    type: ResolvedThreadChannelType;
    name: string | null;
    permissions: Permissions;
    app_permissions?: Permissions;
    parent_id?: Snowflake;
    thread_metadata?: ThreadMetadata;
}
/** Users, members, roles, channels and attachments referenced by an interaction, keyed by id. */
export interface InteractionDataResolved {
    users?: Record<string, User>;
    roles?: Record<string, Role>;
    members?: Record<string, ResolvedMember>;
    channels?: Record<string, ResolvedChannel | ResolvedThreadChannel>;
    attachments?: Record<string, Attachment>;
}
/** The emoji of a button or select option: a custom emoji (id) or a Unicode one (name). */
export interface ComponentEmoji {
    id?: Snowflake;
    /** Custom emoji name, or the Unicode emoji itself */
    name?: string;
    animated?: boolean;
}
/** A button that sends an interaction with its custom_id when clicked (styles 1-4: Primary, Secondary, Success, Danger). */
export interface InteractiveButtonComponent {
    type: 2;
    /** Identifier of the component within the message */
    id?: number;
    style: InteractiveButtonComponentStyle;
    /** Text on the button (max 80 characters) */
    label?: string;
    emoji?: ComponentEmoji;
    /** Developer-defined identifier sent back in the interaction (max 100 characters) */
    custom_id: string;
    disabled?: boolean;
}
/** A button that opens a URL (style 5, Link); it sends no interaction. */
export interface LinkButtonComponent {
    type: 2;
    /** Identifier of the component within the message */
    id?: number;
    style: 5;
    /** Text on the button (max 80 characters) */
    label?: string;
    emoji?: ComponentEmoji;
    /** URL opened by the button */
    url: string;
    disabled?: boolean;
}
/** A button that starts the purchase of a SKU (style 6, Premium); no label, emoji or custom_id. */
export interface PremiumButtonComponent {
    type: 2;
    /** Identifier of the component within the message */
    id?: number;
    style: 6;
    sku_id: Snowflake;
    disabled?: boolean;
}
/** A button (component type 2), told apart by style: interactive (1-4), Link (5) or Premium (6). */
export type ButtonComponent = InteractiveButtonComponent | LinkButtonComponent | PremiumButtonComponent;
/** A choice of a string select menu. */
export interface SelectMenuOption {
    /** Text shown to the user (max 100 characters) */
    label: string;
    /** Value sent in the interaction (max 100 characters) */
    value: string;
    /** Additional text (max 100 characters) */
    description?: string;
    emoji?: ComponentEmoji;
    /** Selected by default */
    default?: boolean;
}
/** A user preselected in a user or mentionable select. */
export interface UserSelectDefaultValue {
    type: 'user';
    id: Snowflake;
}
/** A role preselected in a role select. */
export interface RoleSelectDefaultValue {
    type: 'role';
    id: Snowflake;
}
/** A user or role preselected in a mentionable select. */
export interface MentionableSelectDefaultValue {
    type: MentionableSelectDefaultValueType;
    id: Snowflake;
}
/** A channel preselected in a channel select. */
export interface ChannelSelectDefaultValue {
    type: 'channel';
    id: Snowflake;
}
/** A select menu with developer-defined options (component type 3). */
export interface StringSelectComponent {
    type: 3;
    /** Identifier of the component within the message */
    id?: number;
    /** Developer-defined identifier sent back in the interaction (max 100 characters) */
    custom_id: string;
    /** The choices (max 25) */
    options: SelectMenuOption[];
    /** Text shown when nothing is selected (max 150 characters) */
    placeholder?: string;
    /** Minimum number of choices (0-25, default 1) */
    min_values?: number;
    /** Maximum number of choices (1-25, default 1) */
    max_values?: number;
    disabled?: boolean;
    /** Whether a choice is required (modals only) */
    required?: boolean;
}
/** A select menu of users (component type 5). */
export interface UserSelectComponent {
    type: 5;
    /** Identifier of the component within the message */
    id?: number;
    /** Developer-defined identifier sent back in the interaction (max 100 characters) */
    custom_id: string;
    /** Text shown when nothing is selected (max 150 characters) */
    placeholder?: string;
    default_values?: UserSelectDefaultValue[];
    /** Minimum number of choices (0-25, default 1) */
    min_values?: number;
    /** Maximum number of choices (1-25, default 1) */
    max_values?: number;
    disabled?: boolean;
    /** Whether a choice is required (modals only) */
    required?: boolean;
}
/** A select menu of roles (component type 6). */
export interface RoleSelectComponent {
    type: 6;
    /** Identifier of the component within the message */
    id?: number;
    /** Developer-defined identifier sent back in the interaction (max 100 characters) */
    custom_id: string;
    /** Text shown when nothing is selected (max 150 characters) */
    placeholder?: string;
    default_values?: RoleSelectDefaultValue[];
    /** Minimum number of choices (0-25, default 1) */
    min_values?: number;
    /** Maximum number of choices (1-25, default 1) */
    max_values?: number;
    disabled?: boolean;
    /** Whether a choice is required (modals only) */
    required?: boolean;
}
/** A select menu of users and roles (component type 7). */
export interface MentionableSelectComponent {
    type: 7;
    /** Identifier of the component within the message */
    id?: number;
    /** Developer-defined identifier sent back in the interaction (max 100 characters) */
    custom_id: string;
    /** Text shown when nothing is selected (max 150 characters) */
    placeholder?: string;
    default_values?: MentionableSelectDefaultValue[];
    /** Minimum number of choices (0-25, default 1) */
    min_values?: number;
    /** Maximum number of choices (1-25, default 1) */
    max_values?: number;
    disabled?: boolean;
    /** Whether a choice is required (modals only) */
    required?: boolean;
}
/** A select menu of channels (component type 8). */
export interface ChannelSelectComponent {
    type: 8;
    /** Identifier of the component within the message */
    id?: number;
    /** Developer-defined identifier sent back in the interaction (max 100 characters) */
    custom_id: string;
    /** Channel types offered (all if absent) */
    channel_types?: ChannelType[];
    /** Text shown when nothing is selected (max 150 characters) */
    placeholder?: string;
    default_values?: ChannelSelectDefaultValue[];
    /** Minimum number of choices (0-25, default 1) */
    min_values?: number;
    /** Maximum number of choices (1-25, default 1) */
    max_values?: number;
    disabled?: boolean;
    /** Whether a choice is required (modals only) */
    required?: boolean;
}
/** Any select menu: string (3), user (5), role (6), mentionable (7) or channel (8). */
export type SelectMenuComponent = StringSelectComponent | UserSelectComponent | RoleSelectComponent | MentionableSelectComponent | ChannelSelectComponent;
/** What a message's action row holds: buttons, or one select menu. */
export type ComponentInMessageActionRow = ButtonComponent | SelectMenuComponent;
/** A row of up to 5 buttons or a single select menu (component type 1). */
export interface ActionRowComponent {
    type: 1;
    /** Identifier of the component within the message */
    id?: number;
    components: ComponentInMessageActionRow[];
}
/** A text field in a modal (component type 4). Modals only: a message never contains one (what a modal submit sends back is ModalSubmitTextInputComponent). */
export interface TextInputComponent {
    type: 4;
    /** Identifier of the component within the modal */
    id?: number;
    /** Developer-defined identifier sent back in the modal submit (max 100 characters) */
    custom_id: string;
    style: TextInputStyle;
    /** Label above the field (deprecated in favour of a Label component) */
    label?: string;
    /** Text shown when empty (max 100 characters) */
    placeholder?: string;
    /** Prefilled text (max 4000 characters) */
    value?: string;
    /** Minimum input length (0-4000) */
    min_length?: number;
    /** Maximum input length (1-4000) */
    max_length?: number;
    /** Whether the field must be filled (default true) */
    required?: boolean;
}
/** A media item of a thumbnail, media gallery or file component (an https or attachment:// URL). */
export interface UnfurledMediaItem {
    /** URL of the media: arbitrary URL or attachment://<filename> */
    url: string;
    /** Proxied URL (set by Discord) */
    proxy_url?: string;
    width?: number | null;
    height?: number | null;
    /** ThumbHash placeholder */
    placeholder?: string | null;
    placeholder_version?: number | null;
    /** Media type of the content */
    content_type?: string | null;
    loading_state?: UnfurledMediaItemLoadingState;
    /** Bit set of UnfurledMediaItemFlags: IsAnimated = 1 << 0. */
    flags?: number;
    attachment_id?: Snowflake;
}
/** Markdown text (component type 10, Components V2). */
export interface TextDisplayComponent {
    type: 10;
    /** Identifier of the component within the message */
    id?: number;
    /** Markdown text */
    content: string;
}
/** A small image, as the accessory of a section (component type 11, Components V2). */
export interface ThumbnailComponent {
    type: 11;
    /** Identifier of the component within the message */
    id?: number;
    media: UnfurledMediaItem;
    /** Alt text (max 1024 characters) */
    description?: string | null;
    spoiler?: boolean;
}
/** What sits beside a section's text: a button or a thumbnail. */
export type SectionAccessoryComponent = ButtonComponent | ThumbnailComponent;
/** 1-3 text displays with an accessory beside them (component type 9, Components V2). */
export interface SectionComponent {
    type: 9;
    /** Identifier of the component within the message */
    id?: number;
    components: TextDisplayComponent[];
    accessory: SectionAccessoryComponent;
}
/** One image or video of a media gallery. */
export interface MediaGalleryItem {
    media: UnfurledMediaItem;
    /** Alt text (max 1024 characters) */
    description?: string | null;
    spoiler?: boolean;
}
/** A grid of 1-10 images or videos (component type 12, Components V2). */
export interface MediaGalleryComponent {
    type: 12;
    /** Identifier of the component within the message */
    id?: number;
    items: MediaGalleryItem[];
}
/** An attached file shown in the message (component type 13, Components V2). */
export interface FileComponent {
    type: 13;
    /** Identifier of the component within the message */
    id?: number;
    file: UnfurledMediaItem;
    spoiler?: boolean;
    /** File name (set by Discord) */
    name?: string;
    /** File size in bytes (set by Discord) */
    size?: number;
}
/** Vertical space, with or without a divider line (component type 14, Components V2). */
export interface SeparatorComponent {
    type: 14;
    /** Identifier of the component within the message */
    id?: number;
    /** Whether a line is shown (default true) */
    divider?: boolean;
    spacing?: SeparatorSpacingSize;
}
/** What a container holds. */
export type ComponentInContainer = ActionRowComponent | TextDisplayComponent | SectionComponent | MediaGalleryComponent | FileComponent | SeparatorComponent;
/** A box around other components, with an optional accent colour (component type 17, Components V2). */
export interface ContainerComponent {
    type: 17;
    /** Identifier of the component within the message */
    id?: number;
    components: ComponentInContainer[];
    /** RGB colour of the left border (0x000000-0xFFFFFF) */
    accent_color?: number | null;
    spoiler?: boolean;
}
/** A component at the top level of a message: an action row, or (with the IsComponentsV2 message flag) a layout or content component. Told apart by type (ComponentType). */
export type MessageTopLevelComponent = ActionRowComponent | TextDisplayComponent | SectionComponent | MediaGalleryComponent | FileComponent | SeparatorComponent | ContainerComponent;
/** A message sent in a channel. */
export interface Message {
    id: Snowflake;
    channel_id: Snowflake;
    author: User;
    /** Text; empty without the MESSAGE_CONTENT intent in guilds (unless the bot is mentioned) */
    content: string;
    /**
     * When it was sent
     * @format date-time
     */
    timestamp: string;
    /**
     * When it was last edited
     * @format date-time
     */
    edited_timestamp: string | null;
    /** Text-to-speech */
    tts: boolean;
    /** Mentions @everyone */
    mention_everyone: boolean;
    /** Mentioned users */
    mentions: User[];
    /** Mentioned role ids */
    mention_roles: Snowflake[];
    /** Channels mentioned in a crosspost */
    mention_channels?: ChannelMention[];
    attachments: Attachment[];
    embeds: Embed[];
    reactions?: Reaction[];
    /** Client nonce used to confirm a sent message */
    nonce?: number | string;
    pinned: boolean;
    webhook_id?: Snowflake;
    type: MessageType;
    activity?: MessageActivity;
    application?: PartialApplication;
    application_id?: Snowflake;
    message_reference?: MessageReference;
    /** Message flags. Bit set of MessageFlags: Crossposted = 1 << 0, IsCrosspost = 1 << 1, SuppressEmbeds = 1 << 2, SourceMessageDeleted = 1 << 3, Urgent = 1 << 4, HasThread = 1 << 5, Ephemeral = 1 << 6, Loading = 1 << 7, FailedToMentionSomeRolesInThread = 1 << 8, ShouldShowLinkNotDiscordWarning = 1 << 10, SuppressNotifications = 1 << 12, IsVoiceMessage = 1 << 13, HasSnapshot = 1 << 14, IsComponentsV2 = 1 << 15. */
    flags?: number;
    /** The replied-to or pinned message; null if it was deleted */
    referenced_message?: Message | null;
    interaction_metadata?: MessageInteractionMetadata;
    interaction?: MessageInteraction;
    thread?: Channel;
    /** Message components: action rows of buttons and selects, or (IsComponentsV2 flag) the layout components */
    components?: MessageTopLevelComponent[];
    sticker_items?: StickerItem[];
    /** Deprecated */
    stickers?: Sticker[];
    /** Approximate position in a thread */
    position?: number;
    role_subscription_data?: RoleSubscriptionData;
    resolved?: InteractionDataResolved;
    poll?: Poll;
    /** Forwarded message contents */
    message_snapshots?: MessageSnapshot[];
    call?: MessageCall;
    shared_client_theme?: SharedClientTheme;
}
/** The copied fields of a forwarded message. */
export interface MessageSnapshotFields {
    attachments: Attachment[];
    /** Message components: action rows of buttons and selects, or (IsComponentsV2 flag) the layout components */
    components?: MessageTopLevelComponent[];
    content: string;
    /** @format date-time */
    edited_timestamp: string | null;
    embeds: Embed[];
    /** Message flags. Bit set of MessageFlags: Crossposted = 1 << 0, IsCrosspost = 1 << 1, SuppressEmbeds = 1 << 2, SourceMessageDeleted = 1 << 3, Urgent = 1 << 4, HasThread = 1 << 5, Ephemeral = 1 << 6, Loading = 1 << 7, FailedToMentionSomeRolesInThread = 1 << 8, ShouldShowLinkNotDiscordWarning = 1 << 10, SuppressNotifications = 1 << 12, IsVoiceMessage = 1 << 13, HasSnapshot = 1 << 14, IsComponentsV2 = 1 << 15. */
    flags?: number;
    mention_roles: Snowflake[];
    mentions: User[];
    sticker_items?: StickerItem[];
    stickers?: Sticker[];
    /** @format date-time */
    timestamp: string;
    type: MessageType;
}
/** Snapshot of a forwarded message. */
export interface MessageSnapshot {
    message: MessageSnapshotFields;
    guild_id?: Snowflake;
}
/** A mentioned user, with their member object in guilds. */
export interface MentionedUser {
    id: Snowflake;
    /** Username, not unique across the platform before the username migration */
    username: string;
    /** Legacy 4-digit tag; '0' for migrated users */
    discriminator: string;
    /** Display name, if set */
    global_name: string | null;
    /** Avatar hash */
    avatar: string | null;
    /** Whether the user belongs to an OAuth2 application */
    bot?: boolean;
    /** Whether the user is an official Discord system user */
    system?: boolean;
    /** Whether two-factor authentication is enabled */
    mfa_enabled?: boolean;
    /** Banner hash */
    banner?: string | null;
    /** Banner colour as an RGB integer */
    accent_color?: number | null;
    /** Chosen language */
    locale?: string;
    /** Whether the email is verified */
    verified?: boolean;
    /** Email address */
    email?: string | null;
    /** Flags on the account. Bit set of UserFlags: Staff = 1 << 0, Partner = 1 << 1, Hypesquad = 1 << 2, BugHunterLevel1 = 1 << 3, MFASMS = 1 << 4, PremiumPromoDismissed = 1 << 5, HypeSquadOnlineHouse1 = 1 << 6, HypeSquadOnlineHouse2 = 1 << 7, HypeSquadOnlineHouse3 = 1 << 8, PremiumEarlySupporter = 1 << 9, TeamPseudoUser = 1 << 10, HasUnreadUrgentMessages = 1 << 13, BugHunterLevel2 = 1 << 14, VerifiedBot = 1 << 16, VerifiedDeveloper = 1 << 17, CertifiedModerator = 1 << 18, BotHTTPInteractions = 1 << 19, Spammer = 1 << 20, DisablePremium = 1 << 21, ActiveDeveloper = 1 << 22, Quarantined = 1 << 44, Collaborator = 1 << 50, RestrictedCollaborator = 1 << 51. */
    flags?: number;
    premium_type?: UserPremiumType;
    /** Public flags on the account. Bit set of UserFlags: Staff = 1 << 0, Partner = 1 << 1, Hypesquad = 1 << 2, BugHunterLevel1 = 1 << 3, MFASMS = 1 << 4, PremiumPromoDismissed = 1 << 5, HypeSquadOnlineHouse1 = 1 << 6, HypeSquadOnlineHouse2 = 1 << 7, HypeSquadOnlineHouse3 = 1 << 8, PremiumEarlySupporter = 1 << 9, TeamPseudoUser = 1 << 10, HasUnreadUrgentMessages = 1 << 13, BugHunterLevel2 = 1 << 14, VerifiedBot = 1 << 16, VerifiedDeveloper = 1 << 17, CertifiedModerator = 1 << 18, BotHTTPInteractions = 1 << 19, Spammer = 1 << 20, DisablePremium = 1 << 21, ActiveDeveloper = 1 << 22, Quarantined = 1 << 44, Collaborator = 1 << 50, RestrictedCollaborator = 1 << 51. */
    public_flags?: number;
    /** Legacy avatar decoration hash */
    avatar_decoration?: string | null;
    avatar_decoration_data?: AvatarDecorationData | null;
    collectibles?: Collectibles | null;
    primary_guild?: UserPrimaryGuild | null;
    member?: GuildMemberWithoutUser;
}
/** Unix times (ms) of the start and/or end of an activity. */
export interface ActivityTimestamps {
    start?: number;
    end?: number;
}
/** Emoji of a custom status. */
export interface ActivityEmoji {
    name: string | null;
    id?: Snowflake | null;
    animated?: boolean;
}
/** Party of an activity. */
export interface ActivityParty {
    id?: string;
    /** [current size, max size] */
    size?: [number, number];
}
/** Images and hover texts of a Rich Presence activity. */
export interface ActivityAssets {
    large_image?: string;
    large_text?: string;
    large_url?: string;
    small_image?: string;
    small_text?: string;
    small_url?: string;
    invite_cover_image?: string;
}
/** Secrets for Rich Presence joining and spectating. */
export interface ActivitySecrets {
    join?: string;
    spectate?: string;
    match?: string;
}
/** A custom button shown on a Rich Presence. */
export interface ActivityButton {
    label: string;
    url: string;
}
/** An activity of a user (game, stream, listening, custom status...). */
export interface Activity {
    id: string;
    name: string;
    type: ActivityType;
    /** Stream URL (Streaming only) */
    url?: string | null;
    /** Unix time (ms) it was added to the session */
    created_at: number;
    timestamps?: ActivityTimestamps;
    sync_id?: string;
    platform?: string;
    application_id?: Snowflake;
    status_display_type?: StatusDisplayType | null;
    details?: string | null;
    details_url?: string | null;
    state?: string | null;
    state_url?: string | null;
    emoji?: ActivityEmoji;
    session_id?: string;
    party?: ActivityParty;
    assets?: ActivityAssets;
    secrets?: ActivitySecrets;
    instance?: boolean;
    /** Activity flags. Bit set of ActivityFlags: Instance = 1 << 0, Join = 1 << 1, Spectate = 1 << 2, JoinRequest = 1 << 3, Sync = 1 << 4, Play = 1 << 5, PartyPrivacyFriends = 1 << 6, PartyPrivacyVoiceChannel = 1 << 7, Embedded = 1 << 8. */
    flags?: number;
    /** Custom buttons (labels only when received by bots) */
    buttons?: ActivityButton[] | string[];
}
/** Activity a bot can set in Identify or Update Presence. */
export interface ActivityUpdate {
    name: string;
    type: ActivityType;
    /** Stream URL */
    url?: string | null;
    /** Custom status text */
    state?: string | null;
}
export type PresenceStatus = 'online' | 'dnd' | 'idle' | 'offline';
/** Status per platform; a platform is absent when the user is not active on it. */
export interface ClientStatus {
    desktop?: PresenceStatus;
    mobile?: PresenceStatus;
    web?: PresenceStatus;
    vr?: PresenceStatus;
}
/** A user's presence in a guild (members chunk). */
export interface Presence {
    user: PartialUser;
    status?: PresenceStatus;
    activities?: Activity[];
    client_status?: ClientStatus;
}
/** A user's voice connection state. */
export interface VoiceState {
    /** Voice channel, null after leaving */
    channel_id: Snowflake | null;
    user_id: Snowflake;
    member?: GuildMember;
    session_id: string;
    /** Server-deafened */
    deaf: boolean;
    /** Server-muted */
    mute: boolean;
    self_deaf: boolean;
    self_mute: boolean;
    /** Go Live */
    self_stream?: boolean;
    /** Camera on */
    self_video: boolean;
    /** Suppressed by the stage permissions */
    suppress: boolean;
    /** @format date-time */
    request_to_speak_timestamp: string | null;
    guild_id?: Snowflake;
}
/** A voice state without guild_id (the voice states of GUILD_CREATE). */
export interface BaseVoiceState {
    /** Voice channel, null after leaving */
    channel_id: Snowflake | null;
    user_id: Snowflake;
    member?: GuildMember;
    session_id: string;
    /** Server-deafened */
    deaf: boolean;
    /** Server-muted */
    mute: boolean;
    self_deaf: boolean;
    self_mute: boolean;
    /** Go Live */
    self_stream?: boolean;
    /** Camera on */
    self_video: boolean;
    /** Suppressed by the stage permissions */
    suppress: boolean;
    /** @format date-time */
    request_to_speak_timestamp: string | null;
}
/** A live stage in a stage channel. */
export interface StageInstance {
    id: Snowflake;
    guild_id: Snowflake;
    channel_id: Snowflake;
    topic: string;
    privacy_level: StageInstancePrivacyLevel;
    /** Deprecated */
    discoverable_disabled: boolean;
    guild_scheduled_event_id?: Snowflake;
}
/** A soundboard sound. */
export interface SoundboardSound {
    name: string;
    sound_id: Snowflake;
    /** 0 to 1 */
    volume: number;
    emoji_id: Snowflake | null;
    emoji_name: string | null;
    guild_id?: Snowflake;
    available: boolean;
    user?: User;
}
/** A weekday in a week of the month (e.g. the 2nd Tuesday). */
export interface GuildScheduledEventRecurrenceRuleNWeekday {
    n: GuildScheduledEventRecurrenceRuleNWeekdayN;
    day: GuildScheduledEventRecurrenceRuleWeekday;
}
/** How a scheduled event repeats (a subset of iCalendar RRULE). */
export interface GuildScheduledEventRecurrenceRule {
    /** @format date-time */
    start: string;
    /** @format date-time */
    end: string | null;
    frequency: GuildScheduledEventRecurrenceRuleFrequency;
    interval: number;
    by_weekday: GuildScheduledEventRecurrenceRuleWeekday[] | null;
    by_n_weekday: GuildScheduledEventRecurrenceRuleNWeekday[] | null;
    by_month: GuildScheduledEventRecurrenceRuleMonth[] | null;
    by_month_day: number[] | null;
    by_year_day: number[] | null;
    count: number | null;
}
/** Entity metadata of an external scheduled event. */
export interface GuildScheduledEventLocation {
    /** 1-100 characters */
    location: string;
}
/** A scheduled event in a stage channel (entity_type 1). */
export interface StageInstanceGuildScheduledEvent {
    id: Snowflake;
    guild_id: Snowflake;
    channel_id: Snowflake;
    creator_id?: Snowflake | null;
    name: string;
    description?: string | null;
    /** @format date-time */
    scheduled_start_time: string;
    /** @format date-time */
    scheduled_end_time: string | null;
    privacy_level: GuildScheduledEventPrivacyLevel;
    status: GuildScheduledEventStatus;
    entity_type: 1;
    entity_id: Snowflake | null;
    entity_metadata: null;
    creator?: User;
    /** Subscribed users */
    user_count?: number;
    /** Cover image hash */
    image?: string | null;
    recurrence_rule: GuildScheduledEventRecurrenceRule | null;
}
/** A scheduled event in a voice channel (entity_type 2). */
export interface VoiceGuildScheduledEvent {
    id: Snowflake;
    guild_id: Snowflake;
    channel_id: Snowflake;
    creator_id?: Snowflake | null;
    name: string;
    description?: string | null;
    /** @format date-time */
    scheduled_start_time: string;
    /** @format date-time */
    scheduled_end_time: string | null;
    privacy_level: GuildScheduledEventPrivacyLevel;
    status: GuildScheduledEventStatus;
    entity_type: 2;
    entity_id: Snowflake | null;
    entity_metadata: null;
    creator?: User;
    /** Subscribed users */
    user_count?: number;
    /** Cover image hash */
    image?: string | null;
    recurrence_rule: GuildScheduledEventRecurrenceRule | null;
}
/** A scheduled event somewhere else (entity_type 3). */
export interface ExternalGuildScheduledEvent {
    id: Snowflake;
    guild_id: Snowflake;
    channel_id: null;
    creator_id?: Snowflake | null;
    name: string;
    description?: string | null;
    /** @format date-time */
    scheduled_start_time: string;
    /** @format date-time */
    scheduled_end_time: string | null;
    privacy_level: GuildScheduledEventPrivacyLevel;
    status: GuildScheduledEventStatus;
    entity_type: 3;
    entity_id: Snowflake | null;
    entity_metadata: GuildScheduledEventLocation;
    creator?: User;
    /** Subscribed users */
    user_count?: number;
    /** Cover image hash */
    image?: string | null;
    recurrence_rule: GuildScheduledEventRecurrenceRule | null;
}
/** A scheduled event in a guild. */
export type GuildScheduledEvent = StageInstanceGuildScheduledEvent | VoiceGuildScheduledEvent | ExternalGuildScheduledEvent;
/** A member of a developer team. */
export interface TeamMember {
    membership_state: TeamMemberMembershipState;
    /** Always ['*'] */
    permissions: ['*'];
    team_id: Snowflake;
    user: User;
    role: TeamMemberRole;
}
/** A developer team that owns an application. */
export interface Team {
    icon: string | null;
    id: Snowflake;
    members: TeamMember[];
    name: string;
    owner_user_id: Snowflake;
}
/** Default scopes and permissions for adding an application. */
export interface InstallParams {
    scopes: OAuth2Scopes[];
    permissions: Permissions;
}
/** Install settings for one installation context. */
export interface IntegrationTypeConfig {
    oauth2_install_params?: InstallParams;
}
/** Install settings keyed by ApplicationIntegrationType ("0" = guild install, "1" = user install). */
export interface IntegrationTypesConfig {
    "0"?: IntegrationTypeConfig;
    "1"?: IntegrationTypeConfig;
}
/** A Discord application (bot or OAuth2 app). */
export interface Application {
    id: Snowflake;
    name: string;
    icon: string | null;
    description: string;
    rpc_origins?: string[];
    bot_public: boolean;
    bot_require_code_grant: boolean;
    bot?: User;
    terms_of_service_url?: string;
    privacy_policy_url?: string;
    owner?: User;
    /** Deprecated, always empty */
    summary: '';
    /** Hex public key for interaction signatures */
    verify_key: string;
    team: Team | null;
    guild_id?: Snowflake;
    guild?: PartialGuild;
    primary_sku_id?: Snowflake;
    slug?: string;
    cover_image?: string;
    /** Public application flags. Bit set of ApplicationFlags: EmbeddedReleased = 1 << 1, ManagedEmoji = 1 << 2, EmbeddedIAP = 1 << 3, GroupDMCreate = 1 << 4, ApplicationAutoModerationRuleCreateBadge = 1 << 6, RPCHasConnected = 1 << 11, GatewayPresence = 1 << 12, GatewayPresenceLimited = 1 << 13, GatewayGuildMembers = 1 << 14, GatewayGuildMembersLimited = 1 << 15, VerificationPendingGuildLimit = 1 << 16, Embedded = 1 << 17, GatewayMessageContent = 1 << 18, GatewayMessageContentLimited = 1 << 19, EmbeddedFirstParty = 1 << 20, ApplicationCommandBadge = 1 << 23. */
    flags: number;
    /** Application flags as a decimal string */
    flags_new: string;
    approximate_guild_count?: number;
    approximate_user_install_count?: number;
    approximate_user_authorization_count?: number;
    redirect_uris?: string[];
    interactions_endpoint_url?: string | null;
    role_connections_verification_url?: string | null;
    /** Up to 5 tags describing the application */
    tags?: [string, string?, string?, string?, string?];
    install_params?: InstallParams;
    integration_types_config?: IntegrationTypesConfig;
    custom_install_url?: string;
    event_webhooks_url?: string | null;
    event_webhooks_status?: ApplicationWebhookEventStatus;
    event_webhooks_types?: ApplicationWebhookEventType[];
}
/** An application object in which every field may be missing. */
export interface PartialApplication {
    id?: Snowflake;
    name?: string;
    icon?: string | null;
    description?: string;
    rpc_origins?: string[];
    bot_public?: boolean;
    bot_require_code_grant?: boolean;
    bot?: User;
    terms_of_service_url?: string;
    privacy_policy_url?: string;
    owner?: User;
    /** Deprecated, always empty */
    summary?: '';
    /** Hex public key for interaction signatures */
    verify_key?: string;
    team?: Team | null;
    guild_id?: Snowflake;
    guild?: PartialGuild;
    primary_sku_id?: Snowflake;
    slug?: string;
    cover_image?: string;
    /** Public application flags. Bit set of ApplicationFlags: EmbeddedReleased = 1 << 1, ManagedEmoji = 1 << 2, EmbeddedIAP = 1 << 3, GroupDMCreate = 1 << 4, ApplicationAutoModerationRuleCreateBadge = 1 << 6, RPCHasConnected = 1 << 11, GatewayPresence = 1 << 12, GatewayPresenceLimited = 1 << 13, GatewayGuildMembers = 1 << 14, GatewayGuildMembersLimited = 1 << 15, VerificationPendingGuildLimit = 1 << 16, Embedded = 1 << 17, GatewayMessageContent = 1 << 18, GatewayMessageContentLimited = 1 << 19, EmbeddedFirstParty = 1 << 20, ApplicationCommandBadge = 1 << 23. */
    flags?: number;
    /** Application flags as a decimal string */
    flags_new?: string;
    approximate_guild_count?: number;
    approximate_user_install_count?: number;
    approximate_user_authorization_count?: number;
    redirect_uris?: string[];
    interactions_endpoint_url?: string | null;
    role_connections_verification_url?: string | null;
    /** Up to 5 tags describing the application */
    tags?: [string, string?, string?, string?, string?];
    install_params?: InstallParams;
    integration_types_config?: IntegrationTypesConfig;
    custom_install_url?: string;
    event_webhooks_url?: string | null;
    event_webhooks_status?: ApplicationWebhookEventStatus;
    event_webhooks_types?: ApplicationWebhookEventType[];
}
/** The current application, as sent in READY. */
export interface ReadyApplication {
    id: Snowflake;
    /** Public application flags. Bit set of ApplicationFlags: EmbeddedReleased = 1 << 1, ManagedEmoji = 1 << 2, EmbeddedIAP = 1 << 3, GroupDMCreate = 1 << 4, ApplicationAutoModerationRuleCreateBadge = 1 << 6, RPCHasConnected = 1 << 11, GatewayPresence = 1 << 12, GatewayPresenceLimited = 1 << 13, GatewayGuildMembers = 1 << 14, GatewayGuildMembersLimited = 1 << 15, VerificationPendingGuildLimit = 1 << 16, Embedded = 1 << 17, GatewayMessageContent = 1 << 18, GatewayMessageContentLimited = 1 << 19, EmbeddedFirstParty = 1 << 20, ApplicationCommandBadge = 1 << 23. */
    flags: number;
    /** Application flags as a decimal string */
    flags_new: string;
}
/** Access of a user or guild to a premium offering. */
export interface Entitlement {
    id: Snowflake;
    sku_id: Snowflake;
    user_id?: Snowflake;
    guild_id?: Snowflake;
    application_id: Snowflake;
    type: EntitlementType;
    deleted: boolean;
    /** @format date-time */
    starts_at: string | null;
    /** @format date-time */
    ends_at: string | null;
    consumed?: boolean;
}
/** The guild an interaction was triggered in (partial). */
export interface InteractionGuild {
    id: Snowflake;
    features: GuildFeature[];
    locale: Locale;
}
/** A text channel (type 0) as the channel of an interaction: the fields of GuildTextChannel, of which only id and type are sure to be present. */
export interface PartialGuildTextChannel {
    id: Snowflake;
    type: 0;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** Slowmode in seconds (0-21600) */
    rate_limit_per_user?: number;
    /** Id of the last message (may not exist) */
    last_message_id?: Snowflake | null;
    /** 1-100 characters */
    name?: string;
    guild_id?: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Parent category */
    parent_id?: Snowflake | null;
    nsfw?: boolean;
    /** Sort position */
    position?: number;
    /** @format date-time */
    last_pin_timestamp?: string | null;
    default_auto_archive_duration?: ThreadAutoArchiveDuration;
    /** Initial slowmode of new threads */
    default_thread_rate_limit_per_user?: number;
    /** Channel topic */
    topic?: string | null;
}
/** An announcement channel (type 5) as the channel of an interaction: the fields of GuildAnnouncementChannel, of which only id and type are sure to be present. */
export interface PartialGuildAnnouncementChannel {
    id: Snowflake;
    type: 5;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** Slowmode in seconds (0-21600) */
    rate_limit_per_user?: number;
    /** Id of the last message (may not exist) */
    last_message_id?: Snowflake | null;
    /** 1-100 characters */
    name?: string;
    guild_id?: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Parent category */
    parent_id?: Snowflake | null;
    nsfw?: boolean;
    /** Sort position */
    position?: number;
    /** @format date-time */
    last_pin_timestamp?: string | null;
    default_auto_archive_duration?: ThreadAutoArchiveDuration;
    /** Initial slowmode of new threads */
    default_thread_rate_limit_per_user?: number;
    /** Channel topic */
    topic?: string | null;
}
/** A category (type 4) as the channel of an interaction: the fields of GuildCategoryChannel, of which only id and type are sure to be present. */
export interface PartialGuildCategoryChannel {
    id: Snowflake;
    type: 4;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** 1-100 characters */
    name?: string;
    guild_id?: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Categories cannot be nested */
    parent_id?: null;
    nsfw?: boolean;
    /** Sort position */
    position?: number;
}
/** A voice channel (type 2) as the channel of an interaction: the fields of GuildVoiceChannel, of which only id and type are sure to be present. */
export interface PartialGuildVoiceChannel {
    id: Snowflake;
    type: 2;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** 1-100 characters */
    name?: string;
    guild_id?: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Parent category */
    parent_id?: Snowflake | null;
    nsfw?: boolean;
    /** Sort position */
    position?: number;
    /** Slowmode in seconds (0-21600) */
    rate_limit_per_user?: number;
    /** Id of the last message (may not exist) */
    last_message_id?: Snowflake | null;
    /** Bitrate in bits per second */
    bitrate?: number;
    /** Maximum users (0 = unlimited) */
    user_limit?: number;
    /** Voice region id, null = automatic */
    rtc_region?: string | null;
    video_quality_mode?: VideoQualityMode;
}
/** A stage channel (type 13) as the channel of an interaction: the fields of GuildStageVoiceChannel, of which only id and type are sure to be present. */
export interface PartialGuildStageVoiceChannel {
    id: Snowflake;
    type: 13;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** 1-100 characters */
    name?: string;
    guild_id?: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Parent category */
    parent_id?: Snowflake | null;
    nsfw?: boolean;
    /** Sort position */
    position?: number;
    /** Slowmode in seconds (0-21600) */
    rate_limit_per_user?: number;
    /** Id of the last message (may not exist) */
    last_message_id?: Snowflake | null;
    /** Bitrate in bits per second */
    bitrate?: number;
    /** Maximum users (0 = unlimited) */
    user_limit?: number;
    /** Voice region id, null = automatic */
    rtc_region?: string | null;
    video_quality_mode?: VideoQualityMode;
}
/** A forum channel (type 15) as the channel of an interaction: the fields of GuildForumChannel, of which only id and type are sure to be present. */
export interface PartialGuildForumChannel {
    id: Snowflake;
    type: 15;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** 1-100 characters */
    name?: string;
    guild_id?: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Parent category */
    parent_id?: Snowflake | null;
    nsfw?: boolean;
    /** Sort position */
    position?: number;
    /** Guidelines shown when creating a post */
    topic?: string | null;
    /** Id of the last created thread */
    last_message_id?: Snowflake | null;
    /** Slowmode for creating posts */
    rate_limit_per_user?: number;
    /** @format date-time */
    last_pin_timestamp?: string | null;
    default_auto_archive_duration?: ThreadAutoArchiveDuration;
    available_tags?: ForumTag[];
    default_thread_rate_limit_per_user?: number;
    default_reaction_emoji?: DefaultReactionEmoji | null;
    default_sort_order?: SortOrderType | null;
    default_forum_layout?: ForumLayoutType;
}
/** A media channel (type 16) as the channel of an interaction: the fields of GuildMediaChannel, of which only id and type are sure to be present. */
export interface PartialGuildMediaChannel {
    id: Snowflake;
    type: 16;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** 1-100 characters */
    name?: string;
    guild_id?: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Parent category */
    parent_id?: Snowflake | null;
    nsfw?: boolean;
    /** Sort position */
    position?: number;
    /** Guidelines shown when creating a post */
    topic?: string | null;
    /** Id of the last created thread */
    last_message_id?: Snowflake | null;
    /** Slowmode for creating posts */
    rate_limit_per_user?: number;
    /** @format date-time */
    last_pin_timestamp?: string | null;
    default_auto_archive_duration?: ThreadAutoArchiveDuration;
    available_tags?: ForumTag[];
    default_thread_rate_limit_per_user?: number;
    default_reaction_emoji?: DefaultReactionEmoji | null;
    default_sort_order?: SortOrderType | null;
}
/** A thread (types 10-12) as the channel of an interaction: the fields of ThreadChannel, of which only id and type are sure to be present. */
export interface PartialThreadChannel {
    id: Snowflake;
    type: PartialThreadChannelType;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** Slowmode in seconds (0-21600) */
    rate_limit_per_user?: number;
    /** Id of the last message (may not exist) */
    last_message_id?: Snowflake | null;
    /** 1-100 characters */
    name?: string;
    guild_id?: Snowflake;
    permission_overwrites?: Overwrite[];
    parent_id?: Snowflake;
    nsfw?: boolean;
    /** @format date-time */
    last_pin_timestamp?: string | null;
    member?: ThreadMember;
    thread_metadata?: ThreadMetadata;
    /** Approximate message count (excluding the starter message) */
    message_count?: number;
    /** Approximate member count, stops at 50 */
    member_count?: number;
    owner_id?: Snowflake;
    /** Messages ever sent, not decremented on delete */
    total_message_sent?: number;
    /** Forum tag ids */
    applied_tags?: Snowflake[];
}
/** A DM channel (type 1) as the channel of an interaction: the fields of DMChannel, of which only id and type are sure to be present. */
export interface PartialDmChannel {
    id: Snowflake;
    type: 1;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** Slowmode in seconds (0-21600) */
    rate_limit_per_user?: number;
    /** Id of the last message (may not exist) */
    last_message_id?: Snowflake | null;
    /** @format date-time */
    last_pin_timestamp?: string | null;
    recipients?: User[];
    /** DMs have no name */
    name?: null;
}
/** A group DM channel (type 3) as the channel of an interaction: the fields of GroupDMChannel, of which only id and type are sure to be present. */
export interface PartialGroupDmChannel {
    id: Snowflake;
    type: 3;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** Slowmode in seconds (0-21600) */
    rate_limit_per_user?: number;
    /** Id of the last message (may not exist) */
    last_message_id?: Snowflake | null;
    /** @format date-time */
    last_pin_timestamp?: string | null;
    recipients?: User[];
    name?: string | null;
    /** Application that created it, if any */
    application_id?: Snowflake | null;
    /** Icon hash */
    icon?: string | null;
    owner_id?: Snowflake;
    /** Managed by an application */
    managed?: boolean;
}
/** The channel an interaction was triggered in: a partial channel of any type, told apart by type. */
export type InteractionChannel = PartialGuildTextChannel | PartialGuildAnnouncementChannel | PartialGuildCategoryChannel | PartialGuildVoiceChannel | PartialGuildStageVoiceChannel | PartialGuildForumChannel | PartialGuildMediaChannel | PartialThreadChannel | PartialDmChannel | PartialGroupDmChannel;
/** A string option and its value. */
export interface ApplicationCommandInteractionDataStringOption {
    /** Option name */
    name: string;
    type: 3;
    value: string;
    /** True for the option the user is typing in (autocomplete) */
    focused?: boolean;
}
/** An integer option and its value. */
export interface ApplicationCommandInteractionDataIntegerOption {
    /** Option name */
    name: string;
    type: 4;
    value: number;
    /** True for the option the user is typing in (autocomplete) */
    focused?: boolean;
}
/** A boolean option and its value. */
export interface ApplicationCommandInteractionDataBooleanOption {
    /** Option name */
    name: string;
    type: 5;
    value: boolean;
}
/** A user option: the user id (details in resolved.users and resolved.members). */
export interface ApplicationCommandInteractionDataUserOption {
    /** Option name */
    name: string;
    type: 6;
    value: Snowflake;
}
/** A channel option: the channel id (details in resolved.channels). */
export interface ApplicationCommandInteractionDataChannelOption {
    /** Option name */
    name: string;
    type: 7;
    value: Snowflake;
}
/** A role option: the role id (details in resolved.roles). */
export interface ApplicationCommandInteractionDataRoleOption {
    /** Option name */
    name: string;
    type: 8;
    value: Snowflake;
}
/** A mentionable option: a user or role id (details in resolved). */
export interface ApplicationCommandInteractionDataMentionableOption {
    /** Option name */
    name: string;
    type: 9;
    value: Snowflake;
}
/** A number (double) option and its value. */
export interface ApplicationCommandInteractionDataNumberOption {
    /** Option name */
    name: string;
    type: 10;
    value: number;
    /** True for the option the user is typing in (autocomplete) */
    focused?: boolean;
}
/** An attachment option: the attachment id (details in resolved.attachments). */
export interface ApplicationCommandInteractionDataAttachmentOption {
    /** Option name */
    name: string;
    type: 11;
    value: Snowflake;
}
/** An integer option during autocomplete: value is what the user has typed so far, as a string. */
export interface AutocompleteInteractionDataIntegerOption {
    /** Option name */
    name: string;
    type: 4;
    value: string;
    /** True for the option the user is typing in (autocomplete) */
    focused?: boolean;
}
/** A number option during autocomplete: value is what the user has typed so far, as a string. */
export interface AutocompleteInteractionDataNumberOption {
    /** Option name */
    name: string;
    type: 10;
    value: string;
    /** True for the option the user is typing in (autocomplete) */
    focused?: boolean;
}
/** An option with a value, told apart by type (ApplicationCommandOptionType 3-11). */
export type ApplicationCommandInteractionDataBasicOption = ApplicationCommandInteractionDataStringOption | ApplicationCommandInteractionDataIntegerOption | ApplicationCommandInteractionDataBooleanOption | ApplicationCommandInteractionDataUserOption | ApplicationCommandInteractionDataChannelOption | ApplicationCommandInteractionDataRoleOption | ApplicationCommandInteractionDataMentionableOption | ApplicationCommandInteractionDataNumberOption | ApplicationCommandInteractionDataAttachmentOption;
/** An option with a value during autocomplete: as in a command, except that integer and number values are strings. */
export type AutocompleteInteractionDataBasicOption = ApplicationCommandInteractionDataStringOption | AutocompleteInteractionDataIntegerOption | ApplicationCommandInteractionDataBooleanOption | ApplicationCommandInteractionDataUserOption | ApplicationCommandInteractionDataChannelOption | ApplicationCommandInteractionDataRoleOption | ApplicationCommandInteractionDataMentionableOption | AutocompleteInteractionDataNumberOption | ApplicationCommandInteractionDataAttachmentOption;
/** A sub-command the user chose, with its options. */
export interface ApplicationCommandInteractionDataSubcommandOption {
    /** Sub-command name */
    name: string;
    type: 1;
    options?: ApplicationCommandInteractionDataBasicOption[];
}
/** A sub-command group the user chose, with the sub-command in it. */
export interface ApplicationCommandInteractionDataSubcommandGroupOption {
    /** Sub-command group name */
    name: string;
    type: 2;
    options: ApplicationCommandInteractionDataSubcommandOption[];
}
/** An option of a chat input command: a sub-command (type 1), a sub-command group (type 2) or an option with a value (3-11). */
export type ApplicationCommandInteractionDataOption = ApplicationCommandInteractionDataSubcommandOption | ApplicationCommandInteractionDataSubcommandGroupOption | ApplicationCommandInteractionDataBasicOption;
/** A sub-command the user chose, with its options (autocomplete). */
export interface AutocompleteInteractionDataSubcommandOption {
    /** Sub-command name */
    name: string;
    type: 1;
    options?: AutocompleteInteractionDataBasicOption[];
}
/** A sub-command group the user chose, with the sub-command in it (autocomplete). */
export interface AutocompleteInteractionDataSubcommandGroupOption {
    /** Sub-command group name */
    name: string;
    type: 2;
    options: AutocompleteInteractionDataSubcommandOption[];
}
/** An option of a chat input command during autocomplete: a sub-command (type 1), a sub-command group (type 2) or an option with a value (3-11). */
export type AutocompleteInteractionDataOption = AutocompleteInteractionDataSubcommandOption | AutocompleteInteractionDataSubcommandGroupOption | AutocompleteInteractionDataBasicOption;
/** The users (and their members, in a guild) referenced by a user command or a user select, keyed by id. */
export interface UserInteractionDataResolved {
    users: Record<string, User>;
    members?: Record<string, ResolvedMember>;
}
/** The message a message command was used on, keyed by id. */
export interface MessageApplicationCommandInteractionDataResolved {
    messages: Record<string, Message>;
}
/** The roles chosen in a role select, keyed by id. */
export interface RoleSelectInteractionDataResolved {
    roles: Record<string, Role>;
}
/** The users, members and roles chosen in a mentionable select, keyed by id. */
export interface MentionableSelectInteractionDataResolved {
    users?: Record<string, User>;
    members?: Record<string, ResolvedMember>;
    roles?: Record<string, Role>;
}
/** The channels chosen in a channel select, keyed by id. */
export interface ChannelSelectInteractionDataResolved {
    channels: Record<string, ResolvedChannel | ResolvedThreadChannel>;
}
/** The data of a slash (chat input) command interaction: the command and the options the user filled in. */
export interface ChatInputApplicationCommandInteractionData {
    id: Snowflake;
    /** ApplicationCommandType */
    type: 1;
    /** Command name */
    name: string;
    guild_id?: Snowflake;
    /** The options (or the sub-command) the user chose */
    options?: ApplicationCommandInteractionDataOption[];
    resolved?: InteractionDataResolved;
    /** Never present: only user and message commands have a target */
    target_id?: never;
}
/** The data of a user (context menu) command interaction: the command and the user it was used on. */
export interface UserApplicationCommandInteractionData {
    id: Snowflake;
    /** ApplicationCommandType */
    type: 2;
    /** Command name */
    name: string;
    guild_id?: Snowflake;
    /** Never present: only chat input commands have options */
    options?: never;
    resolved: UserInteractionDataResolved;
    target_id: Snowflake;
}
/** The data of a message (context menu) command interaction: the command and the message it was used on. */
export interface MessageApplicationCommandInteractionData {
    id: Snowflake;
    /** ApplicationCommandType */
    type: 3;
    /** Command name */
    name: string;
    guild_id?: Snowflake;
    /** Never present: only chat input commands have options */
    options?: never;
    resolved: MessageApplicationCommandInteractionDataResolved;
    target_id: Snowflake;
}
/** The data of an app's primary entry point command interaction (launching an activity). */
export interface PrimaryEntryPointCommandInteractionData {
    id: Snowflake;
    /** ApplicationCommandType */
    type: 4;
    /** Command name */
    name: string;
    guild_id?: Snowflake;
    /** Never present: only chat input commands have options */
    options?: never;
    /** Never present: an entry point command has no options to resolve */
    resolved?: never;
    /** Never present: only user and message commands have a target */
    target_id?: never;
}
/** The data of an autocomplete interaction: the chat input command being typed, its options so far, and which one is focused. */
export interface AutocompleteApplicationCommandInteractionData {
    id: Snowflake;
    /** ApplicationCommandType */
    type: 1;
    /** Command name */
    name: string;
    guild_id?: Snowflake;
    /** The options so far; the one being typed has focused true */
    options: AutocompleteInteractionDataOption[];
    resolved?: InteractionDataResolved;
    /** Never present: only user and message commands have a target */
    target_id?: never;
}
/** The data of an application command interaction, told apart by type (ApplicationCommandType): chat input (1), user (2), message (3) or primary entry point (4). */
export type ApplicationCommandInteractionData = ChatInputApplicationCommandInteractionData | UserApplicationCommandInteractionData | MessageApplicationCommandInteractionData | PrimaryEntryPointCommandInteractionData;
/** The data of a button click. */
export interface MessageButtonInteractionData {
    /** The custom_id of the component used */
    custom_id: string;
    /** ComponentType */
    component_type: 2;
    /** Never present: a button has no values */
    values?: never;
    /** Never present: only user, role, mentionable and channel selects resolve what was chosen */
    resolved?: never;
}
/** The data of a string select: the values of the chosen options. */
export interface MessageStringSelectInteractionData {
    /** The custom_id of the component used */
    custom_id: string;
    /** ComponentType */
    component_type: 3;
    /** Values of the chosen options */
    values: string[];
    /** Never present: only user, role, mentionable and channel selects resolve what was chosen */
    resolved?: never;
}
/** The data of a user select: the chosen users. */
export interface MessageUserSelectInteractionData {
    /** The custom_id of the component used */
    custom_id: string;
    /** ComponentType */
    component_type: 5;
    /** Ids of the chosen entities */
    values: Snowflake[];
    resolved: UserInteractionDataResolved;
}
/** The data of a role select: the chosen roles. */
export interface MessageRoleSelectInteractionData {
    /** The custom_id of the component used */
    custom_id: string;
    /** ComponentType */
    component_type: 6;
    /** Ids of the chosen entities */
    values: Snowflake[];
    resolved: RoleSelectInteractionDataResolved;
}
/** The data of a mentionable select: the chosen users and roles. */
export interface MessageMentionableSelectInteractionData {
    /** The custom_id of the component used */
    custom_id: string;
    /** ComponentType */
    component_type: 7;
    /** Ids of the chosen entities */
    values: Snowflake[];
    resolved: MentionableSelectInteractionDataResolved;
}
/** The data of a channel select: the chosen channels. */
export interface MessageChannelSelectInteractionData {
    /** The custom_id of the component used */
    custom_id: string;
    /** ComponentType */
    component_type: 8;
    /** Ids of the chosen entities */
    values: Snowflake[];
    resolved: ChannelSelectInteractionDataResolved;
}
/** The data of a message component interaction, told apart by component_type: a button (2) or a select menu (3, 5-8). */
export type MessageComponentInteractionData = MessageButtonInteractionData | MessageStringSelectInteractionData | MessageUserSelectInteractionData | MessageRoleSelectInteractionData | MessageMentionableSelectInteractionData | MessageChannelSelectInteractionData;
/** A text input of a submitted modal, with what the user typed. */
export interface ModalSubmitTextInputComponent {
    type: 4;
    /** Identifier of the component within the modal */
    id?: number;
    /** The custom_id of the component */
    custom_id: string;
    /** The text entered */
    value: string;
}
/** A string select of a submitted modal, with the chosen values. */
export interface ModalSubmitStringSelectComponent {
    type: 3;
    /** Identifier of the component within the modal */
    id?: number;
    /** The custom_id of the component */
    custom_id: string;
    /** Values of the chosen options */
    values: string[];
}
/** A user select of a submitted modal, with the chosen user ids. */
export interface ModalSubmitUserSelectComponent {
    type: 5;
    /** Identifier of the component within the modal */
    id?: number;
    /** The custom_id of the component */
    custom_id: string;
    /** Ids of the chosen users */
    values: string[];
}
/** A role select of a submitted modal, with the chosen role ids. */
export interface ModalSubmitRoleSelectComponent {
    type: 6;
    /** Identifier of the component within the modal */
    id?: number;
    /** The custom_id of the component */
    custom_id: string;
    /** Ids of the chosen roles */
    values: string[];
}
/** A mentionable select of a submitted modal, with the chosen user and role ids. */
export interface ModalSubmitMentionableSelectComponent {
    type: 7;
    /** Identifier of the component within the modal */
    id?: number;
    /** The custom_id of the component */
    custom_id: string;
    /** Ids of the chosen users and roles */
    values: string[];
}
/** A channel select of a submitted modal, with the chosen channel ids. */
export interface ModalSubmitChannelSelectComponent {
    type: 8;
    /** Identifier of the component within the modal */
    id?: number;
    /** The custom_id of the component */
    custom_id: string;
    /** Ids of the chosen channels */
    values: string[];
}
/** A file upload of a submitted modal, with the uploaded attachment ids. */
export interface ModalSubmitFileUploadComponent {
    type: 19;
    /** Identifier of the component within the modal */
    id?: number;
    /** The custom_id of the component */
    custom_id: string;
    /** Ids of the uploaded attachments (details in resolved.attachments) */
    values: string[];
}
/** A radio group of a submitted modal, with the chosen value. */
export interface ModalSubmitRadioGroupComponent {
    type: 21;
    /** Identifier of the component within the modal */
    id?: number;
    /** The custom_id of the component */
    custom_id: string;
    /** Value of the chosen option, null if none */
    value: string | null;
}
/** A checkbox group of a submitted modal, with the checked values. */
export interface ModalSubmitCheckboxGroupComponent {
    type: 22;
    /** Identifier of the component within the modal */
    id?: number;
    /** The custom_id of the component */
    custom_id: string;
    /** Values of the checked options */
    values: string[];
}
/** A checkbox of a submitted modal, checked or not. */
export interface ModalSubmitCheckboxComponent {
    type: 23;
    /** Identifier of the component within the modal */
    id?: number;
    /** The custom_id of the component */
    custom_id: string;
    /** Whether it is checked */
    value: boolean;
}
/** An input of a submitted modal (inside a label), with its value(s), told apart by type (ComponentType). */
export type ModalSubmitComponent = ModalSubmitTextInputComponent | ModalSubmitStringSelectComponent | ModalSubmitUserSelectComponent | ModalSubmitRoleSelectComponent | ModalSubmitMentionableSelectComponent | ModalSubmitChannelSelectComponent | ModalSubmitFileUploadComponent | ModalSubmitRadioGroupComponent | ModalSubmitCheckboxGroupComponent | ModalSubmitCheckboxComponent;
/** An action row of a submitted modal, holding text inputs (the older modal layout). */
export interface ModalSubmitActionRowComponent {
    type: 1;
    /** Identifier of the component within the modal */
    id?: number;
    components: ModalSubmitTextInputComponent[];
}
/** A label of a submitted modal, holding one input. */
export interface ModalSubmitLabelComponent {
    type: 18;
    /** Identifier of the component within the modal */
    id?: number;
    component: ModalSubmitComponent;
}
/** A text display of a submitted modal (its content is not sent back). */
export interface ModalSubmitTextDisplayComponent {
    type: 10;
    /** Identifier of the component within the modal */
    id?: number;
}
/** A top-level component of a submitted modal: an action row (1), a label (18) or a text display (10). */
export type ModalSubmissionComponent = ModalSubmitActionRowComponent | ModalSubmitLabelComponent | ModalSubmitTextDisplayComponent;
/** The data of a modal submit interaction; the values are in the submitted components. */
export interface ModalSubmitInteractionData {
    /** The custom_id of the modal */
    custom_id: string;
    components: ModalSubmissionComponent[];
    resolved?: InteractionDataResolved;
}
/** A ping (interaction type 1). Sent to an interactions endpoint URL to check it, never over the gateway: here because discord-api-types' APIInteraction includes it. */
export interface PingInteraction {
    id: Snowflake;
    application_id: Snowflake;
    /** InteractionType */
    type: 1;
    guild?: InteractionGuild;
    guild_id?: Snowflake;
    channel?: InteractionChannel;
    channel_id?: Snowflake;
    member?: InteractionGuildMember;
    user?: User;
    /** Continuation token for responding (valid 15 minutes) */
    token: string;
    version: 1;
    message?: Message;
    app_permissions: Permissions;
    guild_locale?: Locale;
    entitlements: Entitlement[];
    authorizing_integration_owners: AuthorizingIntegrationOwners;
    context?: InteractionContextType;
    /** Max attachment size in bytes */
    attachment_size_limit: number;
}
/** A slash command used (interaction type 2, command type 1). */
export interface ChatInputApplicationCommandInteraction {
    id: Snowflake;
    application_id: Snowflake;
    /** InteractionType */
    type: 2;
    data: ChatInputApplicationCommandInteractionData;
    guild?: InteractionGuild;
    guild_id?: Snowflake;
    channel: InteractionChannel;
    channel_id: Snowflake;
    member?: InteractionGuildMember;
    user?: User;
    /** Continuation token for responding (valid 15 minutes) */
    token: string;
    version: 1;
    message?: Message;
    app_permissions: Permissions;
    locale: Locale;
    guild_locale?: Locale;
    entitlements: Entitlement[];
    authorizing_integration_owners: AuthorizingIntegrationOwners;
    context?: InteractionContextType;
    /** Max attachment size in bytes */
    attachment_size_limit: number;
}
/** A user context menu command used (interaction type 2, command type 2). */
export interface UserApplicationCommandInteraction {
    id: Snowflake;
    application_id: Snowflake;
    /** InteractionType */
    type: 2;
    data: UserApplicationCommandInteractionData;
    guild?: InteractionGuild;
    guild_id?: Snowflake;
    channel: InteractionChannel;
    channel_id: Snowflake;
    member?: InteractionGuildMember;
    user?: User;
    /** Continuation token for responding (valid 15 minutes) */
    token: string;
    version: 1;
    message?: Message;
    app_permissions: Permissions;
    locale: Locale;
    guild_locale?: Locale;
    entitlements: Entitlement[];
    authorizing_integration_owners: AuthorizingIntegrationOwners;
    context?: InteractionContextType;
    /** Max attachment size in bytes */
    attachment_size_limit: number;
}
/** A message context menu command used (interaction type 2, command type 3). */
export interface MessageApplicationCommandInteraction {
    id: Snowflake;
    application_id: Snowflake;
    /** InteractionType */
    type: 2;
    data: MessageApplicationCommandInteractionData;
    guild?: InteractionGuild;
    guild_id?: Snowflake;
    channel: InteractionChannel;
    channel_id: Snowflake;
    member?: InteractionGuildMember;
    user?: User;
    /** Continuation token for responding (valid 15 minutes) */
    token: string;
    version: 1;
    message?: Message;
    app_permissions: Permissions;
    locale: Locale;
    guild_locale?: Locale;
    entitlements: Entitlement[];
    authorizing_integration_owners: AuthorizingIntegrationOwners;
    context?: InteractionContextType;
    /** Max attachment size in bytes */
    attachment_size_limit: number;
}
/** An app's primary entry point command used (interaction type 2, command type 4). */
export interface PrimaryEntryPointCommandInteraction {
    id: Snowflake;
    application_id: Snowflake;
    /** InteractionType */
    type: 2;
    data: PrimaryEntryPointCommandInteractionData;
    guild?: InteractionGuild;
    guild_id?: Snowflake;
    channel: InteractionChannel;
    channel_id: Snowflake;
    member?: InteractionGuildMember;
    user?: User;
    /** Continuation token for responding (valid 15 minutes) */
    token: string;
    version: 1;
    message?: Message;
    app_permissions: Permissions;
    locale: Locale;
    guild_locale?: Locale;
    entitlements: Entitlement[];
    authorizing_integration_owners: AuthorizingIntegrationOwners;
    context?: InteractionContextType;
    /** Max attachment size in bytes */
    attachment_size_limit: number;
}
/** An application command used (interaction type 2); data.type tells which kind of command. */
export type ApplicationCommandInteraction = ChatInputApplicationCommandInteraction | UserApplicationCommandInteraction | MessageApplicationCommandInteraction | PrimaryEntryPointCommandInteraction;
/** A message component used: a button clicked or a select menu chosen from (interaction type 3). message is the message the component is on. */
export interface MessageComponentInteraction {
    id: Snowflake;
    application_id: Snowflake;
    /** InteractionType */
    type: 3;
    data: MessageComponentInteractionData;
    guild?: InteractionGuild;
    guild_id?: Snowflake;
    channel: InteractionChannel;
    channel_id: Snowflake;
    member?: InteractionGuildMember;
    user?: User;
    /** Continuation token for responding (valid 15 minutes) */
    token: string;
    version: 1;
    message: Message;
    app_permissions: Permissions;
    locale: Locale;
    guild_locale?: Locale;
    entitlements: Entitlement[];
    authorizing_integration_owners: AuthorizingIntegrationOwners;
    context?: InteractionContextType;
    /** Max attachment size in bytes */
    attachment_size_limit: number;
}
/** A user typing in an option with autocomplete (interaction type 4): answer with choices. */
export interface ApplicationCommandAutocompleteInteraction {
    id: Snowflake;
    application_id: Snowflake;
    /** InteractionType */
    type: 4;
    data: AutocompleteApplicationCommandInteractionData;
    guild?: InteractionGuild;
    guild_id?: Snowflake;
    channel?: InteractionChannel;
    channel_id?: Snowflake;
    member?: InteractionGuildMember;
    user?: User;
    /** Continuation token for responding (valid 15 minutes) */
    token: string;
    version: 1;
    message?: Message;
    app_permissions: Permissions;
    locale: Locale;
    guild_locale?: Locale;
    entitlements: Entitlement[];
    authorizing_integration_owners: AuthorizingIntegrationOwners;
    context?: InteractionContextType;
    /** Max attachment size in bytes */
    attachment_size_limit: number;
}
/** A modal submitted (interaction type 5). */
export interface ModalSubmitInteraction {
    id: Snowflake;
    application_id: Snowflake;
    /** InteractionType */
    type: 5;
    data: ModalSubmitInteractionData;
    guild?: InteractionGuild;
    guild_id?: Snowflake;
    channel?: InteractionChannel;
    channel_id?: Snowflake;
    member?: InteractionGuildMember;
    user?: User;
    /** Continuation token for responding (valid 15 minutes) */
    token: string;
    version: 1;
    message?: Message;
    app_permissions: Permissions;
    locale: Locale;
    guild_locale?: Locale;
    entitlements: Entitlement[];
    authorizing_integration_owners: AuthorizingIntegrationOwners;
    context?: InteractionContextType;
    /** Max attachment size in bytes */
    attachment_size_limit: number;
}
/** An interaction: a command used (type 2), a message component used (3), autocomplete (4), a modal submitted (5), or a ping (1). Told apart by type (InteractionType). */
export type Interaction = PingInteraction | ApplicationCommandInteraction | MessageComponentInteraction | ApplicationCommandAutocompleteInteraction | ModalSubmitInteraction;
/** Initial state after Identify. */
export interface ReadyEvent {
    /** Gateway API version */
    v: number;
    user: User;
    /** Guilds the user is in; each arrives later as GUILD_CREATE */
    guilds: UnavailableGuild[];
    /** Session id, needed to Resume */
    session_id: string;
    /** URL to use when resuming (keep the ?v=10&encoding=json query) */
    resume_gateway_url: string;
    /** [shard_id, num_shards] of this session, if sharded */
    shard?: [number, number];
    application: ReadyApplication;
}
/** Payload of RESUMED: no documented fields (Discord sends an empty or debug-only object). */
export type ResumedEvent = Record<string, unknown>;
/** A text channel in a guild (type 0), as sent in CHANNEL_CREATE/UPDATE/DELETE (guild_id always set). */
export interface TextChannelEvent {
    id: Snowflake;
    type: 0;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** Slowmode in seconds (0-21600) */
    rate_limit_per_user?: number;
    /** Id of the last message (may not exist) */
    last_message_id?: Snowflake | null;
    /** 1-100 characters */
    name: string;
    guild_id: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Parent category */
    parent_id?: Snowflake | null;
    nsfw?: boolean;
    /** Sort position */
    position: number;
    /** @format date-time */
    last_pin_timestamp?: string | null;
    default_auto_archive_duration?: ThreadAutoArchiveDuration;
    /** Initial slowmode of new threads */
    default_thread_rate_limit_per_user?: number;
    /** Channel topic */
    topic?: string | null;
}
/** An announcement channel that other guilds can follow (type 5), as sent in CHANNEL_CREATE/UPDATE/DELETE (guild_id always set). */
export interface AnnouncementChannelEvent {
    id: Snowflake;
    type: 5;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** Slowmode in seconds (0-21600) */
    rate_limit_per_user?: number;
    /** Id of the last message (may not exist) */
    last_message_id?: Snowflake | null;
    /** 1-100 characters */
    name: string;
    guild_id: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Parent category */
    parent_id?: Snowflake | null;
    nsfw?: boolean;
    /** Sort position */
    position: number;
    /** @format date-time */
    last_pin_timestamp?: string | null;
    default_auto_archive_duration?: ThreadAutoArchiveDuration;
    /** Initial slowmode of new threads */
    default_thread_rate_limit_per_user?: number;
    /** Channel topic */
    topic?: string | null;
}
/** A voice channel (type 2), which also has a text chat, as sent in CHANNEL_CREATE/UPDATE/DELETE (guild_id always set). */
export interface VoiceChannelEvent {
    id: Snowflake;
    type: 2;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** 1-100 characters */
    name: string;
    guild_id: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Parent category */
    parent_id?: Snowflake | null;
    nsfw?: boolean;
    /** Sort position */
    position: number;
    /** Slowmode in seconds (0-21600) */
    rate_limit_per_user?: number;
    /** Id of the last message (may not exist) */
    last_message_id?: Snowflake | null;
    /** Bitrate in bits per second */
    bitrate?: number;
    /** Maximum users (0 = unlimited) */
    user_limit?: number;
    /** Voice region id, null = automatic */
    rtc_region?: string | null;
    video_quality_mode?: VideoQualityMode;
}
/** A stage channel for hosting events with an audience (type 13), as sent in CHANNEL_CREATE/UPDATE/DELETE (guild_id always set). */
export interface StageVoiceChannelEvent {
    id: Snowflake;
    type: 13;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** 1-100 characters */
    name: string;
    guild_id: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Parent category */
    parent_id?: Snowflake | null;
    nsfw?: boolean;
    /** Sort position */
    position: number;
    /** Slowmode in seconds (0-21600) */
    rate_limit_per_user?: number;
    /** Id of the last message (may not exist) */
    last_message_id?: Snowflake | null;
    /** Bitrate in bits per second */
    bitrate?: number;
    /** Maximum users (0 = unlimited) */
    user_limit?: number;
    /** Voice region id, null = automatic */
    rtc_region?: string | null;
    video_quality_mode?: VideoQualityMode;
}
/** A category that groups up to 50 channels (type 4), as sent in CHANNEL_CREATE/UPDATE/DELETE (guild_id always set). */
export interface CategoryChannelEvent {
    id: Snowflake;
    type: 4;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** 1-100 characters */
    name: string;
    guild_id: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Categories cannot be nested */
    parent_id?: null;
    nsfw?: boolean;
    /** Sort position */
    position: number;
}
/** A forum channel that only contains threads (posts) (type 15), as sent in CHANNEL_CREATE/UPDATE/DELETE (guild_id always set). */
export interface ForumChannelEvent {
    id: Snowflake;
    type: 15;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** 1-100 characters */
    name: string;
    guild_id: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Parent category */
    parent_id?: Snowflake | null;
    nsfw?: boolean;
    /** Sort position */
    position: number;
    /** Guidelines shown when creating a post */
    topic?: string | null;
    /** Id of the last created thread */
    last_message_id?: Snowflake | null;
    /** Slowmode for creating posts */
    rate_limit_per_user?: number;
    /** @format date-time */
    last_pin_timestamp?: string | null;
    default_auto_archive_duration?: ThreadAutoArchiveDuration;
    available_tags: ForumTag[];
    default_thread_rate_limit_per_user?: number;
    default_reaction_emoji: DefaultReactionEmoji | null;
    default_sort_order: SortOrderType | null;
    default_forum_layout: ForumLayoutType;
}
/** A media channel that only contains threads, like a forum (type 16), as sent in CHANNEL_CREATE/UPDATE/DELETE (guild_id always set). */
export interface MediaChannelEvent {
    id: Snowflake;
    type: 16;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** 1-100 characters */
    name: string;
    guild_id: Snowflake;
    permission_overwrites?: Overwrite[];
    /** Parent category */
    parent_id?: Snowflake | null;
    nsfw?: boolean;
    /** Sort position */
    position: number;
    /** Guidelines shown when creating a post */
    topic?: string | null;
    /** Id of the last created thread */
    last_message_id?: Snowflake | null;
    /** Slowmode for creating posts */
    rate_limit_per_user?: number;
    /** @format date-time */
    last_pin_timestamp?: string | null;
    default_auto_archive_duration?: ThreadAutoArchiveDuration;
    available_tags: ForumTag[];
    default_thread_rate_limit_per_user?: number;
    default_reaction_emoji: DefaultReactionEmoji | null;
    default_sort_order: SortOrderType | null;
}
/** Payload of CHANNEL_CREATE, CHANNEL_UPDATE and CHANNEL_DELETE: a guild channel that is not a thread. */
export type ChannelEvent = TextChannelEvent | AnnouncementChannelEvent | VoiceChannelEvent | StageVoiceChannelEvent | CategoryChannelEvent | ForumChannelEvent | MediaChannelEvent;
/** A message was pinned or unpinned. */
export interface ChannelPinsUpdateEvent {
    guild_id?: Snowflake;
    channel_id: Snowflake;
    /**
     * Time of the most recent pin
     * @format date-time
     */
    last_pin_timestamp?: string | null;
}
/** A thread, as sent in THREAD_CREATE. */
export interface ThreadCreateEvent {
    id: Snowflake;
    type: ThreadCreateEventType;
    /** Channel flags. Bit set of ChannelFlags: GuildFeedRemoved = 1 << 0, Pinned = 1 << 1, ActiveChannelsRemoved = 1 << 2, RequireTag = 1 << 4, IsSpam = 1 << 5, IsGuildResourceChannel = 1 << 7, ClydeAI = 1 << 8, IsScheduledForDeletion = 1 << 9, HideMediaDownloadOptions = 1 << 15, ChannelObfuscated = 1 << 17, IsSpoilerChannel = 1 << 21. */
    flags?: number;
    /** Slowmode in seconds (0-21600) */
    rate_limit_per_user?: number;
    /** Id of the last message (may not exist) */
    last_message_id?: Snowflake | null;
    /** 1-100 characters */
    name: string;
    guild_id?: Snowflake;
    permission_overwrites?: Overwrite[];
    parent_id?: Snowflake;
    nsfw?: boolean;
    /** @format date-time */
    last_pin_timestamp?: string | null;
    member?: ThreadMember;
    thread_metadata?: ThreadMetadata;
    /** Approximate message count (excluding the starter message) */
    message_count?: number;
    /** Approximate member count, stops at 50 */
    member_count?: number;
    owner_id?: Snowflake;
    /** Messages ever sent, not decremented on delete */
    total_message_sent?: number;
    /** Forum tag ids */
    applied_tags?: Snowflake[];
    /** Set when the thread was just created (absent when the user was added to an existing thread) */
    newly_created?: true;
}
/** A deleted thread. */
export interface ThreadDeleteEvent {
    id: Snowflake;
    guild_id: Snowflake;
    parent_id: Snowflake;
    type: ChannelType;
}
/** Active threads of channels the user gained access to. */
export interface ThreadListSyncEvent {
    guild_id: Snowflake;
    /** Parent channels being synced; absent = whole guild */
    channel_ids?: Snowflake[];
    threads: ThreadChannel[];
    /** Thread members of the current user */
    members: ThreadMember[];
}
/** A full guild as sent in GUILD_CREATE, with the fields only sent there. */
export interface GuildCreateEvent {
    id: Snowflake;
    /** 2-100 characters */
    name: string;
    /** Icon hash */
    icon: string | null;
    /** Invite splash hash */
    splash: string | null;
    /** Banner hash */
    banner: string | null;
    /** Description of a community guild */
    description: string | null;
    /** Enabled guild features */
    features: GuildFeature[];
    verification_level: GuildVerificationLevel;
    vanity_url_code: string | null;
    welcome_screen?: WelcomeScreen;
    /** Icon hash, only in guild templates */
    icon_hash?: string | null;
    /** Discovery splash hash */
    discovery_splash: string | null;
    /** Whether the current user owns the guild (REST only) */
    owner?: boolean;
    owner_id: Snowflake;
    permissions?: Permissions;
    /** Deprecated voice region id */
    region?: string | null;
    afk_channel_id: Snowflake | null;
    afk_timeout: GuildCreateEventAfkTimeout;
    widget_enabled?: boolean;
    widget_channel_id?: Snowflake | null;
    default_message_notifications: GuildDefaultMessageNotifications;
    explicit_content_filter: GuildExplicitContentFilter;
    roles: Role[];
    emojis: Emoji[];
    mfa_level: GuildMfaLevel;
    /** Application that created the guild */
    application_id: Snowflake | null;
    /** Channel for system messages (joins, boosts) */
    system_channel_id: Snowflake | null;
    /** Suppression flags for system messages. Bit set of GuildSystemChannelFlags: SuppressJoinNotifications = 1 << 0, SuppressPremiumSubscriptions = 1 << 1, SuppressGuildReminderNotifications = 1 << 2, SuppressJoinNotificationReplies = 1 << 3, SuppressRoleSubscriptionPurchaseNotifications = 1 << 4, SuppressRoleSubscriptionPurchaseNotificationReplies = 1 << 5. */
    system_channel_flags: number;
    rules_channel_id: Snowflake | null;
    max_presences?: number | null;
    max_members?: number;
    premium_tier: GuildPremiumTier;
    /** Number of boosts */
    premium_subscription_count?: number;
    preferred_locale: Locale;
    public_updates_channel_id: Snowflake | null;
    max_video_channel_users?: number;
    max_stage_video_channel_users?: number;
    approximate_member_count?: number;
    approximate_presence_count?: number;
    nsfw_level: GuildNsfwLevel;
    stickers?: Sticker[];
    premium_progress_bar_enabled: boolean;
    hub_type: GuildHubType | null;
    safety_alerts_channel_id: Snowflake | null;
    incidents_data: IncidentsData | null;
    /**
     * When the current user joined
     * @format date-time
     */
    joined_at: string;
    /** Over the large threshold */
    large: boolean;
    /** Absent or false: the guild is available (an unavailable one arrives as UnavailableGuildCreateEvent) */
    unavailable?: false;
    member_count: number;
    voice_states: BaseVoiceState[];
    /** Members (only the current user and voice members without GUILD_MEMBERS in large guilds) */
    members: GuildMember[];
    channels: GuildChannel[];
    /** Active threads the user can see */
    threads: ThreadChannel[];
    presences: PresenceUpdateEvent[];
    stage_instances: StageInstance[];
    guild_scheduled_events: GuildScheduledEvent[];
    soundboard_sounds: SoundboardSound[];
}
/** GUILD_CREATE for a guild that is unavailable because of an outage: only its id, and unavailable: true. The full guild follows in another GUILD_CREATE when it becomes available. */
export interface UnavailableGuildCreateEvent {
    id: Snowflake;
    /** Always true here */
    unavailable: true;
}
/** A guild became unavailable (unavailable: true) or the user left or was removed (unavailable absent). */
export interface GuildDeleteEvent {
    id: Snowflake;
    unavailable?: true;
}
/** A user was banned. */
export interface GuildBanAddEvent {
    guild_id: Snowflake;
    user: User;
}
/** A user was unbanned. */
export interface GuildBanRemoveEvent {
    guild_id: Snowflake;
    user: User;
}
/** The full new list of guild emojis. */
export interface GuildEmojisUpdateEvent {
    guild_id: Snowflake;
    emojis: Emoji[];
}
/** The full new list of guild stickers. */
export interface GuildStickersUpdateEvent {
    guild_id: Snowflake;
    stickers: Sticker[];
}
/** A member who joined, with the guild id. */
export interface GuildMemberAddEvent {
    /** Guild nickname */
    nick?: string | null;
    /** Role ids */
    roles: Snowflake[];
    /**
     * When the member started boosting
     * @format date-time
     */
    premium_since?: string | null;
    /** Whether the member has not yet passed membership screening */
    pending?: boolean;
    /**
     * Timeout end, if timed out
     * @format date-time
     */
    communication_disabled_until?: string | null;
    avatar_decoration_data?: AvatarDecorationData | null;
    collectibles?: Collectibles | null;
    /** Server-deafened in voice */
    deaf: boolean;
    /** Server-muted in voice */
    mute: boolean;
    /** Member flags. Bit set of GuildMemberFlags: DidRejoin = 1 << 0, CompletedOnboarding = 1 << 1, BypassesVerification = 1 << 2, StartedOnboarding = 1 << 3, IsGuest = 1 << 4, StartedHomeActions = 1 << 5, CompletedHomeActions = 1 << 6, AutomodQuarantinedUsernameOrGuildNickname = 1 << 7, AutomodQuarantinedBio = 1 << 8, DmSettingsUpsellAcknowledged = 1 << 9, AutoModQuarantinedGuildTag = 1 << 10. */
    flags: number;
    /** Guild-specific avatar hash */
    avatar?: string | null;
    /** Guild-specific banner hash */
    banner?: string | null;
    /**
     * When the user joined (null for guests)
     * @format date-time
     */
    joined_at: string | null;
    user: User;
    guild_id: Snowflake;
}
/** A user who left or was removed. */
export interface GuildMemberRemoveEvent {
    guild_id: Snowflake;
    user: User;
}
/** New state of a guild member. */
export interface GuildMemberUpdateEvent {
    guild_id: Snowflake;
    /** @format date-time */
    joined_at: string | null;
    nick?: string | null;
    roles: Snowflake[];
    /** @format date-time */
    premium_since?: string | null;
    pending?: boolean;
    /** @format date-time */
    communication_disabled_until?: string | null;
    avatar_decoration_data?: AvatarDecorationData | null;
    collectibles?: Collectibles | null;
    deaf?: boolean;
    mute?: boolean;
    /** Member flags. Bit set of GuildMemberFlags: DidRejoin = 1 << 0, CompletedOnboarding = 1 << 1, BypassesVerification = 1 << 2, StartedOnboarding = 1 << 3, IsGuest = 1 << 4, StartedHomeActions = 1 << 5, CompletedHomeActions = 1 << 6, AutomodQuarantinedUsernameOrGuildNickname = 1 << 7, AutomodQuarantinedBio = 1 << 8, DmSettingsUpsellAcknowledged = 1 << 9, AutoModQuarantinedGuildTag = 1 << 10. */
    flags?: number;
    /** Guild avatar hash */
    avatar: string | null;
    /** Guild banner hash */
    banner: string | null;
    user: User;
}
/** One chunk of the answer to Request Guild Members. */
export interface GuildMembersChunkEvent {
    guild_id: Snowflake;
    members: GuildMember[];
    /** 0-based */
    chunk_index: number;
    chunk_count: number;
    /** Requested user ids that were not found */
    not_found?: unknown[];
    /** Presences, if requested */
    presences?: Presence[];
    /** Nonce of the request */
    nonce?: string;
}
/** A role was created. */
export interface GuildRoleCreateEvent {
    guild_id: Snowflake;
    role: Role;
}
/** A role was updated. */
export interface GuildRoleUpdateEvent {
    guild_id: Snowflake;
    role: Role;
}
/** A role was deleted. */
export interface GuildRoleDeleteEvent {
    guild_id: Snowflake;
    role_id: Snowflake;
}
/** A new invite to a channel. */
export interface InviteCreateEvent {
    channel_id: Snowflake;
    /** Unique invite code */
    code: string;
    /** @format date-time */
    created_at: string;
    guild_id?: Snowflake;
    inviter?: User;
    /** Validity in seconds (0 = forever) */
    max_age: number;
    /** 0 = unlimited */
    max_uses: number;
    target_type?: InviteTargetType;
    target_user?: User;
    target_application?: PartialApplication;
    /** Grants temporary membership */
    temporary: boolean;
    /** Always 0 for a new invite */
    uses: 0;
    /** @format date-time */
    expires_at: string | null;
    /** Roles granted by the invite */
    role_ids?: Snowflake[];
}
/** An invite was deleted. */
export interface InviteDeleteEvent {
    channel_id: Snowflake;
    guild_id?: Snowflake;
    code: string;
}
/** A message, as sent in MESSAGE_CREATE: the Message fields plus guild_id and member for guild messages. */
export interface MessageCreateEvent {
    id: Snowflake;
    channel_id: Snowflake;
    author: User;
    /** Text; empty without the MESSAGE_CONTENT intent in guilds (unless the bot is mentioned) */
    content: string;
    /**
     * When it was sent
     * @format date-time
     */
    timestamp: string;
    /**
     * When it was last edited
     * @format date-time
     */
    edited_timestamp: string | null;
    /** Text-to-speech */
    tts: boolean;
    /** Mentions @everyone */
    mention_everyone: boolean;
    /** Mentioned role ids */
    mention_roles: Snowflake[];
    /** Channels mentioned in a crosspost */
    mention_channels?: ChannelMention[];
    attachments: Attachment[];
    embeds: Embed[];
    reactions?: Reaction[];
    /** Client nonce used to confirm a sent message */
    nonce?: number | string;
    pinned: boolean;
    webhook_id?: Snowflake;
    type: MessageType;
    activity?: MessageActivity;
    application?: PartialApplication;
    application_id?: Snowflake;
    message_reference?: MessageReference;
    /** Message flags. Bit set of MessageFlags: Crossposted = 1 << 0, IsCrosspost = 1 << 1, SuppressEmbeds = 1 << 2, SourceMessageDeleted = 1 << 3, Urgent = 1 << 4, HasThread = 1 << 5, Ephemeral = 1 << 6, Loading = 1 << 7, FailedToMentionSomeRolesInThread = 1 << 8, ShouldShowLinkNotDiscordWarning = 1 << 10, SuppressNotifications = 1 << 12, IsVoiceMessage = 1 << 13, HasSnapshot = 1 << 14, IsComponentsV2 = 1 << 15. */
    flags?: number;
    /** The replied-to or pinned message; null if it was deleted */
    referenced_message?: Message | null;
    interaction_metadata?: MessageInteractionMetadata;
    interaction?: MessageInteraction;
    thread?: Channel;
    /** Message components: action rows of buttons and selects, or (IsComponentsV2 flag) the layout components */
    components?: MessageTopLevelComponent[];
    sticker_items?: StickerItem[];
    /** Deprecated */
    stickers?: Sticker[];
    /** Approximate position in a thread */
    position?: number;
    role_subscription_data?: RoleSubscriptionData;
    resolved?: InteractionDataResolved;
    poll?: Poll;
    /** Forwarded message contents */
    message_snapshots?: MessageSnapshot[];
    call?: MessageCall;
    shared_client_theme?: SharedClientTheme;
    guild_id?: Snowflake;
    member?: GuildMemberWithoutUser;
    /** Mentioned users, each with a partial member in guilds */
    mentions: MentionedUser[];
    channel_type?: MessageCreateEventChannelType;
}
/** An edited message, as sent in MESSAGE_UPDATE (always the full message, like MESSAGE_CREATE). */
export interface MessageUpdateEvent {
    id: Snowflake;
    channel_id: Snowflake;
    author: User;
    /** Text; empty without the MESSAGE_CONTENT intent in guilds (unless the bot is mentioned) */
    content: string;
    /**
     * When it was sent
     * @format date-time
     */
    timestamp: string;
    /**
     * When it was last edited
     * @format date-time
     */
    edited_timestamp: string | null;
    /** Text-to-speech */
    tts: boolean;
    /** Mentions @everyone */
    mention_everyone: boolean;
    /** Mentioned role ids */
    mention_roles: Snowflake[];
    /** Channels mentioned in a crosspost */
    mention_channels?: ChannelMention[];
    attachments: Attachment[];
    embeds: Embed[];
    reactions?: Reaction[];
    /** Client nonce used to confirm a sent message */
    nonce?: number | string;
    pinned: boolean;
    webhook_id?: Snowflake;
    type: MessageType;
    activity?: MessageActivity;
    application?: PartialApplication;
    application_id?: Snowflake;
    message_reference?: MessageReference;
    /** Message flags. Bit set of MessageFlags: Crossposted = 1 << 0, IsCrosspost = 1 << 1, SuppressEmbeds = 1 << 2, SourceMessageDeleted = 1 << 3, Urgent = 1 << 4, HasThread = 1 << 5, Ephemeral = 1 << 6, Loading = 1 << 7, FailedToMentionSomeRolesInThread = 1 << 8, ShouldShowLinkNotDiscordWarning = 1 << 10, SuppressNotifications = 1 << 12, IsVoiceMessage = 1 << 13, HasSnapshot = 1 << 14, IsComponentsV2 = 1 << 15. */
    flags?: number;
    /** The replied-to or pinned message; null if it was deleted */
    referenced_message?: Message | null;
    interaction_metadata?: MessageInteractionMetadata;
    interaction?: MessageInteraction;
    thread?: Channel;
    /** Message components: action rows of buttons and selects, or (IsComponentsV2 flag) the layout components */
    components?: MessageTopLevelComponent[];
    sticker_items?: StickerItem[];
    /** Deprecated */
    stickers?: Sticker[];
    /** Approximate position in a thread */
    position?: number;
    role_subscription_data?: RoleSubscriptionData;
    resolved?: InteractionDataResolved;
    poll?: Poll;
    /** Forwarded message contents */
    message_snapshots?: MessageSnapshot[];
    call?: MessageCall;
    shared_client_theme?: SharedClientTheme;
    guild_id?: Snowflake;
    member?: GuildMemberWithoutUser;
    /** Mentioned users, each with a partial member in guilds */
    mentions: MentionedUser[];
    channel_type?: MessageUpdateEventChannelType;
}
/** A message was deleted. */
export interface MessageDeleteEvent {
    id: Snowflake;
    channel_id: Snowflake;
    guild_id?: Snowflake;
}
/** Several messages were deleted at once. */
export interface MessageDeleteBulkEvent {
    ids: Snowflake[];
    channel_id: Snowflake;
    guild_id?: Snowflake;
}
/** A user reacted to a message. */
export interface MessageReactionAddEvent {
    user_id: Snowflake;
    channel_id: Snowflake;
    message_id: Snowflake;
    guild_id?: Snowflake;
    emoji: Emoji;
    /** Super reaction */
    burst: boolean;
    type: ReactionType;
    member?: GuildMember;
    message_author_id?: Snowflake;
    /** HEX colours of a super reaction */
    burst_colors?: string[];
}
/** A user removed a reaction. */
export interface MessageReactionRemoveEvent {
    user_id: Snowflake;
    channel_id: Snowflake;
    message_id: Snowflake;
    guild_id?: Snowflake;
    emoji: Emoji;
    /** Super reaction */
    burst: boolean;
    type: ReactionType;
}
/** All reactions were removed from a message. */
export interface MessageReactionRemoveAllEvent {
    channel_id: Snowflake;
    message_id: Snowflake;
    guild_id?: Snowflake;
}
/** A user's presence changed. */
export interface PresenceUpdateEvent {
    user: PartialUser;
    status?: PresenceStatus;
    activities?: Activity[];
    client_status?: ClientStatus;
    guild_id: Snowflake;
}
/** A user started typing. */
export interface TypingStartEvent {
    channel_id: Snowflake;
    guild_id?: Snowflake;
    user_id: Snowflake;
    /** Unix time in seconds */
    timestamp: number;
    member?: GuildMember;
}
/** The guild's voice server, needed to connect to voice. */
export interface VoiceServerUpdateEvent {
    /** Voice connection token */
    token: string;
    guild_id: Snowflake;
    /** Voice server host; null while reallocating */
    endpoint: string | null;
}
/** Webhooks of a channel changed. */
export interface WebhooksUpdateEvent {
    guild_id: Snowflake;
    channel_id: Snowflake;
}
export type ChannelType = 0 | 1 | 2 | 3 | 4 | 5 | 10 | 11 | 12 | 13 | 14 | 15 | 16;
export type MessageType = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30 | 31 | 32 | 36 | 37 | 38 | 39 | 44 | 46;
export type MessageActivityType = 1 | 2 | 3 | 5 | 6;
export type MessageReferenceType = 0 | 1;
export type BaseThemeType = 0 | 1 | 2 | 3 | 4;
export type EmbedType = 'rich' | 'image' | 'video' | 'gifv' | 'article' | 'link' | 'auto_moderation_message' | 'poll_result';
export type ReactionType = 0 | 1;
export type PollLayoutType = 1;
export type StickerType = 1 | 2;
export type StickerFormatType = 1 | 2 | 3 | 4;
export type UserPremiumType = 0 | 1 | 2 | 3;
export type NameplatePalette = 'berry' | 'bubble_gum' | 'clover' | 'cobalt' | 'crimson' | 'forest' | 'lemon' | 'sky' | 'teal' | 'violet' | 'white';
export type GuildVerificationLevel = 0 | 1 | 2 | 3 | 4;
export type GuildDefaultMessageNotifications = 0 | 1;
export type GuildExplicitContentFilter = 0 | 1 | 2;
export type GuildMfaLevel = 0 | 1;
export type GuildPremiumTier = 0 | 1 | 2 | 3;
export type GuildNsfwLevel = 0 | 1 | 2 | 3;
export type GuildHubType = 0 | 1 | 2;
export type GuildFeature = 'ANIMATED_BANNER' | 'ANIMATED_ICON' | 'APPLICATION_COMMAND_PERMISSIONS_V2' | 'AUTO_MODERATION' | 'BANNER' | 'COMMUNITY' | 'CREATOR_MONETIZABLE_PROVISIONAL' | 'CREATOR_STORE_PAGE' | 'DEVELOPER_SUPPORT_SERVER' | 'DISCOVERABLE' | 'ENHANCED_ROLE_COLORS' | 'FEATURABLE' | 'GUESTS_ENABLED' | 'GUILD_TAGS' | 'HAS_DIRECTORY_ENTRY' | 'HUB' | 'INVITES_DISABLED' | 'INVITE_SPLASH' | 'LINKED_TO_HUB' | 'MEMBER_VERIFICATION_GATE_ENABLED' | 'MONETIZATION_ENABLED' | 'MORE_SOUNDBOARD' | 'MORE_STICKERS' | 'NEWS' | 'PARTNERED' | 'PIN_PERMISSION_MIGRATION_COMPLETE' | 'PREVIEW_ENABLED' | 'PRIVATE_THREADS' | 'PRUNE_REQUIRES_ADMIN' | 'RAID_ALERTS_DISABLED' | 'RELAY_ENABLED' | 'ROLE_ICONS' | 'ROLE_SUBSCRIPTIONS_AVAILABLE_FOR_PURCHASE' | 'ROLE_SUBSCRIPTIONS_ENABLED' | 'SOUNDBOARD' | 'TICKETED_EVENTS_ENABLED' | 'VANITY_URL' | 'VERIFIED' | 'VIP_REGIONS' | 'WELCOME_SCREEN_ENABLED';
export type Locale = 'id' | 'en-US' | 'en-GB' | 'bg' | 'zh-CN' | 'zh-TW' | 'hr' | 'cs' | 'da' | 'nl' | 'fi' | 'fr' | 'de' | 'el' | 'hi' | 'hu' | 'it' | 'ja' | 'ko' | 'lt' | 'no' | 'pl' | 'pt-BR' | 'ro' | 'ru' | 'es-ES' | 'es-419' | 'sv-SE' | 'th' | 'tr' | 'uk' | 'vi';
export type OverwriteType = 0 | 1;
export type VideoQualityMode = 1 | 2;
export type ThreadAutoArchiveDuration = 60 | 1440 | 4320 | 10080;
export type SortOrderType = 0 | 1;
export type ForumLayoutType = 0 | 1 | 2;
export type ActivityType = 0 | 1 | 2 | 3 | 4 | 5;
export type StatusDisplayType = 0 | 1 | 2;
export type PresenceUpdateStatus = 'online' | 'dnd' | 'idle' | 'invisible' | 'offline';
export type StageInstancePrivacyLevel = 1 | 2;
export type GuildScheduledEventPrivacyLevel = 2;
export type GuildScheduledEventStatus = 1 | 2 | 3 | 4;
export type GuildScheduledEventRecurrenceRuleFrequency = 0 | 1 | 2 | 3;
export type GuildScheduledEventRecurrenceRuleWeekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export type GuildScheduledEventRecurrenceRuleMonth = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
export type InviteTargetType = 1 | 2;
export type InteractionType = 1 | 2 | 3 | 4 | 5;
export type InteractionContextType = 0 | 1 | 2;
export type ComponentType = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 16 | 17 | 18 | 19 | 21 | 22 | 23;
export type ButtonStyle = 1 | 2 | 3 | 4 | 5 | 6;
export type TextInputStyle = 1 | 2;
export type SelectMenuDefaultValueType = 'channel' | 'role' | 'user';
export type UnfurledMediaItemLoadingState = 0 | 1 | 2 | 3;
export type SeparatorSpacingSize = 1 | 2;
export type ApplicationCommandType = 1 | 2 | 3 | 4;
export type ApplicationCommandOptionType = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;
export type EntitlementType = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
export type TeamMemberMembershipState = 1 | 2;
export type TeamMemberRole = 'admin' | 'developer' | 'read_only';
export type OAuth2Scopes = 'bot' | 'connections' | 'dm_channels.read' | 'email' | 'identify' | 'identify.premium' | 'guilds' | 'guilds.join' | 'guilds.members.read' | 'gdm.join' | 'messages.read' | 'role_connections.write' | 'rpc' | 'rpc.activities.write' | 'rpc.voice.read' | 'rpc.voice.write' | 'rpc.notifications.read' | 'webhook.incoming' | 'voice' | 'applications.builds.upload' | 'applications.builds.read' | 'applications.store.update' | 'applications.entitlements' | 'relationships.read' | 'activities.read' | 'activities.write' | 'applications.commands' | 'applications.commands.update' | 'applications.commands.permissions.update';
export type ApplicationWebhookEventStatus = 1 | 2 | 3;
export type ApplicationWebhookEventType = 'APPLICATION_AUTHORIZED' | 'APPLICATION_DEAUTHORIZED' | 'ENTITLEMENT_CREATE' | 'ENTITLEMENT_UPDATE' | 'ENTITLEMENT_DELETE' | 'QUEST_USER_ENROLLMENT';
export type GuildAfkTimeout = 60 | 300 | 900 | 1800 | 3600;
export type ThreadChannelType = 10 | 11 | 12;
export type ResolvedChannelType = 0 | 1 | 2 | 3 | 4 | 5 | 13 | 14 | 15 | 16;
export type ResolvedThreadChannelType = 10 | 11 | 12;
export type InteractiveButtonComponentStyle = 1 | 2 | 3 | 4;
export type MentionableSelectDefaultValueType = 'role' | 'user';
export type GuildScheduledEventRecurrenceRuleNWeekdayN = 1 | 2 | 3 | 4 | 5;
export type PartialThreadChannelType = 10 | 11 | 12;
export type ThreadCreateEventType = 10 | 11 | 12;
export type GuildCreateEventAfkTimeout = 60 | 300 | 900 | 1800 | 3600;
export type MessageCreateEventChannelType = 0 | 1 | 2 | 3 | 5 | 10 | 11 | 12 | 13;
export type MessageUpdateEventChannelType = 0 | 1 | 2 | 3 | 5 | 10 | 11 | 12 | 13;
export interface IdentifyData {
    /** Authentication token */
    token: string;
    intents: GatewayIntents;
    properties: IdentifyDataProperties;
    compress?: boolean;
    /**
     * @minimum 50
     * @maximum 250
     */
    large_threshold?: number;
    shard?: [number, number];
    presence?: IdentifyDataPresence;
}
export interface IdentifyDataProperties {
    os?: string;
    browser?: string;
    device?: string;
}
export interface IdentifyDataPresence {
    since?: number | null;
    activities?: ActivityUpdate[];
    status?: PresenceUpdateStatus;
    afk?: boolean;
}
export interface ResumeData {
    token: string;
    session_id: string;
    seq: number;
}
/** Last sequence number received */
export type HeartbeatData = number | null;
export interface RequestGuildMembersData {
    guild_id: string;
    query?: string;
    limit?: number;
    presences?: boolean;
    user_ids?: string | string[];
    nonce?: string;
}
export interface UpdateVoiceStateData {
    guild_id: string;
    channel_id: string | null;
    self_mute: boolean;
    self_deaf: boolean;
}
export interface UpdatePresenceData {
    since: number | null;
    activities: ActivityUpdate[];
    status: PresenceUpdateStatus;
    afk: boolean;
}
export interface HelloData {
    /** Interval in milliseconds to send heartbeats */
    heartbeat_interval: number;
}
/** Whether the session is resumable */
export type InvalidSessionData = boolean;
export type GuildCreateData = GuildCreateEvent | UnavailableGuildCreateEvent;
/**
 * Bit flags of {@link GatewayIntents}; combine them with `|`.
 *
 * Gateway intents bit field sent in Identify: the bitwise OR of (1 << bit) for every intent in x-bitflags. GUILD_MEMBERS, GUILD_PRESENCES and MESSAGE_CONTENT are privileged and must be enabled for the application (otherwise the gateway closes with 4014); unknown bits close with 4013.
 */
export declare const GatewayIntents: {
    readonly Guilds: 1;
    readonly GuildMembers: 2;
    readonly GuildModeration: 4;
    readonly GuildExpressions: 8;
    readonly GuildIntegrations: 16;
    readonly GuildWebhooks: 32;
    readonly GuildInvites: 64;
    readonly GuildVoiceStates: 128;
    readonly GuildPresences: 256;
    readonly GuildMessages: 512;
    readonly GuildMessageReactions: 1024;
    readonly GuildMessageTyping: 2048;
    readonly DirectMessages: 4096;
    readonly DirectMessageReactions: 8192;
    readonly DirectMessageTyping: 16384;
    readonly MessageContent: 32768;
    readonly GuildScheduledEvents: 65536;
    readonly AutoModerationConfiguration: 1048576;
    readonly AutoModerationExecution: 2097152;
    readonly GuildMessagePolls: 16777216;
    readonly DirectMessagePolls: 33554432;
};
/** The members of {@link ChannelType} by name. */
export declare const ChannelType: {
    readonly GuildText: 0;
    readonly Dm: 1;
    readonly GuildVoice: 2;
    readonly GroupDm: 3;
    readonly GuildCategory: 4;
    readonly GuildAnnouncement: 5;
    readonly AnnouncementThread: 10;
    readonly PublicThread: 11;
    readonly PrivateThread: 12;
    readonly GuildStageVoice: 13;
    readonly GuildDirectory: 14;
    readonly GuildForum: 15;
    readonly GuildMedia: 16;
    readonly GuildNews: 5;
    readonly GuildNewsThread: 10;
    readonly GuildPublicThread: 11;
    readonly GuildPrivateThread: 12;
};
/** The members of {@link MessageType} by name. */
export declare const MessageType: {
    readonly Default: 0;
    readonly RecipientAdd: 1;
    readonly RecipientRemove: 2;
    readonly Call: 3;
    readonly ChannelNameChange: 4;
    readonly ChannelIconChange: 5;
    readonly ChannelPinnedMessage: 6;
    readonly UserJoin: 7;
    readonly GuildBoost: 8;
    readonly GuildBoostTier1: 9;
    readonly GuildBoostTier2: 10;
    readonly GuildBoostTier3: 11;
    readonly ChannelFollowAdd: 12;
    readonly GuildDiscoveryDisqualified: 14;
    readonly GuildDiscoveryRequalified: 15;
    readonly GuildDiscoveryGracePeriodInitialWarning: 16;
    readonly GuildDiscoveryGracePeriodFinalWarning: 17;
    readonly ThreadCreated: 18;
    readonly Reply: 19;
    readonly ChatInputCommand: 20;
    readonly ThreadStarterMessage: 21;
    readonly GuildInviteReminder: 22;
    readonly ContextMenuCommand: 23;
    readonly AutoModerationAction: 24;
    readonly RoleSubscriptionPurchase: 25;
    readonly InteractionPremiumUpsell: 26;
    readonly StageStart: 27;
    readonly StageEnd: 28;
    readonly StageSpeaker: 29;
    readonly StageRaiseHand: 30;
    readonly StageTopic: 31;
    readonly GuildApplicationPremiumSubscription: 32;
    readonly GuildIncidentAlertModeEnabled: 36;
    readonly GuildIncidentAlertModeDisabled: 37;
    readonly GuildIncidentReportRaid: 38;
    readonly GuildIncidentReportFalseAlarm: 39;
    readonly PurchaseNotification: 44;
    readonly PollResult: 46;
};
/** The members of {@link MessageActivityType} by name. */
export declare const MessageActivityType: {
    readonly Join: 1;
    readonly Spectate: 2;
    readonly Listen: 3;
    readonly JoinRequest: 5;
    readonly StreamRequest: 6;
};
/** The members of {@link MessageReferenceType} by name. */
export declare const MessageReferenceType: {
    readonly Default: 0;
    readonly Forward: 1;
};
/** The members of {@link BaseThemeType} by name. */
export declare const BaseThemeType: {
    readonly Unset: 0;
    readonly Dark: 1;
    readonly Light: 2;
    readonly Darker: 3;
    readonly Midnight: 4;
};
/** The members of {@link EmbedType} by name. */
export declare const EmbedType: {
    readonly Rich: "rich";
    readonly Image: "image";
    readonly Video: "video";
    readonly Gifv: "gifv";
    readonly Article: "article";
    readonly Link: "link";
    readonly AutoModerationMessage: "auto_moderation_message";
    readonly PollResult: "poll_result";
};
/** The members of {@link ReactionType} by name. */
export declare const ReactionType: {
    readonly Normal: 0;
    readonly Burst: 1;
    readonly Super: 1;
};
/** The members of {@link PollLayoutType} by name. */
export declare const PollLayoutType: {
    readonly Default: 1;
};
/** The members of {@link StickerType} by name. */
export declare const StickerType: {
    readonly Standard: 1;
    readonly Guild: 2;
};
/** The members of {@link StickerFormatType} by name. */
export declare const StickerFormatType: {
    readonly Png: 1;
    readonly Apng: 2;
    readonly Lottie: 3;
    readonly Gif: 4;
};
/** The members of {@link UserPremiumType} by name. */
export declare const UserPremiumType: {
    readonly None: 0;
    readonly NitroClassic: 1;
    readonly Nitro: 2;
    readonly NitroBasic: 3;
};
/** The members of {@link NameplatePalette} by name. */
export declare const NameplatePalette: {
    readonly Berry: "berry";
    readonly BubbleGum: "bubble_gum";
    readonly Clover: "clover";
    readonly Cobalt: "cobalt";
    readonly Crimson: "crimson";
    readonly Forest: "forest";
    readonly Lemon: "lemon";
    readonly Sky: "sky";
    readonly Teal: "teal";
    readonly Violet: "violet";
    readonly White: "white";
};
/** The members of {@link GuildVerificationLevel} by name. */
export declare const GuildVerificationLevel: {
    readonly None: 0;
    readonly Low: 1;
    readonly Medium: 2;
    readonly High: 3;
    readonly VeryHigh: 4;
};
/** The members of {@link GuildDefaultMessageNotifications} by name. */
export declare const GuildDefaultMessageNotifications: {
    readonly AllMessages: 0;
    readonly OnlyMentions: 1;
};
/** The members of {@link GuildExplicitContentFilter} by name. */
export declare const GuildExplicitContentFilter: {
    readonly Disabled: 0;
    readonly MembersWithoutRoles: 1;
    readonly AllMembers: 2;
};
/** The members of {@link GuildMfaLevel} by name. */
export declare const GuildMfaLevel: {
    readonly None: 0;
    readonly Elevated: 1;
};
/** The members of {@link GuildPremiumTier} by name. */
export declare const GuildPremiumTier: {
    readonly None: 0;
    readonly Tier1: 1;
    readonly Tier2: 2;
    readonly Tier3: 3;
};
/** The members of {@link GuildNsfwLevel} by name. */
export declare const GuildNsfwLevel: {
    readonly Default: 0;
    readonly Explicit: 1;
    readonly Safe: 2;
    readonly AgeRestricted: 3;
};
/** The members of {@link GuildHubType} by name. */
export declare const GuildHubType: {
    readonly Default: 0;
    readonly HighSchool: 1;
    readonly College: 2;
};
/** The members of {@link GuildFeature} by name. */
export declare const GuildFeature: {
    readonly AnimatedBanner: "ANIMATED_BANNER";
    readonly AnimatedIcon: "ANIMATED_ICON";
    readonly ApplicationCommandPermissionsV2: "APPLICATION_COMMAND_PERMISSIONS_V2";
    readonly AutoModeration: "AUTO_MODERATION";
    readonly Banner: "BANNER";
    readonly Community: "COMMUNITY";
    readonly CreatorMonetizableProvisional: "CREATOR_MONETIZABLE_PROVISIONAL";
    readonly CreatorStorePage: "CREATOR_STORE_PAGE";
    readonly DeveloperSupportServer: "DEVELOPER_SUPPORT_SERVER";
    readonly Discoverable: "DISCOVERABLE";
    readonly EnhancedRoleColors: "ENHANCED_ROLE_COLORS";
    readonly Featurable: "FEATURABLE";
    readonly GuestsEnabled: "GUESTS_ENABLED";
    readonly GuildTags: "GUILD_TAGS";
    readonly HasDirectoryEntry: "HAS_DIRECTORY_ENTRY";
    readonly Hub: "HUB";
    readonly InvitesDisabled: "INVITES_DISABLED";
    readonly InviteSplash: "INVITE_SPLASH";
    readonly LinkedToHub: "LINKED_TO_HUB";
    readonly MemberVerificationGateEnabled: "MEMBER_VERIFICATION_GATE_ENABLED";
    readonly MonetizationEnabled: "MONETIZATION_ENABLED";
    readonly MoreSoundboard: "MORE_SOUNDBOARD";
    readonly MoreStickers: "MORE_STICKERS";
    readonly News: "NEWS";
    readonly Partnered: "PARTNERED";
    readonly PinPermissionMigrationComplete: "PIN_PERMISSION_MIGRATION_COMPLETE";
    readonly PreviewEnabled: "PREVIEW_ENABLED";
    readonly PrivateThreads: "PRIVATE_THREADS";
    readonly PruneRequiresAdmin: "PRUNE_REQUIRES_ADMIN";
    readonly RaidAlertsDisabled: "RAID_ALERTS_DISABLED";
    readonly RelayEnabled: "RELAY_ENABLED";
    readonly RoleIcons: "ROLE_ICONS";
    readonly RoleSubscriptionsAvailableForPurchase: "ROLE_SUBSCRIPTIONS_AVAILABLE_FOR_PURCHASE";
    readonly RoleSubscriptionsEnabled: "ROLE_SUBSCRIPTIONS_ENABLED";
    readonly Soundboard: "SOUNDBOARD";
    readonly TicketedEventsEnabled: "TICKETED_EVENTS_ENABLED";
    readonly VanityUrl: "VANITY_URL";
    readonly Verified: "VERIFIED";
    readonly VipRegions: "VIP_REGIONS";
    readonly WelcomeScreenEnabled: "WELCOME_SCREEN_ENABLED";
};
/** The members of {@link Locale} by name. */
export declare const Locale: {
    readonly Indonesian: "id";
    readonly EnglishUs: "en-US";
    readonly EnglishGb: "en-GB";
    readonly Bulgarian: "bg";
    readonly ChineseCn: "zh-CN";
    readonly ChineseTw: "zh-TW";
    readonly Croatian: "hr";
    readonly Czech: "cs";
    readonly Danish: "da";
    readonly Dutch: "nl";
    readonly Finnish: "fi";
    readonly French: "fr";
    readonly German: "de";
    readonly Greek: "el";
    readonly Hindi: "hi";
    readonly Hungarian: "hu";
    readonly Italian: "it";
    readonly Japanese: "ja";
    readonly Korean: "ko";
    readonly Lithuanian: "lt";
    readonly Norwegian: "no";
    readonly Polish: "pl";
    readonly PortugueseBr: "pt-BR";
    readonly Romanian: "ro";
    readonly Russian: "ru";
    readonly SpanishEs: "es-ES";
    readonly SpanishLatam: "es-419";
    readonly Swedish: "sv-SE";
    readonly Thai: "th";
    readonly Turkish: "tr";
    readonly Ukrainian: "uk";
    readonly Vietnamese: "vi";
};
/** The members of {@link OverwriteType} by name. */
export declare const OverwriteType: {
    readonly Role: 0;
    readonly Member: 1;
};
/** The members of {@link VideoQualityMode} by name. */
export declare const VideoQualityMode: {
    readonly Auto: 1;
    readonly Full: 2;
};
/** The members of {@link ThreadAutoArchiveDuration} by name. */
export declare const ThreadAutoArchiveDuration: {
    readonly OneHour: 60;
    readonly OneDay: 1440;
    readonly ThreeDays: 4320;
    readonly OneWeek: 10080;
};
/** The members of {@link SortOrderType} by name. */
export declare const SortOrderType: {
    readonly LatestActivity: 0;
    readonly CreationDate: 1;
};
/** The members of {@link ForumLayoutType} by name. */
export declare const ForumLayoutType: {
    readonly NotSet: 0;
    readonly ListView: 1;
    readonly GalleryView: 2;
};
/** The members of {@link ActivityType} by name. */
export declare const ActivityType: {
    readonly Playing: 0;
    readonly Streaming: 1;
    readonly Listening: 2;
    readonly Watching: 3;
    readonly Custom: 4;
    readonly Competing: 5;
};
/** The members of {@link StatusDisplayType} by name. */
export declare const StatusDisplayType: {
    readonly Name: 0;
    readonly State: 1;
    readonly Details: 2;
};
/** The members of {@link PresenceUpdateStatus} by name. */
export declare const PresenceUpdateStatus: {
    readonly Online: "online";
    readonly DoNotDisturb: "dnd";
    readonly Idle: "idle";
    readonly Invisible: "invisible";
    readonly Offline: "offline";
};
/** The members of {@link StageInstancePrivacyLevel} by name. */
export declare const StageInstancePrivacyLevel: {
    readonly Public: 1;
    readonly GuildOnly: 2;
};
/** The members of {@link GuildScheduledEventPrivacyLevel} by name. */
export declare const GuildScheduledEventPrivacyLevel: {
    readonly GuildOnly: 2;
};
/** The members of {@link GuildScheduledEventStatus} by name. */
export declare const GuildScheduledEventStatus: {
    readonly Scheduled: 1;
    readonly Active: 2;
    readonly Completed: 3;
    readonly Canceled: 4;
};
/** The members of {@link GuildScheduledEventRecurrenceRuleFrequency} by name. */
export declare const GuildScheduledEventRecurrenceRuleFrequency: {
    readonly Yearly: 0;
    readonly Monthly: 1;
    readonly Weekly: 2;
    readonly Daily: 3;
};
/** The members of {@link GuildScheduledEventRecurrenceRuleWeekday} by name. */
export declare const GuildScheduledEventRecurrenceRuleWeekday: {
    readonly Monday: 0;
    readonly Tuesday: 1;
    readonly Wednesday: 2;
    readonly Thursday: 3;
    readonly Friday: 4;
    readonly Saturday: 5;
    readonly Sunday: 6;
};
/** The members of {@link GuildScheduledEventRecurrenceRuleMonth} by name. */
export declare const GuildScheduledEventRecurrenceRuleMonth: {
    readonly January: 1;
    readonly February: 2;
    readonly March: 3;
    readonly April: 4;
    readonly May: 5;
    readonly June: 6;
    readonly July: 7;
    readonly August: 8;
    readonly September: 9;
    readonly October: 10;
    readonly November: 11;
    readonly December: 12;
};
/** The members of {@link InviteTargetType} by name. */
export declare const InviteTargetType: {
    readonly Stream: 1;
    readonly EmbeddedApplication: 2;
};
/** The members of {@link InteractionType} by name. */
export declare const InteractionType: {
    readonly Ping: 1;
    readonly ApplicationCommand: 2;
    readonly MessageComponent: 3;
    readonly ApplicationCommandAutocomplete: 4;
    readonly ModalSubmit: 5;
};
/** The members of {@link InteractionContextType} by name. */
export declare const InteractionContextType: {
    readonly Guild: 0;
    readonly BotDm: 1;
    readonly PrivateChannel: 2;
};
/** The members of {@link ComponentType} by name. */
export declare const ComponentType: {
    readonly ActionRow: 1;
    readonly Button: 2;
    readonly StringSelect: 3;
    readonly TextInput: 4;
    readonly UserSelect: 5;
    readonly RoleSelect: 6;
    readonly MentionableSelect: 7;
    readonly ChannelSelect: 8;
    readonly Section: 9;
    readonly TextDisplay: 10;
    readonly Thumbnail: 11;
    readonly MediaGallery: 12;
    readonly File: 13;
    readonly Separator: 14;
    readonly ContentInventoryEntry: 16;
    readonly Container: 17;
    readonly Label: 18;
    readonly FileUpload: 19;
    readonly RadioGroup: 21;
    readonly CheckboxGroup: 22;
    readonly Checkbox: 23;
    readonly SelectMenu: 3;
};
/** The members of {@link ButtonStyle} by name. */
export declare const ButtonStyle: {
    readonly Primary: 1;
    readonly Secondary: 2;
    readonly Success: 3;
    readonly Danger: 4;
    readonly Link: 5;
    readonly Premium: 6;
};
/** The members of {@link TextInputStyle} by name. */
export declare const TextInputStyle: {
    readonly Short: 1;
    readonly Paragraph: 2;
};
/** The members of {@link SelectMenuDefaultValueType} by name. */
export declare const SelectMenuDefaultValueType: {
    readonly Channel: "channel";
    readonly Role: "role";
    readonly User: "user";
};
/** The members of {@link UnfurledMediaItemLoadingState} by name. */
export declare const UnfurledMediaItemLoadingState: {
    readonly Unknown: 0;
    readonly Loading: 1;
    readonly LoadedSuccess: 2;
    readonly LoadedNotFound: 3;
};
/** The members of {@link SeparatorSpacingSize} by name. */
export declare const SeparatorSpacingSize: {
    readonly Small: 1;
    readonly Large: 2;
};
/** The members of {@link ApplicationCommandType} by name. */
export declare const ApplicationCommandType: {
    readonly ChatInput: 1;
    readonly User: 2;
    readonly Message: 3;
    readonly PrimaryEntryPoint: 4;
};
/** The members of {@link ApplicationCommandOptionType} by name. */
export declare const ApplicationCommandOptionType: {
    readonly Subcommand: 1;
    readonly SubcommandGroup: 2;
    readonly StringType: 3;
    readonly Integer: 4;
    readonly BooleanType: 5;
    readonly User: 6;
    readonly Channel: 7;
    readonly Role: 8;
    readonly Mentionable: 9;
    readonly NumberType: 10;
    readonly Attachment: 11;
};
/** The members of {@link EntitlementType} by name. */
export declare const EntitlementType: {
    readonly Purchase: 1;
    readonly PremiumSubscription: 2;
    readonly DeveloperGift: 3;
    readonly TestModePurchase: 4;
    readonly FreePurchase: 5;
    readonly UserGift: 6;
    readonly PremiumPurchase: 7;
    readonly ApplicationSubscription: 8;
};
/** The members of {@link TeamMemberMembershipState} by name. */
export declare const TeamMemberMembershipState: {
    readonly Invited: 1;
    readonly Accepted: 2;
};
/** The members of {@link TeamMemberRole} by name. */
export declare const TeamMemberRole: {
    readonly Admin: "admin";
    readonly Developer: "developer";
    readonly ReadOnly: "read_only";
};
/** The members of {@link OAuth2Scopes} by name. */
export declare const OAuth2Scopes: {
    readonly Bot: "bot";
    readonly Connections: "connections";
    readonly DmChannelsRead: "dm_channels.read";
    readonly Email: "email";
    readonly Identify: "identify";
    readonly IdentifyPremium: "identify.premium";
    readonly Guilds: "guilds";
    readonly GuildsJoin: "guilds.join";
    readonly GuildsMembersRead: "guilds.members.read";
    readonly GroupDmJoins: "gdm.join";
    readonly MessagesRead: "messages.read";
    readonly RoleConnectionsWrite: "role_connections.write";
    readonly Rpc: "rpc";
    readonly RpcActivitiesWrite: "rpc.activities.write";
    readonly RpcVoiceRead: "rpc.voice.read";
    readonly RpcVoiceWrite: "rpc.voice.write";
    readonly RpcNotificationsRead: "rpc.notifications.read";
    readonly WebhookIncoming: "webhook.incoming";
    readonly Voice: "voice";
    readonly ApplicationsBuildsUpload: "applications.builds.upload";
    readonly ApplicationsBuildsRead: "applications.builds.read";
    readonly ApplicationsStoreUpdate: "applications.store.update";
    readonly ApplicationsEntitlements: "applications.entitlements";
    readonly RelationshipsRead: "relationships.read";
    readonly ActivitiesRead: "activities.read";
    readonly ActivitiesWrite: "activities.write";
    readonly ApplicationsCommands: "applications.commands";
    readonly ApplicationsCommandsUpdate: "applications.commands.update";
    readonly ApplicationCommandsPermissionsUpdate: "applications.commands.permissions.update";
};
/** The members of {@link ApplicationWebhookEventStatus} by name. */
export declare const ApplicationWebhookEventStatus: {
    readonly Disabled: 1;
    readonly Enabled: 2;
    readonly DisabledByDiscord: 3;
};
/** The members of {@link ApplicationWebhookEventType} by name. */
export declare const ApplicationWebhookEventType: {
    readonly ApplicationAuthorized: "APPLICATION_AUTHORIZED";
    readonly ApplicationDeauthorized: "APPLICATION_DEAUTHORIZED";
    readonly EntitlementCreate: "ENTITLEMENT_CREATE";
    readonly EntitlementUpdate: "ENTITLEMENT_UPDATE";
    readonly EntitlementDelete: "ENTITLEMENT_DELETE";
    readonly QuestUserEnrollment: "QUEST_USER_ENROLLMENT";
};
