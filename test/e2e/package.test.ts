/**
 * The whole path a user takes: generate into a fresh folder, install that folder alone into a new project (no
 * runtime tarball, no workspace: the runtime is compiled into the package, `ws` comes from the registry), compile
 * a bot with `tsc --strict` (`skipLibCheck: false`, no `@types/node`: the package's declarations need neither),
 * and run it against a loopback gateway until it receives a typed MESSAGE_CREATE.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';
import { GatewayServer } from '../support/gateway-server.js';
import { DISCORD_SPEC, ROOT, tempDir } from '../generator/helpers.js';

const run = promisify(execFile);
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');

/** A bot that compiles without @types/node: the test writes the URL into it (no `process.env`). */
const botSource = (url: string) => `
import { GatewayClient, GatewayIntents, type MessageCreateEvent } from 'discord-gateway-client';

declare const console: { log(line: string): void };

const client = new GatewayClient({
  token: 'e2e-secret-token',
  intents: GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.MessageContent,
  url: '${url}',
});
client.on('MESSAGE_CREATE', (message: MessageCreateEvent, frame) => {
  const length: number = message.author.username.length + message.content.length;
  console.log(JSON.stringify({ t: frame.t, s: frame.s, author: message.author.username, content: message.content, length }));
  // The process exits by itself once the client is closed.
  void client.close();
});
const ready = await client.connect();
console.log(JSON.stringify({ ready: ready.session_id.length > 0, user: ready.user.username }));
`;

let dir: string;
let cleanup: () => Promise<void>;
let server: GatewayServer;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('gen-gateway-e2e-'));
  server = await GatewayServer.start({ heartbeatInterval: 45_000 });
});
afterAll(async () => {
  await server?.close();
  await cleanup?.();
});

it('generates, installs the folder alone, compiles under --strict without @types/node and receives a typed MESSAGE_CREATE', async () => {
  const pkgDir = path.join(dir, 'discord-gateway-client');
  await generate({ spec: DISCORD_SPEC, outDir: pkgDir });
  expect(JSON.parse(await readFile(path.join(pkgDir, 'package.json'), 'utf8')).dependencies).toEqual({ ws: expect.any(String) });

  const app = path.join(dir, 'app');
  await mkdir(app);
  await writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'bot', private: true, type: 'module' }));
  // npm links a folder without installing its dependencies; --install-links installs it like a published package.
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--install-links', pkgDir], { cwd: app });
  const installed = (await readdir(path.join(app, 'node_modules'))).filter((name) => !name.startsWith('.')).sort();
  expect(installed).toEqual(['discord-gateway-client', 'ws']);
  await writeFile(path.join(app, 'bot.ts'), botSource(`${server.url}/?v=10&encoding=json`));
  await writeFile(path.join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', outDir: 'out',
      lib: ['ES2022'], types: [], skipLibCheck: false,
    },
    files: ['bot.ts'],
  }));
  const compiled = await run(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: app }).catch((error: { stdout: string }) => error);
  expect('stdout' in compiled ? compiled.stdout : '').toBe('');

  const bot = spawn(process.execPath, ['out/bot.js'], { cwd: app });
  let stdout = '';
  const exited = new Promise<number | null>((resolve) => bot.once('exit', resolve));
  const printed = (pattern: RegExp) => new Promise<void>((resolve) => {
    const look = () => pattern.test(stdout) && resolve();
    bot.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      look();
    });
    look();
  });
  const connection = await server.nextConnection(15_000);
  await connection.expect(2, 15_000);
  await printed(/"ready":true/);
  connection.dispatch('MESSAGE_CREATE', {
    id: '10', channel_id: '20', author: { id: '30', username: 'ada', discriminator: '0', global_name: null, avatar: null },
    content: 'hello from loopback', timestamp: '2026-12-02T00:00:00.000Z', edited_timestamp: null, tts: false,
    mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], pinned: false, type: 0,
  });
  expect(await exited).toBe(0);
  const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines).toEqual([
    { ready: true, user: 'bot' },
    { t: 'MESSAGE_CREATE', s: 2, author: 'ada', content: 'hello from loopback', length: 22 },
  ]);
  expect(stdout).not.toContain('e2e-secret-token');
}, 180_000);

it('runs as `npx gen-gateway` in a project that installs the generator from its npm package', async () => {
  const tarballs = path.join(dir, 'generator-tarball');
  await mkdir(tarballs);
  await run('npm', ['pack', '--silent', '--pack-destination', tarballs], { cwd: ROOT });
  const [tarball] = await readdir(tarballs);
  expect(tarball).toMatch(/^gen-gateway-\d+\.\d+\.\d+\.tgz$/);
  const project = path.join(dir, 'project');
  await mkdir(project);
  await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'uses-gen-gateway', private: true, type: 'module' }));
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', path.join(tarballs, tarball!)], { cwd: project });
  await writeFile(path.join(project, 'gateway.yaml'), await readFile(DISCORD_SPEC, 'utf8'));
  // --timeout: the default parse bound is wall time, and this test shares the machine with the rest of the suite.
  const generated = await run('npx', ['--no-install', 'gen-gateway', 'gateway.yaml', '--timeout', '120'], { cwd: project });
  expect(generated.stdout).toMatch(/^wrote generated\/gateway \(\d+ files/);
  expect(JSON.parse(await readFile(path.join(project, 'generated/gateway/package.json'), 'utf8'))).toMatchObject({ name: 'gateway-client' });
  const checked = await run('npx', ['--no-install', 'gen-gateway', 'gateway.yaml', '--check', '--timeout', '120'], { cwd: project });
  expect(checked.stdout).toMatch(/is up to date/);
}, 240_000);
