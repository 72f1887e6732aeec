export class Heartbeat {
    timers;
    hooks;
    random;
    timer;
    intervalMs = 0;
    /** Something (ACK or any frame) arrived since the last scheduled beat. */
    alive = true;
    sentAt;
    lastLatency;
    /** A beat requested by the server was sent since the last scheduled one. */
    requestAnswered = false;
    constructor(timers, hooks, random = Math.random) {
        this.timers = timers;
        this.hooks = hooks;
        this.random = random;
    }
    /** Round trip of the last acknowledged beat, in ms. */
    get latency() {
        return this.lastLatency;
    }
    get running() {
        return this.timer !== undefined;
    }
    start(intervalMs) {
        this.stop();
        this.intervalMs = intervalMs;
        this.alive = true;
        this.sentAt = undefined;
        this.requestAnswered = false;
        this.schedule(intervalMs * this.random());
    }
    stop() {
        if (this.timer !== undefined)
            this.timers.clearTimeout(this.timer);
        this.timer = undefined;
    }
    /** Any frame received. */
    touch() {
        this.alive = true;
    }
    /** op 11. */
    ack() {
        this.alive = true;
        if (this.sentAt !== undefined) {
            this.lastLatency = this.timers.now() - this.sentAt;
            this.sentAt = undefined;
        }
    }
    /** op 1 from the server: beat now, keep the schedule. Returns false when coalesced into the next beat. */
    beatNow() {
        if (!this.running || this.requestAnswered)
            return false;
        this.requestAnswered = true;
        this.send();
        return true;
    }
    send() {
        this.sentAt = this.timers.now();
        this.hooks.beat();
    }
    schedule(delayMs) {
        this.timer = this.timers.setTimeout(() => this.tick(), delayMs);
    }
    tick() {
        this.timer = undefined;
        if (!this.alive) {
            this.hooks.zombie();
            return;
        }
        this.alive = false;
        this.requestAnswered = false;
        this.schedule(this.intervalMs);
        this.send();
    }
}
