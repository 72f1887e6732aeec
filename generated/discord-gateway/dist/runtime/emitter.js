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
    onAny(listener) {
        this.anyListeners.push(listener);
        return () => {
            const index = this.anyListeners.indexOf(listener);
            if (index !== -1)
                this.anyListeners.splice(index, 1);
        };
    }
    has(event) {
        return this.listeners.has(event) || this.anyListeners.length > 0;
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
        for (const listener of this.anyListeners) {
            try {
                listener(event, args);
            }
            catch (error) {
                this.onListenerError(error, event);
            }
        }
    }
}
