/** Builds the {@link IdentifyPayload} envelope (opcode 2) around its data. */
export function encodeIdentify(d) {
    return { op: 2, d };
}
/** Builds the {@link ResumePayload} envelope (opcode 6) around its data. */
export function encodeResume(d) {
    return { op: 6, d };
}
/** Builds the {@link HeartbeatPayload} envelope (opcode 1) around its data. */
export function encodeHeartbeat(d) {
    return { op: 1, d };
}
/** Builds the {@link RequestGuildMembersPayload} envelope (opcode 8) around its data. */
export function encodeRequestGuildMembers(d) {
    return { op: 8, d };
}
/** Builds the {@link UpdateVoiceStatePayload} envelope (opcode 4) around its data. */
export function encodeUpdateVoiceState(d) {
    return { op: 4, d };
}
/** Builds the {@link UpdatePresencePayload} envelope (opcode 3) around its data. */
export function encodeUpdatePresence(d) {
    return { op: 3, d };
}
