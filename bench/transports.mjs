/**
 * Section 5, broker transports: messages/s and p99 latency through the generated client's shipped
 * `MqttTransport` against MQTT.js used bare, both against the same private mosquitto in the same run (see
 * `parties/mqtt-party.mjs`). Parties run in their own processes; throughput rounds are interleaved (bare,
 * generated, bare, ...) and the ratio is the median of per-round ratios, so a busy spell hits both alike.
 */
import { mkdtemp, mkdir, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Child, ROOT, median, percentile } from './lib.mjs';
import { startMosquitto } from './parties/mosquitto.mjs';

export const TRANSPORT_PARTIES = ['bare', 'generated'];
const STREETLIGHTS = path.join(ROOT, 'test/corpus/documents/v3.0.0/asyncapi__spec__examples__streetlights-mqtt-asyncapi.yml');

/** The Streetlights package twice (the operator's side and the streetlights'), `mqtt` installed beside each. */
async function generatePackages(dir) {
  const { generate } = await import(path.join(ROOT, 'dist/generator/index.js'));
  const out = {};
  for (const [name, perspective] of [['operator', 'client'], ['lights', 'server']]) {
    out[name] = path.join(dir, name);
    await generate({ spec: STREETLIGHTS, outDir: out[name], perspective, limits: { timeoutMs: 300_000 } });
    await mkdir(path.join(out[name], 'node_modules'), { recursive: true });
    await symlink(path.join(ROOT, 'node_modules/mqtt'), path.join(out[name], 'node_modules/mqtt'), 'dir');
  }
  return out;
}

export async function runTransports({ quick, log }) {
  const config = quick ? { n: 2_000, window: 500, rounds: 2, rate: 1_000, seconds: 0.5, latencyRounds: 1 } : { n: 10_000, window: 1_000, rounds: 15, rate: 2_000, seconds: 2, latencyRounds: 5 };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gen-gateway-bench-mqtt-'));
  const broker = await startMosquitto();
  const children = [];
  try {
    log('transports: generating the Streetlights MQTT package (both sides)');
    const packages = await generatePackages(dir);
    for (const party of TRANSPORT_PARTIES) {
      const child = new Child('parties/mqtt-party.mjs', [party, broker.url, packages.operator, packages.lights], { label: `mqtt ${party}` });
      children.push(child);
      await child.request({ type: 'connect' }, 'ready');
    }
    // Warm-up: code compiled, buffers grown.
    for (const child of children) await child.request({ type: 'throughput', n: Math.min(config.n, 5_000), window: config.window }, 'done', 120_000);
    const rows = Object.fromEntries(TRANSPORT_PARTIES.map((p) => [p, { rounds: [] }]));
    for (let round = 0; round < config.rounds; round++) {
      for (const child of children) {
        const party = TRANSPORT_PARTIES[children.indexOf(child)];
        const { ms, cpuUsPerMessage } = await child.request({ type: 'throughput', n: config.n, window: config.window }, 'done', 300_000);
        rows[party].rounds.push((config.n / ms) * 1000);
        (rows[party].cpuRounds ??= []).push(cpuUsPerMessage);
      }
      log(`transports: round ${round + 1}/${config.rounds}: ${TRANSPORT_PARTIES.map((p) => `${p} ${Math.round(rows[p].rounds.at(-1))} msg/s, ${rows[p].cpuRounds.at(-1).toFixed(1)} µs CPU/msg`).join('; ')}`);
    }
    for (const party of TRANSPORT_PARTIES) {
      rows[party].messagesPerSec = median(rows[party].rounds);
      rows[party].cpuUsPerMessage = median(rows[party].cpuRounds);
    }
    for (let round = 0; round < config.latencyRounds; round++) {
      for (const child of children) {
        const party = TRANSPORT_PARTIES[children.indexOf(child)];
        const { values } = await child.request({ type: 'latency', rate: config.rate, seconds: config.seconds }, 'latencies', 120_000);
        const sorted = values.sort((a, b) => a - b);
        (rows[party].latency ??= []).push({ p50: percentile(sorted, 50), p99: percentile(sorted, 99) });
      }
    }
    for (const party of TRANSPORT_PARTIES) {
      rows[party].p50Ms = median(rows[party].latency.map((l) => l.p50));
      rows[party].p99Ms = median(rows[party].latency.map((l) => l.p99));
    }
    return { protocol: 'mqtt', broker: 'mosquitto', qos: 1, config, ...rows };
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    await broker.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
