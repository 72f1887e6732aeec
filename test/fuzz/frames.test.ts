/**
 * Fuzz of frames: a bot built on the committed generated package runs as a process of its own against the
 * scripted gateway, which mixes real MESSAGE_CREATE dispatches with seeded hostile frames: mutated JSON, wrong
 * types, deep nesting, lifecycle event names, implausible sequences, op 1 floods, and for zlib-stream corrupt
 * bytes, an inflate bomb and input that never flushes. Asserted: the process never crashes and has no unhandled
 * rejection, its peak RSS stays bounded, every real dispatch reaches the handler exactly once and in order
 * (through the reconnects the hostile frames cause), and the token appears nowhere in what it printed.
 *
 * `npm test` runs a short, fixed-seed form; `FUZZ_FRAMES=5000 FUZZ_SEED=7 npm run fuzz` a long one. A failure
 * names its seed.
 */
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { GatewayServer, type ServerSession } from '../support/gateway-server.js';
import { ROOT } from '../generator/helpers.js';
import { prng } from '../support/prng.js';

const SEED = Number(process.env.FUZZ_SEED ?? 0xf4a3e5);
const FRAMES = Number(process.env.FUZZ_FRAMES ?? 2000);
const TOKEN = 'fuzz-token.SECRET.frames-9f8e7d';
/** The bot's message limit: small, so bombs are cheap to make and the bound on memory is visible. */
const MAX_MESSAGE_BYTES = 1024 * 1024;
/** Peak RSS the bot may reach: Node itself takes about 50 MB; a missing bound on inflation takes gigabytes. */
const MAX_RSS_MB = 256;

/** The bot: only what a bot author writes, plus a report of what it saw once the gateway says END. */
const BOT = `
import { GatewayClient } from 'discord-gateway-client';
process.on('unhandledRejection', (reason) => { console.log(JSON.stringify({ unhandled: String(reason) })); process.exit(98); });
const delivered = [];
const errors = {};
const client = new GatewayClient({
  token: process.env.BOT_TOKEN, intents: 0, url: process.env.GATEWAY_URL, compress: process.env.COMPRESS === '1',
  backoff: { baseMs: 20, maxMs: 40 }, maxMessageBytes: Number(process.env.MAX_MESSAGE_BYTES),
});
client.on('error', (error) => { errors[error.code] = (errors[error.code] ?? 0) + 1; console.error(error.code, error.message); });
client.on('reconnecting', (reason) => console.error('reconnecting', JSON.stringify(reason)));
if (process.env.FUZZ_DEBUG) client.on('debug', (line) => console.error('debug', line));
client.on('MESSAGE_CREATE', (message, frame) => {
  if (message.content !== 'END') return void delivered.push(frame.s);
  console.log(JSON.stringify({ delivered, errors, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  void client.close();
});
await client.connect();
`;

interface Report {
  delivered: number[];
  errors: Record<string, number>;
  maxRssMb: number;
}

type Pick = () => number;
const choose = <T>(random: Pick, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Flips, cuts, inserts and repeats characters of `text`, never before `from`. */
function mutate(random: Pick, text: string, from = 0): string {
  let out = text;
  for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
    const at = from + Math.floor(random() * Math.max(1, out.length - from));
    const kind = random();
    if (kind < 0.25) out = out.slice(0, at);
    else if (kind < 0.5) out = out.slice(0, at) + String.fromCharCode(Math.floor(random() * 0x10000)) + out.slice(at + 1);
    else if (kind < 0.75) out = out.slice(0, at) + choose(random, ['{', '[', '"', '\\', ',', ':', 'null', '1e999', '\u0000']) + out.slice(at);
    else out = out.slice(0, at) + out.slice(at, at + 16).repeat(8) + out.slice(at);
  }
  return out;
}

/**
 * One hostile frame as text. None is a well-formed dispatch with a sequence the session has not handled yet, so
 * the real dispatches keep their sequences (a frame that claims one is the server's own dispatch, not hostile).
 */
function hostileText(random: Pick): string {
  // A dispatch whose sequence was handled long ago: only its data is mutated.
  const old = '{"op":0,"s":1,"t":"MESSAGE_CREATE","d":{"id":"1","content":"x","nested":{"a":[1,2,3]}}}';
  const cases: (() => string)[] = [
    () => mutate(random, old, old.indexOf('"d":') + 4),
    () => mutate(random, '{"op":11,"d":null,"s":null,"t":null}'),
    () => mutate(random, '{"op":10,"d":{"heartbeat_interval":41250},"s":null,"t":null}'),
    () => `{"op":0,"s":1,"t":"X","d":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
    () => '['.repeat(200_000),
    () => JSON.stringify(choose(random, [null, 42, 'op', true, [], [0, 1], {}, { op: '0' }, { op: -1 }, { op: 1e308 }, { op: 999, d: 1 }, { op: 0 }])),
    () => JSON.stringify({ op: 0, t: 'MESSAGE_CREATE', s: choose(random, [-1, 1.5, '7', 2 ** 53, null]), d: { content: 'bad s' } }),
    () => JSON.stringify({ op: 0, t: choose(random, [42, null, '', {}]), s: 1, d: {} }),
    () => JSON.stringify({ op: 0, t: 'HOSTILE_JUMP', s: 2 ** 53 - 1, d: {} }),
    () => JSON.stringify({ op: 10, d: { heartbeat_interval: choose(random, [0, 0.5, -1, 1e12, '41250', null]) } }),
    () => JSON.stringify({ op: 1, d: null }),
    () => JSON.stringify({ op: 0, s: 1, t: 'READY', d: choose(random, [null, 'x', { session_id: 7 }, { resume_gateway_url: 'ftp://x' }]) }),
    () => `{"op":0,"s":1,"t":"MESSAGE_CREATE","d":{"content":"${'A'.repeat(100_000)}"}}`,
  ];
  return choose(random, cases)();
}

/** Hostile bytes below the JSON layer: only for zlib-stream (a JSON connection gets them as text cases). */
function hostileBytes(random: Pick): Buffer | 'bomb' {
  const kind = random();
  if (kind < 0.4) return Buffer.from(Array.from({ length: 1 + Math.floor(random() * 64) }, () => Math.floor(random() * 256)).concat([0, 0, 0xff, 0xff]));
  if (kind < 0.7) return 'bomb';
  // Never a flush marker: the client must stop buffering at maxPendingBytes.
  return Buffer.alloc(MAX_MESSAGE_BYTES + 4096, 0x5a);
}

interface Bot {
  /** What the bot printed so far. */
  readonly output: { stdout: string; stderr: string };
  readonly exited: Promise<number | null>;
  kill(): void;
}

function startBot(url: string, compress: boolean): Bot {
  const child = spawn(process.execPath, ['--input-type=module', '-e', BOT], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      BOT_TOKEN: TOKEN,
      GATEWAY_URL: url,
      COMPRESS: compress ? '1' : '0',
      // FUZZ_BOT_MAX_MESSAGE_BYTES=1073741824 shows the memory bound failing without the limit.
      MAX_MESSAGE_BYTES: String(process.env.FUZZ_BOT_MAX_MESSAGE_BYTES ?? MAX_MESSAGE_BYTES),
      ...(process.env.FUZZ_DEBUG !== undefined && { FUZZ_DEBUG: '1' }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk));
  return { output, exited: new Promise((resolve) => child.once('exit', resolve)), kill: () => child.kill('SIGKILL') };
}

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

type Step =
  | { kind: 'dispatch' }
  | { kind: 'lifecycle-name'; t: string }
  | { kind: 'raw'; data: string | Buffer }
  | { kind: 'bomb' };

/** The whole run, drawn from the seed before it starts, so a seed always means the same frames. */
function plan(random: Pick, compress: boolean): Step[] {
  return Array.from({ length: FRAMES }, (): Step => {
    const roll = random();
    if (roll < 0.45) return { kind: 'dispatch' };
    if (roll < 0.5) return { kind: 'lifecycle-name', t: choose(random, ['error', 'close', 'ready', 'frame']) };
    const bytes = compress && random() < 0.1 ? hostileBytes(random) : undefined;
    return bytes === 'bomb' ? { kind: 'bomb' } : { kind: 'raw', data: bytes ?? hostileText(random) };
  });
}

/** The session's connection once it is open again (hostile frames go to a live connection only). */
async function liveConnection(session: ServerSession, bot: Bot) {
  for (let waited = 0; waited < 30_000; waited += 2) {
    if (session.connection?.isOpen) return session.connection;
    await tick(2);
  }
  throw new Error(`the bot did not come back within 30 s; it printed:\n${bot.output.stdout.slice(-1000)}\n${bot.output.stderr.slice(-3000)}`);
}

let server: GatewayServer | undefined;
let bot: Bot | undefined;
afterEach(async () => {
  bot?.kill();
  await server?.close();
  server = bot = undefined;
});

describe.each([
  ['JSON', false],
  ['zlib-stream', true],
])('frames fuzz, %s', (_mode, compress) => {
  it(`${FRAMES} frames (seed ${SEED}): no crash, bounded memory, every real dispatch once and in order`, async () => {
    const random = prng(SEED + (compress ? 1 : 0));
    server = await GatewayServer.start({ rateLimit: false });
    bot = startBot(`${server.url}/?v=10&encoding=json`, compress);
    const first = await server.nextConnection(30_000);
    await first.expect(2, 30_000);
    const session: ServerSession = first.session!;
    const expected: number[] = [];
    // A bomb: 64 MiB of zeros, about 64 KiB once compressed, made once.
    const bomb = `{"op":0,"s":1,"t":"X","d":"${'0'.repeat(64 * 1024 * 1024)}"}`;

    for (const [i, step] of plan(random, compress).entries()) {
      if (step.kind === 'dispatch') expected.push(session.dispatch('MESSAGE_CREATE', { id: String(i), content: `message ${i}` }));
      else if (step.kind === 'lifecycle-name') session.dispatch(step.t, { hostile: true });
      else {
        // One hostile frame at a time, each given to the bot before the next: a frame that makes it reconnect
        // would otherwise take the frames already on their way with it, and the fuzz would reach less.
        const connection = await liveConnection(session, bot);
        connection.sendRaw(step.kind === 'bomb' ? bomb : step.data);
        await connection.flushed();
        await tick(1);
      }
    }
    session.dispatch('MESSAGE_CREATE', { id: 'end', content: 'END' });
    const code = await Promise.race([bot.exited, tick(120_000).then(() => 'timed out')]);
    const result = { code, ...bot.output };

    const context = `seed ${SEED}, exit ${result.code}\n${result.stdout.slice(-500)}\n${result.stderr.slice(-2000)}`;
    expect(result.code, context).toBe(0);
    expect(result.stderr, context).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
    const report = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Report;
    expect(report.delivered, context).toEqual(expected);
    expect(report.maxRssMb, context).toBeLessThan(MAX_RSS_MB);
    // The fuzz reached the checks it is for.
    expect(report.errors.MALFORMED_FRAME, context).toBeGreaterThan(0);
    if (compress) expect((report.errors.DECOMPRESSION_FAILED ?? 0) + (report.errors.MESSAGE_TOO_LARGE ?? 0), context).toBeGreaterThan(0);
  }, 180_000);
});
