/**
 * A tiny typed emitter. A listener that throws never reaches the caller: the error goes to `onListenerError`
 * (the client turns it into an 'error' event). Emitting with no listener costs one map lookup.
 */
export type EventMap = {
    [event: string]: unknown[];
};
export type Listener<Args extends unknown[]> = (...args: Args) => void;
/** Sees every emission (the ShardManager uses it to re-emit with the shard id). */
export type AnyListener = (event: string, args: unknown[]) => void;
/**
 * Which events an `onAny` listener wants. Without it, every event; with it, the client skips the work of
 * events nobody wants (a debug line's text, a 'frame' per message), as it does for events with no listener.
 */
export type EventInterest = (event: string) => boolean;
export declare class TypedEmitter<Events extends EventMap> {
    private readonly onListenerError;
    private readonly listeners;
    private readonly anyListeners;
    constructor(onListenerError: (error: unknown, event: string) => void);
    on<K extends keyof Events & string>(event: K, listener: Listener<Events[K]>): void;
    once<K extends keyof Events & string>(event: K, listener: Listener<Events[K]>): void;
    off<K extends keyof Events & string>(event: K, listener: Listener<Events[K]>): void;
    onAny(listener: AnyListener, wants?: EventInterest): () => void;
    /** Would `emit(event)` reach anyone? Callers skip building what nobody would see. */
    has(event: string): boolean;
    /** Calls every listener of `event` in order, then the `onAny` listeners; a throw goes to onListenerError. */
    emit<K extends keyof Events & string>(event: K, ...args: Events[K]): void;
}
