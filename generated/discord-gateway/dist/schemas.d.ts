import type { SendSchema } from './runtime/index.js';
/** Validates the data of {@link RequestGuildMembersPayload} before it is sent. */
export declare const RequestGuildMembersSchema: SendSchema;
/** Validates the data of {@link UpdateVoiceStatePayload} before it is sent. */
export declare const UpdateVoiceStateSchema: SendSchema;
/** Validates the data of {@link UpdatePresencePayload} before it is sent. */
export declare const UpdatePresenceSchema: SendSchema;
