/** Bounds on one gateway message, so a hostile stream cannot exhaust memory or stall the event loop. */
export interface InflateLimits {
    /** Largest inflated message, in bytes. */
    readonly maxMessageBytes: number;
    /** Largest compressed input buffered while waiting for the 00 00 ff ff flush marker, in bytes. */
    readonly maxPendingBytes: number;
}
/** 16 MiB: several times the largest gateway payloads seen (a big guild's GUILD_CREATE is a few MiB). */
export declare const DEFAULT_INFLATE_LIMITS: InflateLimits;
export declare class ZlibStreamInflater {
    private readonly limits;
    private pending;
    private pendingBytes;
    private readonly inflate;
    private readonly fast;
    private failure;
    /** Fallback path state. */
    private headerSkipped;
    private window;
    constructor(limits?: InflateLimits);
    /** Whether the native-handle fast path is in use (exposed for tests and diagnostics). */
    get synchronousFastPath(): boolean;
    /**
     * Adds one WebSocket message. Returns the decoded text once a complete gateway message is buffered,
     * undefined while more frames are needed. Throws GatewayError('DECOMPRESSION_FAILED') on corrupt data and
     * GatewayError('MESSAGE_TOO_LARGE') past a limit; the context is unusable after either (the caller reconnects).
     */
    push(data: Uint8Array): string | undefined;
    private tooLarge;
    close(): void;
    private inflateFast;
    private inflateFallback;
}
