/**
 * A private mosquitto (Debian's package) per test file, on `server-process.ts`: a free 127.0.0.1 port, its own
 * config file in a temp dir, anonymous access or a password file made with `mosquitto_passwd -b`, persistence
 * in the temp dir (so `restart()` brings back the sessions and the messages queued for them). Never the
 * machine's own broker.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { BrokerServer, ServerProcess, findProgram, startInTempDir, startOnFreePorts, useServer } from './server-process.js';

export { freePort } from './server-process.js';

export interface MosquittoOptions {
  /** user -> password; none: anonymous access. */
  users?: Record<string, string>;
}

export class Mosquitto extends BrokerServer {
  static async start(options: MosquittoOptions = {}): Promise<Mosquitto> {
    return startInTempDir('gen-gateway-mosquitto-', async (dir) => {
      const users = Object.entries(options.users ?? {});
      const passwords = path.join(dir, 'passwords');
      for (const [i, [user, password]] of users.entries()) {
        await promisify(execFile)(findProgram('mosquitto_passwd'), ['-b', ...(i === 0 ? ['-c'] : []), passwords, user, password]);
      }
      return startOnFreePorts(1, ([port]) => {
        writeFileSync(path.join(dir, 'mosquitto.conf'), [
          `listener ${port} 127.0.0.1`,
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
        const server = new ServerProcess({ name: 'mosquitto', program: findProgram('mosquitto'), args: ['-c', path.join(dir, 'mosquitto.conf')], port: port!, readyTimeoutMs: 10_000 });
        return new Mosquitto(port!, dir, server);
      });
    });
  }

  get url(): string {
    return `mqtt://127.0.0.1:${this.port}`;
  }
}

/** Starts one broker for the file (beforeAll) and stops it (afterAll); the getter works inside tests and hooks. */
export function useMosquitto(options: MosquittoOptions = {}): () => Mosquitto {
  return useServer('mosquitto', () => Mosquitto.start(options), 20_000);
}
