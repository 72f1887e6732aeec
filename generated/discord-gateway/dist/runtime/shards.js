import { SimpleIdentifyQueue } from './identify-queue.js';
/**
 * Several shards of one bot in one process (reference: "Sharding"). Each shard is its own client
 * (connection, session, rate limit); identifies are paced by one shared `IdentifyQueue`; every client
 * event is re-emitted with the shard id as last argument.
 */
export class ShardManager {
    shards;
    identifyQueue;
    listeners = new Map();
    constructor(options) {
        const { shardCount } = options;
        if (!Number.isInteger(shardCount) || shardCount < 1)
            throw new TypeError('shardCount must be a positive integer');
        this.identifyQueue =
            options.identifyQueue ??
                new SimpleIdentifyQueue({ maxConcurrency: options.maxConcurrency ?? 1, ...(options.timers ? { timers: options.timers } : {}) });
        const ids = options.shardIds ?? Array.from({ length: shardCount }, (_, i) => i);
        const shards = new Map();
        for (const id of ids) {
            if (!Number.isInteger(id) || id < 0 || id >= shardCount)
                throw new RangeError(`shard id ${id} is outside 0..${shardCount - 1}`);
            const client = options.createClient([id, shardCount], this.identifyQueue);
            // Only the events the manager has listeners for: a client skips debug text and 'frame' events nobody reads.
            client.onAny((event, args) => this.forward(event, args, id), (event) => this.listeners.has(event));
            shards.set(id, client);
        }
        this.shards = shards;
    }
    /** Connects every shard (identifies paced by the queue); resolves with each READY's d, by shard order. */
    connect() {
        return Promise.all([...this.shards.values()].map((client) => client.connect()));
    }
    close(options) {
        return Promise.all([...this.shards.values()].map((client) => client.close(options))).then(() => undefined);
    }
    on(event, listener) {
        const list = this.listeners.get(event) ?? [];
        this.listeners.set(event, [...list, listener]);
        return this;
    }
    off(event, listener) {
        const list = this.listeners.get(event);
        if (list)
            this.listeners.set(event, list.filter((candidate) => candidate !== listener));
        return this;
    }
    forward(event, args, shardId) {
        const list = this.listeners.get(event);
        if (!list)
            return;
        // A throw here propagates to the client's emitter, which reports it as that shard's 'error'.
        for (const listener of list)
            listener(...args, shardId);
    }
}
