#!/usr/bin/env node
/**
 * `npm run bench` (full) / `npm run bench -- --quick` (CI smoke test, < 30 s).
 * Options: --quick, --only=generation,throughput,latency,memory, --profile (CPU profiles of the
 * generated client's throughput runs into bench/profiles/, top frames printed), --no-write.
 * Prints a markdown table and writes bench/results.json (machine, every figure, targets, pass/fail).
 * Exits 0 even when a target is missed (printed as MISS); non-zero only when something broke.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BENCH_DIR, machine, nowMs } from './lib.mjs';
import { runGeneration } from './generation.mjs';
import { MODES, PARTIES, latency, serverAlone, throughput } from './throughput.mjs';
import { memory } from './memory.mjs';
import { evaluateTargets, markdown } from './report.mjs';
import { topFrames } from './profile.mjs';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const profile = argv.includes('--profile');
const only = argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const wants = (section) => !only || only.includes(section);

const config = quick
  ? { n: 5_000, rounds: 2, warmup: 2_000, latencySeconds: 0.4, latencyRounds: 1, shards: 10, memoryRounds: 1 }
  : { n: 50_000, rounds: 5, warmup: 20_000, latencySeconds: 2, latencyRounds: 3, shards: 100, memoryRounds: 3 };

const started = nowMs();
const log = (line) => process.stderr.write(`[bench ${((nowMs() - started) / 1000).toFixed(1)}s] ${line}\n`);

const results = { date: new Date().toISOString(), quick, machine: machine(), config, targets: [] };

if (wants('generation')) results.generation = await runGeneration({ quick, log });

if (wants('throughput') || wants('latency')) {
  results.throughput = {};
  const profileDir = profile ? path.join(BENCH_DIR, 'profiles') : undefined;
  if (profileDir) await mkdir(profileDir, { recursive: true });
  for (const mode of MODES) {
    const row = {};
    log(`throughput ${mode}: server alone`);
    row.server = await serverAlone(mode, config);
    for (const party of PARTIES) {
      log(`throughput ${mode}: ${party}`);
      row[party] = await throughput(party, mode, { ...config, cpuProf: party === 'generated' || party === 'raw' ? profileDir : undefined });
    }
    results.throughput[mode] = row;
  }
  if (profileDir) {
    results.profiles = {};
    for (const mode of MODES) {
      for (const party of ['generated', 'raw']) {
        const file = path.join(profileDir, `${party}-${mode}.cpuprofile`);
        results.profiles[`${party}-${mode}`] = topFrames(file, 15);
      }
    }
  }
}

if (wants('latency')) {
  results.latency = {};
  for (const mode of MODES) {
    // The same paced load for every party: half of the slowest party's throughput, so none is saturated.
    const slowest = Math.min(...PARTIES.map((p) => results.throughput[mode][p].eventsPerSec));
    const rate = Math.max(500, Math.round(slowest / 2 / 100) * 100);
    const row = {};
    for (const party of PARTIES) {
      log(`latency ${mode}: ${party} at ${rate} events/s`);
      row[party] = await latency(party, mode, { rate, seconds: config.latencySeconds, rounds: config.latencyRounds, warmup: Math.min(config.warmup, 5_000) });
    }
    results.latency[mode] = row;
  }
  if (!wants('throughput')) delete results.throughput;
}

if (wants('memory')) {
  results.memory = {};
  for (const mode of MODES) {
    const row = {};
    for (const party of PARTIES) {
      log(`memory ${mode}: ${party}, ${config.shards} shards`);
      row[party] = await memory(party, mode, { shards: config.shards, rounds: config.memoryRounds });
    }
    results.memory[mode] = row;
  }
}

results.durationSec = (nowMs() - started) / 1000;
results.targets = evaluateTargets(results);
process.stdout.write(`${markdown(results)}\n`);
if (results.profiles) {
  for (const [name, frames] of Object.entries(results.profiles)) {
    process.stdout.write(`\nCPU profile, ${name} throughput run (self time, % of busy time):\n`);
    for (const f of frames) process.stdout.write(`  ${f.selfPct.toFixed(1).padStart(5)}%  ${f.frame}\n`);
  }
}
if (!argv.includes('--no-write')) {
  await writeFile(path.join(BENCH_DIR, quick ? 'results.quick.json' : 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}
const missed = results.targets.filter((t) => !t.pass);
log(`done in ${results.durationSec.toFixed(1)} s; ${results.targets.length - missed.length} targets met, ${missed.length} missed${missed.length ? ` (${missed.map((t) => t.id).join(', ')})` : ''}`);
