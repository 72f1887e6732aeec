import type { ResolvedOptions } from './options.js';
import type { Reporter } from './reporter.js';
import { type GatewaySession } from './session.js';
import { type ConnectionState } from './state.js';
/** Close code for closes that keep the session (reconnects, zombie, `close({ resumable: true })`). */
export declare const RESUMABLE_CLOSE_CODE = 4900;
/**
 * The whole lifecycle of one gateway connection (reference: every section): Hello, heartbeat, Identify/Resume,
 * dispatch sequencing, reconnects with backoff, fatal closes, rate-limited sends, and holding the process alive
 * while started. `GatewayClientBase` is its public face; this class owns the state.
 */
export declare class GatewayLifecycle<Ready> {
    private readonly options;
    private readonly reporter;
    private readonly shardId;
    private readonly sessions;
    private readonly heartbeat;
    private readonly queue;
    private readonly backoff;
    private readonly failed;
    private state;
    private connection;
    private limiter;
    /** The one pending lifecycle timer: Hello timeout, READY timeout, or the reconnect delay. */
    private stageTimer;
    /** Aborts waits that belong to the current connection (the identify queue). */
    private attempt;
    private pendingConnect;
    private readyData;
    /** Releases the keep-alive taken while the client is started. */
    private releaseHold;
    constructor(options: ResolvedOptions, reporter: Reporter, shardId: number);
    get latency(): number | undefined;
    get session(): GatewaySession | undefined;
    get status(): ConnectionState['kind'];
    connect(): Promise<Ready>;
    close(options: {
        resumable?: boolean | undefined;
    }): Promise<void>;
    /** Queues an encoded user frame (see `SendQueue.push`); rejects when the client is not started. */
    send(data: string, op: number): Promise<void>;
    private open;
    private onSocketError;
    private onFrame;
    /** The hot path: sequence check, then straight to the listeners. */
    private onDispatch;
    private readonly onGap;
    private onReady;
    private onAuthenticated;
    private onHello;
    private identifyPayload;
    private onServerClose;
    private onZombie;
    /**
     * Ends the current connection and schedules the next one after the backoff delay. `new-session` drops the
     * session first. An attempt that ended before READY/RESUMED counts towards `connectAttempts`.
     */
    private reconnect;
    /** Counts an attempt that never reached READY/RESUMED; returns false when the client gave up. */
    private countFailedAttempt;
    /** The client stops for good (a fatal close, giving up): nothing more is retried or held. */
    private stop;
    /** Stops everything tied to the current connection; resolves once its socket closed. */
    private teardown;
    private hold;
    private release;
    private setState;
    private startStageTimer;
    private clearStageTimer;
    private sendManaged;
    private settleConnect;
}
