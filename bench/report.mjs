/** Targets, the markdown table, and results.json. */
import { fmt, median } from './lib.mjs';

const NAMES = {
  raw: 'raw `ws` + `JSON.parse` (the limit)',
  generated: '**generated client** (`discord-gateway-client`)',
  discordjs: '`@discordjs/ws` 2.x',
};
const MODE_NAMES = { json: 'JSON', zlib: 'zlib-stream' };

/**
 * Ratio of two parties' throughput: the median of per-round ratios (rounds are interleaved, so round i of
 * each party ran back to back; this cancels most of the drift in machine load).
 */
export function pairedRatio(a, b) {
  const n = Math.min(a.rounds.length, b.rounds.length);
  return median(Array.from({ length: n }, (_, i) => a.rounds[i] / b.rounds[i]));
}

/** A transport row's p99 cost: the median of per-round ratios where the rounds were kept (older results: the ratio of medians). */
function p99Ratio(row) {
  const [g, b] = [row.generated.p99Rounds, row.bare.p99Rounds];
  return g && b ? pairedRatio({ rounds: g }, { rounds: b }) : row.generated.p99Ms / row.bare.p99Ms;
}

/** Every target as { id, what, value, limit, pass }. */
export function evaluateTargets(r) {
  const t = [];
  // `limitShown`: how the limit reads in the table, when it is not a ratio.
  const add = (id, what, value, limit, pass, shown, limitShown) => t.push({ id, what, value, limit, pass: Number.isFinite(value) ? pass : false, shown, ...(limitShown ? { limitShown } : {}) });
  if (r.generation) {
    const g = r.generation;
    const ratio = g.ratio ?? g.generate.ms / g.parse?.ms;
    // Peak RSS beside it: the parser is loaded once (in the loader thread), so generation should need about
    // the bare parse plus the emitters (Modelina without its input parsers, ts-morph).
    if (g.parse) add('generation-vs-parse', 'cold generation / bare parse (peak RSS: generation vs parse)', ratio, 1.3, ratio <= 1.3, `${fmt.x(ratio)} (${fmt.mb(g.generate.rss)} vs ${fmt.mb(g.parse.rss)})`);
    add('check-fast', '`--check`, unchanged spec', g.check.ms, 300, g.check.ms < 300, fmt.ms(g.check.ms));
    const first = g.scale?.[0];
    const last = g.scale?.[g.scale.length - 1];
    const growth = last?.netPerMessageMs / first?.netPerMessageMs;
    if (g.scale) add('scale-flat', `net time per message, ${last.messages} vs ${first.messages} messages`, growth, 1.25, growth <= 1.25, fmt.x(growth));
  }
  for (const mode of ['json', 'zlib']) {
    const tp = r.throughput?.[mode];
    if (tp) {
      const vsRaw = pairedRatio(tp.generated, tp.raw);
      const vsPeer = pairedRatio(tp.generated, tp.discordjs);
      add(`throughput-${mode}-vs-raw`, `throughput ${MODE_NAMES[mode]}: generated / raw limit`, vsRaw, 0.95, vsRaw >= 0.95, fmt.x(vsRaw));
      add(`throughput-${mode}-vs-peer`, `throughput ${MODE_NAMES[mode]}: generated / @discordjs/ws`, vsPeer, 1.05, vsPeer >= 1.05, fmt.x(vsPeer));
      const addons = tp.generated.nativeAddons ?? [];
      add(`no-native-addon-${mode}`, `generated client, ${MODE_NAMES[mode]}: native addons loaded`, addons.length, 0, addons.length === 0, addons.length ? addons.join(', ') : 'none');
    }
    const lat = r.latency?.[mode];
    if (lat) {
      const ratio = lat.generated.p99Ms / lat.discordjs.p99Ms;
      add(`p99-${mode}`, `p99 latency ${MODE_NAMES[mode]}: generated / @discordjs/ws`, ratio, 1, ratio <= 1, `${fmt.ms(lat.generated.p99Ms, 2)} vs ${fmt.ms(lat.discordjs.p99Ms, 2)}`);
    }
    const mem = r.memory?.[mode];
    if (mem) {
      const ratio = mem.generated.rssPerShard / mem.raw.rssPerShard;
      add(`memory-${mode}`, `RSS per idle shard ${MODE_NAMES[mode]}: generated / bare ws`, ratio, 1.25, ratio <= 1.25, fmt.x(ratio));
    }
  }
  const fo = r.fanout;
  if (fo) {
    const vsPlain = pairedRatio(fo.throughput['gen-gateway'], fo.throughput.plain);
    const vsBrokers = pairedRatio(fo.throughput['gen-gateway'], fo.throughput.brokers);
    add('fanout-vs-plain', 'fan-out events/s: gen-gateway / plain XADD+XREADGROUP loop', vsPlain, 0.8, vsPlain >= 0.8, fmt.x(vsPlain));
    add('fanout-vs-brokers', 'fan-out events/s: gen-gateway / @discordjs/brokers PubSubRedisBroker', vsBrokers, 2, vsBrokers >= 2, fmt.x(vsBrokers));
    const fail = fo.failover;
    if (fail) {
      const limit = fail.leaseTtlMs + 5000;
      add('fanout-failover', `failover, SIGKILL -> events flowing again (lease TTL ${fmt.int(fail.leaseTtlMs)} ms, median of ${fail.runs.length})`, fail.medianMs, limit, fail.medianMs < limit, fmt.ms(fail.medianMs), `< ${fmt.int(limit)} ms (TTL + 5 s)`);
    }
    const idle = fo.idleShards;
    if (idle) add('fanout-idle-shard-rss', `RSS per idle shard, a host holding ${fmt.int(idle.shards)} shards (plain JSON)`, idle.rssPerShard, 64 * 1024, idle.rssPerShard <= 64 * 1024, fmt.kb(idle.rssPerShard), '<= 64.0 KB');
  }
  for (const [protocol, row] of Object.entries(r.transports ?? {})) {
    // The generated layer (typed send, address, codec, bindings, headers) may cost at most 10 % of the library bare.
    const { name, library } = TRANSPORT_NAMES[protocol] ?? { name: protocol, library: 'bare' };
    const tp = pairedRatio(row.generated, row.bare);
    add(`${protocol}-throughput-vs-bare`, `${name} messages/s: generated client / ${library} bare`, tp, 0.9, tp >= 0.9, fmt.x(tp));
    const p99 = p99Ratio(row);
    add(`${protocol}-p99-vs-bare`, `${name} p99 latency: generated client / ${library} bare`, p99, 1.1, p99 <= 1.1, `${fmt.x(p99)} (${fmt.ms(row.generated.p99Ms, 2)} vs ${fmt.ms(row.bare.p99Ms, 2)})`);
  }
  return t;
}

/** Per broker transport: its name, its library, what the bare party does and what the generated one uses. */
const TRANSPORT_NAMES = {
  mqtt: { name: 'MQTT', library: 'MQTT.js', bare: 'MQTT.js 5 bare (`publish` / `subscribe`, JSON, one user property)', generated: 'Streetlights, shipped `MqttTransport`' },
  nats: { name: 'NATS', library: 'nats.js', bare: 'nats.js 3 bare (`publish` + one `flush` per turn / `subscribe` in a queue group, JSON, one header)', generated: 'lamps fixture, shipped `NatsTransport`' },
  amqp: { name: 'AMQP', library: 'amqplib', bare: 'amqplib 2 bare (confirm channel `publish` with the document\'s options / `consume` + `ack`, JSON, one header)', generated: 'lamps fixture, shipped `AmqpTransport`' },
};

const FANOUT_NAMES = {
  'gen-gateway': '**gen-gateway** (`ShardHost` -> shard stream -> `GatewayEvents`)',
  plain: 'plain node-redis loop (pipelined `XADD` / `XREADGROUP` + `XACK`)',
  brokers: '`@discordjs/brokers` `PubSubRedisBroker` (ioredis, msgpack)',
  direct: 'the generated client alone, no Redis (the floor)',
};

function fanoutSection(r, out) {
  const fo = r.fanout;
  out.push(`### 5. Fan-out through Redis (gateway frame -> publisher process -> redis-server -> consumer process handler; ${fo.payloadBytes} B MESSAGE_CREATE, median of ${r.config.fanout.rounds} interleaved rounds of ${fmt.int(fo.n)})`);
  out.push('');
  out.push('| party | events/s | vs plain loop | p50 latency | p99 latency | p50 added | p99 added |');
  out.push('|---|---:|---:|---:|---:|---:|---:|');
  const direct = fo.latency.direct;
  for (const p of ['gen-gateway', 'plain', 'brokers', 'direct']) {
    const tp = fo.throughput[p];
    const lat = fo.latency[p];
    const added = (key) => (p === 'direct' ? '' : fmt.ms(lat?.[key] - direct?.[key], 2));
    out.push(`| ${FANOUT_NAMES[p]} | ${tp ? fmt.int(tp.eventsPerSec) : ''} | ${tp ? fmt.x(pairedRatio(tp, fo.throughput.plain)) : ''} | ${fmt.ms(lat?.p50Ms, 2)} | ${fmt.ms(lat?.p99Ms, 2)} | ${added('p50Ms')} | ${added('p99Ms')} |`);
  }
  out.push(`| latency load (events/s, half the slowest party's throughput) | ${fmt.int(fo.latency.rate)} | | | | | |`);
  if (fo.host) out.push('', `gen-gateway's host over the section: ${fmt.int(fo.host.published)} dispatches published in ${fmt.int(fo.host.publishBatches)} script calls, ${fo.host.duplicates} duplicates refused, ${fo.host.dropped} dropped.`);
  const fail = fo.failover;
  const idle = fo.idleShards;
  if (fail || idle) out.push('', '| fleet (`ShardHost` processes) | measured | target |', '|---|---:|---:|');
  if (fail) {
    out.push(`| failover: SIGKILL a host of 2 (${fail.killedShards} of ${fail.shards} shards) -> the consumer handles new events of each of its shards; lease TTL ${fmt.int(fail.leaseTtlMs)} ms, poll ${fmt.int(fail.pollMs)} ms; median of ${fail.runs.length} (${fail.runs.map((ms) => fmt.int(ms)).join(', ')} ms); ${fail.identifies} identifies, ${fail.resumes} resumes | ${fmt.ms(fail.medianMs)} | < ${fmt.int(fail.leaseTtlMs + 5000)} ms |`);
  }
  if (idle) out.push(`| RSS per idle shard: one host process holding ${fmt.int(idle.shards)} shards (plain JSON; heap ${fmt.kb(idle.heapPerShard)}), all READY in ${fmt.ms(idle.connectMs)} | ${fmt.kb(idle.rssPerShard)} | <= 64.0 KB |`);
  out.push('');
}

export function markdown(r) {
  const out = [];
  const m = r.machine;
  out.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}; load average at start ${m.loadavg.join(' / ')}.`);
  out.push(`Run: ${r.date}${r.commit ? `, commit ${r.commit}` : ''}, ${r.quick ? '`--quick` (smoke test: small N, few rounds; not for comparison)' : 'full'}, ${fmt.num(r.durationSec, 1)} s.`);
  out.push('');
  if (r.generation) {
    const g = r.generation;
    out.push('### 1. Generation (`spec/discord-gateway.yaml`, whole process, median)');
    out.push('');
    if (g.loadavg) out.push(`${g.parse?.runs.length ?? 1} interleaved rounds (process floor, parse, generate); "vs bare parse" is the median of per-round ratios. Load average (1 / 5 / 15 min) at the start of the section ${g.loadavg.start.map((x) => x.toFixed(2)).join(' / ')}, after the rounds ${g.loadavg.end?.map((x) => x.toFixed(2)).join(' / ')}.`, '');
    out.push('| command | wall time | peak RSS | vs bare parse |');
    out.push('|---|---:|---:|---:|');
    const row = (name, x) => x && out.push(`| ${name} | ${fmt.ms(x.ms)} | ${fmt.mb(x.rss)} | ${fmt.x(x.vsBase ?? x.ms / g.parse?.ms)} |`);
    row('`node -e ""` (process start, for scale)', g.nodeFloor);
    row('`@asyncapi/parser` parse alone (the floor)', g.parse);
    row('**`gen-gateway spec/discord-gateway.yaml`** (cold)', g.generate);
    if (g.modelina) row('Modelina `TypeScriptFileGenerator` (models only)', g.modelina);
    row('**`gen-gateway --check`**, unchanged spec', g.check);
    out.push('');
    if (g.scale) out.push(`Scale (synthetic specs; a 1-message spec takes ${fmt.ms(g.scaleBase.generateMs)} to generate, ${fmt.ms(g.scaleBase.parseMs)} to parse: the fixed cost, subtracted for the "net" columns):`);
    if (g.scale) out.push('', '| messages | generate | per message | net per message | of which parse | of which gen-gateway | peak RSS |', '|---:|---:|---:|---:|---:|---:|---:|');
    for (const s of g.scale ?? []) {
      out.push(`| ${s.messages} | ${fmt.ms(s.generateMs)} | ${fmt.ms(s.perMessageMs, 2)} | ${fmt.ms(s.netPerMessageMs, 2)} | ${fmt.ms(s.parseNetPerMessageMs, 2)} | ${fmt.ms(s.genOnlyNetPerMessageMs, 2)} | ${fmt.mb(s.generateRss)} |`);
    }
    out.push('');
  }
  if (r.throughput) {
    const tp = r.throughput;
    out.push(`### 2. Dispatch throughput (MESSAGE_CREATE, ~1.1 KB each, events/s delivered to the handler, median of ${r.config.rounds} rounds of ${fmt.int(r.config.n)})`);
    out.push('');
    out.push('| party | JSON | zlib-stream |');
    out.push('|---|---:|---:|');
    out.push(`| server alone (sending to a socket that discards) | ${fmt.int(tp.json?.server.eventsPerSec)} | ${fmt.int(tp.zlib?.server.eventsPerSec)} |`);
    for (const p of ['raw', 'generated', 'discordjs']) {
      out.push(`| ${NAMES[p]}${p === 'discordjs' ? ' (zlib-stream: `CompressionMethod.ZlibNative`, node:zlib)' : ''} | ${fmt.int(tp.json?.[p].eventsPerSec)} | ${fmt.int(tp.zlib?.[p].eventsPerSec)} |`);
    }
    const ratio = (a, b, mode) => (tp[mode] ? fmt.x(pairedRatio(tp[mode][a], tp[mode][b])) : 'n/a');
    out.push(`| generated / raw limit (target >= 0.95x; median of per-round ratios) | ${ratio('generated', 'raw', 'json')} | ${ratio('generated', 'raw', 'zlib')} |`);
    out.push(`| generated / @discordjs/ws (target >= 1.05x; median of per-round ratios) | ${ratio('generated', 'discordjs', 'json')} | ${ratio('generated', 'discordjs', 'zlib')} |`);
    out.push('');
  }
  if (r.latency) {
    const lat = r.latency;
    out.push('### 3. Latency, frame written by the server -> handler running (paced load, median of rounds)');
    out.push('');
    out.push(`| party | JSON p50 | JSON p99 | zlib-stream p50 | zlib-stream p99 |`);
    out.push('|---|---:|---:|---:|---:|');
    for (const p of ['raw', 'generated', 'discordjs']) {
      out.push(`| ${NAMES[p]} | ${fmt.ms(lat.json?.[p].p50Ms, 3)} | ${fmt.ms(lat.json?.[p].p99Ms, 2)} | ${fmt.ms(lat.zlib?.[p].p50Ms, 3)} | ${fmt.ms(lat.zlib?.[p].p99Ms, 2)} |`);
    }
    out.push(`| load (events/s, half the slowest party's throughput) | ${fmt.int(lat.json?.generated.rate)} | | ${fmt.int(lat.zlib?.generated.rate)} | |`);
    out.push('');
  }
  if (r.memory) {
    const mem = r.memory;
    const shards = mem.json?.raw.shards ?? mem.zlib?.raw.shards;
    out.push(`### 4. Memory, ${shards} idle connected shards, per shard after GC (median of ${r.config.memoryRounds})`);
    out.push('');
    out.push('| party | JSON RSS | JSON heap | JSON external | zlib RSS | zlib heap | zlib external |');
    out.push('|---|---:|---:|---:|---:|---:|---:|');
    for (const p of ['raw', 'generated', 'discordjs']) {
      const j = mem.json?.[p];
      const z = mem.zlib?.[p];
      const name = p === 'raw' ? 'bare `ws` (+ one inflate context each for zlib-stream)' : NAMES[p];
      out.push(`| ${name} | ${fmt.kb(j?.rssPerShard)} | ${fmt.kb(j?.heapPerShard)} | ${fmt.kb(j?.externalPerShard)} | ${fmt.kb(z?.rssPerShard)} | ${fmt.kb(z?.heapPerShard)} | ${fmt.kb(z?.externalPerShard)} |`);
    }
    const ratio = (mode, key) => fmt.x(mem[mode]?.generated[key] / mem[mode]?.raw[key]);
    out.push(`| generated / bare ws | ${ratio('json', 'rssPerShard')} | ${ratio('json', 'heapPerShard')} | ${ratio('json', 'externalPerShard')} | ${ratio('zlib', 'rssPerShard')} | ${ratio('zlib', 'heapPerShard')} | ${ratio('zlib', 'externalPerShard')} |`);
    out.push('');
  }
  if (r.fanout) fanoutSection(r, out);
  if (r.transports !== undefined) {
    const rows = Object.entries(r.transports);
    const any = rows[0][1];
    out.push(`### 6. Broker transports: ${rows.map(([p, row]) => `${TRANSPORT_NAMES[p]?.name ?? p} through ${row.broker}`).join(', ')} (publisher and subscriber in one process, median of ${any.config.rounds} rounds of ${fmt.int(any.config.n)}, at most ${fmt.int(any.config.window)} unconfirmed)`);
    out.push('');
    const cpu = (party) => (Number.isFinite(party.cpuUsPerMessage) ? `${party.cpuUsPerMessage.toFixed(1)} µs` : 'n/a');
    out.push('| party | messages/s | CPU per message (both sides) | p50 | p99 |');
    out.push('|---|---:|---:|---:|---:|');
    for (const [protocol, row] of rows) {
      const names = TRANSPORT_NAMES[protocol] ?? { bare: `${protocol} bare`, generated: protocol };
      out.push(`| ${names.bare} | ${fmt.int(row.bare.messagesPerSec)} | ${cpu(row.bare)} | ${fmt.ms(row.bare.p50Ms, 2)} | ${fmt.ms(row.bare.p99Ms, 2)} |`);
      out.push(`| **generated client** (${names.generated}) | ${fmt.int(row.generated.messagesPerSec)} | ${cpu(row.generated)} | ${fmt.ms(row.generated.p50Ms, 2)} | ${fmt.ms(row.generated.p99Ms, 2)} |`);
      out.push(`| ${names.name ?? protocol} generated / bare (median of per-round ratios; throughput target >= 0.90x, p99 target <= 1.10x) | ${fmt.x(pairedRatio(row.generated, row.bare))} | ${fmt.x(pairedRatio({ rounds: row.generated.cpuRounds ?? [] }, { rounds: row.bare.cpuRounds ?? [] }))} | ${fmt.x(row.generated.p50Ms / row.bare.p50Ms)} | ${fmt.x(p99Ratio(row))} |`);
    }
    out.push(`| latency load | ${fmt.int(any.config.rate)} msg/s for ${any.config.seconds} s, ${any.config.latencyRounds} rounds | | | |`);
    out.push('');
  }
  if (r.targets?.length) {
    out.push('### Targets');
    out.push('');
    out.push('| target | measured | limit | |');
    out.push('|---|---:|---:|---|');
    for (const t of r.targets) {
      const limit = t.limitShown ?? (t.id === 'check-fast' ? `< ${t.limit} ms` : t.id.startsWith('no-native') ? 'none' : t.id.includes('vs-peer') || t.id.includes('vs-raw') || t.id.startsWith('fanout-') || t.id.endsWith('-throughput-vs-bare') ? `>= ${t.limit}x` : `<= ${t.limit}x`);
      out.push(`| ${t.what} | ${t.shown} | ${limit} | ${t.pass ? 'PASS' : '**MISS**'} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
