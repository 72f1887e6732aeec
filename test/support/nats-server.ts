/**
 * A private nats-server (Debian's package) per test file, on `server-process.ts`: a free 127.0.0.1 port and
 * its own config file in a temp dir, with a user and password when asked. Core NATS keeps nothing across a
 * restart; `restart()` brings the same server back on the same port.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { BrokerServer, ServerProcess, findProgram, startInTempDir, startOnFreePorts, useServer } from './server-process.js';

export interface NatsServerOptions {
  user?: { name: string; password: string };
}

export class NatsServer extends BrokerServer {
  static async start(options: NatsServerOptions = {}): Promise<NatsServer> {
    return startInTempDir('gen-gateway-nats-', (dir) => startOnFreePorts(1, ([port]) => {
      writeFileSync(path.join(dir, 'nats.conf'), [
        `listen: 127.0.0.1:${port}`,
        ...(options.user === undefined ? [] : [`authorization { user: ${JSON.stringify(options.user.name)}, password: ${JSON.stringify(options.user.password)} }`]),
        '',
      ].join('\n'));
      const server = new ServerProcess({ name: 'nats-server', program: findProgram('nats-server'), args: ['-c', path.join(dir, 'nats.conf')], port: port!, readyTimeoutMs: 10_000 });
      return new NatsServer(port!, dir, server);
    }));
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }
}

export function useNatsServer(options: NatsServerOptions = {}): () => NatsServer {
  return useServer('nats-server', () => NatsServer.start(options), 20_000);
}
