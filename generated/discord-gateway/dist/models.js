/**
 * Bit flags of {@link GatewayIntents}; combine them with `|`.
 *
 * Gateway intents bit field sent in Identify: the bitwise OR of (1 << bit) for every intent in x-bitflags. GUILD_MEMBERS, GUILD_PRESENCES and MESSAGE_CONTENT are privileged and must be enabled for the application (otherwise the gateway closes with 4014); unknown bits close with 4013.
 */
export const GatewayIntents = {
    Guilds: 1,
    GuildMembers: 2,
    GuildModeration: 4,
    GuildExpressions: 8,
    GuildIntegrations: 16,
    GuildWebhooks: 32,
    GuildInvites: 64,
    GuildVoiceStates: 128,
    GuildPresences: 256,
    GuildMessages: 512,
    GuildMessageReactions: 1024,
    GuildMessageTyping: 2048,
    DirectMessages: 4096,
    DirectMessageReactions: 8192,
    DirectMessageTyping: 16384,
    MessageContent: 32768,
    GuildScheduledEvents: 65536,
    AutoModerationConfiguration: 1048576,
    AutoModerationExecution: 2097152,
    GuildMessagePolls: 16777216,
    DirectMessagePolls: 33554432,
};
/** The members of {@link ChannelType} by name. */
export const ChannelType = {
    GuildText: 0,
    Dm: 1,
    GuildVoice: 2,
    GroupDm: 3,
    GuildCategory: 4,
    GuildAnnouncement: 5,
    AnnouncementThread: 10,
    PublicThread: 11,
    PrivateThread: 12,
    GuildStageVoice: 13,
    GuildDirectory: 14,
    GuildForum: 15,
    GuildMedia: 16,
    GuildNews: 5,
    GuildNewsThread: 10,
    GuildPublicThread: 11,
    GuildPrivateThread: 12,
};
/** The members of {@link MessageType} by name. */
export const MessageType = {
    Default: 0,
    RecipientAdd: 1,
    RecipientRemove: 2,
    Call: 3,
    ChannelNameChange: 4,
    ChannelIconChange: 5,
    ChannelPinnedMessage: 6,
    UserJoin: 7,
    GuildBoost: 8,
    GuildBoostTier1: 9,
    GuildBoostTier2: 10,
    GuildBoostTier3: 11,
    ChannelFollowAdd: 12,
    GuildDiscoveryDisqualified: 14,
    GuildDiscoveryRequalified: 15,
    GuildDiscoveryGracePeriodInitialWarning: 16,
    GuildDiscoveryGracePeriodFinalWarning: 17,
    ThreadCreated: 18,
    Reply: 19,
    ChatInputCommand: 20,
    ThreadStarterMessage: 21,
    GuildInviteReminder: 22,
    ContextMenuCommand: 23,
    AutoModerationAction: 24,
    RoleSubscriptionPurchase: 25,
    InteractionPremiumUpsell: 26,
    StageStart: 27,
    StageEnd: 28,
    StageSpeaker: 29,
    StageRaiseHand: 30,
    StageTopic: 31,
    GuildApplicationPremiumSubscription: 32,
    GuildIncidentAlertModeEnabled: 36,
    GuildIncidentAlertModeDisabled: 37,
    GuildIncidentReportRaid: 38,
    GuildIncidentReportFalseAlarm: 39,
    PurchaseNotification: 44,
    PollResult: 46,
};
/** The members of {@link MessageActivityType} by name. */
export const MessageActivityType = {
    Join: 1,
    Spectate: 2,
    Listen: 3,
    JoinRequest: 5,
    StreamRequest: 6,
};
/** The members of {@link MessageReferenceType} by name. */
export const MessageReferenceType = {
    Default: 0,
    Forward: 1,
};
/** The members of {@link BaseThemeType} by name. */
export const BaseThemeType = {
    Unset: 0,
    Dark: 1,
    Light: 2,
    Darker: 3,
    Midnight: 4,
};
/** The members of {@link EmbedType} by name. */
export const EmbedType = {
    Rich: 'rich',
    Image: 'image',
    Video: 'video',
    Gifv: 'gifv',
    Article: 'article',
    Link: 'link',
    AutoModerationMessage: 'auto_moderation_message',
    PollResult: 'poll_result',
};
/** The members of {@link ReactionType} by name. */
export const ReactionType = {
    Normal: 0,
    Burst: 1,
    Super: 1,
};
/** The members of {@link PollLayoutType} by name. */
export const PollLayoutType = {
    Default: 1,
};
/** The members of {@link StickerType} by name. */
export const StickerType = {
    Standard: 1,
    Guild: 2,
};
/** The members of {@link StickerFormatType} by name. */
export const StickerFormatType = {
    Png: 1,
    Apng: 2,
    Lottie: 3,
    Gif: 4,
};
/** The members of {@link UserPremiumType} by name. */
export const UserPremiumType = {
    None: 0,
    NitroClassic: 1,
    Nitro: 2,
    NitroBasic: 3,
};
/** The members of {@link NameplatePalette} by name. */
export const NameplatePalette = {
    Berry: 'berry',
    BubbleGum: 'bubble_gum',
    Clover: 'clover',
    Cobalt: 'cobalt',
    Crimson: 'crimson',
    Forest: 'forest',
    Lemon: 'lemon',
    Sky: 'sky',
    Teal: 'teal',
    Violet: 'violet',
    White: 'white',
};
/** The members of {@link GuildVerificationLevel} by name. */
export const GuildVerificationLevel = {
    None: 0,
    Low: 1,
    Medium: 2,
    High: 3,
    VeryHigh: 4,
};
/** The members of {@link GuildDefaultMessageNotifications} by name. */
export const GuildDefaultMessageNotifications = {
    AllMessages: 0,
    OnlyMentions: 1,
};
/** The members of {@link GuildExplicitContentFilter} by name. */
export const GuildExplicitContentFilter = {
    Disabled: 0,
    MembersWithoutRoles: 1,
    AllMembers: 2,
};
/** The members of {@link GuildMfaLevel} by name. */
export const GuildMfaLevel = {
    None: 0,
    Elevated: 1,
};
/** The members of {@link GuildPremiumTier} by name. */
export const GuildPremiumTier = {
    None: 0,
    Tier1: 1,
    Tier2: 2,
    Tier3: 3,
};
/** The members of {@link GuildNsfwLevel} by name. */
export const GuildNsfwLevel = {
    Default: 0,
    Explicit: 1,
    Safe: 2,
    AgeRestricted: 3,
};
/** The members of {@link GuildHubType} by name. */
export const GuildHubType = {
    Default: 0,
    HighSchool: 1,
    College: 2,
};
/** The members of {@link GuildFeature} by name. */
export const GuildFeature = {
    AnimatedBanner: 'ANIMATED_BANNER',
    AnimatedIcon: 'ANIMATED_ICON',
    ApplicationCommandPermissionsV2: 'APPLICATION_COMMAND_PERMISSIONS_V2',
    AutoModeration: 'AUTO_MODERATION',
    Banner: 'BANNER',
    Community: 'COMMUNITY',
    CreatorMonetizableProvisional: 'CREATOR_MONETIZABLE_PROVISIONAL',
    CreatorStorePage: 'CREATOR_STORE_PAGE',
    DeveloperSupportServer: 'DEVELOPER_SUPPORT_SERVER',
    Discoverable: 'DISCOVERABLE',
    EnhancedRoleColors: 'ENHANCED_ROLE_COLORS',
    Featurable: 'FEATURABLE',
    GuestsEnabled: 'GUESTS_ENABLED',
    GuildTags: 'GUILD_TAGS',
    HasDirectoryEntry: 'HAS_DIRECTORY_ENTRY',
    Hub: 'HUB',
    InvitesDisabled: 'INVITES_DISABLED',
    InviteSplash: 'INVITE_SPLASH',
    LinkedToHub: 'LINKED_TO_HUB',
    MemberVerificationGateEnabled: 'MEMBER_VERIFICATION_GATE_ENABLED',
    MonetizationEnabled: 'MONETIZATION_ENABLED',
    MoreSoundboard: 'MORE_SOUNDBOARD',
    MoreStickers: 'MORE_STICKERS',
    News: 'NEWS',
    Partnered: 'PARTNERED',
    PinPermissionMigrationComplete: 'PIN_PERMISSION_MIGRATION_COMPLETE',
    PreviewEnabled: 'PREVIEW_ENABLED',
    PrivateThreads: 'PRIVATE_THREADS',
    PruneRequiresAdmin: 'PRUNE_REQUIRES_ADMIN',
    RaidAlertsDisabled: 'RAID_ALERTS_DISABLED',
    RelayEnabled: 'RELAY_ENABLED',
    RoleIcons: 'ROLE_ICONS',
    RoleSubscriptionsAvailableForPurchase: 'ROLE_SUBSCRIPTIONS_AVAILABLE_FOR_PURCHASE',
    RoleSubscriptionsEnabled: 'ROLE_SUBSCRIPTIONS_ENABLED',
    Soundboard: 'SOUNDBOARD',
    TicketedEventsEnabled: 'TICKETED_EVENTS_ENABLED',
    VanityUrl: 'VANITY_URL',
    Verified: 'VERIFIED',
    VipRegions: 'VIP_REGIONS',
    WelcomeScreenEnabled: 'WELCOME_SCREEN_ENABLED',
};
/** The members of {@link Locale} by name. */
export const Locale = {
    Indonesian: 'id',
    EnglishUs: 'en-US',
    EnglishGb: 'en-GB',
    Bulgarian: 'bg',
    ChineseCn: 'zh-CN',
    ChineseTw: 'zh-TW',
    Croatian: 'hr',
    Czech: 'cs',
    Danish: 'da',
    Dutch: 'nl',
    Finnish: 'fi',
    French: 'fr',
    German: 'de',
    Greek: 'el',
    Hindi: 'hi',
    Hungarian: 'hu',
    Italian: 'it',
    Japanese: 'ja',
    Korean: 'ko',
    Lithuanian: 'lt',
    Norwegian: 'no',
    Polish: 'pl',
    PortugueseBr: 'pt-BR',
    Romanian: 'ro',
    Russian: 'ru',
    SpanishEs: 'es-ES',
    SpanishLatam: 'es-419',
    Swedish: 'sv-SE',
    Thai: 'th',
    Turkish: 'tr',
    Ukrainian: 'uk',
    Vietnamese: 'vi',
};
/** The members of {@link OverwriteType} by name. */
export const OverwriteType = {
    Role: 0,
    Member: 1,
};
/** The members of {@link VideoQualityMode} by name. */
export const VideoQualityMode = {
    Auto: 1,
    Full: 2,
};
/** The members of {@link ThreadAutoArchiveDuration} by name. */
export const ThreadAutoArchiveDuration = {
    OneHour: 60,
    OneDay: 1440,
    ThreeDays: 4320,
    OneWeek: 10080,
};
/** The members of {@link SortOrderType} by name. */
export const SortOrderType = {
    LatestActivity: 0,
    CreationDate: 1,
};
/** The members of {@link ForumLayoutType} by name. */
export const ForumLayoutType = {
    NotSet: 0,
    ListView: 1,
    GalleryView: 2,
};
/** The members of {@link ActivityType} by name. */
export const ActivityType = {
    Playing: 0,
    Streaming: 1,
    Listening: 2,
    Watching: 3,
    Custom: 4,
    Competing: 5,
};
/** The members of {@link StatusDisplayType} by name. */
export const StatusDisplayType = {
    Name: 0,
    State: 1,
    Details: 2,
};
/** The members of {@link PresenceUpdateStatus} by name. */
export const PresenceUpdateStatus = {
    Online: 'online',
    DoNotDisturb: 'dnd',
    Idle: 'idle',
    Invisible: 'invisible',
    Offline: 'offline',
};
/** The members of {@link StageInstancePrivacyLevel} by name. */
export const StageInstancePrivacyLevel = {
    Public: 1,
    GuildOnly: 2,
};
/** The members of {@link GuildScheduledEventPrivacyLevel} by name. */
export const GuildScheduledEventPrivacyLevel = {
    GuildOnly: 2,
};
/** The members of {@link GuildScheduledEventStatus} by name. */
export const GuildScheduledEventStatus = {
    Scheduled: 1,
    Active: 2,
    Completed: 3,
    Canceled: 4,
};
/** The members of {@link GuildScheduledEventRecurrenceRuleFrequency} by name. */
export const GuildScheduledEventRecurrenceRuleFrequency = {
    Yearly: 0,
    Monthly: 1,
    Weekly: 2,
    Daily: 3,
};
/** The members of {@link GuildScheduledEventRecurrenceRuleWeekday} by name. */
export const GuildScheduledEventRecurrenceRuleWeekday = {
    Monday: 0,
    Tuesday: 1,
    Wednesday: 2,
    Thursday: 3,
    Friday: 4,
    Saturday: 5,
    Sunday: 6,
};
/** The members of {@link GuildScheduledEventRecurrenceRuleMonth} by name. */
export const GuildScheduledEventRecurrenceRuleMonth = {
    January: 1,
    February: 2,
    March: 3,
    April: 4,
    May: 5,
    June: 6,
    July: 7,
    August: 8,
    September: 9,
    October: 10,
    November: 11,
    December: 12,
};
/** The members of {@link InviteTargetType} by name. */
export const InviteTargetType = {
    Stream: 1,
    EmbeddedApplication: 2,
};
/** The members of {@link InteractionType} by name. */
export const InteractionType = {
    Ping: 1,
    ApplicationCommand: 2,
    MessageComponent: 3,
    ApplicationCommandAutocomplete: 4,
    ModalSubmit: 5,
};
/** The members of {@link InteractionContextType} by name. */
export const InteractionContextType = {
    Guild: 0,
    BotDm: 1,
    PrivateChannel: 2,
};
/** The members of {@link ComponentType} by name. */
export const ComponentType = {
    ActionRow: 1,
    Button: 2,
    StringSelect: 3,
    TextInput: 4,
    UserSelect: 5,
    RoleSelect: 6,
    MentionableSelect: 7,
    ChannelSelect: 8,
    Section: 9,
    TextDisplay: 10,
    Thumbnail: 11,
    MediaGallery: 12,
    File: 13,
    Separator: 14,
    ContentInventoryEntry: 16,
    Container: 17,
    Label: 18,
    FileUpload: 19,
    RadioGroup: 21,
    CheckboxGroup: 22,
    Checkbox: 23,
    SelectMenu: 3,
};
/** The members of {@link ButtonStyle} by name. */
export const ButtonStyle = {
    Primary: 1,
    Secondary: 2,
    Success: 3,
    Danger: 4,
    Link: 5,
    Premium: 6,
};
/** The members of {@link TextInputStyle} by name. */
export const TextInputStyle = {
    Short: 1,
    Paragraph: 2,
};
/** The members of {@link SelectMenuDefaultValueType} by name. */
export const SelectMenuDefaultValueType = {
    Channel: 'channel',
    Role: 'role',
    User: 'user',
};
/** The members of {@link UnfurledMediaItemLoadingState} by name. */
export const UnfurledMediaItemLoadingState = {
    Unknown: 0,
    Loading: 1,
    LoadedSuccess: 2,
    LoadedNotFound: 3,
};
/** The members of {@link SeparatorSpacingSize} by name. */
export const SeparatorSpacingSize = {
    Small: 1,
    Large: 2,
};
/** The members of {@link ApplicationCommandType} by name. */
export const ApplicationCommandType = {
    ChatInput: 1,
    User: 2,
    Message: 3,
    PrimaryEntryPoint: 4,
};
/** The members of {@link ApplicationCommandOptionType} by name. */
export const ApplicationCommandOptionType = {
    Subcommand: 1,
    SubcommandGroup: 2,
    StringType: 3,
    Integer: 4,
    BooleanType: 5,
    User: 6,
    Channel: 7,
    Role: 8,
    Mentionable: 9,
    NumberType: 10,
    Attachment: 11,
};
/** The members of {@link EntitlementType} by name. */
export const EntitlementType = {
    Purchase: 1,
    PremiumSubscription: 2,
    DeveloperGift: 3,
    TestModePurchase: 4,
    FreePurchase: 5,
    UserGift: 6,
    PremiumPurchase: 7,
    ApplicationSubscription: 8,
};
/** The members of {@link TeamMemberMembershipState} by name. */
export const TeamMemberMembershipState = {
    Invited: 1,
    Accepted: 2,
};
/** The members of {@link TeamMemberRole} by name. */
export const TeamMemberRole = {
    Admin: 'admin',
    Developer: 'developer',
    ReadOnly: 'read_only',
};
/** The members of {@link OAuth2Scopes} by name. */
export const OAuth2Scopes = {
    Bot: 'bot',
    Connections: 'connections',
    DmChannelsRead: 'dm_channels.read',
    Email: 'email',
    Identify: 'identify',
    IdentifyPremium: 'identify.premium',
    Guilds: 'guilds',
    GuildsJoin: 'guilds.join',
    GuildsMembersRead: 'guilds.members.read',
    GroupDmJoins: 'gdm.join',
    MessagesRead: 'messages.read',
    RoleConnectionsWrite: 'role_connections.write',
    Rpc: 'rpc',
    RpcActivitiesWrite: 'rpc.activities.write',
    RpcVoiceRead: 'rpc.voice.read',
    RpcVoiceWrite: 'rpc.voice.write',
    RpcNotificationsRead: 'rpc.notifications.read',
    WebhookIncoming: 'webhook.incoming',
    Voice: 'voice',
    ApplicationsBuildsUpload: 'applications.builds.upload',
    ApplicationsBuildsRead: 'applications.builds.read',
    ApplicationsStoreUpdate: 'applications.store.update',
    ApplicationsEntitlements: 'applications.entitlements',
    RelationshipsRead: 'relationships.read',
    ActivitiesRead: 'activities.read',
    ActivitiesWrite: 'activities.write',
    ApplicationsCommands: 'applications.commands',
    ApplicationsCommandsUpdate: 'applications.commands.update',
    ApplicationCommandsPermissionsUpdate: 'applications.commands.permissions.update',
};
/** The members of {@link ApplicationWebhookEventStatus} by name. */
export const ApplicationWebhookEventStatus = {
    Disabled: 1,
    Enabled: 2,
    DisabledByDiscord: 3,
};
/** The members of {@link ApplicationWebhookEventType} by name. */
export const ApplicationWebhookEventType = {
    ApplicationAuthorized: 'APPLICATION_AUTHORIZED',
    ApplicationDeauthorized: 'APPLICATION_DEAUTHORIZED',
    EntitlementCreate: 'ENTITLEMENT_CREATE',
    EntitlementUpdate: 'ENTITLEMENT_UPDATE',
    EntitlementDelete: 'ENTITLEMENT_DELETE',
    QuestUserEnrollment: 'QUEST_USER_ENROLLMENT',
};
