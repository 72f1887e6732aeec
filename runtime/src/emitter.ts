/**
 * A tiny typed emitter. A listener that throws never reaches the caller: the error goes to `onListenerError`
 * (the client turns it into an 'error' event). Emitting with no listener costs one map lookup.
 */
export type EventMap = { [event: string]: unknown[] };
export type Listener<Args extends unknown[]> = (...args: Args) => void;
type StoredListener = (...args: unknown[]) => void;
/** Sees every emission (the ShardManager uses it to re-emit with the shard id). */
export type AnyListener = (event: string, args: unknown[]) => void;
/**
 * Which events an `onAny` listener wants. Without it, every event; with it, the client skips the work of
 * events nobody wants (a debug line's text, a 'frame' per message), as it does for events with no listener.
 */
export type EventInterest = (event: string) => boolean;

interface AnyEntry {
  readonly listener: AnyListener;
  readonly wants: EventInterest | undefined;
}

export class TypedEmitter<Events extends EventMap> {
  private readonly listeners = new Map<string, StoredListener[]>();
  private readonly anyListeners: AnyEntry[] = [];

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

  onAny(listener: AnyListener, wants?: EventInterest): () => void {
    const entry: AnyEntry = { listener, wants };
    this.anyListeners.push(entry);
    return () => {
      const index = this.anyListeners.indexOf(entry);
      if (index !== -1) this.anyListeners.splice(index, 1);
    };
  }

  /** Would `emit(event)` reach anyone? Callers skip building what nobody would see. */
  has(event: string): boolean {
    if (this.listeners.has(event)) return true;
    for (const entry of this.anyListeners) if (entry.wants === undefined || entry.wants(event)) return true;
    return false;
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
    for (const { listener, wants } of this.anyListeners) {
      if (wants !== undefined && !wants(event)) continue;
      try {
        listener(event, args);
      } catch (error) {
        this.onListenerError(error, event);
      }
    }
  }
}
