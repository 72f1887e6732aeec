/**
 * Private brokers for the bench's transport section (Debian's packages): mosquitto, nats-server and
 * rabbitmq-server, each on free 127.0.0.1 ports with its config in a temp dir. The bench is plain JavaScript,
 * so it cannot share the tests' TypeScript starters (test/support/server-process.ts), and needs less: no
 * restarts, no auth beyond a user. Each resolves with `{ url, stop() }`.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

function find(name, dirs) {
  const found = [...dirs, ...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin'].map((d) => path.join(d, name)).find((p) => existsSync(p));
  if (!found) throw new Error(`${name} is not installed (Debian: apt-get install -y mosquitto nats-server rabbitmq-server)`);
  return found;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const listener = net.createServer();
    listener.once('error', reject);
    listener.listen(0, '127.0.0.1', () => {
      const { port } = listener.address();
      listener.close(() => resolve(port));
    });
  });
}

/**
 * One look at the port: with `answers`, ready once it sends something back (`greeting` written first, if
 * any: a broker that speaks first, or answers a protocol header); without, once it accepts the connection
 * (mosquitto says nothing before a CONNECT).
 */
function probe(port, { answers = true, greeting } = {}) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const done = (value) => (socket.destroy(), resolve(value));
    socket.setTimeout(2000, () => done(false));
    socket.once('connect', () => {
      if (!answers) done(true);
      else if (greeting) socket.write(greeting);
    });
    socket.once('data', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Resolves once `probe` says the port is ready; rejects after `timeoutMs`. */
async function ready(port, timeoutMs, readiness) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe(port, readiness)) return;
    if (Date.now() > deadline) throw new Error(`nothing ready on ${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function launch({ program, args, env, port, readiness, timeoutMs, dir, after }) {
  const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'inherit'], ...(env && { env }) });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await Promise.race([ready(port, timeoutMs, readiness), exited.then(() => { throw new Error(`${path.basename(program)} exited at start`); })]);
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await after?.();
    rmSync(dir, { recursive: true, force: true });
  };
}

/** Anonymous access, no persistence, queues and in-flight windows large enough for a throughput run. */
export async function startMosquitto() {
  const dir = mkdtempSync(path.join(tmpdir(), 'gen-gateway-bench-mosquitto-'));
  const port = await freePort();
  const config = path.join(dir, 'mosquitto.conf');
  writeFileSync(config, [`listener ${port} 127.0.0.1`, 'allow_anonymous true', 'persistence false', 'max_queued_messages 1000000', 'max_inflight_messages 0', `user ${userInfo().username}`, 'log_dest stderr', 'log_type error', ''].join('\n'));
  const stop = await launch({ program: find('mosquitto', []), args: ['-c', config], port, readiness: { answers: false }, timeoutMs: 10_000, dir });
  return { url: `mqtt://127.0.0.1:${port}`, stop };
}

export async function startNatsServer() {
  const dir = mkdtempSync(path.join(tmpdir(), 'gen-gateway-bench-nats-'));
  const port = await freePort();
  // Its start-up banner goes to a file, not into the bench's output (a failed start still shows: nothing listens).
  writeFileSync(path.join(dir, 'nats.conf'), `listen: 127.0.0.1:${port}\nlog_file: "${path.join(dir, 'nats.log')}"\n`);
  const stop = await launch({ program: find('nats-server', []), args: ['-c', path.join(dir, 'nats.conf')], port, timeoutMs: 10_000, dir });
  return { url: `nats://127.0.0.1:${port}`, stop };
}

/** Debian's /usr/sbin/rabbitmq-server is a wrapper that `su`s to the rabbitmq user: run the real script. */
export async function startRabbitMq() {
  const dir = mkdtempSync(path.join(tmpdir(), 'gen-gateway-bench-rabbitmq-'));
  const [port, distPort, epmdPort] = [await freePort(), await freePort(), await freePort()];
  writeFileSync(path.join(dir, 'rabbitmq.conf'), [`listeners.tcp.default = 127.0.0.1:${port}`, 'default_user = bench', 'default_pass = bench', 'loopback_users = none', 'log.console = true', 'log.console.level = error', 'log.file = false', ''].join('\n'));
  writeFileSync(path.join(dir, 'enabled_plugins'), '[].\n');
  const env = {
    ...process.env, HOME: dir, RABBITMQ_NODENAME: `gg-bench-${process.pid}@localhost`, RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1', RABBITMQ_NODE_PORT: String(port),
    RABBITMQ_DIST_PORT: String(distPort), ERL_EPMD_PORT: String(epmdPort), ERL_EPMD_ADDRESS: '127.0.0.1', RABBITMQ_MNESIA_BASE: path.join(dir, 'mnesia'),
    RABBITMQ_LOG_BASE: path.join(dir, 'log'), RABBITMQ_CONFIG_FILE: path.join(dir, 'rabbitmq.conf'), RABBITMQ_ENABLED_PLUGINS_FILE: path.join(dir, 'enabled_plugins'),
    RABBITMQ_PID_FILE: path.join(dir, 'rabbitmq.pid'), ERL_CRASH_DUMP: path.join(dir, 'erl_crash.dump'),
  };
  const epmd = () => promisify(execFile)(find('epmd', ['/usr/bin']), ['-kill'], { env: { ...process.env, ERL_EPMD_PORT: String(epmdPort) } }).catch(() => undefined);
  const program = existsSync('/usr/lib/rabbitmq/bin/rabbitmq-server') ? '/usr/lib/rabbitmq/bin/rabbitmq-server' : find('rabbitmq-server', []);
  const stop = await launch({ program, args: [], env, port, readiness: { greeting: Buffer.from('AMQP\x00\x00\x09\x01', 'latin1') }, timeoutMs: 60_000, dir, after: epmd });
  return { url: `amqp://bench:bench@127.0.0.1:${port}`, stop };
}
