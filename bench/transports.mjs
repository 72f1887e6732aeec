/**
 * Section 6, broker transports: messages/s and p99 latency through each shipped transport of the generated
 * client against its client library used bare, against the same private broker in the same run: MQTT
 * (Streetlights through mosquitto, MQTT.js, `parties/mqtt-party.mjs`), NATS (the lamps fixture through
 * nats-server, nats.js) and AMQP (the lamps fixture through rabbitmq-server, amqplib with publisher confirms),
 * the last two in `parties/broker-party.mjs`. Parties run in their own processes; throughput rounds are
 * interleaved (bare, generated, bare, ...) and the ratio is the median of per-round ratios, so a busy spell
 * hits both alike.
 */
import { mkdtemp, mkdir, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Child, ROOT, median, percentile } from './lib.mjs';
import { startMosquitto, startNatsServer, startRabbitMq } from './parties/brokers.mjs';

export const TRANSPORT_PARTIES = ['bare', 'generated'];
const STREETLIGHTS = path.join(ROOT, 'test/corpus/documents/v3.0.0/asyncapi__spec__examples__streetlights-mqtt-asyncapi.yml');

/** What each protocol's rows measure: its document, the two sides generated from it, its library, its broker. */
const PROTOCOLS = {
  mqtt: { spec: STREETLIGHTS, sides: [['operator', 'client'], ['lights', 'server']], library: 'mqtt', start: startMosquitto, broker: 'mosquitto', party: (p, url, dirs) => ['parties/mqtt-party.mjs', [p, url, dirs.operator, dirs.lights]], extra: { qos: 1 } },
  nats: { spec: path.join(ROOT, 'test/fixtures/brokers/lamps-nats.yaml'), sides: [['controller', 'client'], ['lamps', 'server']], library: '@nats-io', start: startNatsServer, broker: 'nats-server', party: (p, url, dirs) => ['parties/broker-party.mjs', ['nats', p, url, dirs.controller, dirs.lamps]], extra: {} },
  amqp: { spec: path.join(ROOT, 'test/fixtures/brokers/lamps-amqp.yaml'), sides: [['controller', 'client'], ['lamps', 'server']], library: 'amqplib', start: startRabbitMq, broker: 'rabbitmq-server', party: (p, url, dirs) => ['parties/broker-party.mjs', ['amqp', p, url, dirs.controller, dirs.lamps]], extra: { confirms: true } },
};

/** The document's package twice (both sides), its client library installed beside each. */
async function generatePackages(dir, { spec, sides, library }) {
  const { generate } = await import(path.join(ROOT, 'dist/generator/index.js'));
  const out = Object.fromEntries(sides.map(([name]) => [name, path.join(dir, name)]));
  // Both sides at once: each parse runs in a loader thread, so two keep both cores busy (not a measured phase).
  await Promise.all(sides.map(async ([name, perspective]) => {
    await generate({ spec, outDir: out[name], perspective, limits: { timeoutMs: 300_000 } });
    await mkdir(path.join(out[name], 'node_modules'), { recursive: true });
    await symlink(path.join(ROOT, 'node_modules', library), path.join(out[name], 'node_modules', library), 'dir');
  }));
  return out;
}

async function runProtocol(protocol, config, log) {
  const spec = PROTOCOLS[protocol];
  const dir = await mkdtemp(path.join(os.tmpdir(), `gen-gateway-bench-${protocol}-`));
  const broker = await spec.start();
  const children = [];
  try {
    log(`transports: generating the ${protocol.toUpperCase()} package (both sides)`);
    const packages = await generatePackages(dir, spec);
    for (const party of TRANSPORT_PARTIES) {
      const [script, args] = spec.party(party, broker.url, packages);
      const child = new Child(script, args, { label: `${protocol} ${party}` });
      children.push(child);
      await child.request({ type: 'connect' }, 'ready', 120_000);
    }
    // Warm-up: code optimized, buffers grown. One round of 5,000 left both parties still speeding up for the first
    // five measured rounds (the side with more JavaScript longer); a bot runs warm for months.
    for (const child of children) for (let i = 0; i < config.warmUpRounds; i++) await child.request({ type: 'throughput', n: config.n, window: config.window }, 'done', 120_000);
    const rows = Object.fromEntries(TRANSPORT_PARTIES.map((p) => [p, { rounds: [], cpuRounds: [] }]));
    for (let round = 0; round < config.rounds; round++) {
      for (const [i, child] of children.entries()) {
        const { ms, cpuUsPerMessage } = await child.request({ type: 'throughput', n: config.n, window: config.window }, 'done', 300_000);
        rows[TRANSPORT_PARTIES[i]].rounds.push((config.n / ms) * 1000);
        rows[TRANSPORT_PARTIES[i]].cpuRounds.push(cpuUsPerMessage);
      }
      log(`transports: ${protocol} round ${round + 1}/${config.rounds}: ${TRANSPORT_PARTIES.map((p) => `${p} ${Math.round(rows[p].rounds.at(-1))} msg/s, ${rows[p].cpuRounds.at(-1).toFixed(1)} µs CPU/msg`).join('; ')}`);
    }
    for (const party of TRANSPORT_PARTIES) {
      rows[party].messagesPerSec = median(rows[party].rounds);
      rows[party].cpuUsPerMessage = median(rows[party].cpuRounds);
    }
    // Latency rounds alternate too; the p99 ratio is the median of per-round ratios, as for throughput (a p99
    // of a 2 s round moves with whatever else the machine does in those seconds).
    for (let round = 0; round < config.latencyRounds; round++) {
      for (const [i, child] of children.entries()) {
        const { values } = await child.request({ type: 'latency', rate: config.rate, seconds: config.seconds }, 'latencies', 120_000);
        const sorted = values.sort((a, b) => a - b);
        (rows[TRANSPORT_PARTIES[i]].latency ??= []).push({ p50: percentile(sorted, 50), p99: percentile(sorted, 99) });
      }
      log(`transports: ${protocol} latency round ${round + 1}/${config.latencyRounds}: p99 ${TRANSPORT_PARTIES.map((p) => `${p} ${rows[p].latency.at(-1).p99.toFixed(2)} ms`).join(', ')}`);
    }
    for (const party of TRANSPORT_PARTIES) {
      rows[party].p50Ms = median(rows[party].latency.map((l) => l.p50));
      rows[party].p99Ms = median(rows[party].latency.map((l) => l.p99));
      rows[party].p99Rounds = rows[party].latency.map((l) => l.p99);
    }
    return { protocol, broker: spec.broker, ...spec.extra, config, ...rows };
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    await broker.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** `{ mqtt, nats, amqp }`, one broker at a time (they would compete for the same two cores). */
export async function runTransports({ quick, log }) {
  const config = quick ? { n: 2_000, window: 500, rounds: 2, rate: 1_000, seconds: 0.5, latencyRounds: 1, warmUpRounds: 1 } : { n: 10_000, window: 1_000, rounds: 15, rate: 2_000, seconds: 2, latencyRounds: 9, warmUpRounds: 5 };
  const results = {};
  for (const protocol of Object.keys(PROTOCOLS)) results[protocol] = await runProtocol(protocol, config, log);
  return results;
}
