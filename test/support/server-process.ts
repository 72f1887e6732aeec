/**
 * The one way the tests start a server of their own (mosquitto, nats-server, rabbitmq-server): a program
 * found where Debian installs it, free 127.0.0.1 ports, a temp dir, a child process whose output is kept for
 * the error messages, a readiness check (the port accepts connections, or a protocol-level probe), a stop
 * with SIGTERM then SIGKILL, and a fresh set of ports when a start fails (another process took one meanwhile).
 * `BrokerServer` is the base of each broker's starter (mosquitto.ts, nats-server.ts, rabbitmq.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** Debian puts brokers in /usr/sbin (not on a non-root user's PATH) and RabbitMQ's real scripts in /usr/lib/rabbitmq/bin. */
export function findProgram(name: string, dirs: readonly string[] = ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin']): string {
  const onPath = (process.env.PATH ?? '').split(path.delimiter).filter((d) => d !== '');
  for (const dir of [...onPath, ...dirs]) {
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`${name} is not installed (Debian: apt-get install -y mosquitto nats-server rabbitmq-server)`);
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

/** Resolves once `probe` succeeds (default: something accepts TCP connections on the port); rejects after `timeoutMs`. */
export async function waitForListener(port: number, timeoutMs: number, probe: (port: number) => Promise<boolean> = acceptsTcp): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe(port)) return;
    if (Date.now() > deadline) throw new Error(`nothing ready on 127.0.0.1:${port} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export function acceptsTcp(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export function makeTempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export interface ProcessSpec {
  /** For messages: `mosquitto`. */
  readonly name: string;
  readonly program: string;
  readonly args: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  /** The port that says it is ready. */
  readonly port: number;
  /** What "ready" means on that port (default: it accepts TCP). */
  readonly probe?: (port: number) => Promise<boolean>;
  readonly readyTimeoutMs?: number;
  /** How long SIGTERM may take before SIGKILL (default 5000 ms). */
  readonly stopTimeoutMs?: number;
}

/** One server process: started, stopped and started again with the same spec (the same ports and files). */
export class ServerProcess {
  #child: ChildProcess | undefined;
  #output = '';

  constructor(readonly spec: ProcessSpec) {}

  /** What it printed, across restarts. */
  get log(): string {
    return this.#output;
  }

  async start(): Promise<void> {
    const { name, program, args, env, port, probe, readyTimeoutMs = 20_000 } = this.spec;
    const child = spawn(program, [...args], { stdio: ['ignore', 'pipe', 'pipe'], ...(env !== undefined && { env }) });
    this.#child = child;
    const collect = (chunk: Buffer): void => void (this.#output += chunk.toString());
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const failed = new Promise<never>((_, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => reject(new Error(`${name} exited (code ${code}, signal ${signal}) before it was ready:\n${this.#output}`)));
    });
    failed.catch(() => undefined);
    await Promise.race([waitForListener(port, readyTimeoutMs, probe), failed]);
  }

  /** SIGTERM (a broker saves what it persists), SIGKILL after `stopTimeoutMs`. */
  async stop(): Promise<void> {
    const child = this.#child;
    this.#child = undefined;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), this.spec.stopTimeoutMs ?? 5000);
    await exited;
    clearTimeout(timer);
  }
}

/**
 * What every broker a test starts shares, around its `ServerProcess`: the port it listens on, the temp dir
 * of its config and data, what it printed, a stop that removes the dir (unless kept, to start again), and a
 * restart on the same port and files. A subclass adds what is the broker's own: its config file, command
 * line and readiness check (in the spec it builds) and its URL.
 */
export abstract class BrokerServer {
  protected constructor(
    readonly port: number,
    readonly dir: string,
    private readonly process: ServerProcess,
  ) {}

  /** Where a client connects: `mqtt://127.0.0.1:<port>`. */
  abstract get url(): string;

  /** What the broker printed (errors and warnings), across restarts. */
  get log(): string {
    return this.process.log;
  }

  async start(): Promise<void> {
    await this.process.start();
  }

  /** Stops the process (see `ServerProcess.stop`); the temp dir goes, with what `release` frees, unless `keepDir`. */
  async stop({ keepDir = false }: { keepDir?: boolean } = {}): Promise<void> {
    await this.process.stop();
    if (keepDir) return;
    await this.release();
    removeDir(this.dir);
  }

  /** The same broker again, on the same port, config and data (what it persists survives). */
  async restart(): Promise<void> {
    await this.stop({ keepDir: true });
    await this.start();
  }

  /** What the broker leaves behind besides its dir, freed by the last stop (none by default). */
  protected async release(): Promise<void> {}
}

/**
 * Makes a temp dir and starts a server in it with `start`; when that fails, removes the dir (once started,
 * the server's own stop removes it).
 */
export async function startInTempDir<T>(prefix: string, start: (dir: string) => Promise<T>): Promise<T> {
  const dir = makeTempDir(prefix);
  try {
    return await start(dir);
  } catch (error) {
    removeDir(dir);
    throw error;
  }
}

/**
 * Starts what `launch` builds on `count` free ports; when the start fails (most often: the port was taken
 * between the probe and the bind), stops it and tries again on new ports, five times in all.
 */
export async function startOnFreePorts<T extends { start(): Promise<void>; stop(): Promise<void> }>(count: number, launch: (ports: number[]) => T): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    const ports: number[] = [];
    while (ports.length < count) {
      const port = await freePort();
      if (!ports.includes(port)) ports.push(port);
    }
    const server = launch(ports);
    try {
      await server.start();
      return server;
    } catch (error) {
      lastError = error;
      await server.stop().catch(() => undefined);
    }
  }
  throw lastError;
}

/** Removes a temp dir made by `makeTempDir`. */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** One server for the test file: started in `beforeAll`, stopped in `afterAll`; the getter works inside tests and hooks. */
export function useServer<T extends { stop(): Promise<void> }>(name: string, start: () => Promise<T>, timeoutMs = 30_000): () => T {
  let server: T | undefined;
  beforeAll(async () => {
    server = await start();
  }, timeoutMs);
  afterAll(async () => {
    await server?.stop();
  }, timeoutMs);
  return () => {
    if (server === undefined) throw new Error(`${name} is not started yet (use it inside a test or a hook)`);
    return server;
  };
}
