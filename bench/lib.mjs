/** Shared helpers: child processes, statistics, machine description. */
import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(BENCH_DIR, '..');

/** Monotonic clock in ms, comparable across processes on one machine (CLOCK_MONOTONIC). */
export const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

/**
 * A child process (`node --expose-gc <script>`) spoken to over IPC. `request(msg, type)` sends a message
 * and resolves with the next message of `type` from the child; a crash or an `error` message rejects.
 */
export class Child {
  constructor(script, args = [], { execArgv = [], env = {}, label = path.basename(script) } = {}) {
    this.label = label;
    this.proc = fork(path.resolve(BENCH_DIR, script), args, {
      execArgv: ['--expose-gc', ...execArgv],
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      cwd: ROOT,
    });
    this.waiters = [];
    this.inbox = [];
    this.exited = new Promise((resolve) => {
      this.proc.on('exit', (code, signal) => {
        this.exitCode = code;
        const error = new Error(`${this.label} exited (${signal ?? code}) before answering`);
        for (const w of this.waiters.splice(0)) w.reject(error);
        resolve({ code, signal });
      });
    });
    this.proc.on('message', (msg) => {
      if (msg?.type === 'error') {
        const error = new Error(`${this.label}: ${msg.message}`);
        const w = this.waiters.shift();
        if (w) w.reject(error);
        else this.failure = error;
        return;
      }
      const i = this.waiters.findIndex((w) => w.type === msg?.type);
      if (i !== -1) this.waiters.splice(i, 1)[0].resolve(msg);
      else this.inbox.push(msg);
    });
  }

  send(msg) {
    this.proc.send(msg);
  }

  /** Resolves with the next message of `type` (already received or future). */
  next(type, timeoutMs = 60_000) {
    if (this.failure) return Promise.reject(this.failure);
    const i = this.inbox.findIndex((m) => m?.type === type);
    if (i !== -1) return Promise.resolve(this.inbox.splice(i, 1)[0]);
    if (this.exitCode !== undefined) return Promise.reject(new Error(`${this.label} has exited`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const j = this.waiters.indexOf(entry);
        if (j !== -1) this.waiters.splice(j, 1);
        reject(new Error(`${this.label}: no '${type}' within ${timeoutMs} ms`));
      }, timeoutMs);
      const entry = {
        type,
        resolve: (m) => (clearTimeout(timer), resolve(m)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      };
      this.waiters.push(entry);
    });
  }

  request(msg, type, timeoutMs) {
    const answer = this.next(type, timeoutMs);
    this.send(msg);
    return answer;
  }

  async stop() {
    if (this.exitCode !== undefined) return;
    try {
      this.proc.send({ type: 'exit' });
    } catch {
      /* already gone */
    }
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 3000);
    await this.exited;
    clearTimeout(timer);
  }
}

/** For child scripts: routes IPC messages to `handlers[type]`, reports thrown errors as `{ type: 'error' }`. */
export function serve(handlers) {
  const fail = (error) => {
    process.send?.({ type: 'error', message: String(error?.stack ?? error) });
  };
  process.on('uncaughtException', (e) => (fail(e), setTimeout(() => process.exit(1), 50)));
  process.on('unhandledRejection', (e) => (fail(e), setTimeout(() => process.exit(1), 50)));
  process.on('message', async (msg) => {
    if (msg?.type === 'exit') {
      try {
        await handlers.exit?.();
      } finally {
        process.exit(0);
      }
    }
    const handler = handlers[msg?.type];
    if (!handler) return fail(new Error(`unknown message ${msg?.type}`));
    try {
      const reply = await handler(msg);
      if (reply) process.send(reply);
    } catch (error) {
      fail(error);
    }
  });
  process.on('disconnect', () => process.exit(0));
}

export async function fullGc() {
  for (let i = 0; i < 4; i++) {
    globalThis.gc?.();
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const fmt = {
  int: (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'n/a'),
  ms: (x, d = 0) => (Number.isFinite(x) ? `${x.toFixed(d)} ms` : 'n/a'),
  num: (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a'),
  mb: (bytes) => (Number.isFinite(bytes) ? `${(bytes / 2 ** 20).toFixed(0)} MB` : 'n/a'),
  kb: (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : 'n/a'),
  x: (r) => (Number.isFinite(r) ? `${r.toFixed(2)}x` : 'n/a'),
};
