/**
 * A tiny typed emitter. A listener that throws never reaches the caller: the error goes to `onListenerError`
 * (the client turns it into an 'error' event). Emitting with no listener costs one map lookup.
 */
export type EventMap = {
    [event: string]: unknown[];
};
export type Listener<Args extends unknown[]> = (...args: Args) => void;
export type AnyListener = (event: string, args: unknown[]) => void;
export declare class TypedEmitter<Events extends EventMap> {
    private readonly onListenerError;
    private readonly listeners;
    private readonly anyListeners;
    constructor(onListenerError: (error: unknown, event: string) => void);
    on<K extends keyof Events & string>(event: K, listener: Listener<Events[K]>): void;
    once<K extends keyof Events & string>(event: K, listener: Listener<Events[K]>): void;
    off<K extends keyof Events & string>(event: K, listener: Listener<Events[K]>): void;
    onAny(listener: AnyListener): () => void;
    has(event: string): boolean;
    /** Calls every listener of `event` in order, then the `onAny` listeners; a throw goes to onListenerError. */
    emit<K extends keyof Events & string>(event: K, ...args: Events[K]): void;
}
