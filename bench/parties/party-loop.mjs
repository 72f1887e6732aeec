/**
 * What every broker-transport party does once connected, shared by `mqtt-party.mjs` and `broker-party.mjs`:
 * the IPC loop (`connect` -> `ready`; `throughput { n, window }` -> `done { ms, cpuUsPerMessage }`;
 * `latency { rate, seconds }` -> `latencies`; `exit`). `connect()` returns `{ send(i), close(), received(handler) }`:
 * `send(i)` sends message `i` (its number in the payload) and resolves when the client layer says it went out,
 * `received(handler)` calls `handler(i)` for each message received.
 */
import { nowMs, serve } from '../lib.mjs';

/*
 * No forced collection between rounds: a `global.gc()` deoptimizes the parties' optimized code (V8 drops code
 * that embeds objects the collection found dead: `--trace-deopt` says "reason: weak objects"), so each round
 * measured the client library and the generated layer half interpreted, ~3x the CPU of a warm process, and
 * hit the side with more JavaScript harder. A bot runs warm: rounds follow each other as they come, and the
 * interleaving and medians take care of a collection landing in one round.
 */
export function servePartyLoop(connect) {
  let onMessage = () => undefined;
  let party;
  serve({
    async connect() {
      party = await connect();
      party.received((i) => onMessage(i));
      return { type: 'ready' };
    },
    /** N messages, at most `window` unacknowledged; the time from the first send to the N-th message handled. */
    async throughput({ n, window }) {
      let received = 0;
      const all = new Promise((resolve) => {
        onMessage = () => {
          if (++received === n) resolve();
        };
      });
      const cpu = process.cpuUsage();
      const start = nowMs();
      const inFlight = new Set();
      for (let i = 0; i < n; i++) {
        const p = party.send(i).finally(() => inFlight.delete(p));
        inFlight.add(p);
        if (inFlight.size >= window) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
      await all;
      const ms = nowMs() - start;
      const used = process.cpuUsage(cpu);
      onMessage = () => undefined;
      // CPU time of this process per message (both sides of the client layer), less swayed by a busy machine than wall time.
      return { type: 'done', ms, cpuUsPerMessage: (used.user + used.system) / n };
    },
    /** Paced sends, `rate` a second in 1 ms ticks; per message, handled - sent. */
    async latency({ rate, seconds }) {
      const n = Math.round(rate * seconds);
      const sentAt = new Float64Array(n);
      const latencies = new Float64Array(n);
      let received = 0;
      const all = new Promise((resolve) => {
        onMessage = (i) => {
          latencies[i] = nowMs() - sentAt[i];
          if (++received === n) resolve();
        };
      });
      const start = nowMs();
      let next = 0;
      const pending = [];
      while (next < n) {
        const due = Math.min(n, Math.floor(((nowMs() - start) / 1000) * rate) + 1);
        for (; next < due; next++) {
          sentAt[next] = nowMs();
          pending.push(party.send(next));
        }
        await new Promise((r) => setTimeout(r, 1));
      }
      await Promise.all(pending);
      await all;
      onMessage = () => undefined;
      return { type: 'latencies', values: Array.from(latencies) };
    },
    async exit() {
      await party?.close();
    },
  });
}
