/**
 * A private rabbitmq-server (Debian's package) per test file, sharing nothing with a broker the machine runs:
 * its own node name, a free 127.0.0.1 AMQP port, a free distribution port and its own epmd port (so it never
 * registers with the machine's epmd), data, logs, config and cookie (HOME) in a temp dir, no plugins, and
 * the test's user from `default_user`/`default_pass` in its rabbitmq.conf (no `rabbitmqctl` round trips).
 * `restart()` stops and starts the same node on the same port and data dir: durable queues and persistent
 * messages come back.
 */
import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { BrokerServer, ServerProcess, findProgram, startInTempDir, startOnFreePorts, useServer } from './server-process.js';

export interface RabbitMqOptions {
  user?: { name: string; password: string };
}

/** `rabbitmq-server` itself: Debian's /usr/sbin one is a wrapper that `su`s to the rabbitmq user and writes to /var/log. */
function rabbitmqProgram(name: string): string {
  const real = `/usr/lib/rabbitmq/bin/${name}`;
  return existsSync(real) ? real : findProgram(name);
}

/** True once the port answers the AMQP 0-9-1 protocol header with a frame (connection.start): the broker has booted. */
function speaksAmqp(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once('connect', () => socket.write(Buffer.from([0x41, 0x4d, 0x51, 0x50, 0, 0, 9, 1])));
    socket.once('data', (data) => done(data[0] === 1));
    socket.once('error', () => done(false));
  });
}

export class RabbitMq extends BrokerServer {
  private constructor(port: number, readonly epmdPort: number, dir: string, server: ServerProcess) {
    super(port, dir, server);
  }

  static async start(options: RabbitMqOptions = {}): Promise<RabbitMq> {
    return startInTempDir('gen-gateway-rabbitmq-', async (dir) => {
      // A failed attempt keeps the dir (the next one writes its config there) but not its epmd.
      const attempt = await startOnFreePorts(3, ([port, distPort, epmdPort]) => {
        const broker = RabbitMq.launch(dir, port!, distPort!, epmdPort!, options);
        return { broker, start: () => broker.start(), stop: () => broker.stop({ keepDir: true }).then(() => broker.release()) };
      });
      return attempt.broker;
    });
  }

  private static launch(dir: string, port: number, distPort: number, epmdPort: number, options: RabbitMqOptions): RabbitMq {
    const config = path.join(dir, 'rabbitmq.conf');
    writeFileSync(config, [
      `listeners.tcp.default = 127.0.0.1:${port}`,
      ...(options.user === undefined ? [] : [`default_user = ${options.user.name}`, `default_pass = ${options.user.password}`]),
      'loopback_users = none',
      'log.console = true',
      'log.console.level = warning',
      'log.file = false',
      '',
    ].join('\n'));
    for (const [file, text] of [['enabled_plugins', '[].\n'], ['rabbitmq-env.conf', ''], ['advanced.config', '[].\n']] as const) writeFileSync(path.join(dir, file), text);
    const env = {
      ...process.env,
      HOME: dir,
      RABBITMQ_NODENAME: `gg-${Math.random().toString(36).slice(2, 10)}@localhost`,
      RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
      RABBITMQ_NODE_PORT: String(port),
      RABBITMQ_DIST_PORT: String(distPort),
      ERL_EPMD_PORT: String(epmdPort),
      ERL_EPMD_ADDRESS: '127.0.0.1',
      RABBITMQ_MNESIA_BASE: path.join(dir, 'mnesia'),
      RABBITMQ_LOG_BASE: path.join(dir, 'log'),
      RABBITMQ_CONFIG_FILE: config,
      RABBITMQ_ADVANCED_CONFIG_FILE: path.join(dir, 'advanced.config'),
      RABBITMQ_CONF_ENV_FILE: path.join(dir, 'rabbitmq-env.conf'),
      RABBITMQ_ENABLED_PLUGINS_FILE: path.join(dir, 'enabled_plugins'),
      RABBITMQ_PID_FILE: path.join(dir, 'rabbitmq.pid'),
      // A node that crashes writes its dump here, not into the working directory.
      ERL_CRASH_DUMP: path.join(dir, 'erl_crash.dump'),
    };
    const server = new ServerProcess({ name: 'rabbitmq-server', program: rabbitmqProgram('rabbitmq-server'), args: [], env, port, probe: speaksAmqp, readyTimeoutMs: 60_000, stopTimeoutMs: 20_000 });
    return new RabbitMq(port, epmdPort, dir, server);
  }

  get url(): string {
    return `amqp://127.0.0.1:${this.port}`;
  }

  /** The epmd the node started on its private port (erl starts one and leaves it running). */
  protected override async release(): Promise<void> {
    await promisify(execFile)(findProgram('epmd', ['/usr/bin', '/usr/lib/erlang/bin']), ['-kill'], { env: { ...process.env, ERL_EPMD_PORT: String(this.epmdPort) } }).catch(() => undefined);
  }
}

export function useRabbitMq(options: RabbitMqOptions = {}): () => RabbitMq {
  return useServer('rabbitmq-server', () => RabbitMq.start(options), 90_000);
}
