// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
/**
 * A tiny typed emitter. A listener that throws never reaches the caller: the error goes to `onListenerError`
 * (the client turns it into an 'error' event). Emitting with no listener costs one map lookup.
 */
export type EventMap = { [event: string]: unknown[] };
export type Listener<Args extends unknown[]> = (...args: Args) => void;
/** Sees every emission (the ShardManager uses it to re-emit with the shard id). */
type StoredListener = (...args: unknown[]) => void;
export type AnyListener = (event: string, args: unknown[]) => void;

export class TypedEmitter<Events extends EventMap> {
  private readonly listeners = new Map<string, StoredListener[]>();
  private readonly anyListeners: AnyListener[] = [];

  constructor(private readonly onListenerError: (error: unknown, event: string) => void) {}

  on<K extends keyof Events & string>(event: K, listener: Listener<Events[K]>): void {
    const list = this.listeners.get(event);
    // Copy on write: emit can iterate without a snapshot.
    this.listeners.set(event, list ? [...list, listener as unknown as StoredListener] : [listener as unknown as StoredListener]);
  }

  once<K extends keyof Events & string>(event: K, listener: Listener<Events[K]>): void {
    const wrapper = ((...args: Events[K]) => {
      this.off(event, wrapper);
      listener(...args);
    }) as Listener<Events[K]> & { listener?: unknown };
    wrapper.listener = listener;
    this.on(event, wrapper);
  }

  off<K extends keyof Events & string>(event: K, listener: Listener<Events[K]>): void {
    const list = this.listeners.get(event);
    if (!list) return;
    const index = list.findIndex(
      (candidate) => candidate === (listener as unknown) || (candidate as { listener?: unknown }).listener === listener,
    );
    if (index === -1) return;
    const next = list.filter((_, i) => i !== index);
    if (next.length === 0) this.listeners.delete(event);
    else this.listeners.set(event, next);
  }

  onAny(listener: AnyListener): () => void {
    this.anyListeners.push(listener);
    return () => {
      const index = this.anyListeners.indexOf(listener);
      if (index !== -1) this.anyListeners.splice(index, 1);
    };
  }

  has(event: string): boolean {
    return this.listeners.has(event) || this.anyListeners.length > 0;
  }

  /** Calls every listener of `event` in order, then the `onAny` listeners; a throw goes to onListenerError. */
  emit<K extends keyof Events & string>(event: K, ...args: Events[K]): void {
    const list = this.listeners.get(event);
    if (list !== undefined) {
      for (let i = 0; i < list.length; i++) {
        try {
          (list[i] as StoredListener).apply(undefined, args);
        } catch (error) {
          this.onListenerError(error, event);
        }
      }
    }
    for (const listener of this.anyListeners) {
      try {
        listener(event, args);
      } catch (error) {
        this.onListenerError(error, event);
      }
    }
  }
}
