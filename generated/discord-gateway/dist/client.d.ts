import { GatewayClientBase, type GatewayClientOptions } from '@gen-gateway/runtime';
import type { GatewayDispatchMap } from './messages.js';
import type { IdentifyData, RequestGuildMembersData, UpdatePresenceData, UpdateVoiceStateData } from './models.js';
/** The server URL from the document, used when the `url` option is not given. */
export declare const DEFAULT_GATEWAY_URL: string;
/** Options of {@link GatewayClient}: token, intents, and the connection settings of the runtime. */
export type ClientOptions = GatewayClientOptions<NonNullable<IdentifyData['presence']>, NonNullable<IdentifyData['properties']>>;
/**
 * A typed client for Discord Gateway API (version 10).
 *
 * The Discord Gateway API provides persistent, stateful WebSocket connections between your client and Discord servers. These connections are used for sending and receiving real-time events your client can use to track and update local state, including message creation, guild updates, presence changes, and voice state updates.
 *
 * `connect()` resolves with the READY data; `on(event, handler)` is typed per dispatch event.
 */
export declare class GatewayClient extends GatewayClientBase<GatewayDispatchMap, GatewayDispatchMap['READY'], NonNullable<IdentifyData['presence']>> {
    constructor(options: ClientOptions);
    /**
     * Request guild members for a guild
     *
     * Request Guild Members (Opcode 8)
     *
     * Sends opcode 8; resolves once written, after the rate limit (and any reconnect) allows.
     * @throws {GatewayError} `INVALID_PAYLOAD` (the promise rejects, nothing is sent) when `d` does not match the schema or serializes to over 4096 bytes.
     */
    requestGuildMembers(d: RequestGuildMembersData): Promise<void>;
    /**
     * Sent to join, move, or disconnect from a voice channel
     *
     * Update Voice State (Opcode 4)
     *
     * Sends opcode 4; resolves once written, after the rate limit (and any reconnect) allows.
     * @throws {GatewayError} `INVALID_PAYLOAD` (the promise rejects, nothing is sent) when `d` does not match the schema or serializes to over 4096 bytes.
     */
    updateVoiceState(d: UpdateVoiceStateData): Promise<void>;
    /**
     * Sent to update the client's presence
     *
     * Update Presence (Opcode 3)
     *
     * Sends opcode 3; resolves once written, after the rate limit (and any reconnect) allows.
     * @throws {GatewayError} `INVALID_PAYLOAD` (the promise rejects, nothing is sent) when `d` does not match the schema or serializes to over 4096 bytes.
     */
    updatePresence(d: UpdatePresenceData): Promise<void>;
}
