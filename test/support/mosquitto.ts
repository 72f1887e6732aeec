/**
 * A private mosquitto (Debian's package) per test file: a free 127.0.0.1 port, its own config file in a temp
 * dir, anonymous access or a password file made with `mosquitto_passwd -b`, persistence in the temp dir (so
 * `restart()` brings back the sessions and the messages queued for them). Never the machine's own broker.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';

/** Debian puts the broker in /usr/sbin, which is not on a non-root user's PATH; the tools are in /usr/bin. */
export function findProgram(name: string, dirs: readonly string[] = ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin']): string {
  const onPath = (process.env.PATH ?? '').split(path.delimiter).filter((d) => d !== '');
  for (const dir of [...onPath, ...dirs]) {
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`${name} is not installed (Debian: apt-get install -y mosquitto nats-server)`);
}

export interface MosquittoOptions {
  /** user -> password; none: anonymous access. */
  users?: Record<string, string>;
}

export class Mosquitto {
  private child: ChildProcess | undefined;
  private output = '';

  private constructor(
    readonly port: number,
    readonly dir: string,
  ) {}

  static async start(options: MosquittoOptions = {}): Promise<Mosquitto> {
    const dir = mkdtempSync(path.join(tmpdir(), 'gen-gateway-mosquitto-'));
    const users = Object.entries(options.users ?? {});
    const passwords = path.join(dir, 'passwords');
    for (const [i, [user, password]] of users.entries()) {
      await promisify(execFile)(findProgram('mosquitto_passwd'), ['-b', ...(i === 0 ? ['-c'] : []), passwords, user, password]);
    }
    let lastError: unknown;
    for (let attempt = 0; attempt < 5; attempt++) {
      const broker = new Mosquitto(await freePort(), dir);
      writeFileSync(path.join(dir, 'mosquitto.conf'), [
        `listener ${broker.port} 127.0.0.1`,
        users.length === 0 ? 'allow_anonymous true' : `allow_anonymous false\npassword_file ${passwords}`,
        // Sessions and queued QoS 1 messages survive a restart: written on exit, read on start.
        'persistence true',
        `persistence_location ${dir}/`,
        'max_queued_messages 100000',
        // Run as root (CI), mosquitto would switch to the `mosquitto` user, who cannot read this dir.
        `user ${userInfo().username}`,
        'log_dest stderr',
        'log_type error',
        'log_type warning',
        '',
      ].join('\n'));
      try {
        await broker.launch();
        return broker;
      } catch (error) {
        lastError = error;
        await broker.stop({ keepDir: true });
      }
    }
    rmSync(dir, { recursive: true, force: true });
    throw lastError;
  }

  get url(): string {
    return `mqtt://127.0.0.1:${this.port}`;
  }

  /** What the broker logged (errors and warnings). */
  get log(): string {
    return this.output;
  }

  /** SIGTERM (mosquitto saves its sessions), SIGKILL after 5 s. The temp dir is removed unless `keepDir`. */
  async stop({ keepDir = false }: { keepDir?: boolean } = {}): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    if (!keepDir) rmSync(this.dir, { recursive: true, force: true });
  }

  /** Stops the broker and starts it again on the same port, config and persistence file. */
  async restart(): Promise<void> {
    await this.stop({ keepDir: true });
    await this.launch();
  }

  private async launch(): Promise<void> {
    const child = spawn(findProgram('mosquitto'), ['-c', path.join(this.dir, 'mosquitto.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    const collect = (chunk: Buffer): void => void (this.output += chunk.toString());
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const failed = new Promise<never>((_, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => reject(new Error(`mosquitto exited (code ${code}, signal ${signal}) before it listened:\n${this.output}`)));
    });
    failed.catch(() => undefined);
    await Promise.race([waitForListener(this.port, 10_000), failed]);
  }
}

/** Starts one broker for the file (beforeAll) and stops it (afterAll); the getter works inside tests and hooks. */
export function useMosquitto(options: MosquittoOptions = {}): () => Mosquitto {
  let broker: Mosquitto | undefined;
  beforeAll(async () => {
    broker = await Mosquitto.start(options);
  }, 20_000);
  afterAll(async () => {
    await broker?.stop();
  }, 20_000);
  return () => {
    if (!broker) throw new Error('mosquitto is not started yet (use it inside a test or a hook)');
    return broker;
  };
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts TCP connections on the port; rejects after `timeoutMs`. */
export async function waitForListener(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
