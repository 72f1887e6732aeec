/** The envelope and the opcodes the runtime drives (reference: "Envelope"). Nothing about individual events. */
declare const OPCODES: {
    readonly Dispatch: 0;
    readonly Heartbeat: 1;
    readonly Identify: 2;
    readonly Resume: 6;
    readonly Reconnect: 7;
    readonly InvalidSession: 9;
    readonly Hello: 10;
    readonly HeartbeatAck: 11;
};
export declare const GatewayOpcode: typeof OPCODES;
/** Opcodes the runtime sends itself; the generator emits no public send method for these. */
export declare const MANAGED_OPCODES: readonly number[];
/** One frame as received. `s` and `t` are set only on op 0. */
export interface GatewayEnvelope {
    op: number;
    d: unknown;
    s: number | null;
    t: string | null;
}
/** A dispatch as handed to listeners, tagged with the shard that received it. */
export interface DispatchFrame<T extends string = string, D = unknown> {
    op: 0;
    t: T;
    s: number;
    d: D;
    shardId: number;
}
/**
 * Names the client emits for its own lifecycle. A dispatch may not carry one as its `t`: it would reach those
 * listeners with the wrong arguments (`t: 'error'` calling every error handler with a message payload).
 */
export declare const LIFECYCLE_EVENTS: ReadonlySet<string>;
/**
 * The heartbeat intervals the client accepts from Hello, in ms. Discord sends 41250; outside this range a value is
 * an attack or a bug (0.5 or 1 would flood the socket with heartbeats, 1e12 would never detect a dead connection).
 */
export declare const HEARTBEAT_INTERVAL_RANGE: Readonly<{
    min: number;
    max: number;
}>;
/**
 * Checks the envelope shape of a parsed frame. Returns a description of the problem, or undefined if
 * the frame is usable. Dispatches need a string `t` that is not a lifecycle event name and a non-negative safe
 * integer `s`; Hello needs an integer `heartbeat_interval` within `HEARTBEAT_INTERVAL_RANGE`.
 */
export declare function checkEnvelope(frame: unknown): string | undefined;
/** Why `url` cannot be a gateway URL (not a URL, or not ws/wss), or undefined when it can. */
export declare function gatewayUrlProblem(url: unknown): string | undefined;
/**
 * The URL to open: `base` with `v=10&encoding=json` (and `compress=zlib-stream`) set, keeping any other
 * query parameters. Used for the base URL and the resume URL alike; callers check `gatewayUrlProblem` first.
 */
export declare function buildGatewayUrl(base: string, compress: boolean): string;
export {};
