// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
import { GatewayError } from './errors.js';
import { RateLimiter } from './ratelimit.js';
export class SendQueue {
    timers;
    maxQueued;
    managed = [];
    user = [];
    lane = 'closed';
    write;
    limiter = new RateLimiter();
    timer;
    constructor(timers, maxQueued = 1000) {
        this.timers = timers;
        this.maxQueued = maxQueued;
    }
    /** User frames waiting (for READY/RESUMED or for the rate limit). */
    get pendingUserSends() {
        return this.user.length;
    }
    attach(write, limiter) {
        this.write = write;
        this.limiter = limiter;
        this.lane = 'managed';
        this.flush();
    }
    /** Opens the user lane (after READY/RESUMED) and flushes what waited. */
    openUserLane() {
        if (this.lane === 'closed')
            return;
        this.lane = 'all';
        this.flush();
    }
    detach() {
        this.write = undefined;
        this.lane = 'closed';
        this.cancelTimer();
        this.managed.length = 0;
    }
    /** Queues a managed frame for the current connection (dropped if the connection ends first). */
    pushManaged(data) {
        if (this.lane === 'closed')
            return;
        this.managed.push(data);
        this.flush();
    }
    /** Queues a user frame; resolves once it is written to the socket. */
    push(data) {
        if (this.user.length >= this.maxQueued) {
            return Promise.reject(new GatewayError('SEND_QUEUE_FULL', `send queue is full (${this.maxQueued} sends waiting for the connection or the rate limit); ` +
                'wait for "ready"/"resumed" or raise maxQueuedSends'));
        }
        return new Promise((resolve, reject) => {
            this.user.push({ data, resolve, reject });
            this.flush();
        });
    }
    /** Rejects every waiting frame (client closed for good). */
    rejectAll(error) {
        this.managed.length = 0;
        for (const item of this.user.splice(0))
            item.reject(error);
    }
    cancelTimer() {
        if (this.timer !== undefined)
            this.timers.clearTimeout(this.timer);
        this.timer = undefined;
    }
    flush() {
        this.cancelTimer();
        if (!this.drain(this.managed, 'managed'))
            return;
        if (this.lane === 'all')
            this.drain(this.user, 'user');
    }
    /** Writes from `queue` while allowed; returns true if `queue` emptied. Schedules a retry otherwise. */
    drain(queue, priority) {
        while (queue.length > 0) {
            const write = this.write;
            if (write === undefined)
                return false;
            const now = this.timers.now();
            if (!this.limiter.tryTake(now, priority)) {
                const at = this.limiter.nextFreeAt(now, priority);
                this.timer = this.timers.setTimeout(() => {
                    this.timer = undefined;
                    this.flush();
                }, Math.max(1, at - now));
                return false;
            }
            const item = queue.shift();
            if (typeof item === 'string')
                write(item);
            else {
                write(item.data);
                item.resolve();
            }
        }
        return true;
    }
}
