/**
 * The clock every timed behaviour goes through, so tests can drive time by hand (or with fake timers).
 * The default reads the globals at call time, which keeps `vi.useFakeTimers()` working.
 */
export type TimerHandle = unknown;
export interface Timers {
    now(): number;
    setTimeout(callback: () => void, ms: number): TimerHandle;
    clearTimeout(handle: TimerHandle): void;
    /**
     * Keeps the process alive until the returned function is called. A started client holds one, so a bot whose
     * only work is the client stays up while it waits to reconnect (no socket then holds Node's event loop) and
     * exits by itself once the client is closed. Optional: timers without it (a test clock) hold nothing.
     */
    keepAlive?(): () => void;
}
export declare const systemTimers: Timers;
/**
 * The part of an `AbortSignal` the runtime uses, spelled out so its declarations compile without the DOM or Node
 * type libraries (`AbortSignal` is a global of both, in neither ES lib). A real `AbortSignal` is one.
 */
export interface AbortSignalLike {
    readonly aborted: boolean;
    readonly reason?: unknown;
    addEventListener(type: 'abort', listener: () => void, options?: {
        once?: boolean;
    }): void;
    removeEventListener(type: 'abort', listener: () => void): void;
}
/** Resolves after `ms` on `timers`; rejects with the signal's reason when aborted. */
export declare function sleep(timers: Timers, ms: number, signal?: AbortSignalLike): Promise<void>;
