/**
 * A private nats-server (Debian's package) per test file: a free 127.0.0.1 port and its own config file in a
 * temp dir, with a user and password when asked. Core NATS keeps nothing across a restart; `restart()` brings
 * the same server back on the same port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { findProgram, freePort, waitForListener } from './mosquitto.js';

export interface NatsServerOptions {
  user?: { name: string; password: string };
}

export class NatsServer {
  private child: ChildProcess | undefined;
  private output = '';

  private constructor(
    readonly port: number,
    readonly dir: string,
  ) {}

  static async start(options: NatsServerOptions = {}): Promise<NatsServer> {
    const dir = mkdtempSync(path.join(tmpdir(), 'gen-gateway-nats-'));
    let lastError: unknown;
    for (let attempt = 0; attempt < 5; attempt++) {
      const server = new NatsServer(await freePort(), dir);
      writeFileSync(path.join(dir, 'nats.conf'), [
        `listen: 127.0.0.1:${server.port}`,
        ...(options.user === undefined ? [] : [`authorization { user: ${JSON.stringify(options.user.name)}, password: ${JSON.stringify(options.user.password)} }`]),
        '',
      ].join('\n'));
      try {
        await server.launch();
        return server;
      } catch (error) {
        lastError = error;
        await server.stop({ keepDir: true });
      }
    }
    rmSync(dir, { recursive: true, force: true });
    throw lastError;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  get log(): string {
    return this.output;
  }

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

  async restart(): Promise<void> {
    await this.stop({ keepDir: true });
    await this.launch();
  }

  private async launch(): Promise<void> {
    const child = spawn(findProgram('nats-server'), ['-c', path.join(this.dir, 'nats.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    const collect = (chunk: Buffer): void => void (this.output += chunk.toString());
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const failed = new Promise<never>((_, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => reject(new Error(`nats-server exited (code ${code}, signal ${signal}) before it listened:\n${this.output}`)));
    });
    failed.catch(() => undefined);
    await Promise.race([waitForListener(this.port, 10_000), failed]);
  }
}

export function useNatsServer(options: NatsServerOptions = {}): () => NatsServer {
  let server: NatsServer | undefined;
  beforeAll(async () => {
    server = await NatsServer.start(options);
  }, 20_000);
  afterAll(async () => {
    await server?.stop();
  }, 20_000);
  return () => {
    if (!server) throw new Error('nats-server is not started yet (use it inside a test or a hook)');
    return server;
  };
}
