/**
 * A private nats-server (Debian's package) per test file, on `server-process.ts`: a free 127.0.0.1 port and
 * its own config file in a temp dir, with a user and password when asked. Core NATS keeps nothing across a
 * restart; `restart()` brings the same server back on the same port.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ServerProcess, findProgram, makeTempDir, removeDir, startOnFreePorts, useServer } from './server-process.js';

export interface NatsServerOptions {
  user?: { name: string; password: string };
}

export class NatsServer {
  private constructor(
    readonly port: number,
    readonly dir: string,
    private readonly process: ServerProcess,
  ) {}

  static async start(options: NatsServerOptions = {}): Promise<NatsServer> {
    const dir = makeTempDir('gen-gateway-nats-');
    try {
      return await startOnFreePorts(1, ([port]) => {
        writeFileSync(path.join(dir, 'nats.conf'), [
          `listen: 127.0.0.1:${port}`,
          ...(options.user === undefined ? [] : [`authorization { user: ${JSON.stringify(options.user.name)}, password: ${JSON.stringify(options.user.password)} }`]),
          '',
        ].join('\n'));
        const server = new ServerProcess({ name: 'nats-server', program: findProgram('nats-server'), args: ['-c', path.join(dir, 'nats.conf')], port: port!, readyTimeoutMs: 10_000 });
        return new NatsServer(port!, dir, server);
      });
    } catch (error) {
      removeDir(dir);
      throw error;
    }
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  get log(): string {
    return this.process.log;
  }

  async start(): Promise<void> {
    await this.process.start();
  }

  async stop({ keepDir = false }: { keepDir?: boolean } = {}): Promise<void> {
    await this.process.stop();
    if (!keepDir) removeDir(this.dir);
  }

  async restart(): Promise<void> {
    await this.stop({ keepDir: true });
    await this.start();
  }
}

export function useNatsServer(options: NatsServerOptions = {}): () => NatsServer {
  return useServer('nats-server', () => NatsServer.start(options), 20_000);
}
