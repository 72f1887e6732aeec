/**
 * Section 1, generation: each measured command is a whole `node` process (wall time from spawn to exit,
 * peak RSS from getrusage in the process itself), warm-up run first, median of the rounds. The process floor,
 * the bare parse and gen-gateway run in interleaved rounds (floor, parse, generate, floor, ...), so that a
 * busy spell of the machine hits them alike; the ratio to the bare parse is the median of per-round ratios.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BENCH_DIR, ROOT, median, nowMs } from './lib.mjs';
import { byPackage } from './profile.mjs';
import { writeSyntheticSpec } from './synthetic.mjs';

const CLI = path.join(ROOT, 'bin/gen-gateway.js');
/**
 * The loader thread's wall-time bound (default 20 s plus 100 ms per KB above 200 KB: 30.7 s for the Discord
 * document) is reached on a shared machine under heavy load; a bench run must not fail for it. It changes no work.
 */
const TIMEOUT = ['--timeout', '600'];
const HOOK = path.join(BENCH_DIR, 'parties/rss-hook.cjs');

/** Runs `node <args>` once; resolves with { ms, rss, stdout }; rejects on a non-zero exit. */
async function timed(args, tmp) {
  const rssFile = path.join(tmp, `rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const t0 = nowMs();
  const child = spawn(process.execPath, ['--require', HOOK, ...args], {
    cwd: ROOT,
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise((resolve) => child.on('exit', (c, s) => resolve(s ?? c)));
  const ms = nowMs() - t0;
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited ${code}\n${stderr.slice(-2000)}`);
  const rss = Number(await readFile(rssFile, 'utf8').catch(() => NaN));
  await rm(rssFile, { force: true });
  return { ms, rss, stdout };
}

async function measure(args, tmp, { rounds, warmup = 1, verify } = {}) {
  for (let i = 0; i < warmup; i++) await timed(args, tmp);
  const runs = [];
  for (let i = 0; i < rounds; i++) {
    const run = await timed(args, tmp);
    verify?.(run);
    runs.push(run);
  }
  return { ms: median(runs.map((r) => r.ms)), rss: median(runs.map((r) => r.rss)), runs: runs.map((r) => Math.round(r.ms)) };
}

/**
 * `parties` ({ name: args }) measured in interleaved rounds, after one warm-up run each; per party the median
 * wall time and peak RSS, and `ratios[name]`: the median over rounds of that party's time / `base`'s time.
 */
async function measureInterleaved(parties, base, tmp, { rounds, warmup, log }) {
  const runs = Object.fromEntries(Object.keys(parties).map((name) => [name, []]));
  for (let i = 0; i < warmup; i++) for (const args of Object.values(parties)) await timed(args, tmp);
  for (let i = 0; i < rounds; i++) {
    log?.(`round ${i + 1} of ${rounds} (load average ${os.loadavg()[0].toFixed(2)})`);
    for (const [name, args] of Object.entries(parties)) runs[name].push(await timed(args, tmp));
  }
  const result = {};
  for (const [name, list] of Object.entries(runs)) {
    result[name] = {
      ms: median(list.map((r) => r.ms)),
      rss: median(list.map((r) => r.rss)),
      runs: list.map((r) => Math.round(r.ms)),
      vsBase: median(list.map((r, i) => r.ms / runs[base][i].ms)),
    };
  }
  return result;
}

/** One generation with V8's CPU profiler on (a profile per thread), and the busiest packages of each thread. */
async function profileGeneration(args, tmp) {
  const dir = path.join(BENCH_DIR, 'profiles', 'generation');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await timed(['--cpu-prof', '--cpu-prof-dir', dir, ...args], tmp);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile')).sort();
  // Named CPU.<date>.<time>.<pid>.<thread id>.<seq>: thread 0 is the main thread.
  return Object.fromEntries(files.map((f) => [f.split('.')[4] === '0' ? 'main thread' : `worker thread ${f.split('.')[4]}`, byPackage(path.join(dir, f), 10)]));
}

/**
 * `discordOnly`: the Discord rows alone (process floor, parse, generate, --check), without Modelina and the
 * synthetic specs. `rounds` overrides the number of interleaved rounds; `profile` adds a profiled run.
 */
export async function runGeneration({ quick, log, discordOnly = false, rounds: roundsOption, profile = false }) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'gen-gateway-bench-'));
  const rounds = roundsOption ?? (quick ? 1 : 5);
  const warmup = quick ? 0 : 1;
  const spec = path.join(ROOT, 'spec/discord-gateway.yaml');
  const out = path.join(tmp, 'discord-gateway');
  const loadavg = { start: os.loadavg() };
  try {
    let nodeFloor;
    let parse;
    let generate;
    let ratio;
    if (quick) {
      // --quick (a smoke test that must stay under 30 s) runs only the generator itself and --check.
      log('generation: gen-gateway spec/discord-gateway.yaml');
      generate = await measure([CLI, spec, '--out', out, ...TIMEOUT], tmp, { rounds, warmup });
    } else {
      log(`generation: process floor, bare parse and gen-gateway spec/discord-gateway.yaml, ${rounds} interleaved rounds`);
      const measured = await measureInterleaved({
        nodeFloor: ['-e', ''],
        parse: [path.join(BENCH_DIR, 'parties/parse.mjs'), spec],
        generate: [CLI, spec, '--out', out, ...TIMEOUT],
      }, 'parse', tmp, { rounds, warmup, log: (m) => log(`generation: ${m}`) });
      ({ nodeFloor, parse, generate } = measured);
      ratio = generate.vsBase;
    }
    const profiles = profile && !quick ? await profileGeneration([CLI, spec, '--out', out, ...TIMEOUT], tmp) : undefined;
    let modelina;
    if (!quick && !discordOnly) {
      log('generation: Modelina TypeScriptFileGenerator');
      modelina = await measure([path.join(BENCH_DIR, 'parties/modelina.mjs'), spec, path.join(tmp, 'modelina')], tmp, { rounds: 3, warmup: 0 });
    }
    log('generation: gen-gateway --check (unchanged spec)');
    const check = await measure([CLI, spec, '--out', out, '--check'], tmp, {
      rounds: quick ? 1 : 10,
      warmup: quick ? 0 : 1,
      verify: (run) => {
        if (!/up to date/.test(run.stdout) || /regenerating/.test(run.stdout)) {
          throw new Error(`--check did not take the hash fast path: ${run.stdout.trim()}`);
        }
      },
    });

    loadavg.end = os.loadavg();
    const sizes = quick || discordOnly ? [] : [1, 100, 500, 2000];
    const scale = [];
    for (const size of sizes) {
      log(`generation: synthetic spec of ${size} messages`);
      const file = await writeSyntheticSpec(tmp, size);
      // emitPackage grows quadratically today (about 4 minutes at 2,000 messages): one round there.
      const scaleRounds = size >= 2000 ? 1 : 3;
      const gen = await measure([CLI, file, '--out', path.join(tmp, `synthetic-${size}`), ...TIMEOUT], tmp, { rounds: scaleRounds, warmup: 0 });
      const par = await measure([path.join(BENCH_DIR, 'parties/parse.mjs'), file], tmp, { rounds: scaleRounds, warmup: 0 });
      scale.push({ messages: size, generateMs: gen.ms, parseMs: par.ms, generateRss: gen.rss, runs: gen.runs });
    }
    const discord = { nodeFloor, generate, parse, ratio, loadavg, modelina, check, ...(profiles && { profiles }) };
    if (scale.length === 0) return discord;
    const base = scale[0];
    for (const row of scale) {
      row.perMessageMs = row.generateMs / row.messages;
      // Net of the fixed cost (process, module loading): the 1-message spec's time.
      row.netPerMessageMs = row.messages > base.messages ? (row.generateMs - base.generateMs) / (row.messages - base.messages) : NaN;
      row.parseNetPerMessageMs = row.messages > base.messages ? (row.parseMs - base.parseMs) / (row.messages - base.messages) : NaN;
      row.genOnlyNetPerMessageMs = row.netPerMessageMs - row.parseNetPerMessageMs;
    }
    return { ...discord, scale: scale.filter((r) => r.messages > 1), scaleBase: base };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
