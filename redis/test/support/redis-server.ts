/**
 * A private redis-server per test file: a free 127.0.0.1 port, a temp dir, `--daemonize no`, no RDB snapshots,
 * AOF when asked (so `restart()` brings back what was written). Never the machine's own Redis (6379): a Debian
 * `redis-server` package may run one, the tests do not care.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from 'redis';
import { afterAll, beforeAll } from 'vitest';

export interface RedisServerOptions {
  /** Append-only file on (`appendfsync always`), so a restart keeps every acknowledged write. Default false. */
  aof?: boolean;
}

export class RedisServer {
  private child: ChildProcess | undefined;
  private output = '';

  private constructor(
    readonly port: number,
    readonly dir: string,
    private readonly options: RedisServerOptions,
  ) {}

  /** Starts a server on a free port; retries on another port if the one picked was taken meanwhile. */
  static async start(options: RedisServerOptions = {}): Promise<RedisServer> {
    const dir = mkdtempSync(path.join(tmpdir(), 'gen-gateway-redis-'));
    let lastError: unknown;
    for (let attempt = 0; attempt < 5; attempt++) {
      const server = new RedisServer(await freePort(), dir, options);
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
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** What the server printed (its log goes to stdout). */
  get log(): string {
    return this.output;
  }

  /**
   * Stops the server: `SIGTERM` (a clean shutdown, SIGKILL after 5 s) or `SIGKILL` (a crash: with AOF and
   * `appendfsync always`, what it acknowledged is on disk all the same). The temp dir is removed unless `keepDir`.
   */
  async stop({ keepDir = false, signal = 'SIGTERM' }: { keepDir?: boolean; signal?: 'SIGTERM' | 'SIGKILL' } = {}): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGCONT');
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    if (!keepDir) rmSync(this.dir, { recursive: true, force: true });
  }

  /** SIGSTOP: the server keeps its connections but answers nothing (a hung host); `resume()` sends SIGCONT. */
  pause(): void {
    this.child?.kill('SIGSTOP');
  }

  resume(): void {
    this.child?.kill('SIGCONT');
  }

  /**
   * Stops the server (if it runs) and starts it again on the same port and dir (with AOF on, nothing acknowledged
   * is lost). Resolves once it answers PING, i.e. once the AOF is loaded.
   */
  async restart({ signal = 'SIGTERM' }: { signal?: 'SIGTERM' | 'SIGKILL' } = {}): Promise<void> {
    await this.stop({ keepDir: true, signal });
    await this.launch();
  }

  private async launch(): Promise<void> {
    const args = [
      '--port', String(this.port),
      '--bind', '127.0.0.1',
      '--dir', this.dir,
      '--daemonize', 'no',
      '--save', '',
      '--logfile', '',
      '--appendonly', this.options.aof ? 'yes' : 'no',
      ...(this.options.aof ? ['--appendfsync', 'always'] : []),
    ];
    const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    const collect = (chunk: Buffer): void => void (this.output += chunk.toString());
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const spawnFailed = new Promise<never>((_, reject) => child.once('error', reject));
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code, signal) => reject(new Error(`redis-server exited (code ${code}, signal ${signal}) before answering PING:\n${this.output}`))),
    );
    exited.catch(() => undefined);
    spawnFailed.catch(() => undefined);
    await Promise.race([waitForPong(this.port, 10_000), spawnFailed, exited]);
  }
}

/**
 * Starts one server for the file (beforeAll) and stops it (afterAll). Returns a getter: the server exists only
 * once beforeAll ran.
 */
export function useRedisServer(options: RedisServerOptions = {}): () => RedisServer {
  let server: RedisServer | undefined;
  beforeAll(async () => {
    server = await RedisServer.start(options);
  }, 20_000);
  afterAll(async () => {
    await server?.stop();
  }, 20_000);
  return () => {
    if (!server) throw new Error('the redis-server is not started yet (use it inside a test or a hook)');
    return server;
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

/** Resolves once a server on `port` answers PING with PONG (not LOADING, not refused); rejects after `timeoutMs`. */
export async function waitForPong(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await ping(port)) return;
    if (Date.now() > deadline) throw new Error(`no PONG on 127.0.0.1:${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let reply = '';
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
    socket.once('connect', () => socket.write('PING\r\n'));
  });
}

/**
 * A node-redis client for a test's own look at the keys, connected to `url()` in beforeAll and destroyed in
 * afterAll; its errors (the server stopped by a test) are ignored.
 */
export function useRedisClient(url: () => string): () => ReturnType<typeof createClient> {
  let client: ReturnType<typeof createClient> | undefined;
  beforeAll(async () => {
    client = createClient({ url: url(), socket: { reconnectStrategy: 100 } });
    client.on('error', () => undefined);
    await client.connect();
  });
  afterAll(() => client?.destroy());
  return () => client as ReturnType<typeof createClient>;
}
