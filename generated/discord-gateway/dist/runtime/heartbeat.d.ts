import type { Timers } from './timers.js';
/**
 * The heartbeat of one connection (reference: "Heartbeat"). First beat after `interval * random()`,
 * then every `interval`. Before each scheduled beat, if nothing arrived since the previous one (no ACK
 * and no other frame: any frame is proof of life), the connection is a zombie: `onZombie` is called and
 * the heartbeat stops. A beat requested by the server (op 1) is sent at once and leaves that check alone; at
 * most one requested beat is sent per interval (the rate limiter reserves exactly that much): further requests in
 * the same interval are answered by the next scheduled beat, so a flood of op 1 cannot crowd out other sends.
 */
export interface HeartbeatHooks {
    /** Writes a heartbeat frame. */
    beat(): void;
    /** Called once when no sign of life arrived between two scheduled beats. */
    zombie(): void;
}
export declare class Heartbeat {
    private readonly timers;
    private readonly hooks;
    private readonly random;
    private timer;
    private intervalMs;
    /** Something (ACK or any frame) arrived since the last scheduled beat. */
    private alive;
    private sentAt;
    private lastLatency;
    /** A beat requested by the server was sent since the last scheduled one. */
    private requestAnswered;
    constructor(timers: Timers, hooks: HeartbeatHooks, random?: () => number);
    /** Round trip of the last acknowledged beat, in ms. */
    get latency(): number | undefined;
    get running(): boolean;
    start(intervalMs: number): void;
    stop(): void;
    /** Any frame received. */
    touch(): void;
    /** op 11. */
    ack(): void;
    /** op 1 from the server: beat now, keep the schedule. Returns false when coalesced into the next beat. */
    beatNow(): boolean;
    private send;
    private schedule;
    private tick;
}
