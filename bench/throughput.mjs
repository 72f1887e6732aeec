/**
 * Sections 2 and 3: dispatch throughput and latency. For each transport mode (plain JSON, zlib-stream)
 * and each party, a fresh server process and a fresh client process; the orchestrator tells the client
 * how many events to expect, then tells the server to send them, and the client reports the monotonic
 * time its handler ran for the last one.
 *   throughput = N / (handler ran for event N - first frame handed to the server's socket)
 *   latency    = handler ran - that frame handed to the server's socket, at a paced send rate
 */
import { Child, median, percentile } from './lib.mjs';

export const PARTIES = ['raw', 'generated', 'discordjs'];
export const MODES = ['json', 'zlib'];

async function startServer() {
  const server = new Child('parties/server.mjs', [], { label: 'server' });
  const { port } = await server.next('listening', 20_000);
  return { server, port };
}

async function startClient(party, mode, port, extra = {}) {
  const client = new Child('parties/client.mjs', [party, mode], { label: `${party}/${mode}`, ...extra });
  await client.next('started', 20_000);
  const { nativeAddons } = await client.request({ type: 'connect', port, shards: 1 }, 'connected', 30_000);
  client.nativeAddons = nativeAddons;
  return client;
}

/** One round: expect n on the client, send n from the server; returns { sent, done }. */
async function round(server, client, n, { rate, record } = {}) {
  await client.request({ type: 'expect', n, record }, 'expecting');
  const done = client.next('done', 120_000);
  const sent = await server.request({ type: 'blast', n, rate, record }, 'sent', 120_000);
  return { sent: sent.results[0], done: await done };
}

/** Server alone: it sends to a socket that reads and discards. Rate = N / (last write done - first write). */
export async function serverAlone(mode, { n, rounds, warmup }) {
  const { server, port } = await startServer();
  const sink = new Child('parties/sink.mjs', [], { label: 'sink' });
  try {
    await sink.next('started', 20_000);
    await sink.request({ type: 'connect', port, compress: mode === 'zlib' }, 'connected');
    await server.request({ type: 'waitConnections', count: 1 }, 'connections');
    await server.request({ type: 'blast', n: warmup }, 'sent', 120_000);
    const rates = [];
    for (let i = 0; i < rounds; i++) {
      const { results } = await server.request({ type: 'blast', n }, 'sent', 120_000);
      rates.push(n / ((results[0].t1 - results[0].t0) / 1000));
    }
    return { eventsPerSec: median(rates), rounds: rates.map(Math.round) };
  } finally {
    await Promise.all([sink.stop(), server.stop()]);
  }
}

/**
 * A measured party: its own server process and client process, connected. Kept open from the throughput
 * rounds to the latency rounds (the latency load depends on every party's throughput).
 */
export async function openSession(party, mode, { cpuProf } = {}) {
  const { server, port } = await startServer();
  const execArgv = cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${cpuProf}`, `--cpu-prof-name=${party}-${mode}.cpuprofile`] : [];
  try {
    const client = await startClient(party, mode, port, { execArgv });
    return { party, mode, server, client, close: () => Promise.all([client.stop(), server.stop()]) };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/**
 * Throughput of several open sessions, rounds interleaved (party A round 1, party B round 1, ..., party A
 * round 2, ...) so that a slow spell on the machine hits every party alike. Median of the rounds.
 */
export async function throughput(sessions, { n, rounds, warmup }, log = () => {}) {
  for (const { server, client, party } of sessions) {
    log(`warm-up ${party}`);
    await round(server, client, warmup);
  }
  const rates = new Map(sessions.map((s) => [s, []]));
  for (let i = 0; i < rounds; i++) {
    for (const session of sessions) {
      const { sent, done } = await round(session.server, session.client, n);
      if (done.outOfOrder > 0) throw new Error(`${session.party}/${session.mode}: ${done.outOfOrder} events were delivered out of order`);
      rates.get(session).push(n / ((done.last - sent.t0) / 1000));
    }
  }
  return Object.fromEntries(
    sessions.map((s) => [s.party, { eventsPerSec: median(rates.get(s)), rounds: rates.get(s).map(Math.round), nativeAddons: s.client.nativeAddons }]),
  );
}

/** Paced at `rate` events/s (the same for every party of a mode) for `seconds`; percentiles per round, median of rounds. */
export async function latency({ server, client }, { rate, seconds, rounds }) {
  const n = Math.max(100, Math.round(rate * seconds));
  const results = [];
  for (let i = 0; i < rounds; i++) {
    const { sent, done } = await round(server, client, n, { rate, record: true });
    const lat = done.recv.map((t, j) => t - sent.times[j]).sort((a, b) => a - b);
    results.push({ p50: percentile(lat, 50), p99: percentile(lat, 99), max: lat[lat.length - 1] });
  }
  return {
    rate,
    samples: n,
    p50Ms: median(results.map((r) => r.p50)),
    p99Ms: median(results.map((r) => r.p99)),
    maxMs: median(results.map((r) => r.max)),
    rounds: results,
  };
}
