// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
import type { TimerHandle, Timers } from './timers.js';

/**
 * The heartbeat of one connection (reference: "Heartbeat"). First beat after `interval * random()`,
 * then every `interval`. Before each scheduled beat, if nothing arrived since the previous one (no ACK
 * and no other frame: any frame is proof of life), the connection is a zombie: `onZombie` is called and
 * the heartbeat stops. A beat requested by the server (op 1) is sent at once and leaves that check alone; at
 * most one requested beat is sent per interval (the rate limiter reserves exactly that much): further requests in
 * the same interval are answered by the next scheduled beat, so a flood of op 1 cannot crowd out other sends.
 */
export interface HeartbeatHooks {
  /** Writes a heartbeat frame. */
  beat(): void;
  /** Called once when no sign of life arrived between two scheduled beats. */
  zombie(): void;
}

export class Heartbeat {
  private timer: TimerHandle | undefined;
  private intervalMs = 0;
  /** Something (ACK or any frame) arrived since the last scheduled beat. */
  private alive = true;
  private sentAt: number | undefined;
  private lastLatency: number | undefined;
  /** A beat requested by the server was sent since the last scheduled one. */
  private requestAnswered = false;

  constructor(
    private readonly timers: Timers,
    private readonly hooks: HeartbeatHooks,
    private readonly random: () => number = Math.random,
  ) {}

  /** Round trip of the last acknowledged beat, in ms. */
  get latency(): number | undefined {
    return this.lastLatency;
  }

  get running(): boolean {
    return this.timer !== undefined;
  }

  start(intervalMs: number): void {
    this.stop();
    this.intervalMs = intervalMs;
    this.alive = true;
    this.sentAt = undefined;
    this.requestAnswered = false;
    this.schedule(intervalMs * this.random());
  }

  stop(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Any frame received. */
  touch(): void {
    this.alive = true;
  }

  /** op 11. */
  ack(): void {
    this.alive = true;
    if (this.sentAt !== undefined) {
      this.lastLatency = this.timers.now() - this.sentAt;
      this.sentAt = undefined;
    }
  }

  /** op 1 from the server: beat now, keep the schedule. Returns false when coalesced into the next beat. */
  beatNow(): boolean {
    if (!this.running || this.requestAnswered) return false;
    this.requestAnswered = true;
    this.send();
    return true;
  }

  private send(): void {
    this.sentAt = this.timers.now();
    this.hooks.beat();
  }

  private schedule(delayMs: number): void {
    this.timer = this.timers.setTimeout(() => this.tick(), delayMs);
  }

  private tick(): void {
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
