export class TypedEmitter {
    onListenerError;
    listeners = new Map();
    anyListeners = [];
    constructor(onListenerError) {
        this.onListenerError = onListenerError;
    }
    on(event, listener) {
        const list = this.listeners.get(event);
        // Copy on write: emit can iterate without a snapshot.
        this.listeners.set(event, list ? [...list, listener] : [listener]);
    }
    once(event, listener) {
        const wrapper = ((...args) => {
            this.off(event, wrapper);
            listener(...args);
        });
        wrapper.listener = listener;
        this.on(event, wrapper);
    }
    off(event, listener) {
        const list = this.listeners.get(event);
        if (!list)
            return;
        const index = list.findIndex((candidate) => candidate === listener || candidate.listener === listener);
        if (index === -1)
            return;
        const next = list.filter((_, i) => i !== index);
        if (next.length === 0)
            this.listeners.delete(event);
        else
            this.listeners.set(event, next);
    }
    onAny(listener, wants) {
        const entry = { listener, wants };
        this.anyListeners.push(entry);
        return () => {
            const index = this.anyListeners.indexOf(entry);
            if (index !== -1)
                this.anyListeners.splice(index, 1);
        };
    }
    /** Would `emit(event)` reach anyone? Callers skip building what nobody would see. */
    has(event) {
        if (this.listeners.has(event))
            return true;
        for (const entry of this.anyListeners)
            if (entry.wants === undefined || entry.wants(event))
                return true;
        return false;
    }
    /** Calls every listener of `event` in order, then the `onAny` listeners; a throw goes to onListenerError. */
    emit(event, ...args) {
        const list = this.listeners.get(event);
        if (list !== undefined) {
            for (let i = 0; i < list.length; i++) {
                try {
                    list[i].apply(undefined, args);
                }
                catch (error) {
                    this.onListenerError(error, event);
                }
            }
        }
        for (const { listener, wants } of this.anyListeners) {
            if (wants !== undefined && !wants(event))
                continue;
            try {
                listener(event, args);
            }
            catch (error) {
                this.onListenerError(error, event);
            }
        }
    }
}
