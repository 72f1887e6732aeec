/**
 * Section 1, generation: each measured command is a whole `node` process (wall time from spawn to exit,
 * peak RSS from getrusage in the process itself), warm-up run first, median of the rounds.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BENCH_DIR, ROOT, median, nowMs } from './lib.mjs';
import { writeSyntheticSpec } from './synthetic.mjs';

const CLI = path.join(ROOT, 'bin/gen-gateway.js');
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

export async function runGeneration({ quick, log }) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'gen-gateway-bench-'));
  const rounds = quick ? 1 : 5;
  const warmup = quick ? 0 : 1;
  const spec = path.join(ROOT, 'spec/discord-gateway.yaml');
  const out = path.join(tmp, 'discord-gateway');
  try {
    log('generation: node -e "" (process floor)');
    const nodeFloor = quick ? undefined : await measure(['-e', ''], tmp, { rounds, warmup });
    log('generation: gen-gateway spec/discord-gateway.yaml');
    const generate = await measure([CLI, spec, '--out', out], tmp, { rounds, warmup });
    // --quick (a smoke test that must stay under 30 s) runs only the generator itself and --check.
    let parse;
    if (!quick) {
      log('generation: @asyncapi/parser alone');
      parse = await measure([path.join(BENCH_DIR, 'parties/parse.mjs'), spec], tmp, { rounds, warmup });
    }
    let modelina;
    if (!quick) {
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

    const sizes = quick ? [] : [1, 100, 500, 2000];
    const scale = [];
    for (const size of sizes) {
      log(`generation: synthetic spec of ${size} messages`);
      const file = await writeSyntheticSpec(tmp, size);
      // emitPackage grows quadratically today (about 4 minutes at 2,000 messages): one round there.
      const scaleRounds = size >= 2000 ? 1 : 3;
      const gen = await measure([CLI, file, '--out', path.join(tmp, `synthetic-${size}`)], tmp, { rounds: scaleRounds, warmup: 0 });
      const par = await measure([path.join(BENCH_DIR, 'parties/parse.mjs'), file], tmp, { rounds: scaleRounds, warmup: 0 });
      scale.push({ messages: size, generateMs: gen.ms, parseMs: par.ms, generateRss: gen.rss, runs: gen.runs });
    }
    if (scale.length === 0) return { nodeFloor, generate, parse, modelina, check };
    const base = scale[0];
    for (const row of scale) {
      row.perMessageMs = row.generateMs / row.messages;
      // Net of the fixed cost (process, module loading): the 1-message spec's time.
      row.netPerMessageMs = row.messages > base.messages ? (row.generateMs - base.generateMs) / (row.messages - base.messages) : NaN;
      row.parseNetPerMessageMs = row.messages > base.messages ? (row.parseMs - base.parseMs) / (row.messages - base.messages) : NaN;
      row.genOnlyNetPerMessageMs = row.netPerMessageMs - row.parseNetPerMessageMs;
    }
    return { nodeFloor, generate, parse, modelina, check, scale: scale.filter((r) => r.messages > 1), scaleBase: base };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
