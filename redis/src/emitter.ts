/**
 * A tiny typed emitter. Unlike node:events, an `error` with no listener is not thrown (a library must not
 * crash its host for a report), and a listener that throws is isolated from the others and from the caller.
 */
export type EventMap = { [event: string]: unknown[] };
type Listener = (...args: unknown[]) => void;

export class TypedEmitter<Events extends EventMap> {
  private readonly listeners = new Map<keyof Events, Listener[]>();

  on<K extends keyof Events>(event: K, listener: (...args: Events[K]) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as unknown as Listener]);
    return this;
  }

  off<K extends keyof Events>(event: K, listener: (...args: Events[K]) => void): this {
    const list = (this.listeners.get(event) ?? []).filter((candidate) => candidate !== (listener as unknown as Listener));
    if (list.length === 0) this.listeners.delete(event);
    else this.listeners.set(event, list);
    return this;
  }

  protected emit<K extends keyof Events>(event: K, ...args: Events[K]): void {
    for (const listener of this.listeners.get(event) ?? []) {
      try {
        listener(...args);
      } catch {
        // A throwing listener must not stop the others nor the queue's loop.
      }
    }
  }
}
