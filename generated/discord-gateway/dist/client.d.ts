import { GatewayClientBase, type GatewayClientOptions, type SendSchema } from './runtime/index.js';
import type { GatewayDispatchMap, GatewayReceivePayload } from './messages.js';
import type { IdentifyData, RequestGuildMembersData, UpdatePresenceData, UpdateVoiceStateData } from './models.js';
/** The server URL from the document, used when the `url` option is not given. */
export declare const DEFAULT_GATEWAY_URL: string;
/** Options of {@link GatewayClient}: token, intents, and the connection settings of the runtime. */
export type ClientOptions = GatewayClientOptions<NonNullable<IdentifyData['presence']>, NonNullable<IdentifyData['properties']>>;
/** The data each send method of {@link GatewayClient} takes, by method name. */
export type GatewaySendMap = {
    requestGuildMembers: RequestGuildMembersData;
    updateVoiceState: UpdateVoiceStateData;
    updatePresence: UpdatePresenceData;
};
/** Every send method of {@link GatewayClient}: its opcode and the schema its data is validated with before it is queued. */
export declare const GatewaySendCommands: {
    readonly [M in keyof GatewaySendMap]: {
        readonly op: number;
        readonly schema: SendSchema;
    };
};
/**
 * A typed client for Discord Gateway API (version 10).
 *
 * The Discord Gateway API provides persistent, stateful WebSocket connections between your client and Discord servers. These connections are used for sending and receiving real-time events your client can use to track and update local state, including message creation, guild updates, presence changes, and voice state updates.
 *
 * `connect()` resolves with the READY data; `on(event, handler)` is typed per dispatch event.
 */
export declare class GatewayClient extends GatewayClientBase<GatewayDispatchMap, GatewayDispatchMap['READY'], NonNullable<IdentifyData['presence']>, GatewayReceivePayload> {
    constructor(options: ClientOptions);
    /**
     * Request guild members for a guild
     *
     * Request Guild Members (Opcode 8)
     *
     * Sends opcode 8; resolves once written, after the rate limit (and any reconnect) allows.
     * @throws {GatewayError} (the promise rejects and nothing is sent) `INVALID_PAYLOAD` when `d` does not match the schema, `PAYLOAD_TOO_LARGE` when it serializes to over 4096 bytes, `SEND_QUEUE_FULL` when too many sends wait for a reconnect.
     */
    requestGuildMembers(d: RequestGuildMembersData): Promise<void>;
    /**
     * Sent to join, move, or disconnect from a voice channel
     *
     * Update Voice State (Opcode 4)
     *
     * Sends opcode 4; resolves once written, after the rate limit (and any reconnect) allows.
     * @throws {GatewayError} (the promise rejects and nothing is sent) `INVALID_PAYLOAD` when `d` does not match the schema, `PAYLOAD_TOO_LARGE` when it serializes to over 4096 bytes, `SEND_QUEUE_FULL` when too many sends wait for a reconnect.
     */
    updateVoiceState(d: UpdateVoiceStateData): Promise<void>;
    /**
     * Sent to update the client's presence
     *
     * Update Presence (Opcode 3)
     *
     * Sends opcode 3; resolves once written, after the rate limit (and any reconnect) allows.
     * @throws {GatewayError} (the promise rejects and nothing is sent) `INVALID_PAYLOAD` when `d` does not match the schema, `PAYLOAD_TOO_LARGE` when it serializes to over 4096 bytes, `SEND_QUEUE_FULL` when too many sends wait for a reconnect.
     */
    updatePresence(d: UpdatePresenceData): Promise<void>;
}
