/** Validates the data of {@link RequestGuildMembersPayload} before it is sent. */
export const RequestGuildMembersSchema = {
    message: 'RequestGuildMembers',
    root: {
        $ref: 'RequestGuildMembersData',
    },
    defs: {
        RequestGuildMembersData: {
            required: ['guild_id'],
            type: 'object',
            properties: {
                guild_id: {
                    type: 'string',
                },
                query: {
                    type: 'string',
                },
                limit: {
                    type: 'integer',
                },
                presences: {
                    type: 'boolean',
                },
                user_ids: {
                    oneOf: [
                        {
                            type: 'string',
                        },
                        {
                            type: 'array',
                            items: {
                                type: 'string',
                            },
                        },
                    ],
                },
                nonce: {
                    type: 'string',
                },
            },
        },
    },
};
/** Validates the data of {@link UpdateVoiceStatePayload} before it is sent. */
export const UpdateVoiceStateSchema = {
    message: 'UpdateVoiceState',
    root: {
        $ref: 'UpdateVoiceStateData',
    },
    defs: {
        UpdateVoiceStateData: {
            required: ['guild_id', 'channel_id', 'self_mute', 'self_deaf'],
            type: 'object',
            properties: {
                guild_id: {
                    type: 'string',
                },
                channel_id: {
                    type: ['string', 'null'],
                },
                self_mute: {
                    type: 'boolean',
                },
                self_deaf: {
                    type: 'boolean',
                },
            },
        },
    },
};
/** Validates the data of {@link UpdatePresencePayload} before it is sent. */
export const UpdatePresenceSchema = {
    message: 'UpdatePresence',
    root: {
        $ref: 'UpdatePresenceData',
    },
    defs: {
        ActivityType: {
            enum: [0, 1, 2, 3, 4, 5],
            type: 'integer',
        },
        ActivityUpdate: {
            required: ['name', 'type'],
            type: 'object',
            properties: {
                name: {
                    type: 'string',
                },
                type: {
                    $ref: 'ActivityType',
                },
                url: {
                    type: ['string', 'null'],
                },
                state: {
                    type: ['string', 'null'],
                },
            },
        },
        PresenceUpdateStatus: {
            enum: ['online', 'dnd', 'idle', 'invisible', 'offline'],
            type: 'string',
        },
        UpdatePresenceData: {
            required: ['since', 'activities', 'status', 'afk'],
            type: 'object',
            properties: {
                since: {
                    type: ['integer', 'null'],
                },
                activities: {
                    type: 'array',
                    items: {
                        $ref: 'ActivityUpdate',
                    },
                },
                status: {
                    $ref: 'PresenceUpdateStatus',
                },
                afk: {
                    type: 'boolean',
                },
            },
        },
    },
};
