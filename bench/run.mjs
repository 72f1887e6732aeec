#!/usr/bin/env node
/**
 * `npm run bench` (full) / `npm run bench -- --quick` (CI smoke test, < 45 s).
 * Options: --quick, --only=generation,throughput,latency,memory,fanout,transports (also `--only generation`; `generation-discord`:
 * the Discord rows of section 1 alone, without Modelina and the synthetic specs), --rounds=N (interleaved
 * generation rounds, default 5), --profile (CPU profiles of the generated client's throughput runs and of one
 * generation, both threads, into bench/profiles/, top frames printed), --no-write.
 * Prints a markdown table and writes bench/results.json (machine, every figure, targets, pass/fail); a --quick
 * run writes results.quick.json and an --only run results.partial.json, so neither replaces the last full run.
 * Exits 0 even when a target is missed (printed as MISS); non-zero only when something broke.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BENCH_DIR, ROOT, machine, nowMs } from './lib.mjs';
import { runGeneration } from './generation.mjs';
import { MODES, PARTIES, latency, openSession, serverAlone, throughput } from './throughput.mjs';
import { memory } from './memory.mjs';
import { fanout } from './fanout.mjs';
import { evaluateTargets, markdown } from './report.mjs';
import { topFrames } from './profile.mjs';
import { runTransports } from './transports.mjs';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const profile = argv.includes('--profile');
const option = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const only = option('only')?.split(',');
const wants = (section) => !only || only.includes(section);
const rounds = option('rounds') === undefined ? undefined : Number(option('rounds'));

const config = quick
  ? { n: 4_000, rounds: 2, warmup: 1_000, latencySeconds: 0.25, latencyRounds: 1, shards: 10, memoryRounds: 1, fanout: { n: 1_000, rounds: 2, warmup: 200, latencySeconds: 0.25, latencyRounds: 1, failoverRuns: 1, leaseTtlMs: 1500, idleShards: 50, idleSettleMs: 500 } }
  : { n: 50_000, rounds: 5, warmup: 20_000, latencySeconds: 2, latencyRounds: 3, shards: 100, memoryRounds: 3, fanout: { n: 20_000, rounds: 5, warmup: 5_000, latencySeconds: 2, latencyRounds: 3, failoverRuns: 3, leaseTtlMs: 5000, idleShards: 1000, idleSettleMs: 3000 } };

const started = nowMs();
const log = (line) => process.stderr.write(`[bench ${((nowMs() - started) / 1000).toFixed(1)}s] ${line}\n`);

let commit;
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  if (execFileSync('git', ['status', '--porcelain', 'runtime/src', 'generator', 'generated'], { cwd: ROOT, encoding: 'utf8' }).trim()) commit += ' (with local changes)';
} catch {
  commit = undefined;
}
const results = { date: new Date().toISOString(), commit, quick, machine: machine(), config, targets: [] };

if (wants('generation') || wants('generation-discord')) {
  results.generation = await runGeneration({ quick, log, rounds, profile, discordOnly: !wants('generation') });
}

if (wants('throughput') || wants('latency')) {
  results.throughput = {};
  if (wants('latency')) results.latency = {};
  const profileDir = profile ? path.join(BENCH_DIR, 'profiles') : undefined;
  if (profileDir) await mkdir(profileDir, { recursive: true });
  for (const mode of MODES) {
    const row = {};
    log(`throughput ${mode}: server alone`);
    row.server = await serverAlone(mode, config);
    const sessions = [];
    try {
      for (const party of PARTIES) {
        log(`throughput ${mode}: connecting ${party}`);
        sessions.push(await openSession(party, mode, { cpuProf: profileDir }));
      }
      log(`throughput ${mode}: ${config.rounds} interleaved rounds of ${config.n} per party`);
      Object.assign(row, await throughput(sessions, config, (m) => log(`throughput ${mode}: ${m}`)));
      results.throughput[mode] = row;
      if (wants('latency')) {
        // The same paced load for every party: half of the slowest party's throughput, so none is saturated.
        const slowest = Math.min(...PARTIES.map((p) => row[p].eventsPerSec));
        const rate = Math.max(500, Math.round(slowest / 2 / 100) * 100);
        const lat = {};
        for (const session of sessions) {
          log(`latency ${mode}: ${session.party} at ${rate} events/s`);
          lat[session.party] = await latency(session, { rate, seconds: config.latencySeconds, rounds: config.latencyRounds });
        }
        results.latency[mode] = lat;
      }
    } finally {
      await Promise.all(sessions.map((s) => s.close()));
    }
  }
  if (profileDir) {
    results.profiles = {};
    for (const mode of MODES) {
      for (const party of PARTIES) {
        const file = path.join(profileDir, `${party}-${mode}.cpuprofile`);
        results.profiles[`${party}-${mode}`] = topFrames(file, 15);
      }
    }
  }
  if (!wants('throughput')) delete results.throughput;
}

if (wants('memory')) {
  results.memory = {};
  for (const mode of MODES) {
    const row = {};
    const measureParty = async (party) => {
      log(`memory ${mode}: ${party}, ${config.shards} shards`);
      row[party] = await memory(party, mode, { shards: config.shards, rounds: config.memoryRounds });
    };
    // --quick measures the parties side by side (a smoke test: its figures are not for comparison).
    if (quick) await Promise.all(PARTIES.map(measureParty));
    else for (const party of PARTIES) await measureParty(party);
    results.memory[mode] = row;
  }
}

if (wants('fanout')) {
  results.fanout = await fanout(config.fanout, (m) => log(`fan-out: ${m}`));
}

if (wants('transports')) {
  results.transports = await runTransports({ quick, log });
}

results.durationSec = (nowMs() - started) / 1000;
results.targets = evaluateTargets(results);
process.stdout.write(`${markdown(results)}\n`);
for (const [thread, groups] of Object.entries(results.generation?.profiles ?? {})) {
  process.stdout.write(`\nCPU profile, gen-gateway spec/discord-gateway.yaml, ${thread} (self time by package, % of busy time):\n`);
  for (const g of groups) process.stdout.write(`  ${g.selfPct.toFixed(1).padStart(5)}%  ${g.selfMs.toFixed(0).padStart(6)} ms  ${g.group}\n`);
}
if (results.profiles) {
  for (const [name, frames] of Object.entries(results.profiles)) {
    process.stdout.write(`\nCPU profile, ${name} throughput run (self time, % of busy time):\n`);
    for (const f of frames) process.stdout.write(`  ${f.selfPct.toFixed(1).padStart(5)}%  ${f.frame}\n`);
  }
}
if (!argv.includes('--no-write')) {
  const file = quick ? 'results.quick.json' : only ? 'results.partial.json' : 'results.json';
  await writeFile(path.join(BENCH_DIR, file), `${JSON.stringify(results, null, 2)}\n`);
}
const missed = results.targets.filter((t) => !t.pass);
log(`done in ${results.durationSec.toFixed(1)} s; ${results.targets.length - missed.length} targets met, ${missed.length} missed${missed.length ? ` (${missed.map((t) => t.id).join(', ')})` : ''}`);
