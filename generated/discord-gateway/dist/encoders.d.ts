import type { HeartbeatData, IdentifyData, RequestGuildMembersData, ResumeData, UpdatePresenceData, UpdateVoiceStateData } from './models.js';
import type { HeartbeatPayload, IdentifyPayload, RequestGuildMembersPayload, ResumePayload, UpdatePresencePayload, UpdateVoiceStatePayload } from './messages.js';
/** Builds the {@link IdentifyPayload} envelope (opcode 2) around its data. */
export declare function encodeIdentify(d: IdentifyData): IdentifyPayload;
/** Builds the {@link ResumePayload} envelope (opcode 6) around its data. */
export declare function encodeResume(d: ResumeData): ResumePayload;
/** Builds the {@link HeartbeatPayload} envelope (opcode 1) around its data. */
export declare function encodeHeartbeat(d: HeartbeatData): HeartbeatPayload;
/** Builds the {@link RequestGuildMembersPayload} envelope (opcode 8) around its data. */
export declare function encodeRequestGuildMembers(d: RequestGuildMembersData): RequestGuildMembersPayload;
/** Builds the {@link UpdateVoiceStatePayload} envelope (opcode 4) around its data. */
export declare function encodeUpdateVoiceState(d: UpdateVoiceStateData): UpdateVoiceStatePayload;
/** Builds the {@link UpdatePresencePayload} envelope (opcode 3) around its data. */
export declare function encodeUpdatePresence(d: UpdatePresenceData): UpdatePresencePayload;
