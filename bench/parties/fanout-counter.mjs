/**
 * The fan-out section's user handler, the same in every party: counts MESSAGE_CREATE events, reads `d.content`,
 * checks the sequences grow, and (when recording) keeps the monotonic time each ran with its sequence. Answers
 * `done` over IPC once `n` events arrived.
 */
import { nowMs } from '../lib.mjs';

export class Counter {
  expected = 0;
  count = 0;
  lastSeq = 0;
  outOfOrder = 0;
  sink = 0;
  seqs = undefined;
  times = undefined;

  expect(n, record) {
    this.expected = n;
    this.count = 0;
    this.outOfOrder = 0;
    this.seqs = record ? new Float64Array(n) : undefined;
    this.times = record ? new Float64Array(n) : undefined;
    return { type: 'expecting' };
  }

  handle(d, s) {
    this.sink += d.content.length;
    if (this.expected === 0) return;
    if (s <= this.lastSeq) this.outOfOrder++;
    this.lastSeq = s;
    if (this.times !== undefined) {
      this.seqs[this.count] = s;
      this.times[this.count] = nowMs();
    }
    if (++this.count === this.expected) {
      const message = { type: 'done', count: this.count, last: nowMs(), outOfOrder: this.outOfOrder, seqs: this.seqs && Array.from(this.seqs), times: this.times && Array.from(this.times) };
      this.expected = 0;
      process.send(message);
    }
  }
}
